/**
 * Feeds the demo plan through the job seeker use cases (so personal data is sealed, the duplicate
 * index is written and the decider validates every step), each step recorded "a few days after"
 * its business date through the given {@link DemoRecorder}.
 */
import type { JobSeekerCommands } from '../application/job-seeker-commands';
import type { DemoJobSeeker } from './demo-job-seekers';

/** Runs one use case as recorded on a plausible day after `occurredOn` (the orchestration decides how). */
export interface DemoRecorder {
  at<T>(occurredOn: string, work: () => Promise<T>): Promise<T>;
}

export interface LoadedDemoJobSeeker {
  plan: DemoJobSeeker;
  jobSeekerId: string;
}

export interface DemoJobSeekerCounts {
  jobSeekers: number;
  consultations: number;
  jobStarts: number;
  jobEnds: number;
}

export async function loadDemoJobSeekers(
  commands: JobSeekerCommands,
  people: readonly DemoJobSeeker[],
  options: {
    actorId: string;
    counsellorId: string;
    recorder: DemoRecorder;
    onProgress?: (done: number) => void;
  },
): Promise<{ loaded: LoadedDemoJobSeeker[]; counts: DemoJobSeekerCounts }> {
  const actor = { userId: options.actorId };
  const { recorder } = options;
  const counts: DemoJobSeekerCounts = { jobSeekers: 0, consultations: 0, jobStarts: 0, jobEnds: 0 };
  const loaded: LoadedDemoJobSeeker[] = [];
  for (const person of people) {
    const { jobSeekerId } = await recorder.at(person.registeredOn, () =>
      commands.register({ ...person.profile, duplicateOverrideReason: null }, actor, person.registeredOn),
    );
    counts.jobSeekers += 1;
    await recorder.at(person.registeredOn, () =>
      commands.recordLabourStatus(
        jobSeekerId,
        { status: person.initialStatus, asOf: person.registeredOn },
        actor,
        person.registeredOn,
      ),
    );
    for (const consultation of person.consultations) {
      await recorder.at(consultation.date, () =>
        commands.logConsultation(
          jobSeekerId,
          { ...consultation, counsellorId: options.counsellorId },
          actor,
          consultation.date,
        ),
      );
      counts.consultations += 1;
    }
    const job = person.ownJob;
    if (job) {
      const { jobId } = await recorder.at(job.date, () =>
        commands.recordJobStart(
          jobSeekerId,
          {
            date: job.date,
            employerId: null,
            channel: job.channel,
            domestic: job.domestic,
            vacancyId: null,
            loanId: job.loanId,
            occupationCode: job.occupationCode,
          },
          actor,
          job.date,
        ),
      );
      counts.jobStarts += 1;
      await recorder.at(job.date, () =>
        commands.recordLabourStatus(jobSeekerId, { status: 'employed', asOf: job.date }, actor, job.date),
      );
      if (job.end) {
        const end = job.end;
        await recorder.at(end.date, () => commands.recordJobEnd(jobSeekerId, { jobId, ...end }, actor));
        await recorder.at(end.date, () =>
          commands.recordLabourStatus(jobSeekerId, { status: 'unemployed', asOf: end.date }, actor, end.date),
        );
        counts.jobEnds += 1;
      }
    }
    loaded.push({ plan: person, jobSeekerId });
    options.onProgress?.(loaded.length);
  }
  return { loaded, counts };
}

/** Closes the cases of those who moved away: the last step of their history. */
export async function closeDemoCases(
  commands: JobSeekerCommands,
  loaded: readonly LoadedDemoJobSeeker[],
  options: { actorId: string; recorder: DemoRecorder },
): Promise<number> {
  let closed = 0;
  for (const { plan, jobSeekerId } of loaded) {
    const on = plan.closeOn;
    if (!on) continue;
    await options.recorder.at(on, () =>
      commands.closeCase(
        jobSeekerId,
        { on, reason: 'Chuyển đi nơi khác (demo)' },
        { userId: options.actorId },
      ),
    );
    closed += 1;
  }
  return closed;
}
