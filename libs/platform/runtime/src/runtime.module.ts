import { join } from 'node:path';
import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfigModule, type AppConfig } from '@vieclam/platform/config';
import { loadOrCreateMasterKeyFile, MasterKey } from '@vieclam/platform/crypto';
import { JobsModule } from '@vieclam/platform/jobs';
import type { Projection } from '@vieclam/platform/projections';
import { openRuntime, type Runtime } from './open-runtime';
import { PROJECTIONS, ProjectionsHost, RUN_PROJECTIONS } from './projections-host';
import { checkRuntime, type ComponentHealth } from './runtime-health';
import { DATABASE, EVENT_STORE, RUNTIME } from './tokens';

export const MASTER_KEY_FILE_NAME = 'master.key';

export interface RuntimeModuleOptions {
  /**
   * The worker runs the projections and, with Redis, the job processors; the API does neither in
   * server and cluster modes. Embedded mode has no worker, so there the API runs both.
   */
  role: 'api' | 'worker';
  /** Every read model of the app (each context's projections). */
  projections: readonly Projection[];
}

/** Server and cluster modes take the key from MASTER_KEY (config refuses to start without it). */
function masterKeyFor(config: AppConfig): MasterKey {
  if (config.masterKey !== undefined) return MasterKey.fromBase64(config.masterKey.toString('base64'));
  return loadOrCreateMasterKeyFile(join(config.dataDir, MASTER_KEY_FILE_NAME));
}

@Injectable()
export class RuntimeHealth {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  check(): Promise<ComponentHealth[]> {
    return checkRuntime(this.runtime);
  }
}

/**
 * Stores close in `onApplicationShutdown`, which Nest calls after every `onModuleDestroy` and
 * `beforeApplicationShutdown` hook: projection runners and job workers have stopped using them by then.
 */
@Injectable()
class RuntimeShutdown implements OnApplicationShutdown {
  private readonly logger = new Logger('Runtime');

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.close();
    this.logger.log('Đã đóng kho sự kiện và cơ sở dữ liệu / Event store and database closed');
  }
}

/**
 * Wires the storage of the configured mode (DESIGN §2) for the whole app: `EVENT_STORE` (SQLite,
 * PostgreSQL or KurrentDB), `DATABASE` (read models), the master key, the job queue, the typed
 * config and the projection runner (where this process runs it), and closes them on shutdown.
 */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(config: AppConfig, options: RuntimeModuleOptions): DynamicModule {
    const runWorker = config.mode === 'embedded' || options.role === 'worker';
    return {
      module: RuntimeModule,
      global: true,
      imports: [
        AppConfigModule.forRoot(config),
        JobsModule.forRoot({ redisUrl: config.mode === 'embedded' ? undefined : config.redisUrl, runWorker }),
      ],
      providers: [
        { provide: RUNTIME, useFactory: () => openRuntime(config) },
        { provide: EVENT_STORE, useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
        { provide: DATABASE, useFactory: (runtime: Runtime) => runtime.database, inject: [RUNTIME] },
        { provide: MasterKey, useFactory: () => masterKeyFor(config) },
        { provide: PROJECTIONS, useValue: options.projections },
        { provide: RUN_PROJECTIONS, useValue: runWorker },
        ProjectionsHost,
        RuntimeHealth,
        RuntimeShutdown,
      ],
      exports: [
        RUNTIME,
        EVENT_STORE,
        DATABASE,
        MasterKey,
        PROJECTIONS,
        ProjectionsHost,
        RuntimeHealth,
        AppConfigModule,
        JobsModule,
      ],
    };
  }
}
