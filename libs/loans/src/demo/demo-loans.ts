/**
 * The loans share of the demo commune (Minh Tiến): a savings-and-loan group in every village with
 * its members and leader, and policy loans in every state: pending, declined by the group, rejected
 * by the bank, approved, partially disbursed, repaid on time, repaid late, overdue in each arrears
 * bucket as of `today`, rescheduled, extended, settled and written off. Job-creation loans finance
 * the job seekers' loan-financed job starts (their plan's `demo-loan-NNNN` keys become the loans' real
 * ids); working-abroad loans follow demo overseas placements that reached a signed contract.
 *
 * The plan is pure and seeded (same `today`, same loans). The steps run the loans use cases, and the
 * overdue marks come from the daily job's own rule (`overdueTransitions` → `MarkInstalmentOverdue`),
 * run for each loan on the days the job would have marked something.
 */
import { CommandExecutor, DomainError } from '@vieclam/platform/command-handling';
import type { EventStore } from '@vieclam/platform/event-store';
import { addDaysIso, DEMO_SEED, DEMO_STEP_RANK, DemoRandom, type DemoStep } from '@vieclam/job-seekers';
import { LoanCommands } from '../application/loan-commands';
import { LoanRecords } from '../application/loan-records';
import { LOAN_PROGRAMMES } from '../config/loan-programmes';
import { addMonths, daysBetween } from '../domain/calendar/iso-date';
import { simpleInterest } from '../domain/money/vnd';
import {
  findProgrammeInForce,
  type HouseholdPovertyClass,
  type LoanProgrammeCode,
} from '../domain/programme/loan-programme';
import {
  buildEqualPrincipalSchedule,
  overdueTransitions,
  type PrincipalRepayment,
  type RepaymentFrequency,
  type ScheduledInstalment,
} from '../domain/schedule/repayment-schedule';

/** Loan steps run after the day's registrations and consultations, before the job starts. */
export const DEMO_LOAN_RANK = DEMO_STEP_RANK.consultation + 0.7;
/** The daily job runs at 00:30, before anything else of the day. */
export const DEMO_OVERDUE_MARK_RANK = -1;
const MARK_ACTOR = { userId: 'system:loans-mark-overdue' };
const MILLION = 1_000_000;

/** What the loans plan needs of a demo job seeker (the job seekers' plan, by structure). */
export interface DemoLoanPerson {
  key: string;
  profile: { villageCode: string };
  registeredOn: string;
  closeOn: string | null;
  ownJob: { date: string; channel: string; loanId: string | null } | null;
}

/** A demo overseas placement that reached a signed contract (signed on, term in months). */
export interface DemoLoanPlacement {
  personKey: string;
  contractSignedOn: string;
  contractTermMonths: number;
}

export const DEMO_LOAN_FATES = [
  'applied',
  'group_declined',
  'rejected',
  'approved',
  'partially_disbursed',
  'on_time',
  'settled',
  'repaid_late',
  'overdue_1_30',
  'overdue_31_90',
  'overdue_91_180',
  'overdue_over_180',
  'rescheduled',
  'extended',
  'written_off',
] as const;
export type DemoLoanFate = (typeof DEMO_LOAN_FATES)[number];

export interface DemoSavingsGroupPlan {
  key: string;
  name: string;
  villageCode: string;
  formedOn: string;
  members: { personKey: string; joinedOn: string }[];
  leaderKey: string;
  leaderSince: string;
  leaves: { personKey: string; on: string; reason: string }[];
}

