import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { CommandHandlingModule, KyselyIdempotencyStore } from '@vieclam/platform/command-handling';
import type { AppConfig } from '@vieclam/platform/config';
import type { Database } from '@vieclam/platform/database';
import { LoggingModule } from '@vieclam/platform/logging';
import { DATABASE, RUNTIME, RuntimeModule, type Runtime } from '@vieclam/platform/runtime';
import { AdminModule } from '@vieclam/admin';
import { JobSeekersModule } from '@vieclam/job-seekers';
import { LoansModule } from '@vieclam/loans';
import { OverseasModule } from '@vieclam/overseas';
import { TrainingModule } from '@vieclam/training';
import { VacanciesModule } from '@vieclam/vacancies';
import { DemoModule } from '@vieclam/demo';
import { PlanReportsModule } from '@vieclam/plan-reports';
import { HealthController } from './health/health.controller';
import { ALL_PROJECTIONS } from './projections';

/** The HTTP API. In embedded mode it also runs the projections and jobs (there is no worker). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot({ level: config.logLevel }),
        RuntimeModule.forRoot(config, { role: 'api', projections: ALL_PROJECTIONS }),
        CqrsModule.forRoot(),
        // Also registers the bilingual HttpErrorFilter and the IdempotencyInterceptor for every route.
        CommandHandlingModule.forRoot({
          eventStore: { useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
          idempotencyStore: {
            useFactory: (database: Database) => KyselyIdempotencyStore.create(database.db),
            inject: [DATABASE],
          },
        }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        // Users, login, the deny-by-default guard, units, audit, personal data (global providers).
        AdminModule.forRoot(),
        JobSeekersModule,
        VacanciesModule,
        LoansModule,
        TrainingModule,
        OverseasModule,
        DemoModule,
        PlanReportsModule,
      ],
      controllers: [HealthController],
    };
  }
}
