/**
 * The daily job `loans:mark-overdue`: for every active loan it lists the instalments that became
 * overdue up to today (`overdueTransitions`) and appends `InstalmentOverdue`, dated the day each
 * became overdue, through the command path. A second run appends nothing (the decider ignores marks
 * it already has), and a missed day is caught up by the next run, which starts from the schedule.
 */
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '@vieclam/platform/command-handling';
import { JOB_QUEUE, type JobQueue } from '@vieclam/platform/jobs';
import { todayInVietnam } from '@vieclam/platform/domain';
import { LoanCommands } from '../application/loan-commands';
import { LoanRecords } from '../application/loan-records';
import { overdueTransitions } from '../domain/schedule/repayment-schedule';
import { LoanQueries } from '../queries/loan-queries';

export const MARK_OVERDUE_JOB = 'loans:mark-overdue';
export const MARK_OVERDUE_SCHEDULE = 'loans-mark-overdue-daily';
/** 00:30 every day, Vietnam time: yesterday's due dates have ended. */
export const MARK_OVERDUE_CRON = { pattern: '30 0 * * *', tz: 'Asia/Ho_Chi_Minh' };
const SYSTEM_ACTOR = { userId: 'system:loans-mark-overdue' };

export interface MarkOverdueJobData {
  /** The day to judge by (ISO); the scheduled run leaves it out and takes today in Vietnam. */
  today?: string;
}

export interface MarkOverdueResult {
  today: string;
  loansChecked: number;
  marked: { loanId: string; instalmentNumber: number; overdueSince: string }[];
}

@Injectable()
export class MarkOverdueJob implements OnModuleInit {
  private readonly logger = new Logger('MarkOverdueJob');

  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    private readonly queries: LoanQueries,
    private readonly records: LoanRecords,
    private readonly commands: LoanCommands,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.process<MarkOverdueJobData>(MARK_OVERDUE_JOB, async (job) => {
      const result = await this.run(job.data?.today ?? todayInVietnam());
      this.logger.log(
        `Đã đánh dấu ${result.marked.length} kỳ quá hạn / Marked ${result.marked.length} instalments overdue ` +
          `(${result.loansChecked} loans, ${result.today})`,
      );
    });
    // Not awaited: with Redis down at start the process must still come up (health reports Redis
    // down) instead of waiting; BullMQ sets the schedule once Redis answers.
    this.jobs
      .schedule(MARK_OVERDUE_SCHEDULE, MARK_OVERDUE_CRON, MARK_OVERDUE_JOB, {})
      .catch((error: unknown) => {
        this.logger.error(
          `Không đặt được lịch ${MARK_OVERDUE_SCHEDULE} / Could not set the schedule ${MARK_OVERDUE_SCHEDULE}: ${String(error)}`,
        );
      });
  }

  /** Marks what became overdue up to and including `today`. */
  async run(today: string): Promise<MarkOverdueResult> {
    const loanIds = await this.queries.activeLoanIds();
    const marked: MarkOverdueResult['marked'] = [];
    for (const loanId of loanIds) {
      const { state } = await this.records.loan(loanId);
      const schedule = state.schedule;
      if (state.status !== 'disbursed' || !schedule) continue;
      const transitions = overdueTransitions(
        schedule.instalments,
        schedule.repayments,
        schedule.instalments[0]?.dueDate ?? today,
        today,
      ).filter((transition) => !schedule.markedOverdue.includes(transition.number));
      for (const transition of transitions) {
        try {
          const result = await this.commands.run(
            loanId,
            {
              type: 'MarkInstalmentOverdue',
              data: {
                scheduleVersion: schedule.version,
                instalmentNumber: transition.number,
                overdueSince: transition.overdueSince,
              },
            },
            SYSTEM_ACTOR,
            transition.overdueSince,
          );
          if (result.events.length > 0) {
            marked.push({
              loanId,
              instalmentNumber: transition.number,
              overdueSince: transition.overdueSince,
            });
          }
        } catch (error) {
          // The loan moved on meanwhile (rescheduled, settled): tomorrow's run judges it afresh.
          if (!(error instanceof DomainError)) throw error;
        }
      }
    }
    return { today, loansChecked: loanIds.length, marked };
  }
}
