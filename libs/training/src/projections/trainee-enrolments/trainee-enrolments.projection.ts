/** Which courses each person enrolled in: the index behind a person's training record and timeline. */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import { TRAINING_COURSE_CATEGORY } from '../../domain/course/training-course.decider';

export const TRAINEE_ENROLMENT_TABLE = 'training_trainee_enrolment';

export interface TraineeEnrolmentRow extends ReadModelRow {
  /** `<courseId>:<jobSeekerId>` */
  id: string;
  course_id: string;
  job_seeker_id: string;
  enrolled_on: string;
}

export function evolveTraineeEnrolmentRow(
  current: TraineeEnrolmentRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): TraineeEnrolmentRow | undefined {
  if (event.type !== 'TraineeEnrolled') return current;
  const data = event.data as { courseId: string; jobSeekerId: string; enrolledOn: string };
  return {
    id: `${data.courseId}:${data.jobSeekerId}`,
    course_id: data.courseId,
    job_seeker_id: data.jobSeekerId,
    enrolled_on: data.enrolledOn,
  };
}

export const traineeEnrolmentProjection = rowProjection<TraineeEnrolmentRow>({
  name: 'training_trainee_enrolment',
  version: 1,
  filter: { categories: [TRAINING_COURSE_CATEGORY] },
  table: TRAINEE_ENROLMENT_TABLE,
  migrations: {
    '001_create_training_trainee_enrolment': {
      up: async (db) => {
        await db.schema
          .createTable(TRAINEE_ENROLMENT_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('course_id', 'text', (c) => c.notNull())
          .addColumn('job_seeker_id', 'text', (c) => c.notNull())
          .addColumn('enrolled_on', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('training_trainee_enrolment_person')
          .on(TRAINEE_ENROLMENT_TABLE)
          .column('job_seeker_id')
          .execute();
      },
    },
  },
  keyOf: (event) => {
    if (event.type !== 'TraineeEnrolled') return undefined;
    const data = event.data as { courseId: string; jobSeekerId: string };
    return `${data.courseId}:${data.jobSeekerId}`;
  },
  evolve: evolveTraineeEnrolmentRow,
});
