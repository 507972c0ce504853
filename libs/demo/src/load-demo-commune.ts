/**
 * The demo commune's history, recorded in business-date order as a real one would have been:
 * employers and vacancies, each person's case (registration, labour status, consultations, jobs
 * found on their own), referrals with their interview outcomes and the placements, closures. Every
 * step is a context's use case, so deciders validate it and personal data is sealed.
 */
import type { ModuleRef } from '@nestjs/core';
import {
  addDaysIso,
  DEMO_SEED,
  DEMO_STEP_RANK,
  demoJobSeekerSteps,
  JobSeekerCommands,
  planDemoJobSeekers,
  type DemoStep,
} from '@vieclam/job-seekers';
import {
  DEMO_EMPLOYERS,
  demoVacancySteps,
  planDemoVacancies,
  VacancyCommands,
  VacancyReferralsAdapter,
  type DemoVacancy,
  type DemoVacancyIds,
} from '@vieclam/vacancies';
import {
  demoOverseasSteps,
  OVERSEAS_PLACEMENT_CATEGORY,
  OverseasCommands,
  OverseasRecords,
  planDemoOverseas,
} from '@vieclam/overseas';
import {
  demoLoanServices,
  demoLoanSteps,
  planDemoLoans,
  type DemoLoanPlacement,
  type DemoLoanServices,
} from '@vieclam/loans';
import { demoTrainingSteps, planDemoTraining, TrainingCommands, TrainingRecords } from '@vieclam/training';
import type { EventStore } from '@vieclam/platform/event-store';
import type { DemoRecordingStore } from './demo-recording-store';
import { planDemoReferrals, type DemoReferral } from './plan-demo-referrals';

export const DEMO_ACTOR = 'demo-loader';

export interface DemoCounts {
  employers: number;
  vacancies: number;
  overseasOrders: number;
  jobSeekers: number;
  consultations: number;
  referrals: number;
  hires: number;
  jobStarts: number;
  jobEnds: number;
  closedVacancies: number;
  closedCases: number;
  savingsGroups: number;
  loans: number;
  disbursedLoans: number;
  loanRepayments: number;
  steps: number;
}

export interface DemoServices {
  recorder: DemoRecordingStore;
  jobSeekers: JobSeekerCommands;
  vacancies: VacancyCommands;
  training: TrainingCommands;
  overseas: OverseasCommands;
  loans: DemoLoanServices;
}

/** Builds the contexts' use cases around the demo's recording store (see {@link DemoRecordingStore}). */
export function demoServices(parts: {
  recorder: DemoRecordingStore;
  executor: ConstructorParameters<typeof JobSeekerCommands>[0];
  cipher: ConstructorParameters<typeof JobSeekerCommands>[1];
  jobSeekerRecords: ConstructorParameters<typeof JobSeekerCommands>[2];
  duplicates: ConstructorParameters<typeof JobSeekerCommands>[3];
  vacancyRecords: ConstructorParameters<typeof VacancyCommands>[1];
  units: ConstructorParameters<typeof VacancyCommands>[2];
}): DemoServices {
  const vacancies = new VacancyCommands(parts.executor, parts.vacancyRecords, parts.units);
  const referrals = new VacancyReferralsAdapter(parts.vacancyRecords, vacancies);
  // JobSeekerCommands finds the vacancy side of referrals through its module ref; the demo's own
  // adapter keeps the vacancy's events on the demo recording store too.
  const moduleRef = { get: () => referrals } as unknown as ModuleRef;
  const jobSeekers = new JobSeekerCommands(
    parts.executor,
    parts.cipher,
    parts.jobSeekerRecords,
    parts.duplicates,
    moduleRef,
  );
  const training = new TrainingCommands(
    parts.executor,
    new TrainingRecords(parts.recorder),
    parts.jobSeekerRecords,
  );
  const overseas = new OverseasCommands(
    parts.executor,
    new OverseasRecords(parts.recorder),
    parts.jobSeekerRecords,
    parts.vacancyRecords,
  );
  const loans = demoLoanServices(parts.executor, parts.recorder);
  return { recorder: parts.recorder, jobSeekers, vacancies, training, overseas, loans };
}

function referralSteps(
  commands: JobSeekerCommands,
  referral: DemoReferral,
  vacancy: DemoVacancy,
  ids: { people: Map<string, string>; vacancies: DemoVacancyIds },
  actorId: string,
): DemoStep[] {
  const actor = { userId: actorId };
  const person = () => ids.people.get(referral.personKey)!;
  let referralId = '';
  const steps: DemoStep[] = [
    {
      on: referral.date,
      rank: DEMO_STEP_RANK.referral,
      run: async () => {
        ({ referralId } = await commands.refer(
          person(),
          { vacancyId: ids.vacancies.vacancies.get(vacancy.key)!, date: referral.date },
          actor,
        ));
      },
    },
  ];
  const outcome = referral.outcome;
  if (outcome) {
    steps.push({
      on: outcome.date,
      rank: DEMO_STEP_RANK.outcome,
      run: () =>
        commands.recordInterviewOutcome(
          person(),
          { referralId, ...outcome, note: 'Kết quả phỏng vấn (demo)' },
          actor,
        ),
    });
  }
  const startOn = referral.jobStartOn;
  if (startOn) {
    steps.push(
      {
        on: startOn,
        rank: DEMO_STEP_RANK.jobStart,
        run: () =>
          commands.recordJobStart(
            person(),
            {
              date: startOn,
              employerId: ids.vacancies.employers.get(vacancy.employerKey)!,
              channel: 'placement',
              domestic: vacancy.terms.overseas === null,
              vacancyId: ids.vacancies.vacancies.get(vacancy.key)!,
              loanId: null,
              occupationCode: vacancy.terms.occupationCode,
            },
            actor,
            startOn,
          ),
      },
      {
        on: startOn,
        rank: DEMO_STEP_RANK.statusAfterJob,
        run: () =>
          commands.recordLabourStatus(person(), { status: 'employed', asOf: startOn }, actor, startOn),
      },
    );
  }
  return steps;
}

