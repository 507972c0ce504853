import type { EventBus } from '@nestjs/cqrs';
import { CommandExecutor } from '@vieclam/platform/command-handling';
import { InMemoryEventStore, newEventId } from '@vieclam/platform/event-store';
import { addDaysIso, DEMO_VILLAGES, planDemoJobSeekers } from '@vieclam/job-seekers';
import { ARREARS_BUCKETS } from '../domain/schedule/repayment-schedule';
import { workListByGroup } from '../domain/portfolio/loan-portfolio';
import { recordedPortfolioArrears } from '../queries/recorded-arrears';
import { policyLoanStream } from '../application/loan-records';
import {
  DEMO_LOAN_FATES,
  demoLoanServices,
  demoLoanSteps,
  markOverdueAsTheDailyJob,
  planDemoLoans,
  type DemoLoanIds,
} from './demo-loans';

const today = '2026-11-28';
const people = planDemoJobSeekers({ today });
// Two placements that reached a signed contract, as the overseas demo plans them.
const placements = people
  .filter((p) => p.profile.willingToGoAbroad && p.closeOn === null && !p.ownJob)
  .slice(0, 2)
  .map((p) => ({
    personKey: p.key,
    contractSignedOn: addDaysIso(p.registeredOn, 100),
    contractTermMonths: 36,
  }))
  .filter((p) => p.contractSignedOn < addDaysIso(today, -30));
const plan = planDemoLoans(people, placements, { today });

describe('demo loans plan', () => {
  it('is the same on every run for the same day', () => {
    expect(planDemoLoans(people, placements, { today })).toEqual(plan);
  });

  it('has a group with members and a leader in every village', () => {
    for (const village of DEMO_VILLAGES) {
      const groups = plan.groups.filter((g) => g.villageCode === village.code);
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) {
        expect(group.members.length).toBeGreaterThan(3);
        expect(group.members.map((m) => m.personKey)).toContain(group.leaderKey);
      }
    }
  });

  it('has loans in every state, in every village, and one for every loan-financed job start', () => {
    expect(new Set(plan.loans.map((l) => l.fate))).toEqual(new Set(DEMO_LOAN_FATES));
    const villageOf = new Map(people.map((p) => [p.key, p.profile.villageCode]));
    expect(new Set(plan.loans.map((l) => villageOf.get(l.personKey)))).toEqual(
      new Set(DEMO_VILLAGES.map((v) => v.code)),
    );
    const financed = people.filter((p) => p.ownJob?.channel === 'loan_financed').map((p) => p.ownJob!);
    const loanByKey = new Map(plan.loans.map((l) => [l.key, l]));
    for (const job of financed) {
      const loan = loanByKey.get(job.loanId!);
      expect(loan?.programmeCode).toBe('job_creation');
      expect(loan!.disbursements[0]!.on < job.date).toBe(true);
    }
    const abroad = plan.loans.filter((l) => l.programmeCode === 'working_abroad');
    expect(abroad.map((l) => l.personKey)).toEqual([placements[0]!.personKey]);
    expect(abroad[0]!.overseasContract!.signedOn).toBe(placements[0]!.contractSignedOn);
    const allDates = plan.loans.flatMap((l) => [l.appliedOn, ...l.repayments.map((r) => r.on)]);
    expect(allDates.every((d) => d <= today)).toBe(true);
  });
});

describe('demo loans run through the use cases', () => {
  it('leaves overdue loans in every bucket, as the daily job marked them, and instalments due soon', async () => {
    const store = new InMemoryEventStore();
    const eventBus = { publishAll: () => undefined } as unknown as EventBus;
    const services = demoLoanServices(new CommandExecutor(store, eventBus), store);
    const ids: DemoLoanIds = {
      people: new Map(people.map((p) => [p.key, newEventId()])),
      loans: new Map(),
      groups: new Map(),
    };
    const steps = demoLoanSteps(services, plan, ids, {
      actorId: 'demo-loader',
      placementIdOf: () => Promise.resolve(null),
    }).sort((a, b) => a.on.localeCompare(b.on) || a.rank - b.rank);
    for (const step of steps) await step.run();

    const loans = await Promise.all(
      [...ids.loans.values()].map(async (loanId) => (await services.records.loan(loanId)).state),
    );
    expect(loans).toHaveLength(plan.loans.length);
    expect(new Set(loans.map((l) => l.status))).toEqual(
      new Set(['applied', 'group_declined', 'rejected', 'approved', 'disbursed', 'settled', 'written_off']),
    );
    const arrears = recordedPortfolioArrears(loans, today);
    for (const bucket of ARREARS_BUCKETS) expect(arrears.byBucket[bucket]).toBeGreaterThan(0);
    expect(arrears.overdueRatioBasisPoints).toBeGreaterThan(0);
    expect(new Set(arrears.loans.map((l) => l.bucket))).toEqual(new Set(ARREARS_BUCKETS));
    expect(
      loans.some((l) => l.disbursedPrincipal < (l.approval?.amount ?? 0) && l.disbursedPrincipal > 0),
    ).toBe(true);
    expect(loans.some((l) => (l.schedule?.version ?? 0) > 1 && l.status === 'disbursed')).toBe(true);
    expect(Object.values(workListByGroup(loans, today, 30)).some((items) => items.length > 0)).toBe(true);

    // The daily job run today finds nothing left to mark: the demo marked what it would have.
    let caughtUp = 0;
    for (const loanId of ids.loans.values())
      caughtUp += await markOverdueAsTheDailyJob(services, loanId, today);
    expect(caughtUp).toBe(0);
    const events = (
      await Promise.all([...ids.loans.values()].map((loanId) => store.readStream(policyLoanStream(loanId))))
    ).flat();
    const marks = events.filter((e) => e.type === 'InstalmentOverdue');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark.metadata.actor === 'system:loans-mark-overdue')).toBe(true);
    const types = new Set(events.map((e) => e.type));
    for (const type of ['LoanRescheduled', 'LoanExtended', 'LoanWrittenOff', 'LoanSettled', 'LoanRejected']) {
      expect(types).toContain(type);
    }
  });
});
