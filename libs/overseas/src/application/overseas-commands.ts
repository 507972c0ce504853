/**
 * The overseas placement use cases. Each builds the domain command with the facts it looks up — the
 * candidate's village and date of birth from the job seeker's case, the order's country, programme,
 * enterprise and hard limits from the vacancies context — and runs it through the command executor.
 */
import { Injectable } from '@nestjs/common';
import { JobSeekerRecords, todayInVietnam } from '@vieclam/job-seekers';
import { CommandExecutor, DomainError } from '@vieclam/platform/command-handling';
import { newEventId } from '@vieclam/platform/event-store';
import { VacancyRecords } from '@vieclam/vacancies';
import {
  overseasPlacementDecider,
  overseasPlacementStream,
  type OverseasPlacementCommand,
} from '../domain/placement/overseas-placement.decider';
import type {
  ContractTerms,
  HealthCheckResult,
  LanguageTest,
  OrderLimits,
  OverseasProgramme,
} from '../domain/placement/overseas-placement.events';
import { OverseasRecords } from './overseas-records';

export interface Actor {
  userId: string;
}

export interface RegisterCandidateInput {
  jobSeekerId: string;
  /** The overseas order applied for; its country, programme and enterprise are taken from it. */
  orderId?: string | null;
  country?: string;
  programme?: OverseasProgramme;
  licensedEnterpriseId?: string;
  on: string;
}

export interface EligibilityInput {
  on: string;
  healthCheck: HealthCheckResult;
  languageResult: { test: LanguageTest; level: number } | null;
  /** Needed when the placement has no order, or its order gives no expected departure date. */
  limits?: Partial<OrderLimits> | null;
  /** Overrides the date of birth on the job seeker's case (e.g. a corrected passport). */
  dateOfBirth?: string;
}

export interface PlacementOutcome {
  placementId: string;
  revision: number | 'no_stream';
  stage: string | null;
}

const missing = (field: string, vi: string, en: string) =>
  DomainError.invalid(`${field}_required`, { vi, en }, { field });

