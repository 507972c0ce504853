import BetterSqlite3 from 'better-sqlite3';
import { InMemoryEventStore } from '@vieclam/platform/event-store';
import { createDatabase } from '@vieclam/platform/database';
import {
  projectionRunnerScenarios,
  sqliteLeaseScenario,
  type RunnerFixture,
} from './testing/projection-runner.scenarios';

const inMemorySqlite: RunnerFixture = {
  async create() {
    const sqlite = new BetterSqlite3(':memory:');
    const store = new InMemoryEventStore();
    const database = createDatabase({ kind: 'sqlite', sqlite });
    return {
      store,
      database,
      connect: () => createDatabase({ kind: 'sqlite', sqlite }),
      cleanup: async () => {
        await database.close();
        await store.close();
        sqlite.close();
      },
    };
  },
};

projectionRunnerScenarios('SQLite (in-memory events)', inMemorySqlite);

describe('SQLite lease', () => {
  sqliteLeaseScenario(inMemorySqlite);
});
