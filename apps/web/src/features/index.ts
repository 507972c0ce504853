import type { FeatureRoute } from '../core/routes';
import { routes as admin } from './admin';
import { routes as dashboard } from './dashboard';
import { routes as jobSeekers } from './job-seekers';
import { routes as loans } from './loans';
import { routes as overseas } from './overseas';
import { routes as reports } from './reports';
import { routes as training } from './training';
import { routes as vacancies } from './vacancies';

/** Every screen of the app; each feature folder owns its own list. */
export const ALL_ROUTES: FeatureRoute[] = [
  ...dashboard,
  ...jobSeekers,
  ...vacancies,
  ...training,
  ...overseas,
  ...loans,
  ...reports,
  ...admin,
];
