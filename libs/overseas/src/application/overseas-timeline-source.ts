/** Puts the person's overseas placement events on the job seeker's timeline. */
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PersonTimelineSources, type PersonTimelineSource } from '@vieclam/job-seekers';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { OverseasPipelineQuery } from '../queries/overseas-pipeline.query';
import { OverseasRecords } from './overseas-records';

@Injectable()
export class OverseasTimelineSource implements PersonTimelineSource, OnModuleInit {
  readonly name = 'overseas';

  constructor(
    private readonly records: OverseasRecords,
    private readonly pipeline: OverseasPipelineQuery,
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
    const ids = await this.pipeline.placementIdsOf(jobSeekerId);
    return (await Promise.all(ids.map((id) => this.records.placementEvents(id)))).flat();
  }
}
