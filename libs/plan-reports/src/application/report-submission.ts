/**
 * The `Report-<unit>-<year>-<period>` stream: drafts made by the scheduled job and the submission
 * that freezes a report. `ReportSubmitted` holds the figures and the "as known on" point they were
 * computed at, so regenerating the report at that point reproduces them and a later regeneration
 * can be compared with them.
 */
import { DomainError, type Decider, type DomainEvent } from '@vieclam/platform/domain';
import { streamName } from '@vieclam/platform/event-store';
import type { IndicatorReport } from '../domain/indicators/indicator-report';

export type ReportKind = 'monthly' | 'annual';

export interface ReportRef {
  unitCode: string;
  year: number;
  /** 1–12 for a monthly report; 12 for an annual one. */
  month: number;
  kind: ReportKind;
}

export const REPORT_CATEGORY = 'Report';
export const reportId = (ref: ReportRef) =>
  `${ref.unitCode}-${ref.year}-${ref.kind === 'annual' ? 'annual' : String(ref.month).padStart(2, '0')}`;
export const reportStream = (ref: ReportRef) => streamName(REPORT_CATEGORY, reportId(ref));

export interface ReportFrozenData extends ReportRef {
  reportId: string;
  /** The recording-clock point the figures were computed at (ISO timestamp). */
  asKnownOn: string;
  report: IndicatorReport;
}

export type ReportEvent =
  | DomainEvent<'ReportDrafted', ReportFrozenData & { draftedAt: string }>
  | DomainEvent<
      'ReportSubmitted',
      ReportFrozenData & { submittedOn: string; submittedBy: string; note: string }
    >;

export type ReportCommand =
  | { type: 'DraftReport'; data: ReportFrozenData & { draftedAt: string } }
  | {
      type: 'SubmitReport';
      data: ReportFrozenData & { submittedOn: string; submittedBy: string; note: string };
    };

export interface ReportState {
  drafts: number;
  submitted: Extract<ReportEvent, { type: 'ReportSubmitted' }>['data'] | null;
}

export const reportDecider: Decider<ReportCommand, ReportState, ReportEvent> = {
  initialState: () => ({ drafts: 0, submitted: null }),
  evolve(state, event) {
    if (event.type === 'ReportDrafted') return { ...state, drafts: state.drafts + 1 };
    return { ...state, submitted: event.data };
  },
  decide(command, state) {
    if (command.type === 'DraftReport') {
      // A submitted report is frozen: drafting it again would only add noise.
      return state.submitted ? [] : [{ type: 'ReportDrafted', data: command.data }];
    }
    if (state.submitted) {
      throw DomainError.conflict(
        'report_already_submitted',
        {
          vi: `Báo cáo ${command.data.reportId} đã được gửi ngày ${state.submitted.submittedOn}`,
          en: `Report ${command.data.reportId} was already submitted on ${state.submitted.submittedOn}`,
        },
        { details: { submittedOn: state.submitted.submittedOn, asKnownOn: state.submitted.asKnownOn } },
      );
    }
    return [{ type: 'ReportSubmitted', data: command.data }];
  },
};

export interface FigureDifference {
  indicatorCode: string;
  field: 'target' | 'month' | 'yearToDate' | 'forecast' | 'status';
  submitted: number | string | null;
  current: number | string | null;
}

/**
 * What changed in each indicator between a frozen report and a regeneration; then the loan
 * figures (`loans:disbursed`, `loans:disbursed_amount`, `loans:outstanding`, `loans:overdue`),
 * which reports submitted before loans were counted do not hold.
 */
export function reportDifferences(submitted: IndicatorReport, current: IndicatorReport): FigureDifference[] {
  const differences: FigureDifference[] = [];
  for (const before of submitted.rows) {
    const after = current.rows.find((r) => r.code === before.code);
    const pairs: Array<[FigureDifference['field'], number | string | null, number | string | null]> = [
      ['target', before.target?.value ?? null, after?.target?.value ?? null],
      ['month', before.month, after?.month ?? null],
      ['yearToDate', before.yearToDate, after?.yearToDate ?? null],
      ['forecast', before.forecast.value, after?.forecast.value ?? null],
      ['status', before.status, after?.status ?? null],
    ];
    for (const [field, was, now] of pairs) {
      if (was !== now) differences.push({ indicatorCode: before.code, field, submitted: was, current: now });
    }
  }
  const was = (submitted as Partial<IndicatorReport>).loans;
  const now = current.loans;
  if (was) {
    const loanPairs: Array<[string, FigureDifference['field'], number, number]> = [
      ['loans:disbursed', 'month', was.disbursed.month.count, now.disbursed.month.count],
      ['loans:disbursed', 'yearToDate', was.disbursed.yearToDate.count, now.disbursed.yearToDate.count],
      ['loans:disbursed_amount', 'month', was.disbursed.month.amount, now.disbursed.month.amount],
      [
        'loans:disbursed_amount',
        'yearToDate',
        was.disbursed.yearToDate.amount,
        now.disbursed.yearToDate.amount,
      ],
      ['loans:outstanding', 'yearToDate', was.outstandingPrincipal, now.outstandingPrincipal],
      ['loans:overdue', 'yearToDate', was.overduePrincipal, now.overduePrincipal],
    ];
    for (const [indicatorCode, field, before, after] of loanPairs) {
      if (before !== after) differences.push({ indicatorCode, field, submitted: before, current: after });
    }
  }
  return differences;
}
