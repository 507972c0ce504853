import fc from 'fast-check';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { reportDifferences } from '../../application/report-submission';
import { SEED_PLAN_58_2022, SEED_PLAN_MEASURES } from '../../config/seed-plan-58-2022';
import type { ConsumedEventData } from '../consumed-events';
import { buildIndicatorReport } from './indicator-report';
import { loanBalancesAt, loanPortfolio } from './loan-portfolio';
import { commune, recorded, village } from './recorded-events.fixture';
import { knownAsOf, monthRange } from './two-clocks';

const M = 1_000_000;

function loanEvent<T extends keyof ConsumedEventData>(
  type: T,
  loan: string,
  data: Omit<ConsumedEventData[T], 'loanId'>,
  on: string,
  unit: string,
  recordedAt?: string,
): RecordedEvent {
  return recorded(type, { loanId: loan, ...data } as ConsumedEventData[T] & Record<string, unknown>, {
    on,
    unit,
    stream: `PolicyLoan-${loan}`,
    ...(recordedAt ? { recordedAt } : {}),
  });
}

/**
 * A small hand-computed portfolio of commune XMT (villages V1, V2; V3 moved to XKH on 1/7/2024).
 * At 31/3/2025, live:
 *
 * | loan | village | disbursed (2025)     | outstanding | overdue | why                                           |
 * | L1   | V1      | 50 M (10/1)          | 47 M        | 7 M     | marks 5 M + 5 M, 3 M repaid in between        |
 * | L2   | V2      | 20 M + 10 M (March)  | 29 M        | 0       | two tranches, 1 M repaid                      |
 * | L3   | V1      | — (2024: 30 M)       | 30 M        | 2 M     | rescheduled 15/1: old marks void; new mark 2 M recorded 3/4 |
 * | L4   | V2      | — (2024: 10 M)       | 0           | 0       | written off 10/2                              |
 * | L5   | V3      | 8 M (March, XKH)     | —           | —       | outside the commune                           |
 * | L6   | V2      | 12 M (2/1)           | 8 M         | 0       | mark and repayment on the same day: the mark first |
 */
const portfolio: RecordedEvent[] = [
  loanEvent('LoanDisbursed', 'L3', { amount: 30 * M }, '2024-06-01', 'V1'),
  loanEvent('LoanDisbursed', 'L4', { amount: 10 * M }, '2024-02-01', 'V2'),
  loanEvent('InstalmentOverdue', 'L4', { scheduleVersion: 1, unpaidPrincipal: 1 * M }, '2024-05-02', 'V2'),
  loanEvent('InstalmentOverdue', 'L3', { scheduleVersion: 1, unpaidPrincipal: 4 * M }, '2024-12-02', 'V1'),
  loanEvent('LoanDisbursed', 'L6', { amount: 12 * M }, '2025-01-02', 'V2'),
  loanEvent('LoanDisbursed', 'L1', { amount: 50 * M }, '2025-01-10', 'V1'),
  loanEvent('LoanRescheduled', 'L3', {}, '2025-01-15', 'V1'),
  loanEvent('InstalmentOverdue', 'L3', { scheduleVersion: 1, unpaidPrincipal: 1 * M }, '2025-02-01', 'V1'),
  loanEvent('LoanWrittenOff', 'L4', { principalWrittenOff: 10 * M }, '2025-02-10', 'V2'),
  loanEvent('InstalmentOverdue', 'L1', { scheduleVersion: 1, unpaidPrincipal: 5 * M }, '2025-02-11', 'V1'),
  loanEvent('RepaymentRecorded', 'L1', { principal: 3 * M }, '2025-02-20', 'V1'),
  // Recorded before the mark of the same business day (the daily job runs the next morning).
  loanEvent('RepaymentRecorded', 'L6', { principal: 4 * M }, '2025-03-02', 'V2'),
  loanEvent('InstalmentOverdue', 'L6', { scheduleVersion: 1, unpaidPrincipal: 4 * M }, '2025-03-02', 'V2'),
  loanEvent('LoanDisbursed', 'L2', { amount: 20 * M }, '2025-03-05', 'V2'),
  loanEvent('LoanDisbursed', 'L5', { amount: 8 * M }, '2025-03-10', 'V3'),
  loanEvent('InstalmentOverdue', 'L1', { scheduleVersion: 1, unpaidPrincipal: 5 * M }, '2025-03-11', 'V1'),
  loanEvent(
    'InstalmentOverdue',
    'L3',
    { scheduleVersion: 2, unpaidPrincipal: 2 * M },
    '2025-03-16',
    'V1',
    '2025-04-03T02:00:00.000Z',
  ),
  loanEvent('LoanDisbursed', 'L2', { amount: 10 * M }, '2025-03-20', 'V2'),
  loanEvent('RepaymentRecorded', 'L2', { principal: 1 * M }, '2025-03-25', 'V2'),
];

