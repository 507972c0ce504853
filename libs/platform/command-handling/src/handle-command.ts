import {
  WrongExpectedRevision,
  newEventId,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
} from '@vieclam/platform/event-store';
import { ConcurrencyConflict } from './concurrency-conflict';
import type { Decider, DomainEvent } from '@vieclam/platform/domain';
import { DomainError } from '@vieclam/platform/domain';

/** Who and what a command is about; copied into every event it produces. */
export interface CommandMetadata {
  /** User id (`system` for jobs). */
  actor: string;
  /** Administrative unit code (village / commune) the fact belongs to. */
  orgUnit: string;
  /** Ties together everything one request caused; a new id when not given. */
  correlationId?: string;
  /** The message (command / event id) that caused this one, if any. */
  causationId?: string | null;
  /**
   * Business date (`YYYY-MM-DD`) of the facts. When absent, the command's `occurredOn` (or
   * `data.occurredOn`) is used; a domain event may also carry its own `occurredOn`.
   */
  occurredOn?: string;
}

export interface HandleCommandOptions<Command, State, Event extends DomainEvent> {
  store: EventStore;
  streamId: string;
  decider: Decider<Command, State, Event>;
  command: Command;
  metadata: CommandMetadata;
  /** Schema version per event type; 1 when not listed. */
  schemaVersions?: Partial<Record<Event['type'], number>>;
  /** Re-read and re-decide this many times when another writer got in first. Default 3. */
  maxRetries?: number;
  /**
   * The revision the user saw (e.g. when they opened the form). When given, any other revision is a
   * {@link ConcurrencyConflict} at once, without retrying: re-deciding on state the user never saw
   * would silently override their judgement.
   */
  expectedRevision?: number | 'no_stream';
}

export interface CommandResult<State, Event extends DomainEvent> {
  /** The events as stored (empty when the decision produced none). */
  events: RecordedEvent<Event['data']>[];
  /** The stream's revision after the command (`no_stream` if it still has no event). */
  nextExpectedRevision: number | 'no_stream';
  /** State after folding the new events. */
  state: State;
  /** 1 when the first try succeeded; more when it was retried after a conflict. */
  attempts: number;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Read the stream, fold it, decide, append with the expected revision; on a concurrent write,
 * re-read and decide again up to `maxRetries` times, then throw {@link ConcurrencyConflict}.
 * Appends nothing when the decision is empty. Errors thrown by `decide` propagate untouched.
 */
export async function handleCommand<Command, State, Event extends DomainEvent>(
  options: HandleCommandOptions<Command, State, Event>,
): Promise<CommandResult<State, Event>> {
  const { store, streamId, decider, command, metadata, expectedRevision } = options;
  const maxRetries = options.maxRetries ?? 3;
  const correlationId = metadata.correlationId ?? newEventId();

  for (let attempt = 1; ; attempt += 1) {
    const history = await store.readStream(streamId);
    const last = history[history.length - 1];
    const current: number | 'no_stream' = last ? last.streamRevision : 'no_stream';
    if (expectedRevision !== undefined && expectedRevision !== current) {
      throw new ConcurrencyConflict(streamId, expectedRevision, current, attempt);
    }

    const state = history.reduce(
      (folded, recorded) => decider.evolve(folded, toDomainEvent<Event>(recorded)),
      decider.initialState(),
    );
    const decided = decider.decide(command, state);
    if (decided.length === 0) {
      return { events: [], nextExpectedRevision: current, state, attempts: attempt };
    }

    const envelopes = decided.map((event) =>
      toEnvelope(event, command, metadata, correlationId, options.schemaVersions),
    );
    try {
      const appended = await store.append(streamId, envelopes, current);
      const firstRevision = appended.nextExpectedRevision - envelopes.length + 1;
      const stored = await store.readStream(streamId, {
        fromRevision: firstRevision,
        maxCount: envelopes.length,
      });
      return {
        events: stored,
        nextExpectedRevision: appended.nextExpectedRevision,
        state: decided.reduce((folded, event) => decider.evolve(folded, event), state),
        attempts: attempt,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision)) throw error;
      if (expectedRevision !== undefined || attempt > maxRetries) {
        throw new ConcurrencyConflict(streamId, current, error.actual, attempt);
      }
    }
  }
}

function toDomainEvent<Event extends DomainEvent>(recorded: RecordedEvent): Event {
  return { type: recorded.type, data: recorded.data } as Event;
}

function toEnvelope<Event extends DomainEvent>(
  event: Event,
  command: unknown,
  metadata: CommandMetadata,
  correlationId: string,
  schemaVersions: Partial<Record<string, number>> | undefined,
): EventToAppend {
  return {
    eventId: newEventId(),
    type: event.type,
    schemaVersion: schemaVersions?.[event.type] ?? 1,
    data: event.data,
    metadata: {
      occurredOn: occurredOnOf(event, command, metadata),
      actor: metadata.actor,
      orgUnit: metadata.orgUnit,
      correlationId,
      causationId: metadata.causationId ?? null,
    },
  };
}

/** The business date: the event's own, else the metadata's, else the command's. */
function occurredOnOf(event: DomainEvent, command: unknown, metadata: CommandMetadata): string {
  const date =
    stringProperty(event, 'occurredOn') ??
    metadata.occurredOn ??
    stringProperty(command, 'occurredOn') ??
    stringProperty(propertyOf(command, 'data'), 'occurredOn');
  if (date === undefined || !ISO_DATE.test(date)) {
    throw DomainError.invalid(
      'occurred_on_invalid',
      {
        vi: 'Ngày phát sinh phải là một ngày hợp lệ dạng YYYY-MM-DD.',
        en: 'The date the fact happened must be a valid date (YYYY-MM-DD).',
      },
      { field: 'occurredOn' },
    );
  }
  return date;
}

function propertyOf(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  return (value as Record<string, unknown>)[key];
}

function stringProperty(value: unknown, key: string): string | undefined {
  const property = propertyOf(value, key);
  return typeof property === 'string' ? property : undefined;
}
