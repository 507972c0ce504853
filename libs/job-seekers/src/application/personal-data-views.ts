import { Inject, Injectable } from '@nestjs/common';
import type { AccessContext } from '@vieclam/admin';
import { jobSeekerStream } from './job-seeker-records';

/** What the audit log needs to know about one read of a person's decrypted data. */
export interface PersonalDataViewRecord {
  actor: string;
  subjectId: string;
  subjectStream: string;
  orgUnit: string;
  purpose: string;
}

/** The audit sink (the admin context's `PersonalDataAccessLog`). */
export interface PersonalDataViewSink {
  recordView(view: PersonalDataViewRecord): Promise<void>;
}

export const PERSONAL_DATA_VIEW_SINK = Symbol('PERSONAL_DATA_VIEW_SINK');

/** Records every read of a job seeker's decrypted data (Decree 13/2023: who saw whose data). */
@Injectable()
export class PersonalDataViews {
  constructor(@Inject(PERSONAL_DATA_VIEW_SINK) private readonly sink: PersonalDataViewSink) {}

  record(access: AccessContext, jobSeekerId: string, village: string, purpose: string): Promise<void> {
    return this.sink.recordView({
      actor: access.user.userId,
      subjectId: jobSeekerId,
      subjectStream: jobSeekerStream(jobSeekerId),
      orgUnit: village,
      purpose,
    });
  }

  async recordMany(
    access: AccessContext,
    people: readonly { id: string; village: string }[],
    purpose: string,
  ): Promise<void> {
    for (const person of people) await this.record(access, person.id, person.village, purpose);
  }
}
