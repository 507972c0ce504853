/**
 * One row per training course: the columns the lists filter on, and the course's folded state as
 * JSON, from which the statistics and the follow-up work list are computed (pure domain views).
 */
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { rowProjection, type ReadModelRow } from '@vieclam/platform/projections';
import {
  evolveTrainingCourse,
  initialTrainingCourseState,
  TRAINING_COURSE_CATEGORY,
  type TrainingCourseState,
} from '../../domain/course/training-course.decider';
import type { TrainingCourseEvent } from '../../domain/course/training-course.events';

export const COURSE_LIST_TABLE = 'training_course_list';

export interface CourseListRow extends ReadModelRow {
  id: string;
  unit_code: string;
  title: string;
  occupation_code: string;
  level: string;
  funding_source: string;
  start_date: string;
  end_date: string;
  opened_on: string;
  closed_on: string | null;
  /** TrainingCourseState as JSON. */
  state: string;
}

/** Pure: the row of a course given one of its events. */
export function evolveCourseListRow(
  current: CourseListRow | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): CourseListRow | undefined {
  const domainEvent = { type: event.type, data: event.data } as TrainingCourseEvent;
  if (domainEvent.type === 'CourseOpened') {
    const state = evolveTrainingCourse(initialTrainingCourseState(), domainEvent);
    const data = domainEvent.data;
    return {
      id: data.courseId,
      unit_code: data.unitCode,
      title: data.title,
      occupation_code: data.occupationCode,
      level: data.level,
      funding_source: data.funding.source,
      start_date: data.startDate,
      end_date: data.endDate,
      opened_on: data.openedOn,
      closed_on: null,
      state: JSON.stringify(state),
    };
  }
  if (!current) return current;
  const state = evolveTrainingCourse(JSON.parse(current.state) as TrainingCourseState, domainEvent);
  return { ...current, closed_on: state.closedOn, state: JSON.stringify(state) };
}

export const courseListProjection = rowProjection<CourseListRow>({
  name: 'training_course_list',
  version: 1,
  filter: { categories: [TRAINING_COURSE_CATEGORY] },
  table: COURSE_LIST_TABLE,
  migrations: {
    '001_create_training_course_list': {
      up: async (db) => {
        await db.schema
          .createTable(COURSE_LIST_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('unit_code', 'text', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('occupation_code', 'text', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('funding_source', 'text', (c) => c.notNull())
          .addColumn('start_date', 'text', (c) => c.notNull())
          .addColumn('end_date', 'text', (c) => c.notNull())
          .addColumn('opened_on', 'text', (c) => c.notNull())
          .addColumn('closed_on', 'text')
          .addColumn('state', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('training_course_list_unit')
          .on(COURSE_LIST_TABLE)
          .column('unit_code')
          .execute();
      },
    },
  },
  keyOf: (event) => (event.data as { courseId?: string }).courseId,
  evolve: evolveCourseListRow,
});
