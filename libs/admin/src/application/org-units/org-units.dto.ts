import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import type { OrgUnitLevel } from '../../domain/org-unit/org-unit';

const CODE = /^[0-9A-Za-z_-]{1,20}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CREATABLE_LEVELS: OrgUnitLevel[] = ['province', 'district', 'commune', 'village'];

export class CreateOrgUnitRequest {
  @ApiProperty({ example: 'XMT-06', description: 'Mã đơn vị / unit code' })
  @IsString()
  @Matches(CODE)
  code!: string;

  @ApiProperty({ example: 'Thôn Mới' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: 'village', enum: CREATABLE_LEVELS })
  @IsIn(CREATABLE_LEVELS)
  level!: OrgUnitLevel;

  @ApiProperty({ example: 'XMT', description: 'Đơn vị cấp trên / parent unit' })
  @IsString()
  @Matches(CODE)
  parentCode!: string;

  @ApiProperty({ example: '2026-01-01', description: 'Ngày hiệu lực (YYYY-MM-DD) / valid from' })
  @IsString()
  @Matches(ISO_DATE)
  validFrom!: string;

  @ApiPropertyOptional({ example: false, description: 'Mã chính thức (Tổng cục Thống kê) / official code' })
  @IsOptional()
  @IsBoolean()
  official?: boolean;
}

export class ReparentOrgUnitRequest {
  @ApiProperty({ example: '33', nullable: true, description: 'Đơn vị cấp trên mới / new parent' })
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(CODE)
  parentCode!: string | null;

  @ApiProperty({ example: '2025-07-01', description: 'Từ ngày / from (YYYY-MM-DD)' })
  @IsString()
  @Matches(ISO_DATE)
  from!: string;
}

export class RenameOrgUnitRequest {
  @ApiProperty({ example: 'Thôn Đông Hưng' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsString()
  @Matches(ISO_DATE)
  from!: string;
}

export class EndOrgUnitRequest {
  @ApiProperty({ example: '2025-06-30', description: 'Ngày cuối cùng có hiệu lực / last valid day' })
  @IsString()
  @Matches(ISO_DATE)
  validTo!: string;

  @ApiPropertyOptional({ example: ['XMT-01'], description: 'Đơn vị kế thừa / successors' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(CODE, { each: true })
  successorCodes?: string[];

  @ApiProperty({ example: 'Sáp nhập vào Thôn Đông' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class ImportUnitsRequest {
  @ApiProperty({
    description:
      'CSV có dòng tiêu đề: code,name,level,parentCode,validFrom[,validTo] / CSV with a header row. ' +
      'The endpoint also accepts the CSV itself with Content-Type text/csv.',
    example:
      'code,name,level,parentCode,validFrom,validTo\n33,Tỉnh Hưng Yên,province,,01/01/1997,\nXMT,Xã Minh Tiến,commune,33,2025-07-01,',
  })
  @IsString()
  @MinLength(1)
  csv!: string;
}
