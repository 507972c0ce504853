import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import {
  ProjectionRunner,
  type Projection,
  type ProjectionStatus,
  type RebuildProgress,
} from '@vieclam/platform/projections';
import type { Runtime } from './open-runtime';
import { RUNTIME } from './tokens';

/** Injection token of the projections the app registers (all contexts' read models). */
export const PROJECTIONS = Symbol('PROJECTIONS');
/** Whether this process runs them (embedded API, worker) or only reads them (server-mode API). */
export const RUN_PROJECTIONS = Symbol('RUN_PROJECTIONS');

/** A projection's state with the progress of its last rebuild (null when none ran here). */
export interface ProjectionHostStatus extends ProjectionStatus {
  rebuild: RebuildProgress | null;
}

/**
 * Starts the {@link ProjectionRunner} once the app is up and stops it in `onModuleDestroy`, i.e.
 * before the runtime closes the stores in `onApplicationShutdown`.
 */
@Injectable()
export class ProjectionsHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');
  private runner?: ProjectionRunner;
  private readonly rebuilds = new Map<string, RebuildProgress>();

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Inject(PROJECTIONS) private readonly projections: readonly Projection[],
    @Inject(RUN_PROJECTIONS) private readonly run: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.run || this.projections.length === 0) return;
    this.runner = new ProjectionRunner({
      store: this.runtime.eventStore,
      database: this.runtime.database,
      projections: this.projections,
      logger: { log: (message) => this.logger.log(message), error: (message) => this.logger.error(message) },
      onRebuildProgress: (projection, progress) => this.rebuilds.set(projection, { ...progress }),
    });
    await this.runner.start();
    this.logger.log(
      `Đang chạy ${this.projections.length} projection / Running ${this.projections.length} projections`,
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner?.stop();
  }

  /** Whether this process runs the projections (embedded API, worker) or leaves them to a worker. */
  runsHere(): boolean {
    return this.run && this.projections.length > 0;
  }

  status(): ProjectionHostStatus[] {
    return (this.runner?.status() ?? []).map((s) => ({ ...s, rebuild: this.rebuilds.get(s.name) ?? null }));
  }
}
