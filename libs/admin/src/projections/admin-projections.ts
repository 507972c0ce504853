import type { Projection } from '@vieclam/platform/projections';
import { usersProjection } from './users/users.projection';

/**
 * Every read model of the admin context; the app hands them to `RuntimeModule.forRoot(config,
 * { projections })`, whose host runs them in the process that runs projections.
 */
export const ADMIN_PROJECTIONS: readonly Projection[] = [usersProjection];
