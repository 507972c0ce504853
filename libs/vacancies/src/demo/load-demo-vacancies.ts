/**
 * The demo employers and vacancies as use-case calls of `VacancyCommands` (deciders validate each),
 * to be merged with the other contexts' steps and run in business-date order. The step shape and
 * ranks are the job-seekers context's (`DemoStep`, `DEMO_STEP_RANK`).
 */
import { DEMO_STEP_RANK, type DemoStep } from '@vieclam/job-seekers';
import type { VacancyCommands } from '../application/vacancy-commands';
import type { DemoEmployer, DemoVacancy } from './demo-vacancies';

/** Stream ids by plan key, filled as the steps run. */
export interface DemoVacancyIds {
  employers: Map<string, string>;
  vacancies: Map<string, string>;
}

export function demoVacancySteps(
  commands: VacancyCommands,
  plan: { employers: readonly DemoEmployer[]; vacancies: readonly DemoVacancy[] },
  ids: DemoVacancyIds,
  options: { actorId: string },
): DemoStep[] {
  const actor = { userId: options.actorId };
  const employerId = (key: string) => {
    const id = ids.employers.get(key);
    if (!id) throw new Error(`Demo vacancy before its employer ${key}`);
    return id;
  };
  const steps: DemoStep[] = plan.employers.map((employer) => ({
    on: employer.registeredOn,
    rank: DEMO_STEP_RANK.employer,
    run: async () => {
      const { employerId: id } = await commands.registerEmployer(
        employer.profile,
        actor,
        employer.registeredOn,
      );
      ids.employers.set(employer.key, id);
    },
  }));
  for (const vacancy of plan.vacancies) {
    steps.push({
      on: vacancy.openedOn,
      rank: DEMO_STEP_RANK.vacancy,
      run: async () => {
        const { overseas, ...terms } = vacancy.terms;
        const { vacancyId } = await commands.openVacancy(
          {
            ...terms,
            employerId: employerId(vacancy.employerKey),
            overseas: overseas
              ? {
                  ...overseas,
                  licensedEnterpriseId: employerId(vacancy.enterpriseKey ?? vacancy.employerKey),
                }
              : null,
          },
          actor,
          vacancy.openedOn,
        );
        ids.vacancies.set(vacancy.key, vacancyId);
      },
    });
    const closeOn = vacancy.closeOn;
    if (closeOn) {
      steps.push({
        on: closeOn,
        rank: DEMO_STEP_RANK.vacancyClosure,
        run: () =>
          commands.closeVacancy(
            ids.vacancies.get(vacancy.key)!,
            { on: closeOn, reason: 'Hết hạn tuyển (demo)' },
            actor,
          ),
      });
    }
  }
  return steps;
}
