/**
 * One row per overseas placement: the columns the pipeline filters on (village, country, stage) and
 * the folded placement state as JSON, from which the pipeline (stuck cases included) is computed.
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import {
  evolveOverseasPlacement,
  initialOverseasPlacementState,
  OVERSEAS_PLACEMENT_CATEGORY,
  type OverseasPlacementState,
} from '../../domain/placement/overseas-placement.decider';
import type { OverseasPlacementEvent } from '../../domain/placement/overseas-placement.events';

export const PLACEMENT_LIST_TABLE = 'overseas_placement_list';

export interface PlacementListRow extends ReadModelRow {
  id: string;
  job_seeker_id: string;
  order_id: string | null;
  village_code: string;
  country: string;
  stage: string;
  /** OverseasPlacementState as JSON. */
  state: string;
}

/** Pure: the row of a placement given one of its events. */
export function evolvePlacementListRow(
  current: PlacementListRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): PlacementListRow | undefined {
  const domainEvent = { type: event.type, data: event.data } as OverseasPlacementEvent;
  if (domainEvent.type === 'CandidateRegistered') {
    const state = evolveOverseasPlacement(initialOverseasPlacementState(), domainEvent);
    const data = domainEvent.data;
    return {
      id: data.placementId,
      job_seeker_id: data.jobSeekerId,
      order_id: data.orderId,
      village_code: data.villageCode,
      country: data.country,
      stage: state.stage ?? 'registered',
      state: JSON.stringify(state),
    };
  }
  if (!current) return current;
  const state = evolveOverseasPlacement(JSON.parse(current.state) as OverseasPlacementState, domainEvent);
  return { ...current, stage: state.stage ?? current.stage, state: JSON.stringify(state) };
}

export const placementListProjection = rowProjection<PlacementListRow>({
  name: 'overseas_placement_list',
  version: 1,
  filter: { categories: [OVERSEAS_PLACEMENT_CATEGORY] },
  table: PLACEMENT_LIST_TABLE,
  migrations: {
    '001_create_overseas_placement_list': {
      up: async (db) => {
        await db.schema
          .createTable(PLACEMENT_LIST_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('job_seeker_id', 'text', (c) => c.notNull())
          .addColumn('order_id', 'text')
          .addColumn('village_code', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addColumn('stage', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('overseas_placement_list_village')
          .on(PLACEMENT_LIST_TABLE)
          .column('village_code')
          .execute();
        await db.schema
          .createIndex('overseas_placement_list_person')
          .on(PLACEMENT_LIST_TABLE)
          .column('job_seeker_id')
          .execute();
      },
    },
  },
  keyOf: (event) => (event.data as { placementId?: string }).placementId,
  evolve: evolvePlacementListRow,
});
