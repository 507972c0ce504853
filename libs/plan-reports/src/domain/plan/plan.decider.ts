/**
 * The plan's stream: adoption (exactly as printed — inconsistencies are checked and shown by
 * `checkPlan`, never rejected or corrected), dated target amendments, withdrawal, and values
 * reported for indicators the tracker cannot observe.
 */
import { DomainError, type Decider } from '@vieclam/platform/domain';
import {
  COMPARATORS,
  type Comparator,
  type IndicatorValueReportedData,
  type PlanAdoptedData,
  type PlanEvent,
  type PlanIndicator,
  type PrintedFigure,
  type TargetAmendedData,
} from './plan.events';

export type PlanCommand =
  | { type: 'AdoptPlan'; data: PlanAdoptedData }
  | {
      type: 'AmendTarget';
      data: {
        indicatorCode: string;
        year: number;
        target: PrintedFigure;
        amendedOn: string;
        reason: string;
        decisionRef: string | null;
      };
    }
  | { type: 'WithdrawPlan'; data: { withdrawnOn: string; reason: string } }
  | {
      type: 'ReportIndicatorValue';
      data: Omit<IndicatorValueReportedData, 'planId'>;
    };

export interface PlanState {
  status: 'none' | 'adopted' | 'withdrawn';
  plan: PlanAdoptedData | null;
  /** In the order they were made; the adopted targets are never overwritten. */
  amendments: TargetAmendedData[];
  reportedValues: IndicatorValueReportedData[];
  withdrawn: { on: string; reason: string } | null;
}

export const initialPlanState = (): PlanState => ({
  status: 'none',
  plan: null,
  amendments: [],
  reportedValues: [],
  withdrawn: null,
});

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanAdopted':
      return { ...initialPlanState(), status: 'adopted', plan: event.data };
    case 'TargetAmended':
      return { ...state, amendments: [...state.amendments, event.data] };
    case 'PlanWithdrawn':
      return {
        ...state,
        status: 'withdrawn',
        withdrawn: { on: event.data.withdrawnOn, reason: event.data.reason },
      };
    case 'IndicatorValueReported':
      return { ...state, reportedValues: [...state.reportedValues, event.data] };
  }
}

/**
 * The target of an indicator for a year as it stood on a date: the adopted figure, replaced by
 * the latest amendment made on or before that date.
 */
export function targetOn(
  state: PlanState,
  indicatorCode: string,
  year: number,
  onDate: string,
): PrintedFigure | null {
  const indicator = state.plan?.indicators.find((i) => i.code === indicatorCode);
  if (!indicator) return null;
  const adopted = indicator.yearlyTargets.find((t) => t.year === year);
  let target: PrintedFigure | null = adopted
    ? { printed: adopted.printed, comparator: adopted.comparator, value: adopted.value }
    : null;
  for (const amendment of state.amendments) {
    if (
      amendment.indicatorCode === indicatorCode &&
      amendment.year === year &&
      amendment.amendedOn <= onDate
    ) {
      target = amendment.target;
    }
  }
  return target;
}

export function decidePlan(command: PlanCommand, state: PlanState): PlanEvent[] {
  switch (command.type) {
    case 'AdoptPlan':
      return adopt(command.data, state);
    case 'AmendTarget':
      return amend(command.data, state);
    case 'WithdrawPlan':
      return withdraw(command.data, state);
    case 'ReportIndicatorValue':
      return report(command.data, state);
  }
}

export const planDecider: Decider<PlanCommand, PlanState, PlanEvent> = {
  decide: decidePlan,
  evolve: evolvePlan,
  initialState: initialPlanState,
};

function adopt(data: PlanAdoptedData, state: PlanState): PlanEvent[] {
  if (state.status !== 'none') {
    throw DomainError.conflict('plan_already_adopted', {
      vi: 'Kế hoạch này đã được ban hành.',
      en: 'This plan has already been adopted.',
    });
  }
  requireText(data.number, 'number', { vi: 'Số kế hoạch', en: 'The plan number' });
  requireText(data.unitCode, 'unitCode', { vi: 'Đơn vị ban hành', en: 'The issuing unit' });
  requireText(data.title, 'title', { vi: 'Tên kế hoạch', en: 'The plan title' });
  requireDate(data.adoptedOn, 'adoptedOn');
  const { fromYear, toYear } = data.period;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw DomainError.invalid(
      'plan_period_invalid',
      {
        vi: `Giai đoạn kế hoạch không hợp lệ: ${fromYear}–${toYear}.`,
        en: `The plan period is not valid: ${fromYear}–${toYear}.`,
      },
      { field: 'period' },
    );
  }
  if (data.indicators.length === 0) {
    throw DomainError.invalid(
      'plan_without_indicators',
      { vi: 'Kế hoạch phải có ít nhất một chỉ tiêu.', en: 'A plan needs at least one indicator.' },
      { field: 'indicators' },
    );
  }
  const codes = new Set<string>();
  for (const indicator of data.indicators) {
    if (codes.has(indicator.code)) {
      throw DomainError.invalid(
        'indicator_code_repeated',
        {
          vi: `Mã chỉ tiêu ${indicator.code} bị lặp.`,
          en: `Indicator code ${indicator.code} appears twice.`,
        },
        { field: 'indicators', details: { indicatorCode: indicator.code } },
      );
    }
    codes.add(indicator.code);
    checkIndicator(indicator, data.period);
  }
  return [{ type: 'PlanAdopted', data }];
}

