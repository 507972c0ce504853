import { InMemoryEventStore, newEventId } from '@vieclam/platform/event-store';
import {
  checkCitizenId,
  CONSULTATION_TOPICS,
  DEMO_VILLAGES,
  addDaysIso,
  planDemoJobSeekers,
} from '@vieclam/job-seekers';
import { DEMO_EMPLOYERS, OCCUPATION_CATALOGUE, planDemoVacancies } from '@vieclam/vacancies';
import { DemoRecordingStore } from './demo-recording-store';
import { planDemoReferrals } from './plan-demo-referrals';

const today = '2026-11-28';
const people = planDemoJobSeekers({ today });
const vacancies = planDemoVacancies(today);
const referrals = planDemoReferrals(people, vacancies, { today, seed: 7 });

describe('demo commune plan', () => {
  it('is the same on every run for the same day', () => {
    expect(planDemoJobSeekers({ today })).toEqual(people);
    expect(planDemoVacancies(today)).toEqual(vacancies);
    expect(planDemoReferrals(people, vacancies, { today, seed: 7 })).toEqual(referrals);
  });

  it('has valid, distinct citizen IDs of province 033 and no possible duplicate', () => {
    for (const { profile } of people) {
      expect(checkCitizenId(profile.citizenId, profile)).toBeNull();
      expect(profile.citizenId.startsWith('033')).toBe(true);
    }
    expect(new Set(people.map((p) => p.profile.citizenId)).size).toBe(people.length);
    expect(new Set(people.map((p) => `${p.profile.fullName}|${p.profile.dateOfBirth}`)).size).toBe(
      people.length,
    );
  });

  it('puts people in every village, with catalogue occupations, and nothing after today', () => {
    for (const village of DEMO_VILLAGES) {
      expect(people.filter((p) => p.profile.villageCode === village.code).length).toBeGreaterThan(10);
    }
    const codes = new Set(OCCUPATION_CATALOGUE.entries.map((e) => e.code));
    for (const person of people) {
      expect(person.profile.occupationCodes.every((code) => codes.has(code))).toBe(true);
      const dates = [
        person.registeredOn,
        ...person.consultations.map((c) => c.date),
        person.ownJob?.date ?? '',
      ];
      expect(dates.every((d) => d <= today)).toBe(true);
    }
  });

  it('uses all six consultation topics and leaves follow-ups due and overdue around today', () => {
    const topics = new Set(people.flatMap((p) => p.consultations.flatMap((c) => c.topics)));
    expect([...topics].sort()).toEqual([...CONSULTATION_TOPICS].sort());
    const followUps = people
      .flatMap((p) => p.consultations.map((c) => c.followUpOn))
      .filter((d) => d !== null);
    expect(followUps.filter((d) => d < today && d >= addDaysIso(today, -10)).length).toBeGreaterThan(0);
    expect(followUps.filter((d) => d >= today && d <= addDaysIso(today, 7)).length).toBeGreaterThan(0);
  });

  it('has open, closed and overseas vacancies of registered employers', () => {
    const employerKeys = new Set(DEMO_EMPLOYERS.map((e) => e.key));
    expect(vacancies.every((v) => employerKeys.has(v.employerKey))).toBe(true);
    expect(
      vacancies.filter((v) => v.terms.closingDate >= today && v.closeOn === null).length,
    ).toBeGreaterThan(3);
    expect(vacancies.filter((v) => v.closeOn !== null).length).toBeGreaterThan(3);
    const programmes = new Set(
      vacancies.flatMap((v) => (v.terms.overseas ? [v.terms.overseas.programme] : [])),
    );
    expect(programmes).toEqual(
      new Set(['korea_eps', 'japan_technical_intern', 'japan_specified_skills', 'taiwan']),
    );
  });

  it('refers people at most once at a time, abroad only the willing, and starts jobs in every year', () => {
    const byPerson = new Map(people.map((p) => [p.key, p]));
    const abroad = new Set(vacancies.filter((v) => v.terms.overseas).map((v) => v.key));
    for (const referral of referrals) {
      const person = byPerson.get(referral.personKey)!;
      expect(person.ownJob).toBeNull();
      if (abroad.has(referral.vacancyKey)) expect(person.profile.willingToGoAbroad).toBe(true);
      if (referral.outcome) expect(referral.outcome.date >= referral.date).toBe(true);
      if (referral.jobStartOn) expect(referral.jobStartOn <= today).toBe(true);
    }
    for (const vacancy of vacancies) {
      const own = referrals.filter((r) => r.vacancyKey === vacancy.key);
      const lastReferral =
        own
          .map((r) => r.date)
          .sort()
          .at(-1) ?? '';
      // No hire may fill the vacancy before everyone is referred; none after it is closed.
      for (const r of own) {
        if (r.outcome) expect(r.outcome.date >= lastReferral).toBe(true);
        if (r.outcome && vacancy.closeOn) expect(r.outcome.date < vacancy.closeOn).toBe(true);
        expect(r.date <= vacancy.terms.closingDate).toBe(true);
      }
    }
    const hiredTwice = referrals.filter((r) => r.outcome?.outcome === 'hired').map((r) => r.personKey);
    expect(new Set(hiredTwice).size).toBe(hiredTwice.length);
    const starts = [
      ...referrals.flatMap((r) => (r.jobStartOn ? [r.jobStartOn] : [])),
      ...people.flatMap((p) => (p.ownJob ? [p.ownJob.date] : [])),
    ];
    const years = new Set(starts.map((d) => d.slice(0, 4)));
    expect(years).toEqual(new Set(['2022', '2023', '2024', '2025', '2026']));
    expect(new Set(starts.map((d) => d.slice(0, 7))).size).toBeGreaterThan(24);
    const channels = new Set(people.flatMap((p) => (p.ownJob ? [p.ownJob.channel] : [])));
    expect(channels).toEqual(new Set(['self_employment', 'loan_financed', 'other']));
    expect(people.filter((p) => p.ownJob?.channel === 'loan_financed').every((p) => p.ownJob?.loanId)).toBe(
      true,
    );
  });
});

describe('DemoRecordingStore', () => {
  it('records a few days after the business date, never after now, with a demo correlation id', async () => {
    const inner = new InMemoryEventStore();
    const now = new Date('2026-11-28T03:00:00Z');
    const store = new DemoRecordingStore(inner, 1, () => now);
    const append = (occurredOn: string) =>
      store.at(occurredOn, () =>
        store.append(
          `Thing-${occurredOn}`,
          [
            {
              eventId: newEventId(),
              type: 'ThingHappened',
              schemaVersion: 1,
              data: {},
              metadata: {
                occurredOn,
                actor: 'demo-loader',
                orgUnit: 'XMT',
                correlationId: 'x',
                causationId: null,
              },
            },
          ],
          'no_stream',
        ),
      );
    await append('2023-05-02');
    await append('2026-11-28');
    const [old] = await inner.readStream('Thing-2023-05-02');
    const [recent] = await inner.readStream('Thing-2026-11-28');
    expect(old!.metadata.recordedAt >= '2023-05-02').toBe(true);
    expect(old!.metadata.recordedAt < '2023-05-07').toBe(true);
    expect(old!.metadata.correlationId).toMatch(/^demo-/);
    expect(Date.parse(recent!.metadata.recordedAt)).toBeLessThanOrEqual(now.getTime());
  });
});
