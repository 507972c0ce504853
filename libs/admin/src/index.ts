export * from './domain/org-unit/org-unit';
export * from './domain/org-unit/org-unit.decider';
export * from './domain/org-unit/units-csv';
export * from './domain/user/user.decider';
export * from './domain/access/roles';
export * from './domain/admin-error';
export * from './config/demo-units';
export { AdminModule, type AdminModuleOptions } from './admin.module';
export {
  Public,
  Authenticated,
  RequirePermission,
  CurrentAccess,
  unitFromParam,
  unitFromBody,
  unitFromQuery,
  ACCESS_RULE,
  type AccessRule,
  type AccessRequest,
  type UnitResolver,
} from './application/auth/access.decorators';
export { AccessContext, type AuthenticatedUser } from './application/auth/access-context';
export { AuthorisationGuard } from './application/auth/authorisation.guard';
export { OrgUnitDirectory } from './projections/org-units/org-unit-directory';
export { ADMIN_PROJECTIONS } from './projections/admin-projections';
export { createFirstAdmin, type FirstAdmin } from './application/users/create-first-admin';
export { seedDemo, seedDemoUnits, DEMO_ACCOUNTS } from './demo/seed-demo';
export { findUnguardedRoutes, listRouteAccess, type RouteAccess } from './application/auth/route-access';
export { OrgUnitsModule } from './application/org-units/org-units.module';
export { AuditModule } from './application/audit/audit.module';
export { PersonalDataModule } from './application/personal-data/personal-data.module';
export {
  PersonalDataAccessLog,
  type PersonalDataView,
} from './application/personal-data/personal-data-access-log';
