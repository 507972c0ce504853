/**
 * Loans, groups, the portfolio and the work list from the read models, limited to the caller's
 * villages. Figures are computed with the domain's portfolio functions on the folded loans the
 * `loan_list` read model holds; overdue comes only from the daily job's `InstalmentOverdue` marks.
 */
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@vieclam/platform/database';
import { DATABASE } from '@vieclam/platform/runtime';
import { LOAN_PROGRAMMES } from '../config/loan-programmes';
import { addDays } from '../domain/calendar/iso-date';
import { outstandingPrincipal, type PolicyLoanState } from '../domain/loan/policy-loan.decider';
import {
  disbursedThisMonth,
  disbursedThisYear,
  jobsPromisedVsCreated,
  outstandingBy,
  workListByGroup,
  type LoanFinancedJobStart,
} from '../domain/portfolio/loan-portfolio';
import type { LoanProgrammeVersion } from '../domain/programme/loan-programme';
import type { SavingsGroupState } from '../domain/savings-group/savings-group.decider';
import {
  LOAN_JOB_STARTS_TABLE,
  type LoanJobStartRow,
} from '../projections/loan-job-starts/loan-job-starts.projection';
import {
  LOAN_LIST_TABLE,
  loanStateOf,
  type LoanListRow,
} from '../projections/loan-list/loan-list.projection';
import {
  SAVINGS_GROUP_LIST_TABLE,
  type SavingsGroupListRow,
} from '../projections/savings-group-list/savings-group-list.projection';
import { recordedOverdueInstalments, recordedPortfolioArrears } from './recorded-arrears';

export interface LoanListFilter {
  /** Village codes the caller may read; nothing outside them is returned. */
  villages: readonly string[];
  village?: string;
  programme?: string;
  group?: string;
  status?: string;
  borrowerPersonId?: string;
}

export interface LoanSummary {
  loanId: string;
  borrowerPersonId: string;
  householdId: string;
  villageCode: string;
  programmeCode: string;
  savingsGroupId: string;
  status: string;
  appliedOn: string;
  requestedAmount: number;
  approvedAmount: number | null;
  annualRateBasisPoints: number | null;
  disbursedPrincipal: number;
  principalRepaid: number;
  interestPaid: number;
  outstandingPrincipal: number;
  closedOn: string | null;
}

export const loanSummary = (state: PolicyLoanState): LoanSummary => ({
  loanId: state.loanId!,
  borrowerPersonId: state.borrowerPersonId!,
  householdId: state.householdId!,
  villageCode: state.villageCode!,
  programmeCode: state.programmeCode!,
  savingsGroupId: state.savingsGroupId!,
  status: state.status,
  appliedOn: state.appliedOn!,
  requestedAmount: state.requestedAmount,
  approvedAmount: state.approval?.amount ?? null,
  annualRateBasisPoints: state.approval?.annualRateBasisPoints ?? null,
  disbursedPrincipal: state.disbursedPrincipal,
  principalRepaid: state.principalRepaid,
  interestPaid: state.interestPaid,
  outstandingPrincipal: outstandingPrincipal(state),
  closedOn: state.closedOn,
});

/** A loan as its page shows it: terms, schedule, repayments and arrears on `asOf` as the job marked them. */
export function loanDetails(state: PolicyLoanState, asOf: string) {
  const overdue = recordedOverdueInstalments(state, asOf);
  return {
    ...loanSummary(state),
    purpose: state.purpose,
    termMonths: state.approval?.termMonths ?? state.requestedTermMonths,
    jobsPromised: state.jobsPromised,
    approval: state.approval,
    disbursements: state.disbursements,
    schedule: state.schedule
      ? {
          version: state.schedule.version,
          setOn: state.schedule.setOn,
          frequency: state.schedule.frequency,
          instalments: state.schedule.instalments,
        }
      : null,
    repayments: state.repayments,
    overdueHistory: state.overdueHistory,
    arrears: {
      asOf,
      overduePrincipal: overdue.reduce((sum, instalment) => sum + instalment.unpaidPrincipal, 0),
      daysPastDue: Math.max(0, ...overdue.map((instalment) => instalment.daysPastDue)),
      instalments: overdue,
    },
  };
}

const groupOf = (row: SavingsGroupListRow) => {
  const state = JSON.parse(row.state) as SavingsGroupState;
  return {
    groupId: row.id,
    name: row.name,
    villageCode: row.village_code,
    formedOn: row.formed_on,
    leaderPersonId: row.leader_person_id,
    members: Object.values(state.members),
  };
};

