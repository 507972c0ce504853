/** Feeds the demo employers and vacancies through the vacancy use cases (deciders validate each). */
import type { VacancyCommands } from '../application/vacancy-commands';
import type { DemoEmployer, DemoVacancy } from './demo-vacancies';

/** Runs one use case as recorded on a plausible day after `occurredOn`. */
export interface DemoVacancyRecorder {
  at<T>(occurredOn: string, work: () => Promise<T>): Promise<T>;
}

export interface LoadedDemoVacancy {
  plan: DemoVacancy;
  vacancyId: string;
  employerId: string;
}

export async function loadDemoEmployersAndVacancies(
  commands: VacancyCommands,
  plan: { employers: readonly DemoEmployer[]; vacancies: readonly DemoVacancy[] },
  options: { actorId: string; recorder: DemoVacancyRecorder },
): Promise<{ employerIds: Map<string, string>; vacancies: LoadedDemoVacancy[] }> {
  const actor = { userId: options.actorId };
  const employerIds = new Map<string, string>();
  for (const employer of plan.employers) {
    const { employerId } = await options.recorder.at(employer.registeredOn, () =>
      commands.registerEmployer(employer.profile, actor, employer.registeredOn),
    );
    employerIds.set(employer.key, employerId);
  }
  const idOf = (key: string) => {
    const id = employerIds.get(key);
    if (!id) throw new Error(`Demo vacancy names an unknown employer: ${key}`);
    return id;
  };
  const vacancies: LoadedDemoVacancy[] = [];
  for (const vacancy of plan.vacancies) {
    const employerId = idOf(vacancy.employerKey);
    const { overseas, ...terms } = vacancy.terms;
    const { vacancyId } = await options.recorder.at(vacancy.openedOn, () =>
      commands.openVacancy(
        {
          ...terms,
          employerId,
          overseas: overseas
            ? { ...overseas, licensedEnterpriseId: idOf(vacancy.enterpriseKey ?? vacancy.employerKey) }
            : null,
        },
        actor,
        vacancy.openedOn,
      ),
    );
    vacancies.push({ plan: vacancy, vacancyId, employerId });
  }
  return { employerIds, vacancies };
}

/** Closes the vacancies the plan closes (after their referrals). */
export async function closeDemoVacancies(
  commands: VacancyCommands,
  vacancies: readonly LoadedDemoVacancy[],
  options: { actorId: string; recorder: DemoVacancyRecorder },
): Promise<number> {
  let closed = 0;
  for (const { plan, vacancyId } of vacancies) {
    const on = plan.closeOn;
    if (!on) continue;
    const { status } = await options.recorder.at(on, () =>
      commands.closeVacancy(vacancyId, { on, reason: 'Hết hạn tuyển (demo)' }, { userId: options.actorId }),
    );
    if (status === 'closed') closed += 1;
  }
  return closed;
}
