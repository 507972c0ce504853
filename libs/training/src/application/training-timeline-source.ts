/** Puts the person's course events and skill recognitions on the job seeker's timeline. */
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PersonTimelineSources, type PersonTimelineSource } from '@vieclam/job-seekers';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { TrainingQueries } from '../queries/training.query';
import { TrainingRecords } from './training-records';

@Injectable()
export class TrainingTimelineSource implements PersonTimelineSource, OnModuleInit {
  readonly name = 'training';

  constructor(
    private readonly records: TrainingRecords,
    private readonly queries: TrainingQueries,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    // Absent when the app runs without the job-seekers API: then there is no timeline to feed.
    try {
      this.moduleRef.get(PersonTimelineSources, { strict: false }).register(this);
    } catch {
      return;
    }
  }

  async eventsOf(jobSeekerId: string): Promise<RecordedEvent[]> {
    const courseIds = await this.queries.courseIdsOf(jobSeekerId);
    const streams = await Promise.all([
      ...courseIds.map((id) => this.records.courseEvents(id)),
      this.records.recognitionEvents(jobSeekerId),
    ]);
    return streams
      .flat()
      .filter((event) => (event.data as { jobSeekerId?: string }).jobSeekerId === jobSeekerId);
  }
}