const march = monthRange(2025, 3);
const marchYtd = { from: '2025-01-01', to: march.to };

describe('loan figures of a report (hand-computed portfolio)', () => {
  it('balances each loan at the end of a day from the overdue marks, never the clock', () => {
    const balances = loanBalancesAt(portfolio, '2025-03-31');
    const of = (loan: string) => {
      const b = balances.get(loan);
      return b && [b.outstandingPrincipal, b.overduePrincipal];
    };
    expect(of('L1')).toEqual([47 * M, 7 * M]);
    expect(of('L2')).toEqual([29 * M, 0]);
    expect(of('L3')).toEqual([30 * M, 2 * M]);
    expect(of('L4')).toEqual([0, 0]);
    expect(of('L6')).toEqual([8 * M, 0]);
    // Before its first disbursement a loan has no balance.
    expect(loanBalancesAt(portfolio, '2025-03-04').has('L2')).toBe(false);
  });

  it('counts the commune’s March: disbursements, outstanding, overdue and the ratio by village', () => {
    const figures = loanPortfolio(portfolio, march, marchYtd, commune);
    expect(figures.disbursed).toEqual({
      month: { count: 2, amount: 30 * M },
      yearToDate: { count: 4, amount: 92 * M },
    });
    expect(figures.outstandingPrincipal).toBe(114 * M);
    expect(figures.overduePrincipal).toBe(9 * M);
    expect(figures.overduePercent).toBeCloseTo((9 / 114) * 100, 10);
    expect(Object.keys(figures.bySubUnit)).toEqual(['V1', 'V2']);
    expect(figures.bySubUnit.V1).toEqual({
      disbursed: { month: { count: 0, amount: 0 }, yearToDate: { count: 1, amount: 50 * M } },
      outstandingPrincipal: 77 * M,
      overduePrincipal: 9 * M,
      overduePercent: (9 / 77) * 100,
    });
    expect(figures.bySubUnit.V2).toEqual({
      disbursed: { month: { count: 2, amount: 30 * M }, yearToDate: { count: 3, amount: 42 * M } },
      outstandingPrincipal: 37 * M,
      overduePrincipal: 0,
      overduePercent: 0,
    });
  });

  it('as known on 31/3 does not see the overdue mark recorded on 3/4', () => {
    const figures = loanPortfolio(knownAsOf(portfolio, '2025-03-31'), march, marchYtd, commune);
    expect(figures.outstandingPrincipal).toBe(114 * M);
    expect(figures.overduePrincipal).toBe(7 * M);
    expect(figures.bySubUnit.V1?.overduePrincipal).toBe(7 * M);
  });

  it('February: the marks of the replaced schedule and the written-off loan count no more', () => {
    const feb = monthRange(2025, 2);
    const figures = loanPortfolio(portfolio, feb, { from: '2025-01-01', to: feb.to }, commune);
    // L1 47 M (2 M overdue), L3 30 M (old-schedule mark of 1/2 ignored), L6 12 M; L4 written off.
    expect(figures.outstandingPrincipal).toBe(89 * M);
    expect(figures.overduePrincipal).toBe(2 * M);
    expect(figures.disbursed.month).toEqual({ count: 0, amount: 0 });
  });

  it('December 2024: the ratio from the marks of the time; a village report has only its loans', () => {
    const dec = monthRange(2024, 12);
    const figures = loanPortfolio(portfolio, dec, { from: '2024-01-01', to: dec.to }, commune);
    expect([figures.outstandingPrincipal, figures.overduePrincipal]).toEqual([40 * M, 5 * M]);
    expect(figures.overduePercent).toBeCloseTo(12.5, 10);
    const v1 = loanPortfolio(portfolio, march, marchYtd, village('V1'));
    expect([v1.outstandingPrincipal, v1.overduePrincipal]).toEqual([77 * M, 9 * M]);
    expect(Object.keys(v1.bySubUnit)).toEqual(['V1']);
  });

  it('nothing outstanding gives no ratio', () => {
    const figures = loanPortfolio([], march, marchYtd, commune);
    expect(figures.overduePercent).toBeNull();
    expect(figures.bySubUnit).toEqual({});
  });
});

