import { Module } from '@nestjs/common';
import { JobSeekersModule } from '@vieclam/job-seekers';
import { VacanciesModule } from '@vieclam/vacancies';
import { DemoLoader } from './demo-loader';

/**
 * The demo commune's case history for `npm start` (embedded mode with `DEMO` on). Needs what the
 * contexts need (runtime, command handling, CQRS, AdminModule); does nothing on a server.
 */
@Module({
  imports: [JobSeekersModule, VacanciesModule],
  providers: [DemoLoader],
})
export class DemoModule {}
