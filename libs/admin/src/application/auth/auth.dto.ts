import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;

  /** API clients set it to get the refresh token in the body too; the web UI relies on the cookie. */
  @IsOptional()
  @IsBoolean()
  refreshTokenInBody?: boolean;
}

export class RefreshRequest {
  /** For API clients; the web UI sends the httpOnly cookie instead. */
  @IsOptional()
  @IsString()
  @MaxLength(256)
  refreshToken?: string;
}

export class ChangePasswordRequest {
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @IsString()
  @MaxLength(256)
  newPassword!: string;
}
