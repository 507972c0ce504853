import {
  Body,
  Controller,
  Headers,
  HttpCode,
  Injectable,
  Param,
  Post,
  type INestApplication,
} from '@nestjs/common';
import { CqrsModule, EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { createDatabase, type Database } from '@vieclam/platform/database';
import { SqliteEventStore } from '@vieclam/platform/event-store';
import type BetterSqlite3 from 'better-sqlite3';
import { IsInt, Matches } from 'class-validator';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { CommandExecutor, EventAppended } from './command-executor';
import { CommandHandlingModule } from './command-handling.module';
import { createValidationPipe } from './http/request-validation';
import { KyselyIdempotencyStore } from './idempotency/kysely-idempotency-store';
import { addToCounter, counterDecider } from './testing/counter.decider';

class AddDto {
  @IsInt()
  amount!: number;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  occurredOn!: string;
}

/** Lets a test hold a request inside its handler. */
class Gate {
  entered!: Promise<void>;
  private enter!: () => void;
  private opened!: Promise<void>;
  open!: () => void;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.entered = new Promise((resolve) => (this.enter = resolve));
    this.opened = new Promise((resolve) => (this.open = resolve));
  }

  async pass(): Promise<void> {
    this.enter();
    await this.opened;
  }
}

const gate = new Gate();

@Controller('counters')
class CounterController {
  constructor(private readonly executor: CommandExecutor) {}

  @Post(':id/additions')
  async add(@Param('id') id: string, @Body() dto: AddDto, @Headers('if-match') ifMatch?: string) {
    const result = await this.executor.execute({
      streamId: `Counter-${id}`,
      decider: counterDecider,
      command: addToCounter(dto.amount, dto.occurredOn),
      metadata: { actor: 'user-1', orgUnit: 'VN-25' },
      ...(ifMatch === undefined ? {} : { expectedRevision: Number(ifMatch) }),
    });
    return { revision: result.nextExpectedRevision, total: result.state.total };
  }

  @Post(':id/slow-additions')
  @HttpCode(202)
  async addSlowly(@Param('id') id: string, @Body() dto: AddDto) {
    await gate.pass();
    return this.add(id, dto);
  }
}

@Injectable()
@EventsHandler(EventAppended)
class PublishedEvents implements IEventHandler<EventAppended> {
  static readonly seen: EventAppended[] = [];
  handle(event: EventAppended): void {
    PublishedEvents.seen.push(event);
  }
}

