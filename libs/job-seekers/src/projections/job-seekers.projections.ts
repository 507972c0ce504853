import type { Projection } from '@vieclam/platform/projections';
import { consultationsProjection } from './consultations/consultations.projection';
import { jobSeekerListProjection } from './job-seeker-list/job-seeker-list.projection';

/** The read models of this context, for the app's projection runner. */
export const JOB_SEEKER_PROJECTIONS: readonly Projection[] = [
  jobSeekerListProjection,
  consultationsProjection,
];
