import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../../domain/access/roles';

export class CreateUserRequest {
  @IsString()
  @MaxLength(40)
  username!: string;

  @IsString()
  @MaxLength(120)
  displayName!: string;

  /** Generated (and returned once) when absent; the user must change it at first login either way. */
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(256)
  password?: string;

  @IsIn(ROLES)
  role!: Role;

  @IsString()
  @MaxLength(20)
  unitCode!: string;
}

export class GrantRequest {
  @IsIn(ROLES)
  role!: Role;

  @IsString()
  @MaxLength(20)
  unitCode!: string;
}

export class DisableUserRequest {
  @IsString()
  @MaxLength(500)
  reason!: string;
}
