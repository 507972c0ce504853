/**
 * Reads a course or a person's skill recognitions straight from their streams: for authorisation
 * (the course's unit) and for views that must not trust a lagging read model.
 */
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@vieclam/platform/command-handling';
import type { EventStore, RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import {
  trainingCourseDecider,
  trainingCourseStream,
  type TrainingCourseState,
} from '../domain/course/training-course.decider';
import type { CourseTerms, TrainingCourseEvent } from '../domain/course/training-course.events';
import { skillRecognitionStream } from '../domain/skill-recognition/skill-recognition.decider';
import type { SkillRecognitionEvent } from '../domain/skill-recognition/skill-recognition.events';

export const courseNotFound = () =>
  DomainError.notFound('course_not_found', {
    vi: 'Không tìm thấy khoá đào tạo',
    en: 'Training course not found',
  });

export interface CourseRecord {
  state: TrainingCourseState & { courseId: string; terms: CourseTerms };
  openedOn: string;
  revision: number;
}

export const asDomain = <E>(event: Pick<RecordedEvent, 'type' | 'data'>) =>
  ({ type: event.type, data: event.data }) as E;

@Injectable()
export class TrainingRecords {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  courseEvents(courseId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(trainingCourseStream(courseId));
  }

  /** The course as its stream says; 404 when there is none. */
  async course(courseId: string): Promise<CourseRecord> {
    const events = await this.courseEvents(courseId);
    const opened = events[0];
    if (!opened || opened.type !== 'CourseOpened') throw courseNotFound();
    const state = events.reduce(
      (current, event) => trainingCourseDecider.evolve(current, asDomain<TrainingCourseEvent>(event)),
      trainingCourseDecider.initialState(),
    );
    if (!state.courseId || !state.terms) throw courseNotFound();
    return {
      state: { ...state, courseId: state.courseId, terms: state.terms },
      openedOn: (opened.data as { openedOn: string }).openedOn,
      revision: events[events.length - 1]!.streamRevision,
    };
  }

  /** The unit a course is recorded under (for authorisation); 404 when there is none. */
  async courseUnit(courseId: string): Promise<string> {
    return (await this.course(courseId)).state.terms.unitCode;
  }

  recognitionEvents(jobSeekerId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(skillRecognitionStream(jobSeekerId));
  }

  /** The person's events in the given courses and their skill recognitions, each stream whole. */
  async recordEventsOf(
    jobSeekerId: string,
    courseIds: readonly string[],
  ): Promise<(TrainingCourseEvent | SkillRecognitionEvent)[]> {
    const streams = await Promise.all([
      ...courseIds.map((id) => this.courseEvents(id)),
      this.recognitionEvents(jobSeekerId),
    ]);
    return streams.flat().map((event) => asDomain<TrainingCourseEvent | SkillRecognitionEvent>(event));
  }
}
