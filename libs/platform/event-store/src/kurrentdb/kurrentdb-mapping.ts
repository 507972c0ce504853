/**
 * Pure translation between the port's types and the KurrentDB client's types. Kept apart from the
 * adapter so it is unit-tested without a server.
 */
import {
  ANY,
  ErrorType,
  NO_STREAM,
  START as CLIENT_START,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  jsonEvent,
  type AppendStreamState,
  type EventData,
  type JSONType,
  type Position as ClientPosition,
  type RecordedEvent as ClientRecordedEvent,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedRevision } from '../errors';
import {
  START,
  type EventMetadata,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type RecordedEvent,
} from '../event-store.port';

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new Error(`Invalid expected revision: ${String(expected)}`);
      }
      return BigInt(expected);
  }
}

/** `<commit>:<prepare>`, both decimal; `START` stays `START`. */
export function encodePosition(position: ClientPosition): Position {
  return `${position.commit.toString()}:${position.prepare.toString()}`;
}

export function decodePosition(position: Position): ClientPosition | typeof CLIENT_START {
  if (position === START) return CLIENT_START;
  const match = /^(\d+):(\d+)$/.exec(position);
  if (!match) throw new Error(`Not a KurrentDB position: ${position}`);
  return { commit: BigInt(match[1]!), prepare: BigInt(match[2]!) };
}

/** Log order of two positions: negative, zero or positive. */
export function comparePositions(a: ClientPosition, b: ClientPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** Metadata as stored in the event's metadata JSON. `$correlationId` / `$causationId` feed KurrentDB's own projections. */
export interface StoredMetadata extends EventMetadata {
  schemaVersion: number;
  $correlationId?: string;
  $causationId?: string;
}

export function toClientEvent(event: EventToAppend, now: Date): EventData {
  const metadata: StoredMetadata = {
    occurredOn: event.metadata.occurredOn,
    recordedAt: event.metadata.recordedAt ?? now.toISOString(),
    actor: event.metadata.actor,
    orgUnit: event.metadata.orgUnit,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    schemaVersion: event.schemaVersion,
    $correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId === null ? {} : { $causationId: event.metadata.causationId }),
  };
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    // The client JSON-encodes any value; the port's data is JSON by contract.
    data: event.data as JSONType,
    metadata: { ...metadata },
  });
}

/** Events KurrentDB writes for itself (`$`-types, `$`-streams, links) are never handed out. */
export function isSystemEvent(event: Pick<ClientRecordedEvent, 'type' | 'streamId'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/**
 * The port's view of a stored event, or `undefined` for what is not ours to hand out: system
 * events and binary (non-JSON) events written by other tools.
 */
export function fromClientEvent(event: ClientRecordedEvent): RecordedEvent | undefined {
  if (isSystemEvent(event) || !event.isJson) return undefined;
  if (!event.position) {
    throw new Error('KurrentDB did not return the $all position of a stream event (server older than 22.6?)');
  }
  const stored = asRecord(event.metadata);
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: typeof stored.schemaVersion === 'number' ? stored.schemaVersion : 1,
    data: event.data,
    metadata: {
      occurredOn: asString(stored.occurredOn),
      recordedAt: asString(stored.recordedAt) || event.created.toISOString(),
      actor: asString(stored.actor),
      orgUnit: asString(stored.orgUnit),
      correlationId: asString(stored.correlationId),
      causationId: typeof stored.causationId === 'string' ? stored.causationId : null,
    },
    streamId: event.streamId,
    streamRevision: Number(event.revision),
    position: encodePosition(event.position),
  };
}

/** Our typed error for the client's wrong-expected-version error; `undefined` for any other error. */
export function toWrongExpectedRevision(
  error: unknown,
  streamId: string,
  expected: ExpectedRevision,
): WrongExpectedRevision | undefined {
  if (!isWrongExpectedVersion(error)) return undefined;
  const actual = error.actualState === NO_STREAM ? 'no_stream' : Number(error.actualState);
  return new WrongExpectedRevision(streamId, expected, actual);
}

export function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersionError {
  return (
    error instanceof WrongExpectedVersionError ||
    (error instanceof Error &&
      (error as { type?: unknown }).type === ErrorType.WRONG_EXPECTED_VERSION &&
      'actualState' in error)
  );
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && (error as { type?: unknown }).type === ErrorType.STREAM_NOT_FOUND;
}

/** Milliseconds since the epoch encoded in a uuid v7, or `undefined` for any other id. */
export function uuidV7Time(id: string): number | undefined {
  const match = /^([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.exec(id);
  if (!match) return undefined;
  return parseInt(`${match[1]!}${match[2]!}`, 16);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array)
    ? (value as Record<string, unknown>)
    : {};
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
