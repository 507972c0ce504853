import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@vieclam/platform/config';
import { contextModules, platformModules } from '../../api/src/contexts';

/** Server and cluster modes: runs the projections and the BullMQ processors, without HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [...platformModules(config, 'worker'), ...contextModules()],
    };
  }
}
