import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { loadUser } from '../users/user-accounts';
import { dataAccessStream, personalDataStream } from '../personal-data/personal-data-access-log';

export interface AuditActor {
  userId: string;
  /** Staff display name when the actor is a known user; null for `system` and unknown ids. */
  displayName: string | null;
}

/** One line of the audit view: who did what, when, where. Never the event's data. */
export interface AuditEntry {
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  occurredOn: string;
  recordedAt: string;
  actor: AuditActor;
  orgUnit: string;
  correlationId: string;
  /** Only for the data-protection events, whose data is codes and ids by construction. */
  purpose?: string;
  reason?: string;
  subjectStream?: string;
}

/** Reads audit entries from the events: the events are the audit trail of every write. */
@Injectable()
export class AuditTrail {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async ofStream(streamId: string): Promise<AuditEntry[]> {
    return this.entries(await this.store.readStream(streamId));
  }

  /**
   * A person's audit: reads of their data (`DataAccess-<id>`), the erasure (`PersonalData-<id>`),
   * and the writes to every record those events name. The records are found through the
   * data-protection events, so a record nobody has read yet is not listed here; use the stream view.
   */
  async ofSubject(subjectId: string): Promise<{ subjectStreams: string[]; entries: AuditEntry[] }> {
    const protection = [
      ...(await this.store.readStream(dataAccessStream(subjectId))),
      ...(await this.store.readStream(personalDataStream(subjectId))),
    ];
    const subjectStreams = [
      ...new Set(
        protection
          .map((e) => (e.data as { subjectStream?: unknown }).subjectStream)
          .filter((s): s is string => typeof s === 'string'),
      ),
    ].sort();
    const records = (await Promise.all(subjectStreams.map((s) => this.store.readStream(s)))).flat();
    const entries = await this.entries([...protection, ...records]);
    entries.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.eventId.localeCompare(b.eventId));
    return { subjectStreams, entries };
  }

  /** The units a person's data-protection events were recorded in. */
  async unitsOfSubject(subjectId: string): Promise<string[]> {
    const protection = [
      ...(await this.store.readStream(dataAccessStream(subjectId))),
      ...(await this.store.readStream(personalDataStream(subjectId))),
    ];
    return [...new Set(protection.map((e) => e.metadata.orgUnit))];
  }

  private async entries(events: readonly RecordedEvent[]): Promise<AuditEntry[]> {
    const names = new Map<string, Promise<string | null>>();
    const nameOf = (userId: string) => {
      let name = names.get(userId);
      if (!name) {
        name = userId === 'system' ? Promise.resolve(null) : this.displayName(userId);
        names.set(userId, name);
      }
      return name;
    };
    return Promise.all(
      events.map(async (event): Promise<AuditEntry> => {
        const { metadata } = event;
        const entry: AuditEntry = {
          eventId: event.eventId,
          streamId: event.streamId,
          revision: event.streamRevision,
          type: event.type,
          occurredOn: metadata.occurredOn,
          recordedAt: metadata.recordedAt,
          actor: { userId: metadata.actor, displayName: await nameOf(metadata.actor) },
          orgUnit: metadata.orgUnit,
          correlationId: metadata.correlationId,
        };
        if (event.type === 'PersonalDataViewed' || event.type === 'PersonalDataErased') {
          const data = event.data as { purpose?: unknown; reason?: unknown; subjectStream?: unknown };
          if (typeof data.purpose === 'string') entry.purpose = data.purpose;
          if (typeof data.reason === 'string') entry.reason = data.reason;
          if (typeof data.subjectStream === 'string') entry.subjectStream = data.subjectStream;
        }
        return entry;
      }),
    );
  }

  private async displayName(userId: string): Promise<string | null> {
    try {
      return (await loadUser(this.store, userId))?.displayName ?? null;
    } catch {
      // An actor id that is not a valid stream id (e.g. a job name) simply has no display name.
      return null;
    }
  }
}
