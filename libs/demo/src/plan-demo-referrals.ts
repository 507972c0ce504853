/**
 * Who of the demo job seekers is referred to which demo vacancy, with what outcome, and the job
 * starts of those hired (channel `placement`). Pure and deterministic: the same plans give the same
 * referrals. A person is referred only while their case is open, not in a job, and never to two
 * vacancies at once; overseas orders take only those willing to go abroad and of the order's age.
 */
import { addDaysIso, DemoRandom, minIso, type DemoJobSeeker } from '@vieclam/job-seekers';
import type { DemoVacancy } from '@vieclam/vacancies';

export interface DemoReferral {
  vacancyKey: string;
  personKey: string;
  date: string;
  outcome: { outcome: 'hired' | 'rejected' | 'no_show'; date: string } | null;
  /** Placement: the job starts a few days after the hire. */
  jobStartOn: string | null;
}

function ageOn(dateOfBirth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return date.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

export function planDemoReferrals(
  people: readonly DemoJobSeeker[],
  vacancies: readonly DemoVacancy[],
  options: { today: string; seed: number },
): DemoReferral[] {
  const random = new DemoRandom(options.seed);
  const { today } = options;
  // The day from which a person is no longer free: hired, or waiting for an outcome.
  const busyFrom = new Map<string, string>();
  const freeAgainOn = new Map<string, string>();
  const referrals: DemoReferral[] = [];
  const ordered = [...vacancies].sort((a, b) => a.openedOn.localeCompare(b.openedOn));

  for (const vacancy of ordered) {
    const windowEnd = minIso(
      minIso(vacancy.terms.closingDate, vacancy.closeOn ?? today),
      addDaysIso(today, -1),
    );
    const overseas = vacancy.terms.overseas;
    const occupation = vacancy.terms.occupationCode;
    const eligible = people.filter((person) => {
      if (person.ownJob || person.closeOn || person.initialStatus === 'not_in_labour_force') return false;
      if (busyFrom.has(person.key)) return false;
      if ((freeAgainOn.get(person.key) ?? '') > vacancy.openedOn) return false;
      if (person.registeredOn > addDaysIso(windowEnd, -5)) return false;
      if (overseas) {
        const departure = overseas.expectedDepartureDate ?? windowEnd;
        const age = ageOn(person.profile.dateOfBirth, departure);
        const { min, max } = overseas.ageAtDeparture;
        return (
          person.profile.willingToGoAbroad && (min === null || age >= min) && (max === null || age <= max)
        );
      }
      return ageOn(person.profile.dateOfBirth, vacancy.openedOn) >= 18;
    });
    // Counsellors refer those whose occupation fits first (same code, then same major group).
    const fit = (person: DemoJobSeeker) =>
      person.profile.occupationCodes.includes(occupation)
        ? 2
        : person.profile.occupationCodes.some((code) => code[0] === occupation[0])
          ? 1
          : 0;
    const chosen = random
      .sample(eligible, eligible.length)
      .sort((a, b) => fit(b) - fit(a))
      .slice(0, vacancy.referrals);
    const stillOpen = vacancy.closeOn === null && vacancy.terms.closingDate >= today;
    const dated = chosen.map((person) => {
      const from = person.registeredOn > vacancy.openedOn ? person.registeredOn : vacancy.openedOn;
      const span = Math.max(
        0,
        Math.min(20, Math.round((Date.parse(windowEnd) - Date.parse(from)) / 86_400_000)),
      );
      return { person, date: addDaysIso(from, random.int(0, span)) };
    });
    // Interviews follow the last referral, so no hire fills the vacancy before everyone is referred.
    const lastReferral =
      dated
        .map((d) => d.date)
        .sort()
        .at(-1) ?? vacancy.openedOn;
    const outcomeLimit = vacancy.closeOn ? addDaysIso(vacancy.closeOn, -1) : addDaysIso(today, -1);
    dated.forEach(({ person, date }, index) => {
      const outcomeOn = minIso(addDaysIso(lastReferral, random.int(5, 15)), outcomeLimit);
      const hired = index < vacancy.hires && outcomeOn >= lastReferral;
      // While a vacancy is open, the last referrals still wait for their interview.
      const pending = !hired && (outcomeOn < lastReferral || (stillOpen && index >= vacancy.hires));
      const outcome: DemoReferral['outcome'] = pending
        ? null
        : { outcome: hired ? 'hired' : random.chance(0.8) ? 'rejected' : 'no_show', date: outcomeOn };
      const jobStartOn = hired
        ? minIso(addDaysIso(outcomeOn, random.int(3, 14)), addDaysIso(today, -1))
        : null;
      referrals.push({ vacancyKey: vacancy.key, personKey: person.key, date, outcome, jobStartOn });
      if (hired || pending) busyFrom.set(person.key, date);
      else freeAgainOn.set(person.key, outcomeOn);
    });
  }
  return referrals;
}