export interface DemoLoanPlan {
  /** The job seekers' `demo-loan-NNNN` key for job-creation loans; `demo-loan-xNN` otherwise. */
  key: string;
  fate: DemoLoanFate;
  personKey: string;
  groupKey: string;
  programmeCode: LoanProgrammeCode;
  householdPovertyClass: HouseholdPovertyClass | null;
  amount: number;
  termMonths: number;
  purpose: string;
  appliedOn: string;
  jobsPromised: number | null;
  overseasContract: { signedOn: string; validUntil: string } | null;
  vote: { on: string; votesFor: number; votesAgainst: number; note: string } | null;
  rejection: { on: string; reason: string } | null;
  approval: { on: string; amount: number; termMonths: number } | null;
  disbursements: { on: string; amount: number }[];
  schedule: { setOn: string; frequency: RepaymentFrequency; instalments: ScheduledInstalment[] } | null;
  repayments: { on: string; principal: number; interest: number }[];
  newSchedule: {
    on: string;
    reason: string;
    frequency: RepaymentFrequency;
    instalments: ScheduledInstalment[];
  } | null;
  writeOff: { on: string; reason: string; decisionReference: string } | null;
  /** Days the daily job marked something on this loan (its rule, judged on the plan). */
  overdueMarkDays: string[];
}

export interface DemoLoansPlan {
  groups: DemoSavingsGroupPlan[];
  loans: DemoLoanPlan[];
}

const PURPOSES: Record<LoanProgrammeCode, readonly string[]> = {
  poor_households: ['Mua bò giống sinh sản (demo)', 'Nuôi lợn thịt (demo)', 'Mua giống lúa, phân bón (demo)'],
  near_poor_households: ['Nuôi gà thả vườn (demo)', 'Mở rộng ao cá (demo)', 'Mua máy cày mini (demo)'],
  newly_escaped_poverty: ['Trồng cây ăn quả (demo)', 'Chăn nuôi dê (demo)', 'Làm nhà lưới trồng rau (demo)'],
  job_creation: ['Mở xưởng may gia công (demo)', 'Mở tiệm sửa xe máy (demo)', 'Làm mộc dân dụng (demo)'],
  working_abroad_priority: ['Chi phí đi làm việc ở nước ngoài (demo)'],
  working_abroad: ['Chi phí đi làm việc ở nước ngoài theo hợp đồng (demo)'],
  clean_water_sanitation: ['Xây bể nước, lọc nước giếng khoan (demo)', 'Xây nhà tiêu hợp vệ sinh (demo)'],
};

const CLASS_OF: Partial<Record<LoanProgrammeCode, HouseholdPovertyClass>> = {
  poor_households: 'poor',
  near_poor_households: 'near_poor',
  newly_escaped_poverty: 'newly_escaped',
};

const OTHER_PROGRAMMES: readonly LoanProgrammeCode[] = [
  'poor_households',
  'near_poor_households',
  'newly_escaped_poverty',
  'clean_water_sanitation',
];

/** Days past due of the oldest unpaid instalment today, per overdue fate. */
const OVERDUE_DAYS: Partial<Record<DemoLoanFate, [number, number]>> = {
  overdue_1_30: [6, 24],
  overdue_31_90: [40, 80],
  overdue_91_180: [100, 170],
  overdue_over_180: [210, 400],
};

const rateOn = (code: LoanProgrammeCode, on: string): number => {
  const programme = findProgrammeInForce(LOAN_PROGRAMMES, code, on);
  if (!programme) throw new Error(`Demo loan: programme ${code} not in force on ${on}`);
  return programme.annualRateBasisPoints;
};

const maxAmountOn = (code: LoanProgrammeCode, on: string): number =>
  findProgrammeInForce(LOAN_PROGRAMMES, code, on)?.maxAmount ?? 0;

/** Keeps schedule days away from month-end clamping, so due dates stay on one day of the month. */
const dayAtMost28 = (date: string): string => (Number(date.slice(8, 10)) > 28 ? addDaysIso(date, -3) : date);

