/**
 * The demo commune's history, in the order a real one could have been recorded: employers and
 * vacancies, then each person's case (registration, labour status, consultations, jobs found on
 * their own), then referrals with their outcomes and the placements, then the closures. Every step
 * goes through a context's use case, so deciders validate it and personal data is sealed.
 */
import type { ModuleRef } from '@nestjs/core';
import {
  closeDemoCases,
  DEMO_SEED,
  JobSeekerCommands,
  loadDemoJobSeekers,
  planDemoJobSeekers,
} from '@vieclam/job-seekers';
import {
  closeDemoVacancies,
  DEMO_EMPLOYERS,
  loadDemoEmployersAndVacancies,
  planDemoVacancies,
  VacancyCommands,
  VacancyReferralsAdapter,
} from '@vieclam/vacancies';
import type { DemoRecordingStore } from './demo-recording-store';
import { planDemoReferrals } from './plan-demo-referrals';

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
}

export interface DemoServices {
  recorder: DemoRecordingStore;
  jobSeekers: JobSeekerCommands;
  vacancies: VacancyCommands;
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
  // JobSeekerCommands finds the vacancy side of referrals through the module ref; the demo's own
  // adapter keeps the vacancy events on the demo recording store too.
  const moduleRef = { get: () => referrals } as unknown as ModuleRef;
  const jobSeekers = new JobSeekerCommands(
    parts.executor,
    parts.cipher,
    parts.jobSeekerRecords,
    parts.duplicates,
    moduleRef,
  );
  return { recorder: parts.recorder, jobSeekers, vacancies };
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
  const referralPlan = planDemoReferrals(people, vacancyPlan, { today, seed: DEMO_SEED + 1 });

  const loadedVacancies = await loadDemoEmployersAndVacancies(
    vacancies,
    { employers: DEMO_EMPLOYERS, vacancies: vacancyPlan },
    { actorId, recorder },
  );
  log(
    `Đã tạo ${DEMO_EMPLOYERS.length} nhà tuyển dụng, ${vacancyPlan.length} vị trí / ` +
      `${DEMO_EMPLOYERS.length} employers, ${vacancyPlan.length} vacancies`,
  );

  const { loaded, counts } = await loadDemoJobSeekers(jobSeekers, people, {
    actorId,
    counsellorId: options.counsellorId,
    recorder,
    onProgress: (done) => {
      if (done % 40 === 0 || done === people.length) {
        log(`Người tìm việc: ${done}/${people.length} / Job seekers: ${done}/${people.length}`);
      }
    },
  });

  const personId = new Map(loaded.map((l) => [l.plan.key, l.jobSeekerId]));
  const vacancyOf = new Map(loadedVacancies.vacancies.map((v) => [v.plan.key, v]));
  let hires = 0;
  let placements = 0;
  // All referrals of a vacancy before any outcome: a hire that fills it refuses later referrals.
  for (const vacancy of loadedVacancies.vacancies) {
    const planned = referralPlan.filter((r) => r.vacancyKey === vacancy.plan.key);
    const referralIds: string[] = [];
    for (const referral of planned) {
      const jobSeekerId = personId.get(referral.personKey)!;
      const { referralId } = await recorder.at(referral.date, () =>
        jobSeekers.refer(
          jobSeekerId,
          { vacancyId: vacancy.vacancyId, date: referral.date },
          { userId: actorId },
        ),
      );
      referralIds.push(referralId);
    }
    for (const [index, referral] of planned.entries()) {
      const outcome = referral.outcome;
      if (!outcome) continue;
      const jobSeekerId = personId.get(referral.personKey)!;
      await recorder.at(outcome.date, () =>
        jobSeekers.recordInterviewOutcome(
          jobSeekerId,
          { referralId: referralIds[index]!, ...outcome, note: 'Kết quả phỏng vấn (demo)' },
          { userId: actorId },
        ),
      );
      if (outcome.outcome !== 'hired') continue;
      hires += 1;
      const startOn = referral.jobStartOn;
      if (!startOn) continue;
      const target = vacancyOf.get(referral.vacancyKey)!;
      await recorder.at(startOn, () =>
        jobSeekers.recordJobStart(
          jobSeekerId,
          {
            date: startOn,
            employerId: target.employerId,
            channel: 'placement',
            domestic: target.plan.terms.overseas === null,
            vacancyId: target.vacancyId,
            loanId: null,
            occupationCode: target.plan.terms.occupationCode,
          },
          { userId: actorId },
          today,
        ),
      );
      await recorder.at(startOn, () =>
        jobSeekers.recordLabourStatus(
          jobSeekerId,
          { status: 'employed', asOf: startOn },
          { userId: actorId },
          today,
        ),
      );
      placements += 1;
    }
  }
  log(
    `Đã giới thiệu ${referralPlan.length} lượt, ${hires} người được tuyển / ${referralPlan.length} referrals, ${hires} hired`,
  );

  const closedVacancies = await closeDemoVacancies(vacancies, loadedVacancies.vacancies, {
    actorId,
    recorder,
  });
  const closedCases = await closeDemoCases(jobSeekers, loaded, { actorId, recorder });
  return {
    employers: DEMO_EMPLOYERS.length,
    vacancies: vacancyPlan.length,
    overseasOrders: vacancyPlan.filter((v) => v.terms.overseas !== null).length,
    jobSeekers: counts.jobSeekers,
    consultations: counts.consultations,
    referrals: referralPlan.length,
    hires,
    jobStarts: counts.jobStarts + placements,
    jobEnds: counts.jobEnds,
    closedVacancies,
    closedCases,
  };
}
