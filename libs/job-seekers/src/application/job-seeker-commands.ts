/**
 * The job seeker's use cases: each builds the domain command, seals the personal values it may
 * emit, and runs it through the platform's command executor (which publishes after the append).
 */
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandExecutor, DomainError, type CommandMetadata } from '@vieclam/platform/command-handling';
import { PersonalDataCipher, PersonalDataErased } from '@vieclam/platform/crypto';
import { newEventId } from '@vieclam/platform/event-store';
import {
  decideJobSeeker,
  initialJobSeekerState,
  jobSeekerDecider,
  type JobSeekerCommand,
} from '../domain/job-seeker/job-seeker.decider';
import type { JobChannel, JobSeekerProfile, LabourStatus } from '../domain/job-seeker/job-seeker.events';
import { todayInVietnam } from './calendar-dates';
import { DuplicateIndex } from './duplicate-index';
import { JobSeekerRecords, jobSeekerStream } from './job-seeker-records';
import { PreparedSeals, sealingDecider } from './personal-data-sealing';

export const DUPLICATE_INDEX = Symbol('JOB_SEEKERS_DUPLICATE_INDEX');

/**
 * The vacancy's side of a referral, provided by the vacancies context (`VacanciesModule`). It is a
 * port owned here because the vacancies context already depends on this one (types of the profile):
 * importing it back would make a cycle. Without a provider, referrals are refused.
 */
export const VACANCY_REFERRALS = Symbol('VACANCY_REFERRALS');

export interface VacancyReferrals {
  /** Whether the vacancy takes referrals on `date`, read from its own stream; 404 when there is none. */
  isOpen(vacancyId: string, date: string): Promise<boolean>;
  /** Appends `CandidateReferred` to the vacancy (refused when it is closed, filled or past its closing date). */
  recordReferral(
    referral: { vacancyId: string; referralId: string; jobSeekerId: string; date: string },
    actor: Actor,
  ): Promise<void>;
  /** Appends `CandidateHired` (refused when the vacancy is filled or closed) or `CandidateRejected`. */
  recordOutcome(
    outcome: {
      vacancyId: string;
      referralId: string;
      outcome: 'hired' | 'rejected' | 'no_show';
      date: string;
    },
    actor: Actor,
  ): Promise<void>;
}

/** Who is acting: the logged-in user. */
export interface Actor {
  userId: string;
}

export interface CommandOutcome {
  jobSeekerId: string;
  /** Stream revision after the command (send as `If-Match` with the next edit). */
  revision: number | 'no_stream';
}

export type ProfileChanges = Partial<Omit<JobSeekerProfile, 'citizenId'>>;

/** Same normalisation as the decider's, so the sealed value matches what it emits. */
export const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ');

const personalDataErased = () =>
  DomainError.conflict('personal_data_erased', {
    vi: 'Dữ liệu cá nhân của người này đã bị xoá; không thể ghi thêm dữ liệu cá nhân',
    en: "This person's personal data was erased; no new personal data can be recorded",
  });