/** The savings-and-loan groups and loans of the demo commune, the same for the same inputs. */
export function planDemoLoans(
  people: readonly DemoLoanPerson[],
  placements: readonly DemoLoanPlacement[],
  options: { today: string; seed?: number },
): DemoLoansPlan {
  const { today } = options;
  const random = new DemoRandom(options.seed ?? DEMO_SEED + 11);
  const villages = [...new Set(people.map((p) => p.profile.villageCode))].sort();

  // Groups: one per village, two in the first (the largest hamlet has two groups).
  const groups: DemoSavingsGroupPlan[] = villages.flatMap((villageCode, index) =>
    (index === 0 ? [1, 2] : [1]).map((n) => ({
      key: `${villageCode}-TK${n}`,
      name: `Tổ TK&VV số ${n} thôn ${villageCode.slice(-2)} (demo)`,
      villageCode,
      formedOn: addDaysIso('2022-01-03', index),
      members: [],
      leaderKey: '',
      leaderSince: '',
      leaves: [],
    })),
  );
  const groupOf = new Map<string, DemoSavingsGroupPlan>();
  const joinedOn = new Map<string, string>();
  for (const villageCode of villages) {
    const own = groups.filter((g) => g.villageCode === villageCode);
    const residents = people
      .filter((p) => p.profile.villageCode === villageCode)
      .sort((a, b) => a.registeredOn.localeCompare(b.registeredOn));
    residents.forEach((person, n) => {
      const group = own[n % own.length]!;
      const on = addDaysIso(laterIso(person.registeredOn, group.formedOn), random.int(1, 4));
      if (on > today) return;
      group.members.push({ personKey: person.key, joinedOn: on });
      groupOf.set(person.key, group);
      joinedOn.set(person.key, on);
    });
  }
  for (const group of groups) {
    group.members.sort((a, b) => a.joinedOn.localeCompare(b.joinedOn));
    const closers = new Set(people.filter((p) => p.closeOn).map((p) => p.key));
    const leader = group.members.find((m) => !closers.has(m.personKey)) ?? group.members[0];
    if (leader) {
      group.leaderKey = leader.personKey;
      group.leaderSince = leader.joinedOn;
    }
  }

  const loans: DemoLoanPlan[] = [];
  const borrowers = new Set<string>();
  const base = (
    key: string,
    fate: DemoLoanFate,
    person: DemoLoanPerson,
    programmeCode: LoanProgrammeCode,
    appliedOn: string,
  ): DemoLoanPlan => {
    borrowers.add(person.key);
    const cap = maxAmountOn(programmeCode, appliedOn);
    return {
      key,
      fate,
      personKey: person.key,
      groupKey: groupOf.get(person.key)!.key,
      programmeCode,
      householdPovertyClass: CLASS_OF[programmeCode] ?? null,
      amount: Math.min(cap, random.int(programmeCode === 'clean_water_sanitation' ? 10 : 30, 80) * MILLION),
      termMonths: 36,
      purpose: random.pick(PURPOSES[programmeCode]),
      appliedOn,
      jobsPromised: null,
      overseasContract: null,
      vote: null,
      rejection: null,
      approval: null,
      disbursements: [],
      schedule: null,
      repayments: [],
      newSchedule: null,
      writeOff: null,
      overdueMarkDays: [],
    };
  };

  // Job-creation loans: each loan-financed job start of the job seekers' plan is a loan's job.
  const financed = people.filter((p) => p.ownJob?.channel === 'loan_financed' && p.ownJob.loanId);
  financed.forEach((person, n) => {
    const job = person.ownJob!;
    const joined = joinedOn.get(person.key);
    if (!joined || joined >= addDaysIso(job.date, -12)) return;
    const appliedOn = laterIso(addDaysIso(joined, 1), addDaysIso(job.date, -33));
    const disbursedOn = dayAtMost28(addDaysIso(appliedOn, 10));
    if (disbursedOn >= job.date) return;
    const age = daysBetween(disbursedOn, today);
    const fate: DemoLoanFate =
      n % 3 === 0 && age > 400
        ? 'settled'
        : n % 3 === 1 && age > 260
          ? 'repaid_late'
          : n % 5 === 4 && age > 200
            ? 'overdue_91_180'
            : 'on_time';
    const loan = base(job.loanId!, fate, person, 'job_creation', appliedOn);
    loan.jobsPromised = random.int(1, 3);
    loans.push(fillDisbursedLoan(loan, disbursedOn, random, today));
  });

  // Working-abroad loans: the worker borrows the contract's costs a few days after signing (some
  // workers pay from savings: one placement in two).
  for (const placement of placements.filter((_, n) => n % 2 === 0)) {
    const person = people.find((p) => p.key === placement.personKey);
    const joined = person && joinedOn.get(person.key);
    if (!person || !joined || borrowers.has(person.key)) continue;
    const appliedOn = laterIso(addDaysIso(placement.contractSignedOn, 5), addDaysIso(joined, 1));
    const disbursedOn = dayAtMost28(addDaysIso(appliedOn, 12));
    if (disbursedOn > addDaysIso(today, -2)) continue;
    const loan = base(
      `demo-loan-x${String(loans.length + 1).padStart(2, '0')}`,
      'on_time',
      person,
      'working_abroad',
      appliedOn,
    );
    loan.termMonths = Math.min(36, placement.contractTermMonths);
    loan.overseasContract = {
      signedOn: placement.contractSignedOn,
      validUntil: addMonths(placement.contractSignedOn, placement.contractTermMonths),
    };
    loans.push(fillDisbursedLoan(loan, disbursedOn, random, today));
  }

  // Every state twice, in every village, across the household programmes and clean water.
  for (let round = 0; round < 2; round += 1) {
    DEMO_LOAN_FATES.forEach((fate, n) => {
      const programmeCode = OTHER_PROGRAMMES[(n + round) % OTHER_PROGRAMMES.length]!;
      const plan = datesFor(fate, random, today);
      const village = villages[(n + round * 2) % villages.length]!;
      const candidates = people.filter(
        (p) =>
          !borrowers.has(p.key) && p.closeOn === null && (joinedOn.get(p.key) ?? '9999') < plan.appliedOn,
      );
      const person = candidates.find((p) => p.profile.villageCode === village) ?? candidates[0];
      if (!person) return;
      const loan = base(
        `demo-loan-x${String(loans.length + 1).padStart(2, '0')}`,
        fate,
        person,
        programmeCode,
        plan.appliedOn,
      );
      loans.push(
        plan.disbursedOn
          ? fillDisbursedLoan(loan, plan.disbursedOn, random, today)
          : fillUndisbursed(loan, random),
      );
    });
  }
  // Members who moved away leave their group (the leader and borrowers never move in the plan).
  for (const person of people) {
    const group = groupOf.get(person.key);
    const on = person.closeOn;
    if (!group || !on || on > today || borrowers.has(person.key) || group.leaderKey === person.key) continue;
    group.leaves.push({ personKey: person.key, on, reason: 'Chuyển đi nơi khác (demo)' });
  }
  return { groups, loans };
}

