/**
 * Reads a job seeker's case straight from its stream: the current village (for authorisation, so a
 * lagging read model never lets a request through), the decrypted profile and the timeline.
 */
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DomainError } from '@vieclam/platform/command-handling';
import { PersonalDataCipher } from '@vieclam/platform/crypto';
import { streamName, type EventStore, type RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { openEvent, type OpenedEvent } from './personal-data-sealing';
import { PersonTimelineSources } from './person-timeline-sources';

export const JOB_SEEKER_CATEGORY = 'JobSeeker';
export const jobSeekerStream = (jobSeekerId: string) => streamName(JOB_SEEKER_CATEGORY, jobSeekerId);

export const jobSeekerNotFound = () =>
  DomainError.notFound('job_seeker_not_found', {
    vi: 'Không tìm thấy người tìm việc',
    en: 'Job seeker not found',
  });

type Json = Record<string, unknown>;

export interface JobSeekerDetails {
  jobSeekerId: string;
  /** Revision of the stream: send it back as `If-Match` to refuse edits on a stale view. */
  revision: number;
  profile: Json;
  registeredOn: string;
  duplicateOverride: unknown;
  closed: boolean;
  labourStatus: { status: string; asOf: string } | null;
  consultations: Json[];
  referrals: Json[];
  jobs: Json[];
  /** True once the person's data key was erased: personal fields show the erased label. */
  personalDataErased: boolean;
}

export interface TimelineEntry {
  eventId: string;
  /** The context that recorded it: `job-seekers`, or a registered source such as `training`. */
  source: string;
  type: string;
  occurredOn: string;
  recordedAt: string;
  recordedBy: string;
  orgUnit: string;
  data: Json;
}

const PROFILE_OMITTED = ['jobSeekerId', 'registeredOn', 'duplicateOverride'];

/** Pure: the case as the opened (decrypted) events describe it. */
export function foldDetails(jobSeekerId: string, opened: readonly OpenedEvent[]): JobSeekerDetails {
  const details: JobSeekerDetails = {
    jobSeekerId,
    revision: -1,
    profile: {},
    registeredOn: '',
    duplicateOverride: null,
    closed: false,
    labourStatus: null,
    consultations: [],
    referrals: [],
    jobs: [],
    personalDataErased: false,
  };
  for (const { event, data, erased } of opened) {
    details.revision = event.streamRevision;
    details.personalDataErased ||= erased;
    switch (event.type) {
      case 'JobSeekerRegistered': {
        const profile = { ...data };
        for (const key of PROFILE_OMITTED) delete profile[key];
        details.profile = profile;
        details.registeredOn = String(data.registeredOn);
        details.duplicateOverride = data.duplicateOverride ?? null;
        break;
      }
      case 'JobSeekerProfileUpdated':
        details.profile = { ...details.profile, ...(data.changes as Json) };
        break;
      case 'LabourStatusRecorded':
        details.labourStatus = { status: String(data.status), asOf: String(data.asOf) };
        break;
      case 'JobSeekerCaseClosed':
        details.closed = true;
        break;
      case 'JobSeekerCaseReopened':
        details.closed = false;
        break;
      case 'ConsultationLogged':
        details.consultations.push(withoutId(data));
        break;
      case 'JobSeekerReferred':
        details.referrals.push({ ...withoutId(data), outcome: null });
        break;
      case 'InterviewOutcomeRecorded': {
        const referral = details.referrals.find((r) => r.referralId === data.referralId);
        if (referral) referral.outcome = { outcome: data.outcome, date: data.date, note: data.note };
        break;
      }
      case 'JobStarted':
        details.jobs.push({ ...withoutId(data), endedOn: null });
        details.labourStatus = { status: 'employed', asOf: String(data.date) };
        break;
      case 'JobEnded': {
        const job = details.jobs.find((j) => j.jobId === data.jobId);
        if (job) job.endedOn = data.date;
        break;
      }
    }
  }
  return details;
}

/** Orders by business date, then recording time, newest first. */
function newerFirst(a: TimelineEntry, b: TimelineEntry): number {
  return b.occurredOn.localeCompare(a.occurredOn) || b.recordedAt.localeCompare(a.recordedAt);
}

/**
 * Merges the other contexts' entries into the case's own, keeping the case's entries in stream
 * order (backdated facts included) and placing each other entry before the first older one.
 */
function mergeNewestFirst(own: TimelineEntry[], others: TimelineEntry[]): TimelineEntry[] {
  const merged: TimelineEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < own.length || j < others.length) {
    const next = others[j];
    if (next && (i >= own.length || newerFirst(next, own[i]!) < 0)) {
      merged.push(next);
      j += 1;
    } else {
      merged.push(own[i]!);
      i += 1;
    }
  }
  return merged;
}

function toEntry(source: string, event: RecordedEvent, data: Json): TimelineEntry {
  return {
    eventId: event.eventId,
    source,
    type: event.type,
    occurredOn: event.metadata.occurredOn,
    recordedAt: event.metadata.recordedAt,
    recordedBy: event.metadata.actor,
    orgUnit: event.metadata.orgUnit,
    data: withoutId(data),
  };
}

function withoutId(data: Json): Json {
  const { jobSeekerId: _id, ...rest } = data;
  return rest;
}

/** Pure: the village a case belongs to now (registration, then moves). */
export function villageOf(events: readonly Pick<RecordedEvent, 'type' | 'data'>[]): string | undefined {
  let village: string | undefined;
  for (const event of events) {
    const data = event.data as Json;
    if (event.type === 'JobSeekerRegistered') village = String(data.villageCode);
    if (event.type === 'JobSeekerProfileUpdated') {
      const moved = (data.changes as Json | undefined)?.villageCode;
      if (typeof moved === 'string') village = moved;
    }
  }
  return village;
}

@Injectable()
export class JobSeekerRecords {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cipher: PersonalDataCipher,
    @Optional() private readonly otherSources?: PersonTimelineSources,
  ) {}

  async events(jobSeekerId: string): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(jobSeekerStream(jobSeekerId));
    if (events.length === 0) throw jobSeekerNotFound();
    return events;
  }

  /** The village the case belongs to; 404 when there is no such job seeker. */
  async village(jobSeekerId: string): Promise<string> {
    const village = villageOf(await this.events(jobSeekerId));
    if (village === undefined) throw jobSeekerNotFound();
    return village;
  }

  async details(jobSeekerId: string): Promise<JobSeekerDetails> {
    return foldDetails(jobSeekerId, await this.open(jobSeekerId));
  }

  /**
   * Every event of the case, newest first, personal data decrypted or shown as erased, merged with
   * the other contexts' events about the person (training, overseas…) by recording time.
   */
  async timeline(jobSeekerId: string): Promise<{ personalDataErased: boolean; entries: TimelineEntry[] }> {
    const opened = await this.open(jobSeekerId);
    const own = opened.map(({ event, data }) => toEntry('job-seekers', event, data)).reverse();
    const others = (await this.otherSources?.eventsOf(jobSeekerId)) ?? [];
    const entries = mergeNewestFirst(
      own,
      others.map(({ source, event }) => toEntry(source, event, event.data as Json)).sort(newerFirst),
    );
    return { personalDataErased: opened.some((o) => o.erased), entries };
  }

  private async open(jobSeekerId: string): Promise<OpenedEvent[]> {
    const events = await this.events(jobSeekerId);
    return Promise.all(events.map((event) => openEvent(this.cipher, jobSeekerId, event)));
  }
}
