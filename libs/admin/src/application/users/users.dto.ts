import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../../domain/access/roles';

export class CreateUserRequest {
  @ApiProperty({ example: 'nguyen.thi.lan', maxLength: 40, description: 'Tên đăng nhập / username' })
  @IsString()
  @MaxLength(40)
  username!: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan', maxLength: 120, description: 'Họ tên / display name' })
  @IsString()
  @MaxLength(120)
  displayName!: string;

  /** Generated (and returned once) when absent; the user must change it at first login either way. */
  @ApiPropertyOptional({
    example: 'doi-ngay-lan-dau-2026',
    minLength: 10,
    description: 'Sinh tự động nếu bỏ trống / generated when absent',
  })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(256)
  password?: string;

  @ApiProperty({ enum: ROLES, example: 'counsellor', description: 'Vai trò / role' })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ example: 'XMT', description: 'Đơn vị (gồm cả cấp dưới) / unit (with its subtree)' })
  @IsString()
  @MaxLength(20)
  unitCode!: string;
}

export class GrantRequest {
  @ApiProperty({ enum: ROLES, example: 'village_head', description: 'Vai trò / role' })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ example: 'XMT-01', description: 'Đơn vị (gồm cả cấp dưới) / unit (with its subtree)' })
  @IsString()
  @MaxLength(20)
  unitCode!: string;
}

export class DisableUserRequest {
  @ApiProperty({ example: 'Chuyển công tác', description: 'Lý do / reason' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}