function laterIso(a: string, b: string): string {
  return a > b ? a : b;
}

/** The application and (for disbursed fates) the disbursement date each fate needs by `today`. */
function datesFor(
  fate: DemoLoanFate,
  random: DemoRandom,
  today: string,
): { appliedOn: string; disbursedOn: string | null } {
  const back = (days: number) => dayAtMost28(addDaysIso(today, -days));
  const disbursed = (on: string) => ({ appliedOn: addDaysIso(on, -25), disbursedOn: on });
  switch (fate) {
    case 'applied':
      return { appliedOn: addDaysIso(today, -random.int(3, 12)), disbursedOn: null };
    case 'approved':
      return { appliedOn: addDaysIso(today, -random.int(20, 30)), disbursedOn: null };
    case 'group_declined':
    case 'rejected':
      return { appliedOn: addDaysIso(today, -random.int(60, 700)), disbursedOn: null };
    case 'partially_disbursed':
      return disbursed(back(random.int(90, 300)));
    case 'on_time':
      return disbursed(back(random.int(60, 500)));
    case 'settled':
      return disbursed(back(random.int(430, 1100)));
    case 'repaid_late':
      return disbursed(back(random.int(300, 800)));
    case 'rescheduled':
    case 'extended':
      return disbursed(back(random.int(480, 640)));
    case 'written_off':
      return disbursed(back(random.int(1000, 1200)));
    default: {
      // Overdue: instalment p + 1 fell due the target number of days ago; p were paid on time.
      const [low, high] = OVERDUE_DAYS[fate]!;
      const paid = random.int(1, 4);
      const due = addDaysIso(today, -random.int(low + 3, high - 3));
      return disbursed(dayAtMost28(addMonths(due, -(paid + 1))));
    }
  }
}

