/**
 * The demo commune's overseas placements, 2022 → today, at every stage: departed and returned (on
 * time and early), departed, waiting for a visa, in pre-departure training, withdrawn, ineligible,
 * and stuck (no event for months). Candidates are demo job seekers willing to go abroad; the
 * placements follow the demo overseas orders where one was open, else name a country, programme and
 * licensed enterprise. Each fact is a use-case call (`OverseasCommands`), so the decider validates
 * it; the orchestration (libs/demo) merges these steps with the other contexts' in date order.
 */
import {
  addDaysIso,
  DEMO_SEED,
  DEMO_STEP_RANK,
  DemoRandom,
  type DemoJobSeeker,
  type DemoJobSeekerIds,
  type DemoStep,
} from '@vieclam/job-seekers';
import type { DemoVacancy, DemoVacancyIds } from '@vieclam/vacancies';
import type { OverseasCommands } from '../application/overseas-commands';
import { ageOn } from '../domain/calendar';
import { serviceFeeCap } from '../domain/placement/service-fee-cap';
import type { OverseasProgramme } from '../domain/placement/overseas-placement.events';

/** A candidate's steps come after their registration and before a closure of the same day. */
export const DEMO_OVERSEAS_RANK = DEMO_STEP_RANK.consultation + 0.6;

/** Where each demo placement is headed; later steps past `today` are simply not there yet. */
export const DEMO_PLACEMENT_OUTCOMES = [
  'returned_completed',
  'returned_early',
  'departed',
  'withdrawn',
  'stuck',
  'departed',
  'ineligible',
  'visa',
] as const;
export type DemoPlacementOutcome = (typeof DEMO_PLACEMENT_OUTCOMES)[number];

interface Destination {
  country: string;
  programme: OverseasProgramme;
  enterpriseKey: string;
  termMonths: number;
  /** Monthly wage in VND (the contract currency of the demo). */
  wage: number;
  maxAge: number;
  languageTest: { test: 'EPS-TOPIK' | 'JLPT'; minimumLevel: number } | null;
}

/** Destinations of placements made without a demo order (before the orders of the register). */
const DESTINATIONS: readonly Destination[] = [
  {
    country: 'Nhật Bản',
    programme: 'japan_technical_intern',
    enterpriseKey: 'achau',
    termMonths: 36,
    wage: 32_000_000,
    maxAge: 35,
    languageTest: null,
  },
  {
    country: 'Hàn Quốc',
    programme: 'korea_eps',
    enterpriseKey: 'nhanluc',
    termMonths: 36,
    wage: 45_000_000,
    maxAge: 39,
    languageTest: { test: 'EPS-TOPIK', minimumLevel: 80 },
  },
  {
    country: 'Đài Loan',
    programme: 'taiwan',
    enterpriseKey: 'nhanluc',
    termMonths: 36,
    wage: 20_000_000,
    maxAge: 38,
    languageTest: null,
  },
];

export interface DemoPlacement {
  key: string;
  personKey: string;
  dateOfBirth: string;
  /** A demo order's key, or null (country, programme and enterprise given). */
  orderKey: string | null;
  destination: Destination;
  expectedDepartureDate: string;
  registeredOn: string;
  outcome: DemoPlacementOutcome;
}