describe('loan figures in the report', () => {
  const plan: RecordedEvent = {
    eventId: 'plan-1',
    type: 'PlanAdopted',
    schemaVersion: 1,
    data: SEED_PLAN_58_2022,
    metadata: {
      occurredOn: '2022-09-22',
      recordedAt: '2022-09-22T03:00:00.000Z',
      actor: 'u',
      orgUnit: 'XMT',
      correlationId: 'c',
      causationId: null,
    },
    streamId: 'Plan-x',
    streamRevision: 0,
    position: '0',
  };
  const marchReport = (asKnownOn: string | null) =>
    buildIndicatorReport({
      planEvents: [plan],
      events: portfolio,
      year: 2025,
      month: 3,
      scope: commune,
      asKnownOn,
      measures: SEED_PLAN_MEASURES,
    });

  it('carries the portfolio figures, and a later regeneration shows the late overdue mark', () => {
    const submitted = marchReport('2025-03-31');
    const current = marchReport(null);
    expect(submitted.loans).toEqual(
      loanPortfolio(knownAsOf(portfolio, '2025-03-31'), march, marchYtd, commune),
    );
    expect(reportDifferences(submitted, current)).toEqual([
      { indicatorCode: 'loans:overdue', field: 'yearToDate', submitted: 7 * M, current: 9 * M },
    ]);
  });
});

describe('loan balances (properties)', () => {
  const day = fc
    .integer({ min: 0, max: 729 })
    .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
  const loan = fc.constantFrom('A', 'B', 'C');
  const village = fc.constantFrom('V1', 'V2');
  const amount = fc.integer({ min: 1, max: 50 }).map((n) => n * 100_000);
  const anEvent: fc.Arbitrary<RecordedEvent> = fc.oneof(
    fc
      .tuple(loan, amount, day, village)
      .map(([l, a, on, v]) => loanEvent('LoanDisbursed', l, { amount: a }, on, v)),
    fc
      .tuple(loan, amount, day, village)
      .map(([l, a, on, v]) => loanEvent('RepaymentRecorded', l, { principal: a }, on, v)),
    fc
      .tuple(loan, fc.integer({ min: 1, max: 3 }), amount, day, village)
      .map(([l, version, a, on, v]) =>
        loanEvent('InstalmentOverdue', l, { scheduleVersion: version, unpaidPrincipal: a }, on, v),
      ),
    fc.tuple(loan, day, village).map(([l, on, v]) => loanEvent('LoanRescheduled', l, {}, on, v)),
    fc.tuple(loan, day, village).map(([l, on, v]) => loanEvent('LoanSettled', l, {}, on, v)),
  );

  it('0 ≤ overdue ≤ outstanding ≤ disbursed, and later business dates never change an earlier balance', () => {
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 40 }), day, (events, date) => {
        const balances = loanBalancesAt(events, date);
        const earlierOnly = loanBalancesAt(
          events.filter((e) => e.metadata.occurredOn <= date),
          date,
        );
        expect(earlierOnly).toEqual(balances);
        for (const b of balances.values()) {
          const disbursed = events
            .filter(
              (e) =>
                e.type === 'LoanDisbursed' &&
                e.streamId === `PolicyLoan-${b.loanId}` &&
                e.metadata.occurredOn <= date,
            )
            .reduce((sum, e) => sum + (e.data as { amount: number }).amount, 0);
          expect(b.overduePrincipal).toBeGreaterThanOrEqual(0);
          expect(b.overduePrincipal).toBeLessThanOrEqual(b.outstandingPrincipal);
          expect(b.outstandingPrincipal).toBeLessThanOrEqual(disbursed);
        }
      }),
    );
  });
});
