export * from './domain/org-unit/org-unit';
export * from './domain/org-unit/org-unit.decider';
export * from './domain/org-unit/units-csv';
export * from './domain/user/user.decider';
export * from './domain/access/roles';
export * from './domain/admin-error';
export * from './config/demo-units';
