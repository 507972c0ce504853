/**
 * The monthly job `reports:draft-monthly`: on the 1st of each month it drafts last month's report of
 * every commune that has a plan (`ReportDrafted`, as known at that moment). A report already
 * submitted is left alone; a commune without a plan is skipped.
 */
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { OrgUnitDirectory } from '@vieclam/admin';
import { DomainError } from '@vieclam/platform/command-handling';
import { JOB_QUEUE, type JobQueue } from '@vieclam/platform/jobs';
import { todayInVietnam } from '../application/plan-commands';
import { ReportSubmissions } from '../application/report-submissions';

export const DRAFT_MONTHLY_JOB = 'reports:draft-monthly';
export const DRAFT_MONTHLY_SCHEDULE = 'reports-draft-monthly';
/** 01:00 on the 1st, Vietnam time: last month has ended. */
export const DRAFT_MONTHLY_CRON = { pattern: '0 1 1 * *', tz: 'Asia/Ho_Chi_Minh' };
const SYSTEM_ACTOR = { userId: 'system:reports-draft-monthly' };

export interface DraftMonthlyJobData {
  /** The day to judge by (ISO); the scheduled run takes today in Vietnam. */
  today?: string;
}

export function previousMonth(today: string): { year: number; month: number } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

@Injectable()
export class DraftMonthlyReportsJob implements OnModuleInit {
  private readonly logger = new Logger('DraftMonthlyReportsJob');

  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    private readonly units: OrgUnitDirectory,
    private readonly submissions: ReportSubmissions,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.process<DraftMonthlyJobData>(DRAFT_MONTHLY_JOB, async (job) => {
      const result = await this.run(job.data?.today ?? todayInVietnam());
      this.logger.log(
        `Đã lập ${result.drafted.length} dự thảo báo cáo tháng ${result.month}/${result.year} / ` +
          `Drafted ${result.drafted.length} monthly reports for ${result.year}-${result.month}`,
      );
    });
    // Not awaited: with Redis down at start the process must still come up (health reports Redis
    // down) instead of waiting; BullMQ sets the schedule once Redis answers.
    this.jobs
      .schedule(DRAFT_MONTHLY_SCHEDULE, DRAFT_MONTHLY_CRON, DRAFT_MONTHLY_JOB, {})
      .catch((error: unknown) => {
        this.logger.error(
          `Không đặt được lịch ${DRAFT_MONTHLY_SCHEDULE} / Could not set the schedule ${DRAFT_MONTHLY_SCHEDULE}: ${String(error)}`,
        );
      });
  }

  /** Drafts the month before `today` for every commune valid today. */
  async run(today: string) {
    const { year, month } = previousMonth(today);
    const tree = this.units.current();
    const communes = tree.allCodes().filter((code) => tree.at(code, today)?.level === 'commune');
    const drafted: string[] = [];
    const skipped: string[] = [];
    for (const unitCode of communes) {
      try {
        const result = await this.submissions.draft({ unitCode, year, month, kind: 'monthly' }, SYSTEM_ACTOR);
        (result.drafted ? drafted : skipped).push(unitCode);
      } catch (error) {
        // No plan for this commune (or its province): nothing to report against.
        if (!(error instanceof DomainError)) throw error;
        skipped.push(unitCode);
      }
    }
    return { year, month, drafted, skipped };
  }
}
