/** Reads a placement straight from its stream: for authorisation (its village) and the details view. */
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@vieclam/platform/command-handling';
import type { EventStore, RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import {
  overseasPlacementDecider,
  overseasPlacementStream,
  type OverseasPlacementState,
} from '../domain/placement/overseas-placement.decider';
import type { OverseasPlacementEvent } from '../domain/placement/overseas-placement.events';

export const placementNotFound = () =>
  DomainError.notFound('placement_not_found', {
    vi: 'Không tìm thấy hồ sơ đi làm việc ở nước ngoài',
    en: 'Overseas placement not found',
  });

export interface PlacementRecord {
  state: OverseasPlacementState & { placementId: string; jobSeekerId: string; villageCode: string };
  orderId: string | null;
  events: RecordedEvent[];
  revision: number;
}

@Injectable()
export class OverseasRecords {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  placementEvents(placementId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(overseasPlacementStream(placementId));
  }

  /** The placement as its stream says; 404 when there is none. */
  async placement(placementId: string): Promise<PlacementRecord> {
    const events = await this.placementEvents(placementId);
    const registered = events[0];
    if (!registered || registered.type !== 'CandidateRegistered') throw placementNotFound();
    const state = events.reduce(
      (current, event) =>
        overseasPlacementDecider.evolve(current, {
          type: event.type,
          data: event.data,
        } as OverseasPlacementEvent),
      overseasPlacementDecider.initialState(),
    );
    if (!state.placementId || !state.jobSeekerId || !state.villageCode) throw placementNotFound();
    return {
      state: {
        ...state,
        placementId: state.placementId,
        jobSeekerId: state.jobSeekerId,
        villageCode: state.villageCode,
      },
      orderId: (registered.data as { orderId: string | null }).orderId,
      events,
      revision: events[events.length - 1]!.streamRevision,
    };
  }

  /** The village of the placement's candidate (for authorisation); 404 when there is none. */
  async placementVillage(placementId: string): Promise<string> {
    return (await this.placement(placementId)).state.villageCode;
  }
}
