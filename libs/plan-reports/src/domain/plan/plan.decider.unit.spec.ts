import { DomainError, foldEvents } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import { planDecider, targetOn, type PlanCommand } from './plan.decider';
import type { PlanAdoptedData, PlanEvent, PlanIndicator } from './plan.events';

const spec = DeciderSpecification.for(planDecider);

const newJobs: PlanIndicator = {
  code: 'B1',
  printedIn: 'annex',
  name: { vi: 'Tạo việc làm mới', en: 'New jobs created' },
  unit: 'persons',
  kind: 'flow',
  comparator: '≥',
  observed: true,
  baseline: null,
  yearlyTargets: [
    { year: 2024, printed: '95', comparator: '≥', value: 95 },
    { year: 2025, printed: '105', comparator: '≥', value: 105 },
  ],
  statedPeriodTotal: { printed: '200', value: 200 },
  sectionTarget: null,
  orientation2030: null,
};
const underweight: PlanIndicator = {
  ...newJobs,
  code: 'C3',
  printedIn: 'section_ii',
  name: { vi: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo tuổi', en: 'Under-5 underweight rate' },
  unit: 'percent',
  kind: 'stock',
  comparator: '<',
  observed: false,
  yearlyTargets: [],
  statedPeriodTotal: null,
};
const adoptedData: PlanAdoptedData = {
  planId: 'p1',
  number: '58/KH-UBND',
  adoptedOn: '2024-01-10',
  unitCode: 'XMT',
  unitName: 'UBND xã Minh Tiến',
  title: 'Kế hoạch thử',
  legalBasis: ['Nghị quyết số 31-NQ/TU ngày 12/8/2022'],
  period: { fromYear: 2024, toYear: 2025 },
  annexNumber: null,
  indicators: [newJobs, underweight],
};
const adopted: PlanEvent = { type: 'PlanAdopted', data: adoptedData };
const amendment = (
  extra: Partial<Extract<PlanCommand, { type: 'AmendTarget' }>['data']> = {},
): PlanCommand => ({
  type: 'AmendTarget',
  data: {
    indicatorCode: 'B1',
    year: 2025,
    target: { printed: '120', comparator: '≥', value: 120 },
    amendedOn: '2025-03-01',
    reason: 'Nghị quyết HĐND xã điều chỉnh',
    decisionRef: '12/NQ-HĐND',
    ...extra,
  },
});
const amended: PlanEvent = {
  type: 'TargetAmended',
  data: {
    planId: 'p1',
    indicatorCode: 'B1',
    year: 2025,
    previous: { printed: '105', comparator: '≥', value: 105 },
    target: { printed: '120', comparator: '≥', value: 120 },
    amendedOn: '2025-03-01',
    reason: 'Nghị quyết HĐND xã điều chỉnh',
    decisionRef: '12/NQ-HĐND',
  },
};
const withdrawn: PlanEvent = {
  type: 'PlanWithdrawn',
  data: { planId: 'p1', withdrawnOn: '2025-06-01', reason: 'Thay bằng kế hoạch mới' },
};
const report = (
  extra: Partial<Extract<PlanCommand, { type: 'ReportIndicatorValue' }>['data']> = {},
): PlanCommand => ({
  type: 'ReportIndicatorValue',
  data: {
    indicatorCode: 'C3',
    unitCode: 'XMT',
    value: 7.4,
    asOf: '2024-06-30',
    source: 'Trạm y tế xã, cân đo tháng 6/2024',
    reportedOn: '2024-07-05',
    ...extra,
  },
});

const rejectedWith = (code: string) => (error: unknown) =>
  error instanceof DomainError && error.code === code && error.messages.vi !== '' && error.messages.en !== '';

describe('Plan decider', () => {
  describe('AdoptPlan', () => {
    it('adopts a plan as given', () => {
      spec.given([]).when({ type: 'AdoptPlan', data: adoptedData }).then([adopted]);
    });

    it('rejects a second adoption of the same plan', () => {
      spec
        .given([adopted])
        .when({ type: 'AdoptPlan', data: adoptedData })
        .thenThrows(rejectedWith('plan_already_adopted'));
    });

    it('rejects a plan without a number, a reversed period, no indicators or repeated codes', () => {
      const cases: Array<[Partial<PlanAdoptedData>, string]> = [
        [{ number: ' ' }, 'required'],
        [{ period: { fromYear: 2025, toYear: 2024 } }, 'plan_period_invalid'],
        [{ indicators: [] }, 'plan_without_indicators'],
        [{ indicators: [newJobs, newJobs] }, 'indicator_code_repeated'],
        [{ adoptedOn: '22/9/2022' }, 'date_invalid'],
      ];
      for (const [change, code] of cases) {
        spec
          .given([])
          .when({ type: 'AdoptPlan', data: { ...adoptedData, ...change } })
          .thenThrows(rejectedWith(code));
      }
    });

    it('rejects a yearly target outside the period, an unknown comparator or a figure that is not a number', () => {
      const cases: Array<[PlanIndicator, string]> = [
        [
          { ...newJobs, yearlyTargets: [{ year: 2023, printed: '90', comparator: '≥', value: 90 }] },
          'target_year_invalid',
        ],
        [{ ...newJobs, comparator: '>>' as never }, 'comparator_invalid'],
        [
          {
            ...newJobs,
            yearlyTargets: [{ year: 2024, printed: 'nhiều', comparator: '≥', value: Number.NaN }],
          },
          'number_invalid',
        ],
        [{ ...newJobs, name: { vi: 'Tạo việc làm mới', en: '' } }, 'indicator_name_missing'],
      ];
      for (const [indicator, code] of cases) {
        spec
          .given([])
          .when({ type: 'AdoptPlan', data: { ...adoptedData, indicators: [indicator] } })
          .thenThrows(rejectedWith(code));
      }
    });
  });

  describe('AmendTarget', () => {
    it('records the amendment beside the adopted target, with the previous figure', () => {
      spec.given([adopted]).when(amendment()).then([amended]);
    });

    it('never alters history: reports dated before the amendment keep the adopted target', () => {
      const state = foldEvents(planDecider, [adopted, amended]);
      expect(targetOn(state, 'B1', 2025, '2025-02-28')?.value).toBe(105);
      expect(targetOn(state, 'B1', 2025, '2025-03-01')?.value).toBe(120);
      expect(state.plan?.indicators[0]?.yearlyTargets[1]?.value).toBe(105);
    });

    it('does nothing when the target is already that figure', () => {
      spec
        .given([adopted, amended])
        .when(amendment({ amendedOn: '2025-04-01' }))
        .then([]);
    });

    it('rejects amendments without a reason, for an unknown indicator, outside the period or before adoption', () => {
      spec
        .given([adopted])
        .when(amendment({ reason: '' }))
        .thenThrows(rejectedWith('required'));
      spec
        .given([adopted])
        .when(amendment({ indicatorCode: 'Z9' }))
        .thenThrows(rejectedWith('indicator_not_in_plan'));
      spec
        .given([adopted])
        .when(amendment({ year: 2026 }))
        .thenThrows(rejectedWith('target_year_invalid'));
      spec
        .given([adopted])
        .when(amendment({ amendedOn: '2023-12-31' }))
        .thenThrows(rejectedWith('amendment_before_adoption'));
      spec.given([]).when(amendment()).thenThrows(rejectedWith('plan_not_adopted'));
      spec.given([adopted, withdrawn]).when(amendment()).thenThrows(rejectedWith('plan_withdrawn'));
    });
  });

  describe('WithdrawPlan', () => {
    it('withdraws an adopted plan once', () => {
      const command: PlanCommand = {
        type: 'WithdrawPlan',
        data: { withdrawnOn: '2025-06-01', reason: 'Thay bằng kế hoạch mới' },
      };
      spec.given([adopted]).when(command).then([withdrawn]);
      spec.given([adopted, withdrawn]).when(command).thenThrows(rejectedWith('plan_withdrawn'));
      spec
        .given([adopted])
        .when({ type: 'WithdrawPlan', data: { withdrawnOn: '2023-01-01', reason: 'x' } })
        .thenThrows(rejectedWith('withdrawal_before_adoption'));
    });
  });

  describe('ReportIndicatorValue', () => {
    it('records a value the tracker cannot observe, with its source and date', () => {
      spec
        .given([adopted])
        .when(report())
        .then([
          {
            type: 'IndicatorValueReported',
            data: {
              planId: 'p1',
              indicatorCode: 'C3',
              unitCode: 'XMT',
              value: 7.4,
              asOf: '2024-06-30',
              source: 'Trạm y tế xã, cân đo tháng 6/2024',
              reportedOn: '2024-07-05',
            },
          },
        ]);
    });

    it('rejects a hand-entered value for a computed indicator, a missing source, a percentage above 100 or a future date', () => {
      spec
        .given([adopted])
        .when(report({ indicatorCode: 'B1' }))
        .thenThrows(rejectedWith('indicator_is_computed'));
      spec
        .given([adopted])
        .when(report({ source: ' ' }))
        .thenThrows(rejectedWith('required'));
      spec
        .given([adopted])
        .when(report({ value: 140 }))
        .thenThrows(rejectedWith('percentage_out_of_range'));
      spec
        .given([adopted])
        .when(report({ asOf: '2024-08-01' }))
        .thenThrows(rejectedWith('value_reported_before_measured'));
    });
  });
});
