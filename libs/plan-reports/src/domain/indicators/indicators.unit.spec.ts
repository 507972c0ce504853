import {
  activityCounts,
  countStarts,
  firstDeparturesPerPersonYear,
  firstJobStartsPerPersonYear,
  notDeprivedShare,
  poorHouseholdRate,
  trainedWorkerRates,
  unemploymentRate,
} from './indicators';
import {
  commune,
  departed,
  jobStarted,
  province,
  recorded,
  status,
  village,
  withdrawn,
} from './recorded-events.fixture';
import { knownAsOf, knownCutoff, monthRange, yearRange } from './two-clocks';

const b1 = (
  events: Parameters<typeof firstJobStartsPerPersonYear>[0],
  range = yearRange(2024),
  scope = commune,
) => countStarts(firstJobStartsPerPersonYear(events), range, scope);
const b2 = (
  events: Parameters<typeof firstDeparturesPerPersonYear>[0],
  range = yearRange(2024),
  scope = commune,
) => countStarts(firstDeparturesPerPersonYear(events), range, scope);

describe('B1 new jobs', () => {
  it('counts the same person placed twice in a year once, in the month and channel of the first start', () => {
    const events = [
      jobStarted('p1', 'self_employment', '2024-05-02', 'V1'),
      jobStarted('p1', 'placement', '2024-02-10', 'V1'),
      jobStarted('p1', 'loan_financed', '2024-09-01', 'V2'),
    ];
    expect(b1(events)).toMatchObject({
      total: 1,
      byChannel: { placement: 1, self_employment: 0 },
      bySubUnit: { V1: 1 },
    });
    expect(b1(events, monthRange(2024, 2)).total).toBe(1);
    expect(b1(events, monthRange(2024, 5)).total).toBe(0);
    expect(b1(events, monthRange(2024, 9)).total).toBe(0);
  });

  it('counts the same person again in another calendar year', () => {
    const events = [
      jobStarted('p1', 'placement', '2023-11-10', 'V1'),
      jobStarted('p1', 'placement', '2024-01-10', 'V1'),
    ];
    expect(b1(events, { from: '2023-01-01', to: '2024-12-31' }).total).toBe(2);
    expect(b1(events).total).toBe(1);
  });

  it('does not count jobs of the channel "other"', () => {
    expect(b1([jobStarted('p1', 'other', '2024-03-01', 'V1')]).total).toBe(0);
  });

  it('counts a job started in March but recorded in April in March only when known on a date after the recording', () => {
    const lateEntry = jobStarted('p1', 'placement', '2024-03-28', 'V1', '2024-04-03T02:00:00.000Z');
    const march = monthRange(2024, 3);
    const asKnownOn = (k: string | null) => b1(knownAsOf([lateEntry], k), march).total;
    expect(asKnownOn('2024-03-31')).toBe(0);
    expect(asKnownOn('2024-04-02')).toBe(0);
    expect(asKnownOn('2024-04-03')).toBe(1);
    expect(asKnownOn(null)).toBe(1);
    expect(b1(knownAsOf([lateEntry], '2024-04-30'), monthRange(2024, 4)).total).toBe(0);
  });

  it('reads "as known on" a date as the end of that day in Vietnam (UTC+7)', () => {
    // 20:00 UTC on 3 April is 03:00 on 4 April in Hưng Yên.
    const lateEvening = jobStarted('p1', 'placement', '2024-03-28', 'V1', '2024-04-03T20:00:00.000Z');
    expect(knownAsOf([lateEvening], '2024-04-03')).toEqual([]);
    expect(knownAsOf([lateEvening], '2024-04-04')).toEqual([lateEvening]);
    expect(knownCutoff('2024-04-03')).toBe(Date.parse('2024-04-03T16:59:59.999Z'));
  });

  it('lets an earlier start recorded later move a person to the earlier month', () => {
    const april = jobStarted('p1', 'placement', '2024-04-02', 'V1', '2024-04-02T03:00:00.000Z');
    const lateFebruary = jobStarted('p1', 'self_employment', '2024-02-20', 'V1', '2024-04-10T03:00:00.000Z');
    const both = [april, lateFebruary];
    expect(b1(knownAsOf(both, '2024-04-05'), monthRange(2024, 4)).total).toBe(1);
    expect(b1(knownAsOf(both, '2024-04-10'), monthRange(2024, 4)).total).toBe(0);
    expect(b1(knownAsOf(both, '2024-04-10'), monthRange(2024, 2)).byChannel.self_employment).toBe(1);
  });
});