function votes(random: DemoRandom, approved: boolean) {
  const members = random.int(18, 32);
  const against = approved ? random.int(0, 3) : Math.ceil(members / 2) + random.int(1, 3);
  return { votesFor: members - against, votesAgainst: against };
}

function fillUndisbursed(loan: DemoLoanPlan, random: DemoRandom): DemoLoanPlan {
  const a = loan.appliedOn;
  switch (loan.fate) {
    case 'applied':
      return loan;
    case 'group_declined':
      loan.vote = {
        on: addDaysIso(a, 7),
        ...votes(random, false),
        note: 'Hộ chưa có phương án sản xuất khả thi (demo)',
      };
      return loan;
    case 'rejected':
      loan.vote = { on: addDaysIso(a, 7), ...votes(random, true), note: 'Tổ bình xét đồng ý (demo)' };
      loan.rejection = {
        on: addDaysIso(a, 16),
        reason: 'Hộ còn dư nợ quá hạn ở chương trình khác khi thẩm định (demo)',
      };
      return loan;
    default:
      loan.vote = { on: addDaysIso(a, 5), ...votes(random, true), note: 'Tổ bình xét đồng ý (demo)' };
      loan.approval = { on: addDaysIso(a, 12), amount: loan.amount, termMonths: loan.termMonths };
      return loan;
  }
}