@Injectable()
export class LoanQueries {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async loanStates(filter: LoanListFilter): Promise<PolicyLoanState[]> {
    const villages = filter.village
      ? filter.villages.filter((code) => code === filter.village)
      : filter.villages;
    if (villages.length === 0) return [];
    let query = this.database.db
      .selectFrom(LOAN_LIST_TABLE)
      .select('state')
      .where('village_code', 'in', [...villages]);
    if (filter.programme) query = query.where('programme_code', '=', filter.programme);
    if (filter.group) query = query.where('savings_group_id', '=', filter.group);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.borrowerPersonId) query = query.where('borrower_person_id', '=', filter.borrowerPersonId);
    const rows = (await query.orderBy('applied_on').orderBy('id').execute()) as Pick<LoanListRow, 'state'>[];
    return rows.map(loanStateOf);
  }

  async loans(filter: LoanListFilter): Promise<LoanSummary[]> {
    return (await this.loanStates(filter)).map(loanSummary);
  }

  /** Loan ids of active loans (disbursed, not closed) in the read model: what the daily job walks. */
  async activeLoanIds(): Promise<string[]> {
    const rows = await this.database.db
      .selectFrom(LOAN_LIST_TABLE)
      .select('id')
      .where('status', '=', 'disbursed')
      .orderBy('id')
      .execute();
    return rows.map((row) => String(row.id));
  }

  async groups(villages: readonly string[]) {
    if (villages.length === 0) return [];
    const rows = (await this.database.db
      .selectFrom(SAVINGS_GROUP_LIST_TABLE)
      .selectAll()
      .where('village_code', 'in', [...villages])
      .orderBy('village_code')
      .orderBy('name')
      .execute()) as SavingsGroupListRow[];
    return rows.map(groupOf);
  }

  async jobStarts(loanIds: readonly string[]): Promise<LoanFinancedJobStart[]> {
    if (loanIds.length === 0) return [];
    const rows = (await this.database.db
      .selectFrom(LOAN_JOB_STARTS_TABLE)
      .selectAll()
      .where('loan_id', 'in', [...loanIds])
      .execute()) as LoanJobStartRow[];
    return rows.map((row) => ({
      jobSeekerId: row.job_seeker_id,
      jobId: row.job_id,
      date: row.date,
      channel: 'loan_financed',
      loanId: row.loan_id,
    }));
  }

  async portfolio(villages: readonly string[], asOf: string) {
    const loans = (await this.loanStates({ villages })).filter((loan) => (loan.appliedOn ?? '') <= asOf);
    const arrears = recordedPortfolioArrears(loans, asOf);
    const starts = await this.jobStarts(loans.map((loan) => loan.loanId!));
    const jobs = jobsPromisedVsCreated(loans, starts, asOf);
    return {
      asOf,
      loans: loans.length,
      outstandingPrincipal: arrears.outstandingPrincipal,
      outstandingByProgramme: outstandingBy(loans, 'programme', asOf),
      outstandingByVillage: outstandingBy(loans, 'village', asOf),
      outstandingBySavingsGroup: outstandingBy(loans, 'savingsGroup', asOf),
      disbursedThisMonth: disbursedThisMonth(loans, asOf),
      disbursedThisYear: disbursedThisYear(loans, asOf),
      overduePrincipal: arrears.overduePrincipal,
      overdueRatioBasisPoints: arrears.overdueRatioBasisPoints,
      arrearsByBucket: arrears.byBucket,
      overdueLoans: arrears.loans,
      jobs: {
        promised: jobs.reduce((sum, loan) => sum + loan.promised, 0),
        created: jobs.reduce((sum, loan) => sum + loan.created, 0),
        byLoan: jobs,
      },
    };
  }

  async workList(villages: readonly string[], today: string, days: number, group?: string) {
    const loans = await this.loanStates({ villages, group, status: 'disbursed' });
    const byGroup = workListByGroup(loans, today, days);
    const groups = new Map((await this.groups(villages)).map((g) => [g.groupId, g]));
    return {
      from: today,
      until: addDays(today, days),
      groups: Object.entries(byGroup)
        .map(([groupId, items]) => ({
          savingsGroupId: groupId,
          name: groups.get(groupId)?.name ?? null,
          villageCode: groups.get(groupId)?.villageCode ?? items[0]?.villageCode ?? null,
          instalments: items,
        }))
        .sort((a, b) => (a.name ?? a.savingsGroupId).localeCompare(b.name ?? b.savingsGroupId)),
    };
  }
}

/** The programme versions in force on `on`, as the dated configuration says. */
export function programmesInForce(on: string, catalogue: readonly LoanProgrammeVersion[] = LOAN_PROGRAMMES) {
  return catalogue.filter(
    (version) => version.validFrom <= on && (version.validTo === null || on <= version.validTo),
  );
}
