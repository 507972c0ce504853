/** Course list with statistics, the follow-up work list and a person's courses, from the read models. */
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@vieclam/platform/database';
import { DATABASE } from '@vieclam/platform/runtime';
import type { TrainingCourseState } from '../domain/course/training-course.decider';
import type { CourseTerms } from '../domain/course/training-course.events';
import { courseStatistics, type CourseStatistics } from '../domain/course-statistics/course-statistics';
import { dueTrainingFollowUps, type DueFollowUp } from '../domain/follow-up/training-follow-up';
import { COURSE_LIST_TABLE, type CourseListRow } from '../projections/course-list/course-list.projection';
import {
  TRAINEE_ENROLMENT_TABLE,
  type TraineeEnrolmentRow,
} from '../projections/trainee-enrolments/trainee-enrolments.projection';

export interface CourseListFilter {
  /** Unit codes the caller may read; nothing outside them is returned. */
  units: readonly string[];
  /** Courses running on or after this date (by end date). */
  from?: string;
  level?: string;
  fundingSource?: string;
}

export interface CourseListItem extends CourseStatistics {
  unitCode: string;
  terms: CourseTerms;
  openedOn: string;
  closedOn: string | null;
}

@Injectable()
export class TrainingQueries {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  private async courseRows(units: readonly string[]): Promise<CourseListRow[]> {
    if (units.length === 0) return [];
    return (await this.database.db
      .selectFrom(COURSE_LIST_TABLE)
      .selectAll()
      .where('unit_code', 'in', [...units])
      .orderBy('start_date', 'desc')
      .orderBy('id')
      .execute()) as CourseListRow[];
  }

  /** Courses of the caller's units, newest first, each with its fill, completion, certificate and employment rates. */
  async courses(filter: CourseListFilter): Promise<CourseListItem[]> {
    const rows = (await this.courseRows(filter.units)).filter(
      (row) =>
        (!filter.from || row.end_date >= filter.from) &&
        (!filter.level || row.level === filter.level) &&
        (!filter.fundingSource || row.funding_source === filter.fundingSource),
    );
    return rows.map((row) => {
      const state = JSON.parse(row.state) as TrainingCourseState;
      return {
        ...courseStatistics(state),
        unitCode: row.unit_code,
        terms: state.terms!,
        openedOn: row.opened_on,
        closedOn: row.closed_on,
      };
    });
  }

  /** Completers due for their 3- or 6-month follow-up in the caller's units, oldest first. */
  async dueFollowUps(
    units: readonly string[],
    today: string,
  ): Promise<(DueFollowUp & { unitCode: string })[]> {
    const rows = await this.courseRows(units);
    const unitOf = new Map(rows.map((row) => [row.id, row.unit_code]));
    return dueTrainingFollowUps(
      rows.map((row) => JSON.parse(row.state) as TrainingCourseState),
      today,
    ).map((due) => ({ ...due, unitCode: unitOf.get(due.courseId) ?? '' }));
  }

  /** Ids of the courses the person enrolled in, in enrolment order. */
  async courseIdsOf(jobSeekerId: string): Promise<string[]> {
    const rows = (await this.database.db
      .selectFrom(TRAINEE_ENROLMENT_TABLE)
      .selectAll()
      .where('job_seeker_id', '=', jobSeekerId)
      .orderBy('enrolled_on')
      .execute()) as TraineeEnrolmentRow[];
    return rows.map((row) => row.course_id);
  }
}