describe('B1 and B2 with overseas placements', () => {
  it('counts an overseas departure in both B1 (channel overseas) and B2', () => {
    const events = [departed('p4', 'op4', '2024-03-05', 'V2')];
    expect(b1(events)).toMatchObject({ total: 1, byChannel: { overseas: 1 }, bySubUnit: { V2: 1 } });
    expect(b2(events)).toMatchObject({ total: 1, bySubUnit: { V2: 1 } });
  });

  it('counts a person with a domestic job earlier in the year once in B1 (the first start) and in B2 at the departure', () => {
    const events = [
      jobStarted('p4', 'placement', '2024-01-10', 'V2'),
      departed('p4', 'op4', '2024-06-05', 'V2'),
    ];
    expect(b1(events)).toMatchObject({ total: 1, byChannel: { placement: 1, overseas: 0 } });
    expect(b2(events, monthRange(2024, 6)).total).toBe(1);
  });

  it('counts a withdrawal before departure in neither B1 nor B2', () => {
    const neverLeft = [withdrawn('p5', 'op5', '2024-04-01', 'V2')];
    expect(b1(neverLeft).total).toBe(0);
    expect(b2(neverLeft).total).toBe(0);
    const cancelled = [departed('p6', 'op6', '2024-04-10', 'V2'), withdrawn('p6', 'op6', '2024-04-08', 'V2')];
    expect(b1(cancelled).total).toBe(0);
    expect(b2(cancelled).total).toBe(0);
  });

  it('still counts a departure whose placement is withdrawn later, or when another placement was withdrawn', () => {
    const events = [
      withdrawn('p7', 'op7-first', '2024-02-01', 'V1'),
      departed('p7', 'op7-second', '2024-05-01', 'V1'),
      departed('p8', 'op8', '2024-05-01', 'V1'),
      withdrawn('p8', 'op8', '2024-09-01', 'V1'),
    ];
    expect(b2(events).total).toBe(2);
    expect(b1(events).total).toBe(2);
  });
});

describe('B3 unemployment rate', () => {
  const events = [
    status('a', 'unemployed', '2024-01-05', 'V1'),
    status('a', 'employed', '2024-03-10', 'V1'),
    status('b', 'employed', '2024-01-05', 'V2'),
    status('c', 'unemployed', '2024-02-01', 'V2'),
    status('d', 'not_in_labour_force', '2024-01-01', 'V1'),
    status('e', 'employed', '2024-01-01', 'V1'),
    status('e', 'unemployed', '2024-01-01', 'V1'),
  ];

  it("uses each person's latest status at the date; the labour force is the employed plus the unemployed", () => {
    // 31/1: a, e unemployed (e's later entry of the same day wins); b employed; d outside the labour force.
    expect(unemploymentRate(events, '2024-01-31', commune)).toMatchObject({ numerator: 2, denominator: 3 });
    // 29/2: c joins the unemployed.
    expect(unemploymentRate(events, '2024-02-29', commune)).toMatchObject({ numerator: 3, denominator: 4 });
    // 31/3: a found work.
    const march = unemploymentRate(events, '2024-03-31', commune);
    expect(march).toMatchObject({ numerator: 2, denominator: 4, percent: 50 });
    expect(march.bySubUnit).toEqual({
      V1: { numerator: 1, denominator: 2, percent: 50 },
      V2: { numerator: 1, denominator: 2, percent: 50 },
    });
    expect(unemploymentRate(events, '2023-12-31', commune).percent).toBeNull();
  });

  it('leaves out people known to be under 15 when a plain birth year is given', () => {
    const rate = unemploymentRate(events, '2024-03-31', commune, {
      birthYearOf: (p) => (p === 'c' ? 2010 : null),
    });
    expect(rate).toMatchObject({ numerator: 1, denominator: 3 });
  });
});

describe('A1 / A2 trained workers among the employed', () => {
  it('counts any training for A1 and a sơ cấp or higher certificate for A2, at the date', () => {
    const events = [
      status('a', 'employed', '2024-01-01', 'V1'),
      status('b', 'employed', '2024-01-01', 'V1'),
      status('c', 'employed', '2024-01-01', 'V2'),
      status('d', 'employed', '2024-01-01', 'V2'),
      status('x', 'unemployed', '2024-01-01', 'V2'),
      recorded(
        'CertificateIssued',
        { personId: 'a', level: 'under_3_months' },
        { on: '2024-02-01', unit: 'V1' },
      ),
      recorded('CertificateIssued', { personId: 'b', level: 'so_cap' }, { on: '2024-02-01', unit: 'V1' }),
      recorded('ExperienceRecognised', { personId: 'c', level: null }, { on: '2024-02-01', unit: 'V2' }),
      recorded('TraineeCompleted', { personId: 'd' }, { on: '2024-05-01', unit: 'V2' }),
      recorded('CertificateIssued', { personId: 'x', level: 'trung_cap' }, { on: '2024-02-01', unit: 'V2' }),
    ];
    const march = trainedWorkerRates(events, '2024-03-31', commune);
    expect(march.trained).toMatchObject({ numerator: 3, denominator: 4, percent: 75 });
    expect(march.certified).toMatchObject({ numerator: 1, denominator: 4, percent: 25 });
    expect(trainedWorkerRates(events, '2024-05-31', commune).trained.numerator).toBe(4);
    expect(trainedWorkerRates(events, '2024-03-31', village('V1')).certified).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
  });
});

