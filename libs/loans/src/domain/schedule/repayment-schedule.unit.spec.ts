import { addMonths, daysBetween, isIsoDate } from '../calendar/iso-date';
import { basisPointsOf, simpleInterest } from '../money/vnd';
import {
  allocateRepayments,
  arrearsAt,
  arrearsBucketFor,
  buildEqualPrincipalSchedule,
  instalmentsDueWithin,
  overdueTransitions,
  scheduleProblems,
} from './repayment-schedule';

describe('calendar dates', () => {
  it('clamps month arithmetic to the last day of shorter months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
  });

  it('counts days across a leap February and validates dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-01')).toBe(false);
  });
});

describe('interest rule', () => {
  it('is principal × bp × days ÷ 3,650,000 rounded half up to the đồng', () => {
    // 1,825 × 1,000 × 1 = 1,825,000 = exactly half of 3,650,000.
    expect(simpleInterest(1_825, 1_000, 1)).toBe(1);
    expect(simpleInterest(1_824, 1_000, 1)).toBe(0);
    // 10,000,000 × 792 × 30 = 237,600,000,000 ÷ 3,650,000 = 65,095.89 → 65,096.
    expect(simpleInterest(10_000_000, 792, 30)).toBe(65_096);
  });

  it('stays exact where floating point would not (products above 2^53)', () => {
    const [principal, rate, days] = [5_871_672_397_695, 39, 3_476];
    // The product 795,987,396,921,124,980 is far above 2^53; ÷ 3,650,000 leaves 1,824,980, just under half,
    // so the exact rule rounds down, while doubles land on .5 and round up by a đồng.
    expect(Math.round((principal * rate * days) / 3_650_000)).toBe(218_078_738_883);
    expect(simpleInterest(principal, rate, days)).toBe(218_078_738_882);
  });

  it('refuses fractional money', () => {
    expect(() => simpleInterest(100.5, 660, 30)).toThrow(RangeError);
  });

  it('expresses shares as basis points rounded half up', () => {
    expect(basisPointsOf(1, 3)).toBe(3_333);
    expect(basisPointsOf(2, 3)).toBe(6_667);
    expect(basisPointsOf(5, 0)).toBe(0);
  });
});

describe('equal-principal schedule', () => {
  it('splits the principal, gives the remainder to the last instalment, and charges interest on the declining balance', () => {
    const schedule = buildEqualPrincipalSchedule({
      principal: 12_000_001,
      termMonths: 3,
      frequency: 'monthly',
      firstDueDate: '2024-01-31',
      interestFrom: '2024-01-01',
      annualRateBasisPoints: 792,
    });
    // Hand-computed: 12,000,001 × 792 × 30 ÷ 3,650,000 = 78,115.07 → 78,115;
    // 8,000,001 × 792 × 29 ÷ 3,650,000 = 50,340.83 → 50,341; 4,000,001 × 792 × 31 ÷ 3,650,000 = 26,906.31 → 26,906.
    expect(schedule).toEqual([
      { number: 1, dueDate: '2024-01-31', principal: 4_000_000, interest: 78_115 },
      { number: 2, dueDate: '2024-02-29', principal: 4_000_000, interest: 50_341 },
      { number: 3, dueDate: '2024-03-31', principal: 4_000_001, interest: 26_906 },
    ]);
    expect(scheduleProblems(schedule, 12_000_001)).toEqual([]);
  });

  it('falls every three months for quarterly repayment, rounding the count up', () => {
    const schedule = buildEqualPrincipalSchedule({
      principal: 30_000_000,
      termMonths: 10,
      frequency: 'quarterly',
      firstDueDate: '2024-06-15',
      interestFrom: '2024-03-15',
      annualRateBasisPoints: 660,
    });
    expect(schedule.map((i) => i.dueDate)).toEqual(['2024-06-15', '2024-09-15', '2024-12-15', '2025-03-15']);
    expect(schedule.map((i) => i.principal)).toEqual([7_500_000, 7_500_000, 7_500_000, 7_500_000]);
  });

  it('reports schedules that do not add up or are out of order', () => {
    const problems = scheduleProblems(
      [
        { number: 1, dueDate: '2024-06-15', principal: 5, interest: 0 },
        { number: 2, dueDate: '2024-06-15', principal: 4, interest: 0 },
      ],
      10,
    );
    expect(problems).toEqual([
      'instalment 2: due date order',
      'the instalments do not add up to the principal',
    ]);
  });
});

