/**
 * The daily job against the in-memory store and the in-process queue: it appends each transition
 * once, dated the day the instalment became overdue, catches up missed days and ignores loans
 * that are not being repaid.
 */
import { actor, setUpMarkOverdueJob } from './testing/mark-overdue-job.fixture';
import { MARK_OVERDUE_JOB } from './mark-overdue.job';

describe('loans:mark-overdue', () => {
  it('appends each instalment that became overdue once, dated the day after its due date', async () => {
    const { job, openLoan, overdueEvents } = await setUpMarkOverdueJob();
    await openLoan('l1', 12_000_000);

    expect((await job.run('2025-04-10')).marked).toEqual([]);
    expect((await job.run('2025-04-11')).marked).toEqual([
      { loanId: 'l1', instalmentNumber: 1, overdueSince: '2025-04-11' },
    ]);
    expect((await job.run('2025-04-11')).marked).toEqual([]);
    // Missed days are caught up: the run on 1 Aug also finds the 10 Jul instalment, dated 11 Jul.
    expect((await job.run('2025-08-01')).marked).toEqual([
      { loanId: 'l1', instalmentNumber: 2, overdueSince: '2025-07-11' },
    ]);
    const events = await overdueEvents('l1');
    expect(
      events.map((event) => [event.data.instalmentNumber, event.data.overdueSince, event.occurredOn]),
    ).toEqual([
      [1, '2025-04-11', '2025-04-11'],
      [2, '2025-07-11', '2025-07-11'],
    ]);
    expect(events.map((event) => event.data.unpaidPrincipal)).toEqual([3_000_000, 3_000_000]);
  });

  it('marks nothing for an instalment paid on its due date, nor for a settled loan', async () => {
    const { job, commands, openLoan, overdueEvents } = await setUpMarkOverdueJob();
    await openLoan('paid', 12_000_000);
    await commands.run(
      'paid',
      {
        type: 'RecordRepayment',
        data: { repaymentId: 'r1', date: '2025-04-10', principal: 3_000_000, interest: 0 },
      },
      actor,
    );
    await openLoan('settled', 4_000_000);
    await commands.run(
      'settled',
      {
        type: 'RecordRepayment',
        data: { repaymentId: 'r1', date: '2025-02-01', principal: 4_000_000, interest: 0 },
      },
      actor,
    );
    expect((await job.run('2025-05-01')).marked).toEqual([]);
    expect(await overdueEvents('paid')).toEqual([]);
    expect(await overdueEvents('settled')).toEqual([]);
  });

  it('registers its processor and its daily schedule on the queue, and runs with an injected today', async () => {
    const { job, queue, openLoan, overdueEvents } = await setUpMarkOverdueJob();
    const schedule = jest.spyOn(queue, 'schedule');
    await job.onModuleInit();
    expect(schedule).toHaveBeenCalledWith(
      'loans-mark-overdue-daily',
      { pattern: '30 0 * * *', tz: 'Asia/Ho_Chi_Minh' },
      MARK_OVERDUE_JOB,
      {},
    );
    await openLoan('l1', 12_000_000);
    const id = await queue.enqueue(MARK_OVERDUE_JOB, { today: '2025-04-11' }, { jobId: 'test-run-1' });
    for (let i = 0; i < 100 && (await queue.getJob(id))?.state !== 'completed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await queue.getJob(id))?.state).toBe('completed');
    expect((await overdueEvents('l1')).map((event) => event.data.instalmentNumber)).toEqual([1]);
    await queue.close();
  });
});