function checkIndicator(indicator: PlanIndicator, period: PlanAdoptedData['period']): void {
  const field = `indicators.${indicator.code}`;
  if (indicator.code.trim() === '' || indicator.name.vi.trim() === '' || indicator.name.en.trim() === '') {
    throw DomainError.invalid(
      'indicator_name_missing',
      {
        vi: 'Mỗi chỉ tiêu cần có mã và tên bằng tiếng Việt và tiếng Anh.',
        en: 'Every indicator needs a code and a name in Vietnamese and English.',
      },
      { field },
    );
  }
  const figures: PrintedFigure[] = [
    ...indicator.yearlyTargets,
    ...(indicator.sectionTarget ? [indicator.sectionTarget] : []),
    ...(indicator.orientation2030 ? [indicator.orientation2030] : []),
  ];
  requireComparator(indicator.comparator, field);
  for (const figure of figures) {
    requireComparator(figure.comparator, field);
    requireNumber(figure.value, field, figure.printed);
  }
  const years = new Set<number>();
  for (const target of indicator.yearlyTargets) {
    if (target.year < period.fromYear || target.year > period.toYear || years.has(target.year)) {
      throw DomainError.invalid(
        'target_year_invalid',
        {
          vi: `Chỉ tiêu ${indicator.code}: năm ${target.year} nằm ngoài giai đoạn ${period.fromYear}–${period.toYear} hoặc bị lặp.`,
          en: `Indicator ${indicator.code}: year ${target.year} is outside ${period.fromYear}–${period.toYear} or repeated.`,
        },
        { field, details: { indicatorCode: indicator.code, year: target.year } },
      );
    }
    years.add(target.year);
  }
}

function amend(data: Extract<PlanCommand, { type: 'AmendTarget' }>['data'], state: PlanState): PlanEvent[] {
  const plan = requireActivePlan(state);
  const indicator = requireIndicator(plan, data.indicatorCode);
  requireDate(data.amendedOn, 'amendedOn');
  if (data.amendedOn < plan.adoptedOn) {
    throw DomainError.unprocessable(
      'amendment_before_adoption',
      {
        vi: `Không thể điều chỉnh chỉ tiêu trước ngày ban hành kế hoạch (${plan.adoptedOn}).`,
        en: `A target cannot be amended before the plan was adopted (${plan.adoptedOn}).`,
      },
      { field: 'amendedOn' },
    );
  }
  if (!Number.isInteger(data.year) || data.year < plan.period.fromYear || data.year > plan.period.toYear) {
    throw DomainError.invalid(
      'target_year_invalid',
      {
        vi: `Năm ${data.year} nằm ngoài giai đoạn kế hoạch ${plan.period.fromYear}–${plan.period.toYear}.`,
        en: `Year ${data.year} is outside the plan period ${plan.period.fromYear}–${plan.period.toYear}.`,
      },
      { field: 'year' },
    );
  }
  requireText(data.reason, 'reason', { vi: 'Lý do điều chỉnh', en: 'The reason for the amendment' });
  requireComparator(data.target.comparator, 'target.comparator');
  requireNumber(data.target.value, 'target.value', data.target.printed);
  const previous = targetOn(state, indicator.code, data.year, data.amendedOn);
  if (previous && previous.value === data.target.value && previous.comparator === data.target.comparator) {
    return [];
  }
  return [
    {
      type: 'TargetAmended',
      data: {
        planId: plan.planId,
        indicatorCode: indicator.code,
        year: data.year,
        previous,
        target: data.target,
        amendedOn: data.amendedOn,
        reason: data.reason,
        decisionRef: data.decisionRef,
      },
    },
  ];
}

