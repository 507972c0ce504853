import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type JSONRecordedEvent,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedRevision } from '../errors';
import { newEventId } from '../event-id';
import { START } from '../event-store.port';
import { anEvent } from '../testing/event-store.contract';
import {
  comparePositions,
  decodePosition,
  encodePosition,
  fromClientEvent,
  isStreamNotFound,
  toClientEvent,
  toStreamState,
  toWrongExpectedRevision,
  uuidV7Time,
} from './kurrentdb-mapping';

describe('KurrentDB mapping', () => {
  describe('expected revision → stream state', () => {
    it('maps the three states to the client constants and a revision to a bigint', () => {
      expect(toStreamState('any')).toBe(ANY);
      expect(toStreamState('no_stream')).toBe(NO_STREAM);
      expect(toStreamState('stream_exists')).toBe(STREAM_EXISTS);
      expect(toStreamState(0)).toBe(0n);
      expect(toStreamState(41)).toBe(41n);
    });

    it('refuses a negative or fractional revision', () => {
      expect(() => toStreamState(-1)).toThrow('Invalid expected revision');
      expect(() => toStreamState(1.5)).toThrow('Invalid expected revision');
    });
  });

  describe('positions', () => {
    it('round-trips commit and prepare positions, including values beyond 2^53', () => {
      const position = { commit: 2n ** 60n + 7n, prepare: 2n ** 60n + 3n };
      const encoded = encodePosition(position);
      expect(encoded).toBe(`${position.commit}:${position.prepare}`);
      expect(decodePosition(encoded)).toEqual(position);
    });

    it('keeps START and refuses a position from another adapter', () => {
      expect(decodePosition(START)).toBe(START);
      expect(() => decodePosition('42')).toThrow('Not a KurrentDB position');
    });

    it('orders by commit, then prepare', () => {
      expect(comparePositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 0n })).toBeLessThan(0);
      expect(comparePositions({ commit: 2n, prepare: 5n }, { commit: 2n, prepare: 4n })).toBeGreaterThan(0);
      expect(comparePositions({ commit: 3n, prepare: 3n }, { commit: 3n, prepare: 3n })).toBe(0);
    });
  });

  describe('envelope', () => {
    const now = new Date('2026-03-16T01:02:03.004Z');

    function stored(
      e: ReturnType<typeof toClientEvent>,
      overrides: Partial<JSONRecordedEvent> = {},
    ): JSONRecordedEvent {
      return {
        streamId: 'Thing-1',
        id: e.id,
        isJson: true,
        revision: 3n,
        type: e.type,
        created: now,
        data: e.data,
        metadata: e.metadata,
        position: { commit: 100n, prepare: 90n },
        ...overrides,
      } as JSONRecordedEvent;
    }

    it('writes data as JSON and the metadata with schemaVersion and recordedAt = now', () => {
      const event = {
        ...anEvent('ThingCreated', { name: 'Nguyễn Văn Đức', amount: 1500000 }),
        schemaVersion: 2,
      };
      const client = toClientEvent(event, now);
      expect(client).toMatchObject({
        id: event.eventId,
        type: 'ThingCreated',
        contentType: 'application/json',
        data: { name: 'Nguyễn Văn Đức', amount: 1500000 },
      });
      expect(client.metadata).toMatchObject({
        ...event.metadata,
        recordedAt: now.toISOString(),
        schemaVersion: 2,
        $correlationId: event.metadata.correlationId,
      });
      expect(client.metadata).not.toHaveProperty('$causationId');
    });

    it('keeps a recordedAt given by the writer', () => {
      const event = anEvent();
      event.metadata.recordedAt = '2023-04-05T08:00:00.000Z';
      expect(toClientEvent(event, now).metadata).toMatchObject({ recordedAt: '2023-04-05T08:00:00.000Z' });
    });

    it('reads back exactly the envelope it wrote', () => {
      const cause = newEventId();
      const event = { ...anEvent('ThingRenamed'), metadata: { ...anEvent().metadata, causationId: cause } };
      const recorded = fromClientEvent(stored(toClientEvent(event, now)));
      expect(recorded).toEqual({
        eventId: event.eventId,
        type: 'ThingRenamed',
        schemaVersion: 1,
        data: event.data,
        metadata: { ...event.metadata, recordedAt: now.toISOString() },
        streamId: 'Thing-1',
        streamRevision: 3,
        position: '100:90',
      });
    });

    it('hands out no system events, system streams or binary events', () => {
      const client = toClientEvent(anEvent(), now);
      expect(fromClientEvent(stored(client, { type: '$>' }))).toBeUndefined();
      expect(fromClientEvent(stored(client, { streamId: '$$Thing-1' }))).toBeUndefined();
      expect(
        fromClientEvent(stored(client, { isJson: false } as unknown as Partial<JSONRecordedEvent>)),
      ).toBeUndefined();
    });

    it('reads an event without our metadata with defaults rather than failing', () => {
      const client = toClientEvent(anEvent(), now);
      const recorded = fromClientEvent(stored(client, { metadata: undefined }));
      expect(recorded).toMatchObject({
        schemaVersion: 1,
        metadata: { recordedAt: now.toISOString(), causationId: null },
      });
    });

    it('refuses a stream event without its $all position (servers before 22.6)', () => {
      const client = toClientEvent(anEvent(), now);
      expect(() => fromClientEvent(stored(client, { position: undefined }))).toThrow('$all position');
    });
  });

  describe('errors', () => {
    it('maps the client wrong-expected-version error to WrongExpectedRevision with the actual revision', () => {
      const error = new WrongExpectedVersionError(undefined, {
        streamName: 'Thing-1',
        expected: 0n,
        current: 4n,
      });
      const mapped = toWrongExpectedRevision(error, 'Thing-1', 0);
      expect(mapped).toBeInstanceOf(WrongExpectedRevision);
      expect(mapped).toMatchObject({ streamId: 'Thing-1', expected: 0, actual: 4 });
    });

    it('maps a missing stream to actual no_stream', () => {
      const error = new WrongExpectedVersionError(undefined, {
        streamName: 'Thing-1',
        expected: STREAM_EXISTS,
        current: NO_STREAM,
      });
      expect(toWrongExpectedRevision(error, 'Thing-1', 'stream_exists')).toMatchObject({
        expected: 'stream_exists',
        actual: 'no_stream',
      });
    });

    it('leaves other errors alone and recognises a missing stream on read', () => {
      expect(toWrongExpectedRevision(new Error('boom'), 'Thing-1', 'any')).toBeUndefined();
      expect(isStreamNotFound(new StreamNotFoundError(undefined, 'Thing-1'))).toBe(true);
      expect(isStreamNotFound(new Error('Thing-1 not found'))).toBe(false);
    });
  });

  describe('uuid v7 time', () => {
    it('reads the millisecond timestamp of a uuid v7 and nothing from other ids', () => {
      const before = Date.now();
      const time = uuidV7Time(newEventId());
      expect(time).toBeGreaterThanOrEqual(before);
      expect(time).toBeLessThanOrEqual(Date.now());
      expect(uuidV7Time('6f1c2f4e-8d3b-4a57-9c1e-2b7d9f0a1c3e')).toBeUndefined();
      expect(uuidV7Time('not-a-uuid')).toBeUndefined();
    });
  });
});
