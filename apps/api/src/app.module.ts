import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DemoModule } from '@vieclam/demo';
import type { AppConfig } from '@vieclam/platform/config';
import { contextModules, platformModules } from './contexts';
import { HealthController } from './health/health.controller';
import { ProjectionsStatusController } from './health/projections-status.controller';

/** The HTTP API. In embedded mode it also runs the projections and jobs (there is no worker). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformModules(config, 'api'),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        ...contextModules(),
        // The demo commune's history, on the first embedded start with demo on.
        DemoModule,
      ],
      controllers: [HealthController, ProjectionsStatusController],
    };
  }
}