/** The demo placement of a job seeker, for a working-abroad loan's contract reference. */
async function placementIdOf(store: EventStore, jobSeekerId: string): Promise<string | null> {
  for (let from: string | undefined = undefined; ;) {
    const page = await store.readAll({
      from,
      limit: 1000,
      filter: { categories: [OVERSEAS_PLACEMENT_CATEGORY] },
    });
    const registered = page.events
      .filter((event) => event.type === 'CandidateRegistered')
      .map((event) => event.data as { placementId: string; jobSeekerId: string })
      .find((data) => data.jobSeekerId === jobSeekerId);
    if (registered) return registered.placementId;
    if (page.isEnd) return null;
    from = page.lastPosition;
  }
}

export async function loadDemoCommune(
  services: DemoServices,
  options: { today: string; counsellorId: string; log: (message: string) => void },
): Promise<DemoCounts> {
  const { recorder, jobSeekers, vacancies } = services;
  const { today, log } = options;
  const actorId = DEMO_ACTOR;
  const people = planDemoJobSeekers({ today });
  const vacancyPlan = planDemoVacancies(today);
  const referrals = planDemoReferrals(people, vacancyPlan, { today, seed: DEMO_SEED + 1 });
  const vacancyByKey = new Map(vacancyPlan.map((v) => [v.key, v]));
  const overseasPlan = planDemoOverseas(people, vacancyPlan, { today });
  const signedContracts: DemoLoanPlacement[] = overseasPlan
    .filter((p) => !['ineligible', 'stuck', 'withdrawn'].includes(p.outcome))
    .map((p) => ({
      personKey: p.personKey,
      contractSignedOn: addDaysIso(p.registeredOn, 100),
      contractTermMonths: p.destination.termMonths,
    }))
    .filter((p) => p.contractSignedOn <= today);
  const loanPlan = planDemoLoans(people, signedContracts, { today });

  const ids = {
    people: new Map<string, string>(),
    vacancies: { employers: new Map(), vacancies: new Map() },
    loans: new Map<string, string>(),
    groups: new Map<string, string>(),
  };
  const steps: DemoStep[] = [
    ...demoVacancySteps(vacancies, { employers: DEMO_EMPLOYERS, vacancies: vacancyPlan }, ids.vacancies, {
      actorId,
    }),
    ...people.flatMap((person) =>
      demoJobSeekerSteps(jobSeekers, person, ids.people, {
        actorId,
        counsellorId: options.counsellorId,
        loanIds: ids.loans,
      }),
    ),
    ...referrals.flatMap((referral) =>
      referralSteps(jobSeekers, referral, vacancyByKey.get(referral.vacancyKey)!, ids, actorId),
    ),
    ...demoTrainingSteps(services.training, planDemoTraining(people, { today }), ids.people, {
      today,
      actorId,
    }),
    ...demoOverseasSteps(services.overseas, overseasPlan, ids, { today, actorId }),
    ...demoLoanSteps(services.loans, loanPlan, ids, {
      actorId,
      placementIdOf: (jobSeekerId) => placementIdOf(recorder, jobSeekerId),
    }),
  ];
  // Array.prototype.sort is stable: one person's steps of one day and rank keep their plan order.
  steps.sort((a, b) => a.on.localeCompare(b.on) || a.rank - b.rank);

  const counts: DemoCounts = {
    employers: DEMO_EMPLOYERS.length,
    vacancies: vacancyPlan.length,
    overseasOrders: vacancyPlan.filter((v) => v.terms.overseas !== null).length,
    jobSeekers: people.length,
    consultations: people.reduce((sum, p) => sum + p.consultations.length, 0),
    referrals: referrals.length,
    hires: referrals.filter((r) => r.outcome?.outcome === 'hired').length,
    jobStarts: people.filter((p) => p.ownJob).length + referrals.filter((r) => r.jobStartOn).length,
    jobEnds: people.filter((p) => p.ownJob?.end).length,
    closedVacancies: vacancyPlan.filter((v) => v.closeOn).length,
    closedCases: people.filter((p) => p.closeOn).length,
    savingsGroups: loanPlan.groups.length,
    loans: loanPlan.loans.length,
    disbursedLoans: loanPlan.loans.filter((loan) => loan.disbursements.length > 0).length,
    loanRepayments: loanPlan.loans.reduce((sum, loan) => sum + loan.repayments.length, 0),
    steps: steps.length,
  };
  log(
    `Kế hoạch: ${counts.jobSeekers} người tìm việc, ${counts.vacancies} vị trí, ${counts.steps} bước / ` +
      `Plan: ${counts.jobSeekers} job seekers, ${counts.vacancies} vacancies, ${counts.steps} steps`,
  );
  const tenth = Math.ceil(steps.length / 10);
  for (const [index, step] of steps.entries()) {
    await recorder.at(step.on, step.run);
    const done = index + 1;
    if (done % tenth === 0 && done < steps.length) {
      log(
        `Dữ liệu demo: ${done}/${steps.length} bước (đến ngày ${step.on}) / ` +
          `Demo data: ${done}/${steps.length} steps (up to ${step.on})`,
      );
    }
  }
  return counts;
}
