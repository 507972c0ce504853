import type { DynamicModule, Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AdminModule } from '@vieclam/admin';
import { JobSeekersModule } from '@vieclam/job-seekers';
import { LoansModule } from '@vieclam/loans';
import { OverseasModule } from '@vieclam/overseas';
import { PlanReportsModule } from '@vieclam/plan-reports';
import { CommandHandlingModule, KyselyIdempotencyStore } from '@vieclam/platform/command-handling';
import type { AppConfig } from '@vieclam/platform/config';
import type { Database } from '@vieclam/platform/database';
import { LoggingModule } from '@vieclam/platform/logging';
import { DATABASE, RUNTIME, RuntimeModule, type Runtime } from '@vieclam/platform/runtime';
import { TrainingModule } from '@vieclam/training';
import { VacanciesModule } from '@vieclam/vacancies';
import { ALL_PROJECTIONS } from './projections';

type ModuleImport = Type | DynamicModule;

/**
 * The platform every process needs: logging, the stores of the configured mode (with the
 * projections: the embedded API and the worker run them), the command bus and command handling.
 */
export function platformModules(config: AppConfig, role: 'api' | 'worker'): ModuleImport[] {
  return [
    LoggingModule.forRoot({ level: config.logLevel }),
    RuntimeModule.forRoot(config, { role, projections: ALL_PROJECTIONS }),
    CqrsModule.forRoot(),
    // Also registers the bilingual HttpErrorFilter and the IdempotencyInterceptor for every route.
    CommandHandlingModule.forRoot({
      eventStore: { useFactory: (runtime: Runtime) => runtime.eventStore, inject: [RUNTIME] },
      idempotencyStore: {
        useFactory: (database: Database) => KyselyIdempotencyStore.create(database.db),
        inject: [DATABASE],
      },
    }),
  ];
}

/**
 * The bounded contexts. The API serves their routes; the worker needs them for their job
 * processors (loans' daily overdue marking, the monthly report drafts) in server and cluster modes.
 */
export function contextModules(): ModuleImport[] {
  return [
    // Users, login, the deny-by-default guard, units, audit, personal data (global providers).
    AdminModule.forRoot(),
    JobSeekersModule,
    VacanciesModule,
    LoansModule,
    TrainingModule,
    OverseasModule,
    PlanReportsModule,
  ];
}