/** Vote, approval, disbursement, schedule and the repayments (and marks) the fate implies. */
function fillDisbursedLoan(
  loan: DemoLoanPlan,
  disbursedOn: string,
  random: DemoRandom,
  today: string,
): DemoLoanPlan {
  const { fate } = loan;
  const settles = fate === 'settled';
  // Quarterly keeps the demo's repayments (and its load time) down; overdue loans pay monthly, so
  // their unpaid instalments spread over several buckets.
  const frequency: RepaymentFrequency =
    fate in OVERDUE_DAYS || fate === 'partially_disbursed' ? 'monthly' : 'quarterly';
  loan.termMonths = settles ? 12 : fate === 'rescheduled' || fate === 'extended' ? 36 : loan.termMonths;
  const votedOn = addDaysIso(loan.appliedOn, random.int(2, 4));
  // The bank approves after the vote and before the money is paid out.
  const approvedOn = laterIso(addDaysIso(votedOn, 1), addDaysIso(disbursedOn, -random.int(2, 5)));
  loan.vote = { on: votedOn, ...votes(random, true), note: 'Tổ bình xét đồng ý (demo)' };
  loan.approval = { on: approvedOn, amount: loan.amount, termMonths: loan.termMonths };
  const rate = rateOn(loan.programmeCode, approvedOn);
  const firstAmount =
    fate === 'partially_disbursed' ? Math.round((loan.amount * 0.6) / MILLION) * MILLION : loan.amount;
  loan.disbursements = [{ on: disbursedOn, amount: firstAmount }];
  const step = frequency === 'monthly' ? 1 : 3;
  const instalments = buildEqualPrincipalSchedule({
    principal: firstAmount,
    termMonths: loan.termMonths,
    frequency,
    firstDueDate: addMonths(disbursedOn, step),
    interestFrom: disbursedOn,
    annualRateBasisPoints: rate,
  });
  loan.schedule = { setOn: disbursedOn, frequency, instalments };

  const yesterday = addDaysIso(today, -1);
  const pay = (instalment: ScheduledInstalment, on: string, extraDays = 0) =>
    loan.repayments.push({
      on,
      principal: instalment.principal,
      interest: instalment.interest + simpleInterest(instalment.principal, rate, extraDays),
    });
  const onTime = (instalment: ScheduledInstalment) =>
    laterIso(addDaysIso(instalment.dueDate, -random.int(0, 3)), addDaysIso(disbursedOn, 1));

  let marksUntil = today;
  const schedules: { from: string; instalments: ScheduledInstalment[]; until: string }[] = [];
  if (fate in OVERDUE_DAYS) {
    const [, high] = OVERDUE_DAYS[fate]!;
    for (const instalment of instalments) {
      if (daysBetween(instalment.dueDate, today) <= high) break;
      pay(instalment, onTime(instalment));
    }
  } else if (fate === 'repaid_late') {
    instalments.forEach((instalment) => {
      if (instalment.dueDate > yesterday) return;
      const late = instalment.number === 2 ? random.int(35, 60) : 0;
      const on = addDaysIso(instalment.dueDate, late);
      if (on > yesterday) return;
      pay(instalment, late ? on : onTime(instalment), late);
    });
  } else if (fate === 'written_off') {
    for (const instalment of instalments.slice(0, 2)) pay(instalment, onTime(instalment));
    const third = instalments[2]!;
    const on = laterIso(addDaysIso(third.dueDate, 420), third.dueDate);
    loan.writeOff = {
      on: on < addDaysIso(today, -20) ? on : addDaysIso(today, -20),
      reason: 'Người vay mất, hộ không còn khả năng trả nợ (demo)',
      decisionReference: `QĐ-XN-${loan.key} (demo)`,
    };
    marksUntil = addDaysIso(loan.writeOff.on, -1);
  } else if (fate === 'rescheduled' || fate === 'extended') {
    // Paid on time for nine months, then a flood: an instalment missed, then a new schedule.
    const missedFrom = addMonths(disbursedOn, 9);
    for (const instalment of instalments) {
      if (instalment.dueDate >= missedFrom) break;
      pay(instalment, onTime(instalment));
    }
    const on = addDaysIso(missedFrom, 65);
    const outstanding = firstAmount - loan.repayments.reduce((sum, r) => sum + r.principal, 0);
    const remainingDates = instalments.map((i) => i.dueDate).filter((d) => d > on);
    const last = remainingDates[remainingDates.length - 1]!;
    const dates =
      fate === 'extended'
        ? [...remainingDates, ...Array.from({ length: 12 }, (_, k) => addMonths(last, k + 1))]
        : remainingDates;
    const each = Math.floor(outstanding / dates.length);
    let left = outstanding;
    let from = on;
    const replaced = dates.map((dueDate, k) => {
      const principal = k === dates.length - 1 ? left : each;
      const instalment = {
        number: k + 1,
        dueDate,
        principal,
        interest: simpleInterest(left, rate, daysBetween(from, dueDate)),
      };
      left -= principal;
      from = dueDate;
      return instalment;
    });
    loan.newSchedule = {
      on,
      reason:
        fate === 'extended'
          ? 'Gia hạn nợ: người vay ốm đau kéo dài, mất khả năng lao động tạm thời (demo)'
          : 'Điều chỉnh kỳ hạn trả nợ: lũ lụt làm mất mùa (demo)',
      frequency,
      instalments: replaced,
    };
    schedules.push({ from: instalments[0]!.dueDate, instalments, until: addDaysIso(on, -1) });
    const before = loan.repayments.length;
    for (const instalment of replaced) {
      if (instalment.dueDate > yesterday) break;
      pay(instalment, laterIso(onTime(instalment), addDaysIso(on, 1)));
    }
    schedules.push({
      from: replaced[0]!.dueDate,
      instalments: replaced,
      until: today,
    });
    loan.overdueMarkDays = markDays(schedules, loan.repayments, before, on);
    return loan;
  } else {
    // On time (settles by itself once the last instalment is paid on a fully disbursed loan).
    for (const instalment of instalments) {
      if (instalment.dueDate > yesterday) break;
      pay(instalment, onTime(instalment));
    }
  }
  schedules.push({ from: instalments[0]!.dueDate, instalments, until: marksUntil });
  loan.overdueMarkDays = markDays(schedules, loan.repayments, loan.repayments.length, null);
  return loan;
}

