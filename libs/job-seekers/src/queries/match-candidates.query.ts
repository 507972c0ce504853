/**
 * Job seekers as matching sees them: the profile fields matching reads, with only the date of birth
 * decrypted (age limits need it). Built from the `JobSeeker` events, kept in memory with the sealed
 * date of birth (no plaintext is kept) and caught up from the last position read on each call.
 * Closed cases and people in a job (a job start not ended) are not candidates; people whose personal
 * data was erased are left out (their age cannot be known).
 */
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@vieclam/platform/command-handling';
import { PersonalDataCipher } from '@vieclam/platform/crypto';
import { START, type EventStore, type Position, type RecordedEvent } from '@vieclam/platform/event-store';
import { EVENT_STORE } from '@vieclam/platform/runtime';
import { jobSeekerNotFound, JOB_SEEKER_CATEGORY } from '../application/job-seeker-records';
import { openValue } from '../application/personal-data-sealing';
import type { Sex } from '../domain/citizen-id/citizen-id';
import type { EducationLevel } from '../domain/job-seeker/job-seeker.events';

export interface MatchCandidateProfile {
  jobSeekerId: string;
  /** Decrypted ISO date. */
  dateOfBirth: string;
  sex: Sex;
  villageCode: string;
  educationLevel: EducationLevel;
  occupationCodes: string[];
  skills: string[];
  desiredWage: number | null;
  willingToWorkAway: boolean;
  willingToGoAbroad: boolean;
}

interface FoldedCandidate extends Omit<MatchCandidateProfile, 'dateOfBirth'> {
  dateOfBirthSealed: string;
  closed: boolean;
  openJobs: Set<string>;
}

type Json = Record<string, unknown>;

const PROFILE_FIELDS = [
  'sex',
  'villageCode',
  'educationLevel',
  'occupationCodes',
  'skills',
  'desiredWage',
  'willingToWorkAway',
  'willingToGoAbroad',
] as const;

/** Pure: one event folded into the candidate it concerns. */
export function foldMatchCandidate(
  current: FoldedCandidate | undefined,
  event: Pick<RecordedEvent, 'type' | 'data'>,
): FoldedCandidate | undefined {
  const data = event.data as Json;
  if (event.type === 'JobSeekerRegistered') {
    return {
      jobSeekerId: String(data.jobSeekerId),
      dateOfBirthSealed: String(data.dateOfBirth),
      sex: data.sex as Sex,
      villageCode: String(data.villageCode),
      educationLevel: data.educationLevel as EducationLevel,
      occupationCodes: (data.occupationCodes as string[] | undefined) ?? [],
      skills: (data.skills as string[] | undefined) ?? [],
      desiredWage: (data.desiredWage as number | null | undefined) ?? null,
      willingToWorkAway: data.willingToWorkAway === true,
      willingToGoAbroad: data.willingToGoAbroad === true,
      closed: false,
      openJobs: new Set(),
    };
  }
  if (!current) return undefined;
  switch (event.type) {
    case 'JobSeekerProfileUpdated': {
      const changes = (data.changes as Json | undefined) ?? {};
      const next: FoldedCandidate = { ...current };
      for (const field of PROFILE_FIELDS) {
        if (field in changes) (next as unknown as Json)[field] = changes[field];
      }
      if (typeof changes.dateOfBirth === 'string') next.dateOfBirthSealed = changes.dateOfBirth;
      return next;
    }
    case 'JobSeekerCaseClosed':
      return { ...current, closed: true };
    case 'JobSeekerCaseReopened':
      return { ...current, closed: false };
    case 'JobStarted':
      return { ...current, openJobs: new Set([...current.openJobs, String(data.jobId)]) };
    case 'JobEnded': {
      const openJobs = new Set(current.openJobs);
      openJobs.delete(String(data.jobId));
      return { ...current, openJobs };
    }
    default:
      return current;
  }
}

@Injectable()
export class MatchCandidatesQuery {
  private readonly folded = new Map<string, FoldedCandidate>();
  private position: Position = START;
  private catchingUp: Promise<void> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** Active job seekers (open case, not in a job, data not erased), optionally of these villages only. */
  async activeCandidates(villages?: readonly string[]): Promise<MatchCandidateProfile[]> {
    await this.catchUp();
    const wanted = villages ? new Set(villages) : null;
    const candidates: MatchCandidateProfile[] = [];
    for (const folded of this.folded.values()) {
      if (folded.closed || folded.openJobs.size > 0) continue;
      if (wanted && !wanted.has(folded.villageCode)) continue;
      const profile = await this.open(folded);
      if (profile) candidates.push(profile);
    }
    return candidates;
  }

  /** One person as a candidate, whatever their status; 404 if unknown, 409 if their data was erased. */
  async candidate(jobSeekerId: string): Promise<MatchCandidateProfile> {
    const folded = (await this.store.readStream(`${JOB_SEEKER_CATEGORY}-${jobSeekerId}`)).reduce<
      FoldedCandidate | undefined
    >(foldMatchCandidate, undefined);
    if (!folded) throw jobSeekerNotFound();
    const profile = await this.open(folded);
    if (!profile) {
      throw DomainError.conflict('personal_data_erased', {
        vi: 'Dữ liệu cá nhân của người này đã bị xoá; không thể ghép việc',
        en: "This person's personal data was erased; they cannot be matched",
      });
    }
    return profile;
  }

  private async open(folded: FoldedCandidate): Promise<MatchCandidateProfile | null> {
    const { value, erased } = await openValue(this.cipher, folded.jobSeekerId, folded.dateOfBirthSealed);
    if (erased || typeof value !== 'string') return null;
    const { dateOfBirthSealed: _sealed, closed: _closed, openJobs: _jobs, ...profile } = folded;
    return { ...profile, dateOfBirth: value };
  }

  private catchUp(): Promise<void> {
    // Concurrent callers share one read so no event is folded twice.
    this.catchingUp ??= this.readToEnd().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  private async readToEnd(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({
        from: this.position,
        limit: 1000,
        filter: { categories: [JOB_SEEKER_CATEGORY] },
      });
      for (const event of page.events) {
        const id = (event.data as Json).jobSeekerId;
        if (typeof id !== 'string') continue;
        const next = foldMatchCandidate(this.folded.get(id), event);
        if (next) this.folded.set(id, next);
      }
      this.position = page.lastPosition;
      if (page.isEnd) return;
    }
  }
}