function withdraw(
  data: Extract<PlanCommand, { type: 'WithdrawPlan' }>['data'],
  state: PlanState,
): PlanEvent[] {
  const plan = requireActivePlan(state);
  requireDate(data.withdrawnOn, 'withdrawnOn');
  if (data.withdrawnOn < plan.adoptedOn) {
    throw DomainError.unprocessable(
      'withdrawal_before_adoption',
      {
        vi: `Không thể bãi bỏ kế hoạch trước ngày ban hành (${plan.adoptedOn}).`,
        en: `A plan cannot be withdrawn before it was adopted (${plan.adoptedOn}).`,
      },
      { field: 'withdrawnOn' },
    );
  }
  requireText(data.reason, 'reason', { vi: 'Lý do bãi bỏ', en: 'The reason for the withdrawal' });
  return [{ type: 'PlanWithdrawn', data: { planId: plan.planId, ...data } }];
}

function report(
  data: Extract<PlanCommand, { type: 'ReportIndicatorValue' }>['data'],
  state: PlanState,
): PlanEvent[] {
  const plan = requireActivePlan(state);
  const indicator = requireIndicator(plan, data.indicatorCode);
  if (indicator.observed) {
    throw DomainError.unprocessable(
      'indicator_is_computed',
      {
        vi: `Chỉ tiêu ${indicator.code} được tính từ dữ liệu theo dõi, không nhập tay.`,
        en: `Indicator ${indicator.code} is computed from the tracked records; it cannot be entered by hand.`,
      },
      { field: 'indicatorCode' },
    );
  }
  requireDate(data.asOf, 'asOf');
  requireDate(data.reportedOn, 'reportedOn');
  requireText(data.source, 'source', { vi: 'Nguồn số liệu', en: 'The source of the figure' });
  requireText(data.unitCode, 'unitCode', { vi: 'Đơn vị', en: 'The unit' });
  requireNumber(data.value, 'value', String(data.value));
  if (indicator.unit === 'percent' && (data.value < 0 || data.value > 100)) {
    throw DomainError.invalid(
      'percentage_out_of_range',
      {
        vi: `Tỷ lệ phải nằm trong khoảng 0–100%, nhận được ${data.value}.`,
        en: `A percentage must lie within 0–100%, got ${data.value}.`,
      },
      { field: 'value' },
    );
  }
  if (data.asOf > data.reportedOn) {
    throw DomainError.invalid(
      'value_reported_before_measured',
      {
        vi: 'Ngày số liệu không thể sau ngày báo cáo.',
        en: 'The date a value describes cannot be after the day it is reported.',
      },
      { field: 'asOf' },
    );
  }
  return [{ type: 'IndicatorValueReported', data: { planId: plan.planId, ...data } }];
}

function requireActivePlan(state: PlanState): PlanAdoptedData {
  if (state.status === 'none' || !state.plan) {
    throw DomainError.notFound('plan_not_adopted', {
      vi: 'Kế hoạch chưa được ban hành.',
      en: 'The plan has not been adopted.',
    });
  }
  if (state.status === 'withdrawn') {
    throw DomainError.conflict('plan_withdrawn', {
      vi: `Kế hoạch ${state.plan.number} đã bị bãi bỏ.`,
      en: `Plan ${state.plan.number} has been withdrawn.`,
    });
  }
  return state.plan;
}

function requireIndicator(plan: PlanAdoptedData, code: string): PlanIndicator {
  const indicator = plan.indicators.find((i) => i.code === code);
  if (!indicator) {
    throw DomainError.notFound(
      'indicator_not_in_plan',
      {
        vi: `Kế hoạch ${plan.number} không có chỉ tiêu ${code}.`,
        en: `Plan ${plan.number} has no indicator ${code}.`,
      },
      { field: 'indicatorCode' },
    );
  }
  return indicator;
}

function requireText(value: string, field: string, label: { vi: string; en: string }): void {
  if (value.trim() === '') {
    throw DomainError.invalid(
      'required',
      { vi: `${label.vi} không được để trống.`, en: `${label.en} is required.` },
      { field },
    );
  }
}

function requireDate(value: string, field: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw DomainError.invalid(
      'date_invalid',
      {
        vi: `Ngày không hợp lệ: "${value}" (định dạng YYYY-MM-DD).`,
        en: `Not a valid date: "${value}" (format YYYY-MM-DD).`,
      },
      { field },
    );
  }
}

function requireComparator(value: Comparator, field: string): void {
  if (!COMPARATORS.includes(value)) {
    throw DomainError.invalid(
      'comparator_invalid',
      {
        vi: `Phép so sánh không hợp lệ: "${String(value)}" (dùng > ≥ < ≤ =).`,
        en: `Not a valid comparator: "${String(value)}" (use > ≥ < ≤ =).`,
      },
      { field },
    );
  }
}

function requireNumber(value: number, field: string, printed: string): void {
  if (!Number.isFinite(value)) {
    throw DomainError.invalid(
      'number_invalid',
      {
        vi: `Số liệu không hợp lệ: "${printed}".`,
        en: `Not a valid figure: "${printed}".`,
      },
      { field },
    );
  }
}