/** The days the daily job's rule marks an instalment of each schedule overdue. */
function markDays(
  schedules: { from: string; instalments: ScheduledInstalment[]; until: string }[],
  repayments: DemoLoanPlan['repayments'],
  firstOfSecond: number,
  secondFrom: string | null,
): string[] {
  const days = new Set<string>();
  schedules.forEach((schedule, index) => {
    const paid: PrincipalRepayment[] = repayments
      .slice(index === 0 ? 0 : firstOfSecond, index === 0 && secondFrom ? firstOfSecond : undefined)
      .map((r) => ({ date: r.on, principal: r.principal }));
    for (const transition of overdueTransitions(schedule.instalments, paid, schedule.from, schedule.until)) {
      days.add(transition.overdueSince);
    }
  });
  return [...days].sort();
}

export interface DemoLoanServices {
  commands: LoanCommands;
  records: LoanRecords;
}

/** The loans use cases over the demo's recording store. */
export function demoLoanServices(executor: CommandExecutor, store: EventStore): DemoLoanServices {
  const records = new LoanRecords(store);
  return { commands: new LoanCommands(executor, records), records };
}

export interface DemoLoanIds {
  people: Map<string, string>;
  /** Plan key (`demo-loan-0007`) → the loan's id, filled as the applications run. */
  loans: Map<string, string>;
  groups: Map<string, string>;
}

/**
 * The plan as use-case calls on their business dates. `placementIdOf` finds the overseas placement
 * of a job seeker for a working-abroad loan's contract reference.
 */
