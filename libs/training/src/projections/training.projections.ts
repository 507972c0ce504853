import type { Projection } from '@vieclam/platform/projections';
import { courseListProjection } from './course-list/course-list.projection';
import { traineeEnrolmentProjection } from './trainee-enrolments/trainee-enrolments.projection';

/** The read models of this context, for the app's projection runner. */
export const TRAINING_PROJECTIONS: readonly Projection[] = [courseListProjection, traineeEnrolmentProjection];