/** Roughly `months` later: the day is capped at the 28th so no month overflows (demo dates only). */
const addMonths = (date: string, months: number) => {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const day = Math.min(Number(date.slice(8, 10)), 28);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The demo placements, the same for the same people, orders, `today` and seed. */
export function planDemoOverseas(
  people: readonly DemoJobSeeker[],
  orders: readonly DemoVacancy[],
  options: { today: string; seed?: number },
): DemoPlacement[] {
  const { today } = options;
  const random = new DemoRandom(options.seed ?? DEMO_SEED + 7);
  const used = new Set<string>();
  const placements: DemoPlacement[] = [];
  const candidateFor = (registeredOn: string, expectedDepartureDate: string, maxAge: number) =>
    people.find((p) => {
      if (used.has(p.key) || !p.profile.willingToGoAbroad || p.closeOn !== null) return false;
      const age = ageOn(p.profile.dateOfBirth, expectedDepartureDate);
      return p.registeredOn <= registeredOn && age >= 18 && age <= maxAge;
    });
  const add = (
    registeredOn: string,
    destination: Destination,
    orderKey: string | null,
    expectedDepartureDate: string,
  ) => {
    const person = candidateFor(registeredOn, expectedDepartureDate, destination.maxAge);
    if (!person) return;
    used.add(person.key);
    const outcome = DEMO_PLACEMENT_OUTCOMES[placements.length % DEMO_PLACEMENT_OUTCOMES.length]!;
    placements.push({
      key: `placement-${String(placements.length + 1).padStart(2, '0')}`,
      personKey: person.key,
      dateOfBirth: person.profile.dateOfBirth,
      orderKey,
      destination,
      expectedDepartureDate,
      registeredOn,
      outcome,
    });
  };
  // Without an order: from autumn 2022, one registration every ~2 months.
  for (let on = '2022-09-05', i = 0; on <= addDaysIso(today, -30); i += 1) {
    const destination = DESTINATIONS[i % DESTINATIONS.length]!;
    add(on, destination, null, addDaysIso(on, 200));
    on = addDaysIso(on, 55 + random.int(0, 20));
  }
  // With the demo orders: a few candidates each, registered while the order is open.
  for (const order of orders) {
    const overseas = order.terms.overseas;
    if (!overseas || !order.enterpriseKey) continue;
    const destination: Destination = {
      country: overseas.country,
      programme: overseas.programme,
      enterpriseKey: order.enterpriseKey,
      termMonths: 36,
      wage: order.terms.wage.min ?? 20_000_000,
      maxAge: overseas.ageAtDeparture.max ?? 40,
      languageTest:
        overseas.languageTest && overseas.languageTest.test !== 'other'
          ? (overseas.languageTest as Destination['languageTest'])
          : null,
    };
    for (let k = 0; k < 3; k += 1) {
      const on = addDaysIso(order.openedOn, 5 + k * 4);
      if (on > today) break;
      add(on, destination, order.key, overseas.expectedDepartureDate ?? addDaysIso(on, 200));
    }
  }
  return placements;
}

/**
 * The plan as use-case calls on their business dates; steps dated after `today` are left out, so
 * recent placements stop at the stage they have reached.
 */
export function demoOverseasSteps(
  commands: OverseasCommands,
  plan: readonly DemoPlacement[],
  ids: { people: DemoJobSeekerIds; vacancies: DemoVacancyIds },
  options: { today: string; actorId: string },
): DemoStep[] {
  const { today } = options;
  const actor = { userId: options.actorId };
  const steps: DemoStep[] = [];
  for (const placement of plan) {
    let placementId = '';
    const at = (on: string, run: (id: string) => Promise<unknown>) => {
      if (on <= today) steps.push({ on, rank: DEMO_OVERSEAS_RANK, run: () => run(placementId) });
    };
    const { destination, outcome } = placement;
    const r = placement.registeredOn;
    at(r, async () => {
      const jobSeekerId = ids.people.get(placement.personKey);
      if (!jobSeekerId) throw new Error(`Demo placement before the registration of ${placement.personKey}`);
      const orderId = placement.orderKey ? ids.vacancies.vacancies.get(placement.orderKey) : undefined;
      ({ placementId } = await commands.register(
        {
          jobSeekerId,
          orderId: orderId ?? null,
          country: destination.country,
          programme: destination.programme,
          licensedEnterpriseId: ids.vacancies.employers.get(destination.enterpriseKey)!,
          on: r,
        },
        actor,
        today,
      ));
    });
    const check = addDaysIso(r, 12);
    const language = destination.languageTest;
    at(check, (id) =>
      commands.checkEligibility(
        id,
        {
          on: check,
          healthCheck: outcome === 'ineligible' ? 'unfit' : 'fit',
          languageResult: language ? { test: language.test, level: language.minimumLevel + 20 } : null,
          limits: {
            ageAtDeparture: { min: 18, max: destination.maxAge },
            expectedDepartureDate: placement.expectedDepartureDate,
            languageTest: language,
          },
          dateOfBirth: placement.dateOfBirth,
        },
        actor,
        today,
      ),
    );
    if (outcome === 'ineligible' || outcome === 'stuck') continue;
    const trainingFrom = addDaysIso(r, 25);
    at(trainingFrom, (id) =>
      commands.startTraining(
        id,
        { on: trainingFrom, provider: 'Trung tâm đào tạo của doanh nghiệp (demo)' },
        actor,
        today,
      ),
    );
    if (outcome === 'withdrawn') {
      const on = addDaysIso(r, 50);
      at(on, (id) => commands.withdraw(id, { on, reason: 'Gia đình không đồng ý (demo)' }, actor, today));
      continue;
    }
    const trained = addDaysIso(r, 85);
    at(trained, (id) =>
      commands.completeTraining(id, { on: trained, certificateNumber: `BD-${placement.key}` }, actor, today),
    );
    const signed = addDaysIso(r, 100);
    const cap = serviceFeeCap(destination.wage, destination.termMonths);
    at(signed, (id) =>
      commands.signContract(
        id,
        {
          on: signed,
          termMonths: destination.termMonths,
          currency: 'VND',
          monthlyWage: destination.wage,
          serviceFee: Math.floor((cap * 8) / 10),
          deposit: 0,
        },
        actor,
        today,
      ),
    );
    const visa = addDaysIso(r, 150);
    at(visa, (id) =>
      commands.grantVisa(
        id,
        { on: visa, validUntil: addMonths(visa, destination.termMonths + 2) },
        actor,
        today,
      ),
    );
    if (outcome === 'visa') continue;
    const departed = addDaysIso(r, 170);
    at(departed, (id) => commands.depart(id, { on: departed }, actor, today));
    if (outcome === 'returned_completed') {
      const on = addMonths(departed, destination.termMonths);
      at(on, (id) => commands.recordReturn(id, { on, kind: 'completed' }, actor, today));
    } else if (outcome === 'returned_early') {
      const on = addDaysIso(departed, 240);
      at(on, (id) =>
        commands.recordReturn(id, { on, kind: 'early', reason: 'Ốm, về nước điều trị (demo)' }, actor, today),
      );
    }
  }
  return steps;
}
