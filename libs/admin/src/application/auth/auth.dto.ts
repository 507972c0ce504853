import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'demo.tuvan', description: 'Tên đăng nhập / username' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'mat-khau-cua-ban', format: 'password', description: 'Mật khẩu / password' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;

  /** API clients set it to get the refresh token in the body too; the web UI relies on the cookie. */
  @ApiPropertyOptional({
    example: true,
    description:
      'Trả refresh token trong thân phản hồi (ứng dụng API) / return the refresh token in the body',
  })
  @IsOptional()
  @IsBoolean()
  refreshTokenInBody?: boolean;
}

export class RefreshRequest {
  /** For API clients; the web UI sends the httpOnly cookie instead. */
  @ApiPropertyOptional({
    example: '0194f1a2-7c3e-7000-8000-000000000001.s3cr3t',
    description:
      'Refresh token (ứng dụng API; web dùng cookie) / for API clients; the web UI sends the cookie',
  })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  refreshToken?: string;
}

export class ChangePasswordRequest {
  @ApiProperty({
    example: 'mat-khau-cu',
    format: 'password',
    description: 'Mật khẩu hiện tại / current password',
  })
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({
    example: 'mat-khau-moi-du-dai',
    format: 'password',
    minLength: 10,
    description: 'Mật khẩu mới / new password',
  })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}
