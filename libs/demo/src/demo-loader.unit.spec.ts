import type { AppConfig } from '@vieclam/platform/config';
import { InMemoryEventStore, newEventId } from '@vieclam/platform/event-store';
import { DemoLoader, DEMO_MARKER_STREAM } from './demo-loader';

/** Only the config and the store are reached before the loader decides not to load. */
function loader(config: Partial<AppConfig>, store: InMemoryEventStore) {
  const unused = undefined as never;
  return new DemoLoader(config as AppConfig, store, unused, unused, unused, unused, unused, unused, unused);
}

async function allEvents(store: InMemoryEventStore) {
  return (await store.readAll({ limit: 10_000 })).events;
}

describe('DemoLoader: when it does not load', () => {
  it('never loads on a server, even with DEMO on', async () => {
    const store = new InMemoryEventStore();
    await loader({ mode: 'server', demo: true }, store).onApplicationBootstrap();
    expect(await allEvents(store)).toEqual([]);
  });

  it('does nothing with DEMO off (`--no-demo`)', async () => {
    const store = new InMemoryEventStore();
    await loader({ mode: 'embedded', demo: false }, store).onApplicationBootstrap();
    expect(await allEvents(store)).toEqual([]);
  });

  it('does not mix demo data into a store that already has real cases', async () => {
    const store = new InMemoryEventStore();
    await store.append(
      'JobSeeker-real',
      [
        {
          eventId: newEventId(),
          type: 'JobSeekerRegistered',
          schemaVersion: 1,
          data: {},
          metadata: {
            occurredOn: '2026-01-05',
            actor: 'u1',
            orgUnit: 'XMT-01',
            correlationId: 'c',
            causationId: null,
          },
        },
      ],
      'no_stream',
    );
    await loader({ mode: 'embedded', demo: true }, store).onApplicationBootstrap();
    expect(await store.readStream(DEMO_MARKER_STREAM)).toEqual([]);
    expect(await allEvents(store)).toHaveLength(1);
  });
});