@Injectable()
export class OverseasCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: OverseasRecords,
    private readonly jobSeekers: JobSeekerRecords,
    private readonly vacancies: VacancyRecords,
  ) {}

  async register(
    input: RegisterCandidateInput,
    actor: Actor,
    today = todayInVietnam(),
  ): Promise<PlacementOutcome> {
    const villageCode = await this.jobSeekers.village(input.jobSeekerId);
    const order = input.orderId ? await this.order(input.orderId) : null;
    const country = order?.country ?? input.country;
    const programme = order?.programme ?? input.programme;
    const licensedEnterpriseId = order?.licensedEnterpriseId ?? input.licensedEnterpriseId;
    if (!country) throw missing('country', 'Cần nước đến hoặc đơn hàng', 'A country or an order is needed');
    if (!programme)
      throw missing('programme', 'Cần chương trình hoặc đơn hàng', 'A programme or an order is needed');
    if (!licensedEnterpriseId) {
      throw missing(
        'licensedEnterpriseId',
        'Cần doanh nghiệp dịch vụ hoặc đơn hàng',
        'A licensed enterprise or an order is needed',
      );
    }
    const placementId = newEventId();
    const result = await this.executor.execute({
      streamId: overseasPlacementStream(placementId),
      decider: overseasPlacementDecider,
      command: {
        type: 'RegisterCandidate',
        data: {
          placementId,
          jobSeekerId: input.jobSeekerId,
          orderId: input.orderId ?? null,
          villageCode,
          country,
          programme,
          licensedEnterpriseId,
          on: input.on,
          today,
        },
      },
      metadata: { actor: actor.userId, orgUnit: villageCode, occurredOn: input.on },
      expectedRevision: 'no_stream',
    });
    return { placementId, revision: result.nextExpectedRevision, stage: result.state.stage };
  }

  /** Checks the candidate against the order's hard limits (those of the request fill what the order leaves open). */
  async checkEligibility(
    placementId: string,
    input: EligibilityInput,
    actor: Actor,
    today = todayInVietnam(),
  ) {
    const { state, orderId } = await this.records.placement(placementId);
    const order = orderId ? await this.order(orderId) : null;
    const given = input.limits ?? {};
    const expectedDepartureDate = given.expectedDepartureDate ?? order?.expectedDepartureDate ?? null;
    if (!expectedDepartureDate) {
      throw missing(
        'limits.expectedDepartureDate',
        'Cần ngày xuất cảnh dự kiến (đơn hàng chưa có)',
        'An expected departure date is needed (the order has none)',
      );
    }
    const limits: OrderLimits = {
      ageAtDeparture: given.ageAtDeparture ?? order?.ageAtDeparture ?? { min: null, max: null },
      expectedDepartureDate,
      languageTest: given.languageTest !== undefined ? given.languageTest : (order?.languageTest ?? null),
    };
    const dateOfBirth = input.dateOfBirth ?? (await this.dateOfBirth(state.jobSeekerId));
    return this.run(
      placementId,
      {
        type: 'CheckEligibility',
        data: {
          on: input.on,
          today,
          dateOfBirth,
          healthCheck: input.healthCheck,
          languageResult: input.languageResult,
          limits,
        },
      },
      actor,
      input.on,
    );
  }

  startTraining(
    placementId: string,
    input: { on: string; provider: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(
      placementId,
      { type: 'StartPreDepartureTraining', data: { ...input, today } },
      actor,
      input.on,
    );
  }

  completeTraining(
    placementId: string,
    input: { on: string; certificateNumber?: string | null },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(
      placementId,
      {
        type: 'CompletePreDepartureTraining',
        data: { on: input.on, certificateNumber: input.certificateNumber ?? null, today },
      },
      actor,
      input.on,
    );
  }

  signContract(
    placementId: string,
    input: ContractTerms & { on: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(placementId, { type: 'SignContract', data: { ...input, today } }, actor, input.on);
  }

  grantVisa(
    placementId: string,
    input: { on: string; validUntil?: string | null },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(
      placementId,
      { type: 'GrantVisa', data: { on: input.on, validUntil: input.validUntil ?? null, today } },
      actor,
      input.on,
    );
  }

  depart(placementId: string, input: { on: string }, actor: Actor, today = todayInVietnam()) {
    return this.run(placementId, { type: 'RecordDeparture', data: { on: input.on, today } }, actor, input.on);
  }

  recordReturn(
    placementId: string,
    input: { on: string; kind: 'completed' | 'early'; reason?: string | null },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(
      placementId,
      { type: 'RecordReturn', data: { on: input.on, kind: input.kind, reason: input.reason ?? null, today } },
      actor,
      input.on,
    );
  }

  withdraw(
    placementId: string,
    input: { on: string; reason: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(placementId, { type: 'Withdraw', data: { ...input, today } }, actor, input.on);
  }

  linkLoan(
    placementId: string,
    input: { loanId: string; on: string },
    actor: Actor,
    today = todayInVietnam(),
  ) {
    return this.run(placementId, { type: 'LinkLoan', data: { ...input, today } }, actor, input.on);
  }

  private async run(
    placementId: string,
    command: OverseasPlacementCommand,
    actor: Actor,
    occurredOn: string,
  ): Promise<PlacementOutcome> {
    const village = await this.records.placementVillage(placementId);
    const result = await this.executor.execute({
      streamId: overseasPlacementStream(placementId),
      decider: overseasPlacementDecider,
      command,
      metadata: { actor: actor.userId, orgUnit: village, occurredOn },
    });
    return { placementId, revision: result.nextExpectedRevision, stage: result.state.stage };
  }

  /** The overseas order of the vacancies context; a domestic vacancy is refused. */
  private async order(orderId: string) {
    const { state } = await this.vacancies.vacancy(orderId);
    if (!state.terms.overseas) {
      throw DomainError.invalid(
        'not_an_overseas_order',
        {
          vi: 'Vị trí này là việc làm trong nước, không phải đơn hàng đi làm việc ở nước ngoài',
          en: 'This vacancy is domestic, not an overseas order',
        },
        { field: 'orderId' },
      );
    }
    return state.terms.overseas;
  }

  private async dateOfBirth(jobSeekerId: string): Promise<string> {
    const { profile } = await this.jobSeekers.details(jobSeekerId);
    const dateOfBirth = profile.dateOfBirth;
    return typeof dateOfBirth === 'string' ? dateOfBirth : '';
  }
}
