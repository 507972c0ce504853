/**
 * Repayment schedules and arrears, as pure functions of a schedule, the principal repayments and a
 * date. Nothing here reads the clock: the caller says which day it is.
 *
 * Rules (the README explains them for the liaison):
 * - Repayments of principal pay instalments oldest due date first, whatever the borrower meant.
 * - An instalment still not fully paid at the end of its due date is overdue from the next day; on a
 *   later day it is overdue by its unpaid remainder, `date − due date` days past due, until paid.
 * - Arrears buckets by days past due: 1–30, 31–90, 91–180, more than 180.
 */
import { addDays, addMonths, daysBetween } from '../calendar/iso-date';
import { basisPointsOf, isPositiveVnd, simpleInterest, sumVnd } from '../money/vnd';

export type RepaymentFrequency = 'monthly' | 'quarterly';

export interface ScheduledInstalment {
  /** 1-based, in due-date order. */
  number: number;
  dueDate: string;
  /** Whole đồng of principal due. */
  principal: number;
  /** Interest expected for the period ending on this due date if every instalment before it is paid on time. */
  interest: number;
}

export interface PrincipalRepayment {
  date: string;
  principal: number;
}

export const ARREARS_BUCKETS = ['days_1_30', 'days_31_90', 'days_91_180', 'days_over_180'] as const;
export type ArrearsBucket = (typeof ARREARS_BUCKETS)[number];

export function arrearsBucketFor(daysPastDue: number): ArrearsBucket {
  if (!Number.isSafeInteger(daysPastDue) || daysPastDue < 1) {
    throw new RangeError(`an overdue instalment is at least 1 day past due: ${daysPastDue}`);
  }
  if (daysPastDue <= 30) return 'days_1_30';
  if (daysPastDue <= 90) return 'days_31_90';
  if (daysPastDue <= 180) return 'days_91_180';
  return 'days_over_180';
}

const MONTHS_PER_INSTALMENT: Record<RepaymentFrequency, number> = { monthly: 1, quarterly: 3 };

export interface EqualPrincipalScheduleInput {
  principal: number;
  termMonths: number;
  frequency: RepaymentFrequency;
  firstDueDate: string;
  /** Interest of the first period runs from this date (usually the disbursement date). */
  interestFrom: string;
  annualRateBasisPoints: number;
}

/**
 * Equal principal instalments (dư nợ giảm dần): each instalment is ⌊principal ÷ count⌋ đồng and the
 * last one takes the remainder, so the instalments add up to the principal exactly. Instalments fall
 * every 1 or 3 months from `firstDueDate`; their count is ⌈term ÷ months per instalment⌉.
 */
export function buildEqualPrincipalSchedule(input: EqualPrincipalScheduleInput): ScheduledInstalment[] {
  const { principal, termMonths, frequency, firstDueDate, interestFrom, annualRateBasisPoints } = input;
  if (!isPositiveVnd(principal))
    throw new RangeError(`principal must be whole positive đồng: ${String(principal)}`);
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) throw new RangeError(`term: ${termMonths}`);
  if (firstDueDate <= interestFrom)
    throw new RangeError('the first due date must be after the interest start');
  const step = MONTHS_PER_INSTALMENT[frequency];
  const count = Math.ceil(termMonths / step);
  if (principal < count) throw new RangeError('principal smaller than the number of instalments');
  const base = Math.floor(principal / count);

  const instalments: ScheduledInstalment[] = [];
  let outstanding = principal;
  let periodStart = interestFrom;
  for (let index = 0; index < count; index += 1) {
    const dueDate = addMonths(firstDueDate, index * step);
    const instalmentPrincipal = index === count - 1 ? outstanding : base;
    instalments.push({
      number: index + 1,
      dueDate,
      principal: instalmentPrincipal,
      interest: simpleInterest(outstanding, annualRateBasisPoints, daysBetween(periodStart, dueDate)),
    });
    outstanding -= instalmentPrincipal;
    periodStart = dueDate;
  }
  return instalments;
}

/** Problems with a schedule someone typed or imported; empty when it is sound for `principal`. */
export function scheduleProblems(instalments: readonly ScheduledInstalment[], principal: number): string[] {
  const problems: string[] = [];
  if (instalments.length === 0) problems.push('no instalments');
  instalments.forEach((instalment, index) => {
    if (instalment.number !== index + 1) problems.push(`instalment ${index + 1}: number`);
    if (!isPositiveVnd(instalment.principal)) problems.push(`instalment ${index + 1}: principal`);
    if (!Number.isSafeInteger(instalment.interest) || instalment.interest < 0) {
      problems.push(`instalment ${index + 1}: interest`);
    }
    const previous = instalments[index - 1];
    if (previous && previous.dueDate >= instalment.dueDate)
      problems.push(`instalment ${index + 1}: due date order`);
  });
  if (sumVnd(instalments.map((instalment) => instalment.principal)) !== principal) {
    problems.push('the instalments do not add up to the principal');
  }
  return problems;
}

export interface InstalmentPosition {
  number: number;
  dueDate: string;
  principal: number;
  paid: number;
  unpaid: number;
}

