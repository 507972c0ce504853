/**
 * The training and overseas demo data runs through the use cases (every decider accepts it) after the
 * job seekers' and vacancies' demo steps, in business-date order as the demo orchestration runs it,
 * and gives every screen something true to show: courses of every level with dropouts, certificates
 * and follow-ups; placements at every stage, stuck ones included.
 */
import {
  JobSeekerCommands,
  demoJobSeekerSteps,
  planDemoJobSeekers,
  todayInVietnam,
  type DemoStep,
} from '@vieclam/job-seekers';
import { DEMO_EMPLOYERS, VacancyCommands, demoVacancySteps, planDemoVacancies } from '@vieclam/vacancies';
import { TRAINING_LEVELS, TrainingCommands, demoTrainingSteps, planDemoTraining } from '@vieclam/training';
import { OverseasCommands } from '../application/overseas-commands';
import {
  eventually,
  startTrainingOverseasTestApp,
  type TrainingOverseasTestApp,
} from '../application/testing/training-overseas-test-app';
import { demoOverseasSteps, planDemoOverseas } from './demo-overseas';

const today = todayInVietnam();

describe('training and overseas demo data', () => {
  let t: TrainingOverseasTestApp;
  let token: string;
  const training = { courses: 0 };
  let placements = 0;

  beforeAll(async () => {
    t = await startTrainingOverseasTestApp('sqlite');
    token = await t.tokenOf('demo.tuvan');
    const people = planDemoJobSeekers({ today });
    const vacancies = planDemoVacancies(today);
    const trainingPlan = planDemoTraining(people, { today });
    const overseasPlan = planDemoOverseas(people, vacancies, { today });
    training.courses = trainingPlan.courses.filter((c) => c.openedOn <= today).length;
    placements = overseasPlan.length;
    const ids = {
      people: new Map<string, string>(),
      vacancies: { employers: new Map(), vacancies: new Map() },
    };
    const options = { today, actorId: 'demo-loader' };
    const steps: DemoStep[] = [
      ...demoVacancySteps(
        t.app.get(VacancyCommands),
        { employers: DEMO_EMPLOYERS, vacancies },
        ids.vacancies,
        options,
      ),
      ...people.flatMap((person) =>
        demoJobSeekerSteps(t.app.get(JobSeekerCommands), person, ids.people, {
          ...options,
          counsellorId: 'demo-loader',
        }),
      ),
      ...demoTrainingSteps(t.app.get(TrainingCommands), trainingPlan, ids.people, options),
      ...demoOverseasSteps(t.app.get(OverseasCommands), overseasPlan, ids, options),
    ];
    steps.sort((a, b) => a.on.localeCompare(b.on) || a.rank - b.rank);
    for (const step of steps) await step.run();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const get = (path: string) =>
    t
      .http()
      .get(path)
      .set({ Authorization: `Bearer ${token}` });

  it('shows courses of every level, 2022 to today, with dropouts, certificates and follow-ups', async () => {
    const courses = await eventually(async () => {
      const response = await get('/api/courses');
      expect(response.body).toHaveLength(training.courses);
      return response.body as {
        level: string;
        title: string;
        droppedOut: number;
        certified: number;
        followedUp: number;
        terms: { startDate: string; funding: { source: string } };
      }[];
    }, 30_000);
    expect(new Set(courses.map((c) => c.level))).toEqual(new Set(TRAINING_LEVELS));
    expect(new Set(courses.map((c) => c.terms.funding.source)).size).toBeGreaterThanOrEqual(4);
    expect(courses.every((c) => c.title.endsWith('(demo)'))).toBe(true);
    expect(courses.some((c) => c.terms.startDate.startsWith('2022'))).toBe(true);
    expect(courses.reduce((sum, c) => sum + c.droppedOut, 0)).toBeGreaterThan(0);
    expect(courses.reduce((sum, c) => sum + c.certified, 0)).toBeGreaterThan(0);
    expect(courses.reduce((sum, c) => sum + c.followedUp, 0)).toBeGreaterThan(0);
  });

  it('shows placements at every stage, with stuck cases', async () => {
    const pipeline = await eventually(async () => {
      const response = await get('/api/overseas/pipeline');
      expect(response.body.total).toBe(placements);
      return response.body as {
        counts: Record<string, number>;
        stuck: unknown[];
        byStage: Record<string, { returned: { kind: string } | null }[]>;
      };
    }, 30_000);
    for (const stage of ['registered', 'eligible', 'visa', 'departed', 'returned', 'withdrawn']) {
      expect({ stage, present: pipeline.counts[stage]! > 0 }).toEqual({ stage, present: true });
    }
    expect(pipeline.stuck.length).toBeGreaterThan(0);
    expect(new Set(pipeline.byStage.returned!.map((p) => p.returned?.kind))).toEqual(
      new Set(['completed', 'early']),
    );
  });
});
