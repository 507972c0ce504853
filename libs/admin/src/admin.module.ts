import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import cookieParser from 'cookie-parser';
import { APP_CONFIG, type AppConfig } from '@vieclam/platform/config';
import { AuthController } from './application/auth/auth.controller';
import { AUTH_OPTIONS, DEFAULT_AUTH_OPTIONS, type AuthOptions } from './application/auth/auth-options';
import { resolveAuthSecret } from './application/auth/auth-secret';
import { AuthService } from './application/auth/auth.service';
import { AuthorisationGuard } from './application/auth/authorisation.guard';
import { AuditModule } from './application/audit/audit.module';
import { OrgUnitsModule } from './application/org-units/org-units.module';
import { PersonalDataModule } from './application/personal-data/personal-data.module';
import { MyUnitsController } from './application/users/my-units.controller';
import { UsersController } from './application/users/users.controller';
import { DemoSeeder } from './demo/demo-seeder';
import { OrgUnitDirectory } from './projections/org-units/org-unit-directory';

export interface AdminModuleOptions {
  auth?: Partial<AuthOptions>;
}

/**
 * Users, login and the global authorisation guard (deny by default), the unit tree directory every
 * context's guard uses, and the demo accounts of embedded demo mode. Needs the platform's
 * `RuntimeModule` (EVENT_STORE, DATABASE, APP_CONFIG) with `ADMIN_PROJECTIONS` among its projections.
 */
@Module({})
export class AdminModule implements NestModule {
  static forRoot(options: AdminModuleOptions = {}): DynamicModule {
    const auth: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, ...options.auth };
    return {
      module: AdminModule,
      global: true,
      imports: [
        OrgUnitsModule,
        AuditModule,
        PersonalDataModule,
        JwtModule.registerAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            secret: resolveAuthSecret(config),
            signOptions: { algorithm: 'HS256' },
            verifyOptions: { algorithms: ['HS256'] },
          }),
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'auth', limit: auth.perIpLimit.limit, ttl: auth.perIpLimit.ttlMs }],
        }),
      ],
      controllers: [AuthController, UsersController, MyUnitsController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: auth },
        OrgUnitDirectory,
        AuthService,
        AuthorisationGuard,
        { provide: APP_GUARD, useExisting: AuthorisationGuard },
        DemoSeeder,
      ],
      exports: [OrgUnitDirectory, AuthorisationGuard, AUTH_OPTIONS],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Only the auth routes read the refresh cookie (it is scoped to /api/auth anyway).
    consumer.apply(cookieParser()).forRoutes(AuthController);
  }
}
