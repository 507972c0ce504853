import type { Projection } from '@vieclam/platform/projections';
import { indicatorFactsProjection } from './indicator-facts/indicator-facts.projection';
import { planListProjection } from './plan-list/plan-list.projection';

/** The read models of this context, for the app's projection runner. */
export const PLAN_REPORTS_PROJECTIONS: readonly Projection[] = [planListProjection, indicatorFactsProjection];
