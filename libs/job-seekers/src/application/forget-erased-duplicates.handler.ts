import { Inject, Injectable } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { EventAppended } from '@vieclam/platform/command-handling';
import { DuplicateIndex } from './duplicate-index';
import { DUPLICATE_INDEX } from './job-seeker-commands';
import { JOB_SEEKER_CATEGORY } from './job-seeker-records';

/**
 * The duplicate index holds keyed hashes of a person's CCCD and name: derived personal data, so an
 * erasure removes them at once (and `DuplicateIndex.find` drops any it still meets).
 */
@Injectable()
@EventsHandler(EventAppended)
export class ForgetErasedDuplicates implements IEventHandler<EventAppended> {
  constructor(@Inject(DUPLICATE_INDEX) private readonly duplicates: DuplicateIndex) {}

  async handle({ event }: EventAppended): Promise<void> {
    if (event.type !== 'PersonalDataErased') return;
    const { subjectId, subjectStream } = event.data as { subjectId?: string; subjectStream?: string };
    if (subjectId && subjectStream?.startsWith(`${JOB_SEEKER_CATEGORY}-`)) {
      await this.duplicates.forget(subjectId);
    }
  }
}
