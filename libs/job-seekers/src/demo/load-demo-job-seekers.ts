/**
 * The steps of each demo person's case as use-case calls of `JobSeekerCommands` (so personal data
 * is sealed, the duplicate index is written and the decider checks every step). The orchestration
 * merges the steps of every context and runs them in business-date order, so each stream reads
 * like a real case.
 */
import type { JobSeekerCommands } from '../application/job-seeker-commands';
import type { DemoJobSeeker } from './demo-job-seekers';

/** One use-case call on its business date; `rank` orders the calls of one day. */
export interface DemoStep {
  on: string;
  rank: number;
  run: () => Promise<unknown>;
}

/** Ranks of one day's steps: the registration before the consultation before the job start… */
export const DEMO_STEP_RANK = {
  employer: 0,
  vacancy: 1,
  registration: 2,
  labourStatus: 3,
  consultation: 4,
  referral: 5,
  outcome: 6,
  jobStart: 7,
  statusAfterJob: 8,
  jobEnd: 9,
  statusAfterEnd: 10,
  vacancyClosure: 11,
  caseClosure: 12,
} as const;

/** The stream id of each registered demo person, by plan key (filled as registrations run). */
export type DemoJobSeekerIds = Map<string, string>;

export function demoJobSeekerSteps(
  commands: JobSeekerCommands,
  person: DemoJobSeeker,
  ids: DemoJobSeekerIds,
  options: {
    actorId: string;
    counsellorId: string;
    /** The real id of a planned `demo-loan-NNNN` (the loans demo fills it as its loans are applied for). */
    loanIds?: ReadonlyMap<string, string>;
  },
): DemoStep[] {
  const actor = { userId: options.actorId };
  const idOf = () => {
    const id = ids.get(person.key);
    if (!id) throw new Error(`Demo step before the registration of ${person.key}`);
    return id;
  };
  const steps: DemoStep[] = [
    {
      on: person.registeredOn,
      rank: DEMO_STEP_RANK.registration,
      run: async () => {
        const { jobSeekerId } = await commands.register(
          { ...person.profile, duplicateOverrideReason: null },
          actor,
          person.registeredOn,
        );
        ids.set(person.key, jobSeekerId);
      },
    },
    {
      on: person.registeredOn,
      rank: DEMO_STEP_RANK.labourStatus,
      run: () =>
        commands.recordLabourStatus(
          idOf(),
          { status: person.initialStatus, asOf: person.registeredOn },
          actor,
          person.registeredOn,
        ),
    },
    ...person.consultations.map((consultation) => ({
      on: consultation.date,
      rank: DEMO_STEP_RANK.consultation,
      run: () =>
        commands.logConsultation(
          idOf(),
          { ...consultation, counsellorId: options.counsellorId },
          actor,
          consultation.date,
        ),
    })),
  ];
  const job = person.ownJob;
  if (job) {
    let jobId = '';
    steps.push(
      {
        on: job.date,
        rank: DEMO_STEP_RANK.jobStart,
        run: async () => {
          ({ jobId } = await commands.recordJobStart(
            idOf(),
            {
              date: job.date,
              employerId: null,
              channel: job.channel,
              domestic: job.domestic,
              vacancyId: null,
              loanId: job.loanId && (options.loanIds?.get(job.loanId) ?? job.loanId),
              occupationCode: job.occupationCode,
            },
            actor,
            job.date,
          ));
        },
      },
      {
        on: job.date,
        rank: DEMO_STEP_RANK.statusAfterJob,
        run: () =>
          commands.recordLabourStatus(idOf(), { status: 'employed', asOf: job.date }, actor, job.date),
      },
    );
    const end = job.end;
    if (end) {
      steps.push(
        {
          on: end.date,
          rank: DEMO_STEP_RANK.jobEnd,
          run: () => commands.recordJobEnd(idOf(), { jobId, ...end }, actor),
        },
        {
          on: end.date,
          rank: DEMO_STEP_RANK.statusAfterEnd,
          run: () =>
            commands.recordLabourStatus(idOf(), { status: 'unemployed', asOf: end.date }, actor, end.date),
        },
      );
    }
  }
  const closeOn = person.closeOn;
  if (closeOn) {
    steps.push({
      on: closeOn,
      rank: DEMO_STEP_RANK.caseClosure,
      run: () => commands.closeCase(idOf(), { on: closeOn, reason: 'Chuyển đi nơi khác (demo)' }, actor),
    });
  }
  return steps;
}
