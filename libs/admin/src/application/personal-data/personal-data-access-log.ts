import { Inject, Injectable } from '@nestjs/common';
import { newEventId, streamName, type EventStore } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { todayInVietnam } from '../users/user-accounts';

/** `DataAccess-<subjectId>`: who looked at a person's decrypted data. */
export const DATA_ACCESS_CATEGORY = 'DataAccess';
/** `PersonalData-<subjectId>`: what was done to the person's data itself (erasure). */
export const PERSONAL_DATA_CATEGORY = 'PersonalData';

export const dataAccessStream = (subjectId: string) => streamName(DATA_ACCESS_CATEGORY, subjectId);
export const personalDataStream = (subjectId: string) => streamName(PERSONAL_DATA_CATEGORY, subjectId);

/** A short code, never free text: the purpose is stored in events and must not carry personal data. */
export const PURPOSE = /^[a-z][a-z0-9_.:-]{0,59}$/;

export interface PersonalDataView {
  /** User id of the reader. */
  actor: string;
  /** The person whose data was shown (the pseudonymous id the cipher uses). */
  subjectId: string;
  /** The stream the data came from, e.g. `JobSeeker-<id>`. */
  subjectStream: string;
  /** The unit the person belongs to (checked by the caller's guard). */
  orgUnit: string;
  /** Why, as a code: `profile`, `export.xlsx`, `matching`, … */
  purpose: string;
  correlationId?: string;
}

export interface PersonalDataViewedData {
  subjectId: string;
  subjectStream: string;
  purpose: string;
}

/**
 * Records reads of personal data as audit events (`PersonalDataViewed`). Call it from any endpoint
 * that returns a person's decrypted data, after the decryption, once per person shown. The event
 * holds ids and a purpose code only, never the data.
 */
@Injectable()
export class PersonalDataAccessLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async recordView(view: PersonalDataView): Promise<void> {
    if (!PURPOSE.test(view.purpose)) {
      throw new Error(`Purpose must be a short code (got ${JSON.stringify(view.purpose.slice(0, 20))}…)`);
    }
    const data: PersonalDataViewedData = {
      subjectId: view.subjectId,
      subjectStream: view.subjectStream,
      purpose: view.purpose,
    };
    // An append-only log: no decision to take, so no need to read the stream first.
    await this.store.append(
      dataAccessStream(view.subjectId),
      [
        {
          eventId: newEventId(),
          type: 'PersonalDataViewed',
          schemaVersion: 1,
          data,
          metadata: {
            occurredOn: todayInVietnam(),
            actor: view.actor,
            orgUnit: view.orgUnit,
            correlationId: view.correlationId ?? newEventId(),
            causationId: null,
          },
        },
      ],
      'any',
    );
  }
}
