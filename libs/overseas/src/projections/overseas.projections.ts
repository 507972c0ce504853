import type { Projection } from '@vieclam/platform/projections';
import { placementListProjection } from './placement-list/placement-list.projection';

/** The read models of this context, for the app's projection runner. */
export const OVERSEAS_PROJECTIONS: readonly Projection[] = [placementListProjection];