export function demoLoanSteps(
  services: DemoLoanServices,
  plan: DemoLoansPlan,
  ids: DemoLoanIds,
  options: {
    actorId: string;
    placementIdOf: (jobSeekerId: string) => Promise<string | null>;
  },
): DemoStep[] {
  const { commands } = services;
  const actor = { userId: options.actorId };
  const person = (key: string) => {
    const id = ids.people.get(key);
    if (!id) throw new Error(`Demo loan step before the registration of ${key}`);
    return id;
  };
  const householdOf = (key: string) => `demo-ho-${key}`;
  const steps: DemoStep[] = [];
  const at = (on: string, run: () => Promise<unknown>, rank = DEMO_LOAN_RANK) =>
    steps.push({ on, rank, run });

  for (const group of plan.groups) {
    const groupId = () => ids.groups.get(group.key)!;
    at(group.formedOn, async () => {
      const { groupId: id } = await commands.formGroup(
        { name: group.name, villageCode: group.villageCode, formedOn: group.formedOn },
        actor,
      );
      ids.groups.set(group.key, id);
    });
    for (const member of group.members) {
      at(member.joinedOn, () =>
        commands.runGroup(
          groupId(),
          {
            type: 'JoinSavingsGroup',
            data: {
              personId: person(member.personKey),
              householdId: householdOf(member.personKey),
              joinedOn: member.joinedOn,
            },
          },
          actor,
          member.joinedOn,
        ),
      );
      const leave = group.leaves.find((l) => l.personKey === member.personKey);
      if (leave) {
        at(leave.on, () =>
          commands.runGroup(
            groupId(),
            {
              type: 'LeaveSavingsGroup',
              data: { personId: person(leave.personKey), leftOn: leave.on, reason: leave.reason },
            },
            actor,
            leave.on,
          ),
        );
      }
      if (member.personKey === group.leaderKey) {
        at(group.leaderSince, () =>
          commands.runGroup(
            groupId(),
            {
              type: 'SetSavingsGroupLeader',
              data: { personId: person(group.leaderKey), since: group.leaderSince },
            },
            actor,
            group.leaderSince,
          ),
        );
      }
    }
  }

  for (const loan of plan.loans) {
    const loanId = () => ids.loans.get(loan.key)!;
    const run = (on: string, command: Parameters<LoanCommands['run']>[1]) =>
      at(on, () => commands.run(loanId(), command, actor, on));
    at(loan.appliedOn, async () => {
      const borrower = person(loan.personKey);
      const placementId = loan.overseasContract ? await options.placementIdOf(borrower) : null;
      const { loanId: id } = await commands.apply(
        {
          borrowerPersonId: borrower,
          householdId: householdOf(loan.personKey),
          householdPovertyClass: loan.householdPovertyClass,
          programmeCode: loan.programmeCode,
          amount: loan.amount,
          termMonths: loan.termMonths,
          purpose: loan.purpose,
          savingsGroupId: ids.groups.get(loan.groupKey)!,
          appliedOn: loan.appliedOn,
          jobsPromised: loan.jobsPromised ? { count: loan.jobsPromised, workerPersonIds: [borrower] } : null,
          overseasContract: loan.overseasContract && {
            placementId: placementId ?? `demo-placement-${loan.personKey}`,
            contractSignedOn: loan.overseasContract.signedOn,
            validUntil: loan.overseasContract.validUntil,
          },
        },
        actor,
      );
      ids.loans.set(loan.key, id);
    });
    const { vote, rejection, approval, schedule, newSchedule, writeOff } = loan;
    if (vote) {
      run(vote.on, {
        type: 'RecordGroupVote',
        data: { votedOn: vote.on, votesFor: vote.votesFor, votesAgainst: vote.votesAgainst, note: vote.note },
      });
    }
    if (rejection)
      run(rejection.on, { type: 'RejectLoan', data: { rejectedOn: rejection.on, reason: rejection.reason } });
    if (approval) {
      run(approval.on, {
        type: 'ApproveLoan',
        data: { approvedOn: approval.on, amount: approval.amount, termMonths: approval.termMonths },
      });
    }
    loan.disbursements.forEach((disbursement, n) =>
      run(disbursement.on, {
        type: 'DisburseLoan',
        data: { disbursementId: `${loan.key}-d${n + 1}`, date: disbursement.on, amount: disbursement.amount },
      }),
    );
    if (schedule) {
      at(schedule.setOn, () =>
        commands.setSchedule(
          loanId(),
          {
            setOn: schedule.setOn,
            frequency: schedule.frequency,
            instalments: schedule.instalments,
            firstDueDate: null,
          },
          actor,
        ),
      );
    }
    loan.repayments.forEach((repayment, n) =>
      run(repayment.on, {
        type: 'RecordRepayment',
        data: {
          repaymentId: `${loan.key}-r${n + 1}`,
          date: repayment.on,
          principal: repayment.principal,
          interest: repayment.interest,
        },
      }),
    );
    if (newSchedule) at(newSchedule.on, () => commands.reschedule(loanId(), newSchedule, actor));
    if (writeOff) {
      run(writeOff.on, {
        type: 'WriteOffLoan',
        data: { on: writeOff.on, reason: writeOff.reason, decisionReference: writeOff.decisionReference },
      });
    }
    for (const day of loan.overdueMarkDays) {
      at(day, () => markOverdueAsTheDailyJob(services, loanId(), day), DEMO_OVERDUE_MARK_RANK);
    }
  }
  return steps;
}

/**
 * The daily job's rule for one loan on `today`: every instalment of the current schedule that
 * became overdue up to `today` and is not marked yet gets its `InstalmentOverdue`, dated the day it
 * became overdue (see `MarkOverdueJob.run`).
 */
export async function markOverdueAsTheDailyJob(
  { commands, records }: DemoLoanServices,
  loanId: string,
  today: string,
): Promise<number> {
  const { state } = await records.loan(loanId);
  const schedule = state.schedule;
  if (state.status !== 'disbursed' || !schedule) return 0;
  const transitions = overdueTransitions(
    schedule.instalments,
    schedule.repayments,
    schedule.instalments[0]?.dueDate ?? today,
    today,
  ).filter((transition) => !schedule.markedOverdue.includes(transition.number));
  let marked = 0;
  for (const transition of transitions) {
    try {
      const result = await commands.run(
        loanId,
        {
          type: 'MarkInstalmentOverdue',
          data: {
            scheduleVersion: schedule.version,
            instalmentNumber: transition.number,
            overdueSince: transition.overdueSince,
          },
        },
        MARK_ACTOR,
        transition.overdueSince,
      );
      marked += result.events.length;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return marked;
}