describe('C1 poor households and deprivation shares', () => {
  const review = (
    household: string,
    cls: 'poor' | 'near_poor' | 'average' | 'other',
    on: string,
    deprivations: string[] = [],
  ) => recorded('PovertyReviewed', { householdId: household, class: cls, deprivations }, { on, unit: 'V1' });
  const events = [
    review('h1', 'poor', '2023-12-15', ['health_insurance', 'latrine', 'telecom']),
    review('h2', 'near_poor', '2023-12-15', ['latrine']),
    review('h3', 'other', '2023-12-15'),
    review('h4', 'other', '2023-12-15'),
    review('h1', 'near_poor', '2024-12-15', ['latrine']),
  ];

  it('takes the latest review in force at the date', () => {
    expect(poorHouseholdRate(events, '2024-06-30', commune)).toMatchObject({
      numerator: 1,
      denominator: 4,
      percent: 25,
    });
    expect(poorHouseholdRate(events, '2024-12-31', commune)).toMatchObject({ numerator: 0, denominator: 4 });
    expect(poorHouseholdRate(events, '2023-12-01', commune).percent).toBeNull();
  });

  it('gives the share of poor and near-poor households not deprived in a dimension', () => {
    expect(notDeprivedShare(events, '2024-06-30', commune, 'latrine')).toMatchObject({
      numerator: 0,
      denominator: 2,
    });
    expect(notDeprivedShare(events, '2024-06-30', commune, 'health_insurance')).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(notDeprivedShare(events, '2024-12-31', commune, 'health_insurance')).toMatchObject({
      numerator: 2,
      denominator: 2,
    });
  });
});

describe('roll-up through the dated unit tree', () => {
  it('places facts in the tree valid on their business date and breaks the scope down by its sub-units', () => {
    const events = [
      jobStarted('p1', 'placement', '2024-03-01', 'V3'),
      jobStarted('p2', 'placement', '2024-08-01', 'V3'),
      jobStarted('p3', 'placement', '2024-08-01', 'V1'),
      jobStarted('p4', 'self_employment', '2024-08-01', 'XMT'),
    ];
    expect(b1(events).bySubUnit).toEqual({ V3: 1, V1: 1, XMT: 1 });
    expect(b1(events, yearRange(2024), village('V3')).total).toBe(2);
    expect(b1(events, yearRange(2024), province).bySubUnit).toEqual({ XMT: 3, XKH: 1 });
  });
});

describe('activity counts', () => {
  it('counts events in the period and scope, by sub-unit', () => {
    const events = [
      recorded('ConsultationLogged', { jobSeekerId: 'a' }, { on: '2024-03-01', unit: 'V1' }),
      recorded('ConsultationLogged', { jobSeekerId: 'a' }, { on: '2024-03-15', unit: 'V1' }),
      recorded('JobSeekerReferred', { jobSeekerId: 'a' }, { on: '2024-03-16', unit: 'V1' }),
      recorded('TraineeEnrolled', { personId: 'b' }, { on: '2024-03-20', unit: 'V2' }),
      recorded('CertificateIssued', { personId: 'b', level: 'so_cap' }, { on: '2024-04-20', unit: 'V2' }),
      departed('c', 'op-c', '2024-03-05', 'V2'),
      recorded(
        'Returned',
        { personId: 'd' },
        { on: '2024-03-06', unit: 'V2', stream: 'OverseasPlacement-op-d' },
      ),
    ];
    const march = activityCounts(events, monthRange(2024, 3), commune);
    expect(march).toMatchObject({
      consultations: 2,
      referrals: 1,
      enrolments: 1,
      certificates: 0,
      departures: 1,
      returns: 1,
    });
    expect(march.bySubUnit.V1?.consultations).toBe(2);
    expect(march.bySubUnit.V2?.departures).toBe(1);
  });
});
