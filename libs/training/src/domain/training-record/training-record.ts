/**
 * One person's training record: a pure fold over the events of every training course and of the
 * person's skill recognitions. It answers the two facts the trained-worker indicators count:
 *
 * - *trained*: completed any course, or had at least 3 years' experience at a skill recognised;
 * - *trained with a certificate*: holds a certificate of sơ cấp level or above (a certificate of a
 *   course under 3 months, or experience alone, does not count).
 *
 * Each fact carries the date it became true, so a report for a period can count it as of then.
 * Events of other people are ignored, except `CourseOpened`, which tells the course's level.
 */
import type { TraineeStatus, TrainingOutcome } from '../course/training-course.decider';
import {
  levelAtLeast,
  type CourseTerms,
  type FollowUpCheckpoint,
  type TrainingCourseEvent,
  type TrainingLevel,
} from '../course/training-course.events';
import { FOLLOW_UP_CHECKPOINTS, followUpDueOn } from '../follow-up/training-follow-up';
import type { SkillRecognitionEvent } from '../skill-recognition/skill-recognition.events';

export type TrainingRecordEvent = TrainingCourseEvent | SkillRecognitionEvent;

export interface TrainingRecordFollowUp {
  checkpoint: FollowUpCheckpoint;
  dueOn: string;
  outcome: TrainingOutcome | null;
}

export interface TrainingRecordCourse {
  courseId: string;
  title: string;
  occupationCode: string;
  level: TrainingLevel;
  provider: string;
  startDate: string;
  endDate: string;
  enrolledOn: string;
  status: TraineeStatus;
  completedOn: string | null;
  droppedOut: { on: string; reason: string } | null;
  certificate: { certificateNumber: string; level: TrainingLevel; issuedOn: string } | null;
  /** Empty until the course is completed. */
  followUps: TrainingRecordFollowUp[];
}

export interface TrainingRecord {
  jobSeekerId: string;
  courses: TrainingRecordCourse[];
  recognitions: { occupationCode: string; years: number; recognisedOn: string }[];
  trained: boolean;
  /** The earliest completion or recognition date. */
  trainedSince: string | null;
  trainedWithCertificate: boolean;
  /** The earliest issue date of a sơ cấp-or-above certificate. */
  certifiedSince: string | null;
}

export interface TrainingRecordState {
  record: TrainingRecord;
  /** Terms of every course seen opening, whoever enrols in it. */
  courseTerms: Record<string, CourseTerms>;
}

/** The certificate level from which a person counts as trained with a certificate. */
export const CERTIFIED_FROM_LEVEL: TrainingLevel = 'so_cap';

export const initialTrainingRecordState = (jobSeekerId: string): TrainingRecordState => ({
  record: {
    jobSeekerId,
    courses: [],
    recognitions: [],
    trained: false,
    trainedSince: null,
    trainedWithCertificate: false,
    certifiedSince: null,
  },
  courseTerms: {},
});

const earliest = (dates: (string | null)[]): string | null =>
  dates.reduce<string | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);

function withDerivedFacts(record: TrainingRecord): TrainingRecord {
  const trainedSince = earliest([
    ...record.courses.map((c) => c.completedOn),
    ...record.recognitions.map((r) => r.recognisedOn),
  ]);
  const certifiedSince = earliest(
    record.courses.map((c) =>
      c.certificate && levelAtLeast(c.certificate.level, CERTIFIED_FROM_LEVEL)
        ? c.certificate.issuedOn
        : null,
    ),
  );
  return {
    ...record,
    trained: trainedSince !== null,
    trainedSince,
    trainedWithCertificate: certifiedSince !== null,
    certifiedSince,
  };
}

function updateCourse(
  state: TrainingRecordState,
  courseId: string,
  change: (course: TrainingRecordCourse) => TrainingRecordCourse,
): TrainingRecordState {
  const courses = state.record.courses.map((c) => (c.courseId === courseId ? change(c) : c));
  return { ...state, record: withDerivedFacts({ ...state.record, courses }) };
}

export function evolveTrainingRecord(
  state: TrainingRecordState,
  event: TrainingRecordEvent,
): TrainingRecordState {
  if (event.type === 'CourseOpened') {
    const { courseId, openedOn: _openedOn, ...terms } = event.data;
    return { ...state, courseTerms: { ...state.courseTerms, [courseId]: terms } };
  }
  if (event.type === 'CourseClosed' || event.data.jobSeekerId !== state.record.jobSeekerId) return state;

  switch (event.type) {
    case 'ExperienceRecognised': {
      const { occupationCode, years, recognisedOn } = event.data;
      const recognitions = [...state.record.recognitions, { occupationCode, years, recognisedOn }];
      return { ...state, record: withDerivedFacts({ ...state.record, recognitions }) };
    }
    case 'TraineeEnrolled': {
      const terms = state.courseTerms[event.data.courseId];
      // A course that was never seen opening cannot be described; the fold is fed whole streams.
      if (!terms) return state;
      const course: TrainingRecordCourse = {
        courseId: event.data.courseId,
        title: terms.title,
        occupationCode: terms.occupationCode,
        level: terms.level,
        provider: terms.provider,
        startDate: terms.startDate,
        endDate: terms.endDate,
        enrolledOn: event.data.enrolledOn,
        status: 'enrolled',
        completedOn: null,
        droppedOut: null,
        certificate: null,
        followUps: [],
      };
      return { ...state, record: { ...state.record, courses: [...state.record.courses, course] } };
    }
    case 'AttendanceMilestoneRecorded':
      return state;
    case 'TraineeCompleted': {
      const { completedOn } = event.data;
      return updateCourse(state, event.data.courseId, (c) => ({
        ...c,
        status: 'completed',
        completedOn,
        followUps: FOLLOW_UP_CHECKPOINTS.map(({ checkpoint }) => ({
          checkpoint,
          dueOn: followUpDueOn(completedOn, checkpoint),
          outcome: null,
        })),
      }));
    }
    case 'TraineeDroppedOut':
      return updateCourse(state, event.data.courseId, (c) => ({
        ...c,
        status: 'dropped_out',
        droppedOut: { on: event.data.on, reason: event.data.reason },
      }));
    case 'CertificateIssued': {
      const { certificateNumber, level, issuedOn } = event.data;
      return updateCourse(state, event.data.courseId, (c) => ({
        ...c,
        certificate: { certificateNumber, level, issuedOn },
      }));
    }
    case 'TrainingOutcomeRecorded': {
      const { checkpoint, date, employed, inTrainedOccupation } = event.data;
      return updateCourse(state, event.data.courseId, (c) => ({
        ...c,
        followUps: c.followUps.map((f) =>
          f.checkpoint === checkpoint ? { ...f, outcome: { date, employed, inTrainedOccupation } } : f,
        ),
      }));
    }
  }
}

/** The person's record from events in stream order (courses interleaved in any order). */
export function trainingRecordOf(
  jobSeekerId: string,
  events: readonly TrainingRecordEvent[],
): TrainingRecord {
  return events.reduce(evolveTrainingRecord, initialTrainingRecordState(jobSeekerId)).record;
}