describe('command handling over HTTP (SQLite event store and idempotency keys in one file)', () => {
  let dir: string;
  let sqlite: BetterSqlite3.Database;
  let database: Database;
  let store: SqliteEventStore;
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const eventsOf = async (id: string) => store.readStream(`Counter-${id}`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vieclam-cmd-e2e-'));
    sqlite = SqliteEventStore.openDatabase(join(dir, 'vieclam.sqlite'));
    store = new SqliteEventStore(sqlite);
    database = createDatabase({ kind: 'sqlite', sqlite });
    const idempotencyStore = await KyselyIdempotencyStore.create(database.db);
    const moduleRef = await Test.createTestingModule({
      imports: [
        CqrsModule.forRoot(),
        CommandHandlingModule.forRoot({
          eventStore: { useValue: store },
          idempotencyStore: { useValue: idempotencyStore },
          idempotency: { userIdOf: (req) => req.headers['x-user-id'] as string | undefined },
        }),
      ],
      controllers: [CounterController],
      providers: [PublishedEvents],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
    await database?.close();
    sqlite?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a command and publishes its event after the append', async () => {
    const before = PublishedEvents.seen.length;
    const response = await http().post('/counters/a/additions').send({ amount: 4, occurredOn: '2026-03-05' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ revision: 0, total: 4 });
    const [stored] = await eventsOf('a');
    expect(PublishedEvents.seen.slice(before).map((e) => e.event)).toEqual([stored]);
  });

  it('replays the first answer to a retry with the same Idempotency-Key, appending nothing', async () => {
    const body = { amount: 5, occurredOn: '2026-03-05' };
    const first = await http().post('/counters/b/additions').set('Idempotency-Key', 'key-b').send(body);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const published = PublishedEvents.seen.length;

    const retry = await http()
      .post('/counters/b/additions')
      .set('Idempotency-Key', 'key-b')
      .send({ occurredOn: body.occurredOn, amount: body.amount });
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await eventsOf('b')).toHaveLength(1);
    expect(PublishedEvents.seen).toHaveLength(published);

    // The key is the client's per user: another user's request with it runs.
    const otherUser = await http()
      .post('/counters/b/additions')
      .set('Idempotency-Key', 'key-b')
      .set('X-User-Id', 'user-2')
      .send(body);
    expect(otherUser.body).toEqual({ revision: 1, total: 10 });
  });

  it('refuses the same key with a different body (422)', async () => {
    await http()
      .post('/counters/c/additions')
      .set('Idempotency-Key', 'key-c')
      .send({ amount: 1, occurredOn: '2026-03-05' });
    const reused = await http()
      .post('/counters/c/additions')
      .set('Idempotency-Key', 'key-c')
      .send({ amount: 2, occurredOn: '2026-03-05' });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ statusCode: 422, code: 'idempotency_key_reused' });
    expect(reused.body.message).toBe(`${reused.body.messages.vi} / ${reused.body.messages.en}`);
    expect((await eventsOf('c')).map((e) => e.data)).toEqual([{ amount: 1 }]);
  });

  it('answers 409 to a duplicate that arrives while the first is still running', async () => {
    gate.reset();
    const body = { amount: 3, occurredOn: '2026-03-05' };
    const first = http().post('/counters/d/slow-additions').set('Idempotency-Key', 'key-d').send(body);
    const firstDone = first.then((r) => r);
    await gate.entered;

    const duplicate = await http()
      .post('/counters/d/slow-additions')
      .set('Idempotency-Key', 'key-d')
      .send(body);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ statusCode: 409, code: 'idempotency_key_in_progress' });

    gate.open();
    const done = await firstDone;
    expect(done.status).toBe(202);
    const replay = await http().post('/counters/d/slow-additions').set('Idempotency-Key', 'key-d').send(body);
    expect(replay.status).toBe(202);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await eventsOf('d')).toHaveLength(1);
  });

  it('answers a concurrency conflict with 409 and a bilingual body, appending nothing', async () => {
    await http().post('/counters/e/additions').send({ amount: 1, occurredOn: '2026-03-05' });
    await http()
      .post('/counters/e/additions')
      .set('If-Match', '0')
      .send({ amount: 1, occurredOn: '2026-03-05' });
    const stale = await http()
      .post('/counters/e/additions')
      .set('If-Match', '0')
      .set('Idempotency-Key', 'key-e')
      .send({ amount: 1, occurredOn: '2026-03-05' });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      statusCode: 409,
      code: 'concurrency_conflict',
      message: `${stale.body.messages.vi} / ${stale.body.messages.en}`,
      messages: { vi: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) },
    });
    expect(await eventsOf('e')).toHaveLength(2);
  });

  it('renders a DomainError with its status, code and field', async () => {
    const rejected = await http()
      .post('/counters/f/additions')
      .set('Idempotency-Key', 'key-f')
      .send({ amount: -2, occurredOn: '2026-03-05' });
    expect(rejected.status).toBe(400);
    expect(rejected.body).toMatchObject({
      statusCode: 400,
      code: 'counter_amount_invalid',
      field: 'amount',
      messages: {
        vi: 'Số lượng phải là số nguyên không âm.',
        en: 'The amount must be a non-negative integer.',
      },
    });
    expect(JSON.stringify(rejected.body)).not.toMatch(/at .*\.ts/);
    expect(await eventsOf('f')).toEqual([]);

    // A failed request is not remembered: its retry runs (and fails) again instead of replaying.
    const retried = await http()
      .post('/counters/f/additions')
      .set('Idempotency-Key', 'key-f')
      .send({ amount: -2, occurredOn: '2026-03-05' });
    expect(retried.status).toBe(400);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
  });

  it('renders validation failures per field', async () => {
    const invalid = await http()
      .post('/counters/g/additions')
      .send({ amount: 'many', occurredOn: '5/3/2026' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('validation_failed');
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'amount',
      'occurredOn',
    ]);
  });

  it('answers malformed and oversized bodies with the JSON error shape, never a stack trace', async () => {
    const malformed = await http()
      .post('/counters/i/additions')
      .set('Content-Type', 'application/json')
      .send('{"amount":');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'bad_request' });

    const oversized = await http()
      .post('/counters/i/additions')
      .send({ amount: 1, occurredOn: '2026-03-05', note: 'x'.repeat(200_000) });
    expect(oversized.status).toBe(413);
    expect(oversized.body).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
    for (const response of [malformed, oversized]) {
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.text).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });

  it('does not deduplicate requests without an Idempotency-Key', async () => {
    const body = { amount: 2, occurredOn: '2026-03-05' };
    await http().post('/counters/h/additions').send(body).expect(201);
    await http().post('/counters/h/additions').send(body).expect(201);
    expect(await eventsOf('h')).toHaveLength(2);
  });
});
