import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@vieclam/platform/config';
import { LoggingModule } from '@vieclam/platform/logging';
import { RuntimeModule } from '@vieclam/platform/runtime';
import { ALL_PROJECTIONS } from '../../api/src/projections';

/** Server and cluster modes: runs the projections and the BullMQ processors, without HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggingModule.forRoot({ level: config.logLevel }),
        RuntimeModule.forRoot(config, { role: 'worker', projections: ALL_PROJECTIONS }),
      ],
    };
  }
}
