/** A MarkOverdueJob over the in-memory store with loans opened through the command path (tests). */
import type { EventBus } from '@nestjs/cqrs';
import { CommandExecutor } from '@vieclam/platform/command-handling';
import { InMemoryEventStore } from '@vieclam/platform/event-store';
import { InProcessJobQueue, type JobQueue } from '@vieclam/platform/jobs';
import { LoanCommands } from '../../application/loan-commands';
import { LoanRecords, policyLoanStream } from '../../application/loan-records';
import { policyLoanDecider, type PolicyLoanCommand } from '../../domain/loan/policy-loan.decider';
import { buildEqualPrincipalSchedule } from '../../domain/schedule/repayment-schedule';
import type { LoanQueries } from '../../queries/loan-queries';
import { MarkOverdueJob } from '../mark-overdue.job';

export const actor = { userId: 'test' };

export async function setUpMarkOverdueJob(queue: JobQueue = new InProcessJobQueue()) {
  const store = new InMemoryEventStore();
  const executor = new CommandExecutor(store, { publishAll: () => undefined } as unknown as EventBus);
  const records = new LoanRecords(store);
  const commands = new LoanCommands(executor, records);
  const active: string[] = [];
  // The job asks the read model which loans are active; here the test says so.
  const queries = { activeLoanIds: async () => [...active] } as unknown as LoanQueries;
  const job = new MarkOverdueJob(queue, queries, records, commands);

  async function openLoan(loanId: string, amount: number): Promise<void> {
    const run = (command: PolicyLoanCommand) =>
      executor.execute({
        streamId: policyLoanStream(loanId),
        decider: policyLoanDecider,
        command,
        metadata: { actor: 'test', orgUnit: 'v1', occurredOn: '2025-01-01' },
      });
    await run({
      type: 'ApplyForLoan',
      data: {
        loanId,
        borrowerPersonId: 'p1',
        householdId: 'h1',
        householdPovertyClass: 'poor',
        programmeCode: 'poor_households',
        amount,
        termMonths: 12,
        purpose: 'Nuôi lợn',
        savingsGroupId: 'g1',
        villageCode: 'v1',
        appliedOn: '2025-01-02',
        jobsPromised: null,
        overseasContract: null,
      },
    });
    await run({
      type: 'RecordGroupVote',
      data: { votedOn: '2025-01-03', votesFor: 7, votesAgainst: 0, note: '' },
    });
    await run({ type: 'ApproveLoan', data: { approvedOn: '2025-01-05', amount, termMonths: 12 } });
    await run({ type: 'DisburseLoan', data: { disbursementId: 'd1', date: '2025-01-10', amount } });
    await run({
      type: 'SetRepaymentSchedule',
      data: {
        setOn: '2025-01-10',
        frequency: 'quarterly',
        instalments: buildEqualPrincipalSchedule({
          principal: amount,
          termMonths: 12,
          frequency: 'quarterly',
          firstDueDate: '2025-04-10',
          interestFrom: '2025-01-10',
          annualRateBasisPoints: 660,
        }),
      },
    });
    active.push(loanId);
  }

  const overdueEvents = async (loanId: string) =>
    (await store.readStream(policyLoanStream(loanId)))
      .filter((event) => event.type === 'InstalmentOverdue')
      .map((event) => ({
        data: event.data as Record<string, unknown>,
        occurredOn: event.metadata.occurredOn,
      }));

  return { store, commands, job, queue, openLoan, overdueEvents };
}