/** Each instalment's paid and unpaid principal at the end of `asOf`, repayments applied oldest first. */
export function allocateRepayments(
  instalments: readonly ScheduledInstalment[],
  repayments: readonly PrincipalRepayment[],
  asOf: string,
): InstalmentPosition[] {
  let available = sumVnd(repayments.filter((repayment) => repayment.date <= asOf).map((r) => r.principal));
  return [...instalments]
    .sort((a, b) => (a.dueDate === b.dueDate ? a.number - b.number : a.dueDate < b.dueDate ? -1 : 1))
    .map((instalment) => {
      const paid = Math.min(available, instalment.principal);
      available -= paid;
      return { ...instalment, paid, unpaid: instalment.principal - paid };
    });
}

export interface OverdueInstalment {
  number: number;
  dueDate: string;
  /** The first day it was overdue: the day after its due date. */
  overdueSince: string;
  unpaidPrincipal: number;
  daysPastDue: number;
  bucket: ArrearsBucket;
}

/** The instalments overdue at the end of `asOf`. */
export function overdueInstalments(
  instalments: readonly ScheduledInstalment[],
  repayments: readonly PrincipalRepayment[],
  asOf: string,
): OverdueInstalment[] {
  return allocateRepayments(instalments, repayments, asOf)
    .filter((position) => position.dueDate < asOf && position.unpaid > 0)
    .map((position) => {
      const daysPastDue = daysBetween(position.dueDate, asOf);
      return {
        number: position.number,
        dueDate: position.dueDate,
        overdueSince: addDays(position.dueDate, 1),
        unpaidPrincipal: position.unpaid,
        daysPastDue,
        bucket: arrearsBucketFor(daysPastDue),
      };
    });
}

export type ArrearsByBucket = Record<ArrearsBucket, number>;

export const emptyArrearsBuckets = (): ArrearsByBucket => ({
  days_1_30: 0,
  days_31_90: 0,
  days_91_180: 0,
  days_over_180: 0,
});

export interface Arrears {
  overduePrincipal: number;
  byBucket: ArrearsByBucket;
  /** Days past due of the oldest overdue instalment (0 when nothing is overdue). */
  daysPastDue: number;
  instalments: OverdueInstalment[];
}

export function arrearsAt(
  instalments: readonly ScheduledInstalment[],
  repayments: readonly PrincipalRepayment[],
  asOf: string,
): Arrears {
  const overdue = overdueInstalments(instalments, repayments, asOf);
  const byBucket = emptyArrearsBuckets();
  for (const instalment of overdue) byBucket[instalment.bucket] += instalment.unpaidPrincipal;
  return {
    overduePrincipal: sumVnd(overdue.map((instalment) => instalment.unpaidPrincipal)),
    byBucket,
    daysPastDue: Math.max(0, ...overdue.map((instalment) => instalment.daysPastDue)),
    instalments: overdue,
  };
}

/** Overdue principal ÷ outstanding principal, in whole basis points rounded half up. */
export function overdueRatioBasisPoints(overduePrincipal: number, outstandingPrincipal: number): number {
  return basisPointsOf(overduePrincipal, outstandingPrincipal);
}

export interface InstalmentDue {
  number: number;
  dueDate: string;
  /** Principal still to pay on it at the end of `from`. */
  unpaidPrincipal: number;
  interest: number;
}

/** Unpaid instalments falling due from `from` to `from + days` (both inclusive): the liaison's work list. */
export function instalmentsDueWithin(
  instalments: readonly ScheduledInstalment[],
  repayments: readonly PrincipalRepayment[],
  from: string,
  days = 30,
): InstalmentDue[] {
  const until = addDays(from, days);
  const interestByNumber = new Map(instalments.map((instalment) => [instalment.number, instalment.interest]));
  return allocateRepayments(instalments, repayments, from)
    .filter((position) => position.dueDate >= from && position.dueDate <= until && position.unpaid > 0)
    .map((position) => ({
      number: position.number,
      dueDate: position.dueDate,
      unpaidPrincipal: position.unpaid,
      interest: interestByNumber.get(position.number) ?? 0,
    }));
}

export interface OverdueTransition {
  number: number;
  dueDate: string;
  overdueSince: string;
  /** Principal unpaid at the end of the due date. */
  unpaidPrincipal: number;
}

/**
 * The instalments that became overdue on a day from `fromDate` to `toDate` (inclusive), with that day:
 * what the daily job appends as `InstalmentOverdue`. A job that missed days catches up by passing
 * the whole range; an instalment paid late is still reported, because it was overdue on that day.
 */
export function overdueTransitions(
  instalments: readonly ScheduledInstalment[],
  repayments: readonly PrincipalRepayment[],
  fromDate: string,
  toDate: string,
): OverdueTransition[] {
  return instalments.flatMap((instalment) => {
    const overdueSince = addDays(instalment.dueDate, 1);
    if (overdueSince < fromDate || overdueSince > toDate) return [];
    const position = allocateRepayments(instalments, repayments, instalment.dueDate).find(
      (candidate) => candidate.number === instalment.number,
    );
    if (!position || position.unpaid === 0) return [];
    return [
      {
        number: instalment.number,
        dueDate: instalment.dueDate,
        overdueSince,
        unpaidPrincipal: position.unpaid,
      },
    ];
  });
}