describe('arrears', () => {
  const schedule = buildEqualPrincipalSchedule({
    principal: 9_000_000,
    termMonths: 3,
    frequency: 'monthly',
    firstDueDate: '2024-02-10',
    interestFrom: '2024-01-10',
    annualRateBasisPoints: 660,
  });

  it('buckets days past due at the boundaries 30/31, 90/91, 180/181', () => {
    expect([1, 30, 31, 90, 91, 180, 181, 1000].map(arrearsBucketFor)).toEqual([
      'days_1_30',
      'days_1_30',
      'days_31_90',
      'days_31_90',
      'days_91_180',
      'days_91_180',
      'days_over_180',
      'days_over_180',
    ]);
    expect(() => arrearsBucketFor(0)).toThrow(RangeError);
  });

  it('pays instalments oldest first, whatever the repayment was meant for', () => {
    const positions = allocateRepayments(
      schedule,
      [{ date: '2024-03-10', principal: 4_000_000 }],
      '2024-03-10',
    );
    expect(positions.map((p) => [p.paid, p.unpaid])).toEqual([
      [3_000_000, 0],
      [1_000_000, 2_000_000],
      [0, 3_000_000],
    ]);
  });

  it('is not overdue on the due date, and is from the next day', () => {
    expect(arrearsAt(schedule, [], '2024-02-10').overduePrincipal).toBe(0);
    const nextDay = arrearsAt(schedule, [], '2024-02-11');
    expect(nextDay.overduePrincipal).toBe(3_000_000);
    expect(nextDay.daysPastDue).toBe(1);
    expect(nextDay.byBucket.days_1_30).toBe(3_000_000);
  });

  it('splits several overdue instalments into their buckets', () => {
    const arrears = arrearsAt(schedule, [{ date: '2024-02-10', principal: 1_000_000 }], '2024-05-15');
    // Instalment 1 due 10 Feb: 95 days, 2,000,000 unpaid; 2 due 10 Mar: 66 days; 3 due 10 Apr: 35 days.
    expect(arrears.instalments.map((i) => [i.number, i.daysPastDue, i.unpaidPrincipal])).toEqual([
      [1, 95, 2_000_000],
      [2, 66, 3_000_000],
      [3, 35, 3_000_000],
    ]);
    expect(arrears.byBucket).toEqual({
      days_1_30: 0,
      days_31_90: 6_000_000,
      days_91_180: 2_000_000,
      days_over_180: 0,
    });
    expect(arrears.daysPastDue).toBe(95);
  });

  it('lists the unpaid instalments falling due in the next 30 days', () => {
    const due = instalmentsDueWithin(schedule, [{ date: '2024-02-01', principal: 3_500_000 }], '2024-02-09');
    expect(due.map((d) => [d.number, d.dueDate, d.unpaidPrincipal])).toEqual([[2, '2024-03-10', 2_500_000]]);
  });

  it('reports the day each instalment became overdue, for the daily job', () => {
    const repayments = [
      { date: '2024-02-10', principal: 3_000_000 }, // on time
      { date: '2024-03-12', principal: 3_000_000 }, // two days late: it was overdue on 11 Mar
    ];
    expect(overdueTransitions(schedule, repayments, '2024-01-01', '2024-06-30')).toEqual([
      { number: 2, dueDate: '2024-03-10', overdueSince: '2024-03-11', unpaidPrincipal: 3_000_000 },
      { number: 3, dueDate: '2024-04-10', overdueSince: '2024-04-11', unpaidPrincipal: 3_000_000 },
    ]);
    expect(overdueTransitions(schedule, repayments, '2024-03-12', '2024-04-10')).toEqual([]);
  });
});
