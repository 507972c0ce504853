import type { RecordedEvent } from '@vieclam/platform/event-store';
import { SEED_PLAN_58_2022, SEED_PLAN_MEASURES } from '../../config/seed-plan-58-2022';
import type { PlanEvent } from '../plan/plan.events';
import { buildIndicatorReport, statusOf, type IndicatorReport, type IndicatorRow } from './indicator-report';
import { commune, departed, jobStarted, status, withdrawn } from './recorded-events.fixture';

const planEvent = (event: PlanEvent, recordedAt: string): RecordedEvent => ({
  eventId: `plan-${recordedAt}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    occurredOn: recordedAt.slice(0, 10),
    recordedAt,
    actor: 'u-admin',
    orgUnit: 'XMT',
    correlationId: 'c',
    causationId: null,
  },
  streamId: `Plan-${SEED_PLAN_58_2022.planId}`,
  streamRevision: 0,
  position: recordedAt,
});
const adopted = planEvent({ type: 'PlanAdopted', data: SEED_PLAN_58_2022 }, '2022-09-22T03:00:00.000Z');

/** A small synthetic year, 2024, in commune XMT (villages V1, V2). */
const year2024: RecordedEvent[] = [
  jobStarted('p1', 'placement', '2024-01-15', 'V1'),
  jobStarted('p1', 'placement', '2024-03-02', 'V1'), // second placement of the year: not counted
  jobStarted('p2', 'self_employment', '2024-02-10', 'V1'),
  jobStarted('p3', 'loan_financed', '2024-02-20', 'V2'),
  departed('p4', 'op4', '2024-03-05', 'V2'), // B1 (overseas) and B2
  withdrawn('p5', 'op5', '2024-04-01', 'V2'), // never left: neither
  jobStarted('p6', 'other', '2024-04-10', 'V1'), // not a qualifying channel
  jobStarted('p6', 'placement', '2024-06-01', 'V1'),
  jobStarted('p8', 'overseas', '2024-05-05', 'V2'), // recorded by the counsellor…
  departed('p8', 'op8', '2024-05-20', 'V2'), // …then the departure: B1 once (5/5), B2 once
  jobStarted('p7', 'placement', '2024-12-28', 'V1', '2025-01-03T02:00:00.000Z'), // recorded in January
  status('p1', 'unemployed', '2024-01-01', 'V1'),
  status('p1', 'employed', '2024-01-15', 'V1'),
  status('p2', 'unemployed', '2024-01-05', 'V1'),
  status('p2', 'employed', '2024-02-10', 'V1'),
  status('p3', 'unemployed', '2024-01-10', 'V2'),
  status('p3', 'employed', '2024-02-20', 'V2'),
  status('p9', 'unemployed', '2024-03-01', 'V2'),
  status('p10', 'employed', '2024-01-01', 'V1'),
  status('p10', 'not_in_labour_force', '2024-07-01', 'V1'),
];

// Worked out by hand from the events above (live, i.e. known on 31/1/2025).
// B3 at month end: Jan p2, p3 unemployed of p1, p2, p3, p10 → 2/4; Feb 0/4; Mar–Jun p9 → 1/5; Jul–Dec p10 out → 1/4.
const handComputed = [
  { month: 1, b1: 1, b1Ytd: 1, b2: 0, b2Ytd: 0, b3: 50 },
  { month: 2, b1: 2, b1Ytd: 3, b2: 0, b2Ytd: 0, b3: 0 },
  { month: 3, b1: 1, b1Ytd: 4, b2: 1, b2Ytd: 1, b3: 20 },
  { month: 4, b1: 0, b1Ytd: 4, b2: 0, b2Ytd: 1, b3: 20 },
  { month: 5, b1: 1, b1Ytd: 5, b2: 1, b2Ytd: 2, b3: 20 },
  { month: 6, b1: 1, b1Ytd: 6, b2: 0, b2Ytd: 2, b3: 20 },
  { month: 7, b1: 0, b1Ytd: 6, b2: 0, b2Ytd: 2, b3: 25 },
  { month: 8, b1: 0, b1Ytd: 6, b2: 0, b2Ytd: 2, b3: 25 },
  { month: 9, b1: 0, b1Ytd: 6, b2: 0, b2Ytd: 2, b3: 25 },
  { month: 10, b1: 0, b1Ytd: 6, b2: 0, b2Ytd: 2, b3: 25 },
  { month: 11, b1: 0, b1Ytd: 6, b2: 0, b2Ytd: 2, b3: 25 },
  { month: 12, b1: 1, b1Ytd: 7, b2: 0, b2Ytd: 2, b3: 25 },
];

const report = (
  month: number,
  asKnownOn: string | null = '2025-01-31',
  events = year2024,
  planEvents = [adopted],
): IndicatorReport =>
  buildIndicatorReport({
    planEvents,
    events,
    year: 2024,
    month,
    scope: commune,
    asKnownOn,
    measures: SEED_PLAN_MEASURES,
  });

const row = (r: IndicatorReport, code: string): IndicatorRow => {
  const found = r.rows.find((x) => x.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
};

describe('monthly report for a small synthetic year', () => {
  it('matches the hand-computed monthly table', () => {
    const computed = handComputed.map(({ month }) => {
      const r = report(month);
      return {
        month,
        b1: row(r, 'B1').month,
        b1Ytd: row(r, 'B1').yearToDate,
        b2: row(r, 'B2').month,
        b2Ytd: row(r, 'B2').yearToDate,
        b3: row(r, 'B3').month,
      };
    });
    expect(computed).toEqual(handComputed);
  });

  it('splits the year by channel and village', () => {
    const december = row(report(12), 'B1');
    expect(december.byChannel).toEqual({ placement: 3, self_employment: 1, loan_financed: 1, overseas: 2 });
    expect(december.bySubUnit).toEqual({ V1: { month: 1, yearToDate: 4 }, V2: { month: 0, yearToDate: 3 } });
    expect(row(report(12), 'B3').fraction).toEqual({ numerator: 1, denominator: 4 });
  });

  it('as known on 31/12/2024 leaves out the December start recorded in January', () => {
    const december = row(report(12, '2024-12-31'), 'B1');
    expect([december.month, december.yearToDate]).toEqual([0, 6]);
  });

  it('regenerated as known on its submission point gives identical figures, whatever is recorded later', () => {
    const submitted = report(3, '2024-04-05T10:00:00+07:00');
    const later = [
      ...year2024,
      jobStarted('p11', 'placement', '2024-03-20', 'V2', '2024-04-05T04:00:00.000Z'), // 11:00 in Vietnam: after
    ];
    expect(report(3, '2024-04-05T10:00:00+07:00', later)).toEqual(submitted);
    expect(row(report(3, null, later), 'B1').month).toBe((row(submitted, 'B1').month ?? 0) + 1);
  });

  it('shows the target, % of target, forecast and status against the seed plan', () => {
    const march = row(report(3), 'B1');
    const target = SEED_PLAN_58_2022.indicators
      .find((i) => i.code === 'B1')
      ?.yearlyTargets.find((t) => t.year === 2024);
    expect(march.target?.value).toBe(target?.value);
    expect(march.percentOfTarget).toBeCloseTo((4 / 95) * 100, 10);
    // No full previous year of records: linear, 4 × 12 ÷ 3.
    expect(march.forecast).toEqual({ value: 16, method: 'linear' });
    expect(march.status).toBe('off_track');
    // B3: 20 % against "< 1": off track; nothing known on 1/1 to extrapolate from.
    expect(row(report(3), 'B3')).toMatchObject({
      forecast: { method: 'current_value', value: 20 },
      status: 'off_track',
    });
  });

  it("forecasts from last year's monthly profile when there is a full previous year", () => {
    const year2023 = [
      jobStarted('q1', 'placement', '2023-01-10', 'V1'),
      jobStarted('q2', 'placement', '2023-02-10', 'V1'),
      jobStarted('q3', 'placement', '2023-07-10', 'V1'),
      jobStarted('q4', 'placement', '2023-12-10', 'V1'),
    ];
    const march = row(report(3, '2025-01-31', [...year2023, ...year2024]), 'B1');
    // By the end of March 2023, 2 of 2023's 4 starts had happened: 4 ÷ (2/4).
    expect(march.forecast).toEqual({ value: 8, method: 'last_year_profile' });
  });

  it('uses an amended target only in reports from the amendment on', () => {
    const amended = planEvent(
      {
        type: 'TargetAmended',
        data: {
          planId: SEED_PLAN_58_2022.planId,
          indicatorCode: 'B1',
          year: 2024,
          previous: { printed: '95', comparator: '≥', value: 95 },
          target: { printed: '6', comparator: '≥', value: 6 },
          amendedOn: '2024-06-01',
          reason: 'Điều chỉnh theo thực tế',
          decisionRef: null,
        },
      },
      '2024-06-01T03:00:00.000Z',
    );
    expect(row(report(3, null, year2024, [adopted, amended]), 'B1').target?.value).toBe(95);
    const june = row(report(6, null, year2024, [adopted, amended]), 'B1');
    expect(june).toMatchObject({ target: { value: 6 }, yearToDate: 6, status: 'achieved' });
  });

  it('shows values the tracker cannot observe as reported, with source and date', () => {
    const reported = planEvent(
      {
        type: 'IndicatorValueReported',
        data: {
          planId: SEED_PLAN_58_2022.planId,
          indicatorCode: 'C3',
          unitCode: 'XMT',
          value: 7.4,
          asOf: '2024-02-28',
          source: 'Trạm y tế xã',
          reportedOn: '2024-03-02',
        },
      },
      '2024-03-02T03:00:00.000Z',
    );
    const march = row(report(3, null, year2024, [adopted, reported]), 'C3');
    expect(march).toMatchObject({ source: 'reported', month: 7.4, reported: { source: 'Trạm y tế xã' } });
    expect(march.status).toBe('at_risk'); // 7.4 against "< 7", within 10 %
    expect(row(report(1, null, year2024, [adopted, reported]), 'C3')).toMatchObject({
      source: 'not_available',
      month: null,
      status: 'no_data',
    });
  });

  it('holds a rate printed only in section II to its target to 2025 in every year of the period', () => {
    const march = row(report(3), 'C2');
    expect(march.target).toEqual({ printed: '100%', comparator: '≥', value: 100 });
    expect(march).toMatchObject({ source: 'computed', month: null, status: 'no_data' });
    expect(row(report(3), 'C8').target).toBeNull(); // "khoảng 15" houses over the period: no annual target
  });

  it('carries the activity counts and the plan inconsistencies', () => {
    const march = report(3);
    expect(march.activities.month).toMatchObject({ jobStarts: 1, departures: 1, withdrawals: 0 });
    expect(march.activities.yearToDate).toMatchObject({ jobStarts: 4, departures: 1 });
    expect(march.planFindings.filter((f) => f.severity === 'inconsistency').length).toBeGreaterThan(0);
  });
});

describe('status', () => {
  const more = { printed: '95', comparator: '≥' as const, value: 95 };
  const less = { printed: '<1', comparator: '<' as const, value: 1 };
  const flow = (value: number, forecast: number, yearClosed = false) =>
    statusOf({ kind: 'flow', target: more, value, forecast, yearClosed, tolerance: 0.1 });
  const rate = (value: number, forecast: number, yearClosed = false) =>
    statusOf({ kind: 'stock', target: less, value, forecast, yearClosed, tolerance: 0.1 });

  it('for "more is better" counts: achieved once met; else by the forecast, at risk within 10 %', () => {
    expect(flow(95, 95)).toBe('achieved');
    expect(flow(40, 96)).toBe('on_track');
    expect(flow(40, 85.5)).toBe('at_risk');
    expect(flow(40, 85)).toBe('off_track');
    expect(flow(90, 90, true)).toBe('off_track');
  });

  it('for "less is better" rates: lower is better, achieved only when the year closes below the target', () => {
    expect(rate(0.8, 0.9)).toBe('on_track');
    expect(rate(0.8, 1.05)).toBe('at_risk');
    expect(rate(0.8, 1.2)).toBe('off_track');
    expect(rate(0.9, 0.9, true)).toBe('achieved');
    expect(rate(1, 1, true)).toBe('off_track');
  });

  it('has no target or no data when there is nothing to compare', () => {
    expect(
      statusOf({ kind: 'flow', target: null, value: 3, forecast: 3, yearClosed: false, tolerance: 0.1 }),
    ).toBe('no_target');
    expect(
      statusOf({
        kind: 'stock',
        target: less,
        value: null,
        forecast: null,
        yearClosed: false,
        tolerance: 0.1,
      }),
    ).toBe('no_data');
  });
});