@Injectable()
export class JobSeekerCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cipher: PersonalDataCipher,
    private readonly records: JobSeekerRecords,
    @Inject(DUPLICATE_INDEX) private readonly duplicates: DuplicateIndex,
    private readonly moduleRef: ModuleRef,
  ) {}

  async register(
    input: JobSeekerProfile & { duplicateOverrideReason: string | null },
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<CommandOutcome & { duplicateOverride: boolean }> {
    const jobSeekerId = newEventId();
    const { duplicateOverrideReason, ...rest } = input;
    const profile: JobSeekerProfile = { ...rest, fullName: normaliseName(rest.fullName) };
    const keys = this.duplicates.keysOf(profile);
    const command: JobSeekerCommand = {
      type: 'RegisterJobSeeker',
      data: {
        ...profile,
        jobSeekerId,
        today,
        possibleDuplicates: await this.duplicates.find(keys),
        duplicateOverrideReason,
      },
    };
    // Rejections (CCCD, age, duplicates) come before a data key is created for someone never registered.
    decideJobSeeker(command, initialJobSeekerState());
    const seals = await PreparedSeals.prepare(this.cipher, jobSeekerId, [
      profile.fullName,
      profile.citizenId,
      profile.dateOfBirth,
      profile.phone,
      profile.address,
    ]);
    const result = await this.executor.execute({
      streamId: jobSeekerStream(jobSeekerId),
      decider: sealingDecider(jobSeekerDecider, seals),
      command,
      metadata: { actor: actor.userId, orgUnit: profile.villageCode, occurredOn: today },
      expectedRevision: 'no_stream',
    });
    await this.duplicates.index(jobSeekerId, keys);
    return {
      jobSeekerId,
      revision: result.nextExpectedRevision,
      duplicateOverride: command.data.possibleDuplicates.length > 0,
    };
  }

  async updateProfile(
    jobSeekerId: string,
    changes: ProfileChanges,
    actor: Actor,
    expectedRevision?: number,
    today = todayInVietnam(),
  ): Promise<CommandOutcome> {
    const before = await this.records.details(jobSeekerId);
    const normalised: ProfileChanges = { ...changes };
    if (normalised.fullName !== undefined) normalised.fullName = normaliseName(normalised.fullName);
    const seals = await this.sealing(jobSeekerId, [
      normalised.fullName,
      normalised.dateOfBirth,
      normalised.phone,
      normalised.address,
    ]);
    const outcome = await this.run(
      jobSeekerId,
      { type: 'UpdateJobSeekerProfile', data: { changes: normalised } },
      actor,
      today,
      seals,
      expectedRevision,
      String(normalised.villageCode ?? before.profile.villageCode),
    );
    const fullName = normalised.fullName ?? before.profile.fullName;
    const dateOfBirth = normalised.dateOfBirth ?? before.profile.dateOfBirth;
    if (
      (normalised.fullName !== undefined || normalised.dateOfBirth !== undefined) &&
      !before.personalDataErased
    ) {
      await this.duplicates.index(
        jobSeekerId,
        this.duplicates.keysOf({
          citizenId: String(before.profile.citizenId),
          fullName: String(fullName),
          dateOfBirth: String(dateOfBirth),
        }),
      );
    }
    return outcome;
  }

  recordLabourStatus(
    jobSeekerId: string,
    input: { status: LabourStatus; asOf: string },
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<CommandOutcome> {
    return this.run(
      jobSeekerId,
      { type: 'RecordLabourStatus', data: { ...input, today } },
      actor,
      input.asOf,
    );
  }

  closeCase(
    jobSeekerId: string,
    input: { on: string; reason: string },
    actor: Actor,
  ): Promise<CommandOutcome> {
    return this.run(jobSeekerId, { type: 'CloseJobSeekerCase', data: input }, actor, input.on);
  }

  reopenCase(jobSeekerId: string, input: { on: string }, actor: Actor): Promise<CommandOutcome> {
    return this.run(jobSeekerId, { type: 'ReopenJobSeekerCase', data: input }, actor, input.on);
  }

  async logConsultation(
    jobSeekerId: string,
    input: {
      date: string;
      counsellorId: string | null;
      topics: string[];
      notes: string;
      nextSteps: string;
      followUpOn: string | null;
    },
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<CommandOutcome & { consultationId: string }> {
    const consultationId = newEventId();
    const seals = await this.sealing(jobSeekerId, [input.notes, input.nextSteps]);
    const outcome = await this.run(
      jobSeekerId,
      {
        type: 'LogConsultation',
        data: { ...input, counsellorId: input.counsellorId ?? actor.userId, consultationId, today },
      },
      actor,
      input.date,
      seals,
    );
    return { ...outcome, consultationId };
  }

  /**
   * Both sides of a referral: the person's case decides first without writing (open case, not
   * already referred), then the vacancy records it (open, before its closing date, count), then the
   * case. The two appends are not one transaction: a crash between them leaves the vacancy's
   * `CandidateReferred` without the case's `JobSeekerReferred` (see the vacancies README).
   */
  async refer(
    jobSeekerId: string,
    input: { vacancyId: string; date: string },
    actor: Actor,
  ): Promise<CommandOutcome & { referralId: string }> {
    const referralId = newEventId();
    const vacancies = this.vacancyReferrals();
    const vacancyOpen = await vacancies.isOpen(input.vacancyId, input.date);
    const command: JobSeekerCommand = {
      type: 'ReferToVacancy',
      data: { ...input, referralId, vacancyOpen },
    };
    await this.decideWithoutWriting(jobSeekerId, command);
    await vacancies.recordReferral({ ...input, referralId, jobSeekerId }, actor);
    const outcome = await this.run(jobSeekerId, command, actor, input.date);
    return { ...outcome, referralId };
  }

  /** Same order as {@link refer}: a hire the vacancy refuses (filled, closed) is refused here too. */
  async recordInterviewOutcome(
    jobSeekerId: string,
    input: { referralId: string; outcome: 'hired' | 'rejected' | 'no_show'; date: string; note: string },
    actor: Actor,
  ): Promise<CommandOutcome> {
    const seals = await this.sealing(jobSeekerId, [input.note]);
    const command: JobSeekerCommand = { type: 'RecordInterviewOutcome', data: input };
    const state = await this.decideWithoutWriting(jobSeekerId, command);
    const vacancyId = state.referrals[input.referralId]?.vacancyId;
    if (vacancyId !== undefined) {
      await this.vacancyReferrals().recordOutcome(
        { vacancyId, referralId: input.referralId, outcome: input.outcome, date: input.date },
        actor,
      );
    }
    return this.run(jobSeekerId, command, actor, input.date, seals);
  }

  private vacancyReferrals(): VacancyReferrals {
    try {
      return this.moduleRef.get<VacancyReferrals>(VACANCY_REFERRALS, { strict: false });
    } catch {
      throw DomainError.conflict('vacancies_unavailable', {
        vi: 'Chưa có phân hệ vị trí việc làm; không thể giới thiệu',
        en: 'The vacancies context is not installed; referrals are not possible',
      });
    }
  }

  /** Runs the decider on the case as stored, throwing its rejection; writes nothing. */
  private async decideWithoutWriting(jobSeekerId: string, command: JobSeekerCommand) {
    const events = await this.records.events(jobSeekerId);
    const state = events.reduce(
      (current, event) => jobSeekerDecider.evolve(current, { type: event.type, data: event.data } as never),
      jobSeekerDecider.initialState(),
    );
    decideJobSeeker(command, state);
    return state;
  }

  async recordJobStart(
    jobSeekerId: string,
    input: {
      date: string;
      employerId: string | null;
      channel: JobChannel;
      domestic: boolean;
      vacancyId: string | null;
      loanId: string | null;
      occupationCode: string | null;
    },
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<CommandOutcome & { jobId: string }> {
    const jobId = newEventId();
    const outcome = await this.run(
      jobSeekerId,
      { type: 'RecordJobStart', data: { ...input, jobId, today } },
      actor,
      input.date,
    );
    return { ...outcome, jobId };
  }

  recordJobEnd(
    jobSeekerId: string,
    input: { jobId: string; date: string; reason: string },
    actor: Actor,
  ): Promise<CommandOutcome> {
    return this.run(jobSeekerId, { type: 'RecordJobEnd', data: input }, actor, input.date);
  }

  private async sealing(jobSeekerId: string, values: readonly unknown[]): Promise<PreparedSeals> {
    try {
      return await PreparedSeals.prepare(this.cipher, jobSeekerId, values);
    } catch (error) {
      if (error instanceof PersonalDataErased) throw personalDataErased();
      throw error;
    }
  }

  private async run(
    jobSeekerId: string,
    command: JobSeekerCommand,
    actor: Actor,
    occurredOn: string,
    seals: PreparedSeals = PreparedSeals.none(),
    expectedRevision?: number,
    orgUnit?: string,
  ): Promise<CommandOutcome> {
    const metadata: CommandMetadata = {
      actor: actor.userId,
      orgUnit: orgUnit ?? (await this.records.village(jobSeekerId)),
      occurredOn,
    };
    const result = await this.executor.execute({
      streamId: jobSeekerStream(jobSeekerId),
      decider: sealingDecider(jobSeekerDecider, seals),
      command,
      metadata,
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    });
    return { jobSeekerId, revision: result.nextExpectedRevision };
  }
}
