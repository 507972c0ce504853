import type { Projection } from '@vieclam/platform/projections';
import { employerListProjection } from './employer-list/employer-list.projection';
import { vacancyListProjection } from './vacancy-list/vacancy-list.projection';

/** The read models of this context, for the app's projection runner. */
export const VACANCY_PROJECTIONS: readonly Projection[] = [employerListProjection, vacancyListProjection];
