/**
 * The training use cases: each builds the domain command and runs it through the command executor,
 * stamped with the course's unit (or, for recognised experience, the person's village).
 */
import { Injectable } from '@nestjs/common';
import { JobSeekerRecords, todayInVietnam } from '@vieclam/job-seekers';
import { CommandExecutor } from '@vieclam/platform/command-handling';
import { newEventId } from '@vieclam/platform/event-store';
import {
  trainingCourseDecider,
  trainingCourseStream,
  type TrainingCourseCommand,
} from '../domain/course/training-course.decider';
import type { CourseTerms, FollowUpCheckpoint, TrainingLevel } from '../domain/course/training-course.events';
import {
  skillRecognitionDecider,
  skillRecognitionStream,
} from '../domain/skill-recognition/skill-recognition.decider';
import { TrainingRecords } from './training-records';

export interface Actor {
  userId: string;
}

export interface CourseCommandOutcome {
  courseId: string;
  revision: number | 'no_stream';
}

@Injectable()
export class TrainingCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: TrainingRecords,
    private readonly jobSeekers: JobSeekerRecords,
  ) {}

  async openCourse(
    terms: CourseTerms,
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<CourseCommandOutcome> {
    const courseId = newEventId();
    const result = await this.executor.execute({
      streamId: trainingCourseStream(courseId),
      decider: trainingCourseDecider,
      command: { type: 'OpenCourse', data: { ...terms, courseId, today } },
      metadata: { actor: actor.userId, orgUnit: terms.unitCode, occurredOn: today },
      expectedRevision: 'no_stream',
    });
    return { courseId, revision: result.nextExpectedRevision };
  }

  /** Enrols a registered job seeker (404 when there is none). */
  async enrol(
    courseId: string,
    input: { jobSeekerId: string; enrolledOn: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    await this.jobSeekers.village(input.jobSeekerId);
    return this.run(courseId, { type: 'EnrolTrainee', data: { ...input, today } }, actor, input.enrolledOn);
  }

  recordAttendance(
    courseId: string,
    input: { jobSeekerId: string; milestone: string; date: string; attendancePercent: number },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(
      courseId,
      { type: 'RecordAttendanceMilestone', data: { ...input, today } },
      actor,
      input.date,
    );
  }

  complete(
    courseId: string,
    input: { jobSeekerId: string; completedOn: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(
      courseId,
      { type: 'CompleteTraining', data: { ...input, today } },
      actor,
      input.completedOn,
    );
  }

  dropOut(
    courseId: string,
    input: { jobSeekerId: string; on: string; reason: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(courseId, { type: 'RecordDropout', data: { ...input, today } }, actor, input.on);
  }

  issueCertificate(
    courseId: string,
    input: { jobSeekerId: string; certificateNumber: string; level: TrainingLevel; issuedOn: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(courseId, { type: 'IssueCertificate', data: { ...input, today } }, actor, input.issuedOn);
  }

  recordOutcome(
    courseId: string,
    input: {
      jobSeekerId: string;
      checkpoint: FollowUpCheckpoint;
      date: string;
      employed: boolean;
      inTrainedOccupation: boolean;
      note?: string;
    },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(
      courseId,
      { type: 'RecordTrainingOutcome', data: { ...input, note: input.note ?? '', today } },
      actor,
      input.date,
    );
  }

  closeCourse(
    courseId: string,
    input: { on: string; note?: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(
      courseId,
      { type: 'CloseCourse', data: { on: input.on, note: input.note ?? '', today } },
      actor,
      input.on,
    );
  }

  /** Recognises ≥ 3 years' experience at a skill as training, on the person's own stream. */
  async recogniseExperience(
    jobSeekerId: string,
    input: { occupationCode: string; years: number; evidence: string; recognisedOn: string },
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<{ jobSeekerId: string; revision: number | 'no_stream' }> {
    const village = await this.jobSeekers.village(jobSeekerId);
    const result = await this.executor.execute({
      streamId: skillRecognitionStream(jobSeekerId),
      decider: skillRecognitionDecider,
      command: { type: 'RecogniseExperience', data: { ...input, jobSeekerId, today } },
      metadata: { actor: actor.userId, orgUnit: village, occurredOn: input.recognisedOn },
    });
    return { jobSeekerId, revision: result.nextExpectedRevision };
  }

  private async run(
    courseId: string,
    command: TrainingCourseCommand,
    actor: Actor,
    occurredOn: string,
  ): Promise<CourseCommandOutcome> {
    const unitCode = await this.records.courseUnit(courseId);
    const result = await this.executor.execute({
      streamId: trainingCourseStream(courseId),
      decider: trainingCourseDecider,
      command,
      metadata: { actor: actor.userId, orgUnit: unitCode, occurredOn },
    });
    return { courseId, revision: result.nextExpectedRevision };
  }
}
