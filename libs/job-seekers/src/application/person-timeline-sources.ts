/**
 * Other contexts' facts about a person (training courses, overseas placements…) shown on the job
 * seeker's timeline. The port is owned here because those contexts depend on this one (a trainee and
 * a candidate are job seekers): importing them back would make a cycle. Each context registers its
 * source at start-up; without any, the timeline shows the JobSeeker stream alone.
 */
import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '@vieclam/platform/event-store';

/** A context's events about one person, in any order; no personal data is expected in them. */
export interface PersonTimelineSource {
  /** Names the context, e.g. `training`; shown as the entry's `source`. */
  readonly name: string;
  eventsOf(jobSeekerId: string): Promise<readonly RecordedEvent[]>;
}

@Injectable()
export class PersonTimelineSources {
  private readonly sources: PersonTimelineSource[] = [];

  register(source: PersonTimelineSource): void {
    if (!this.sources.some((s) => s.name === source.name)) this.sources.push(source);
  }

  /** Every registered context's events about the person, tagged with the context's name. */
  async eventsOf(jobSeekerId: string): Promise<{ source: string; event: RecordedEvent }[]> {
    const found = await Promise.all(
      this.sources.map(async (source) =>
        (await source.eventsOf(jobSeekerId)).map((event) => ({ source: source.name, event })),
      ),
    );
    return found.flat();
  }
}
