/**
 * One candidate's overseas placement for one order. The stages follow each other in one line:
 *
 *   registered → eligible → training → contracted → visa → departed → returned
 *        └──────────┴──────────┴───────────┴─────────┴──→ withdrawn (any stage before departure)
 *
 * A failed eligibility check keeps (or puts back) the candidate at `registered`; a new check may
 * follow until pre-departure training starts. Facts are recorded in date order: no event may be
 * dated before the previous one.
 */
import {
  DomainError,
  type BilingualMessage,
  type Decider,
  requireDate,
  requireNotBefore,
  requirePastDate,
  requireText,
} from '@vieclam/platform/domain';
import { ageOn } from '../calendar';
import {
  PRE_DEPARTURE_STAGES,
  type ContractTerms,
  type HealthCheckResult,
  type IneligibilityReason,
  type LanguageTest,
  type OrderLimits,
  type OverseasPlacementEvent,
  type OverseasProgramme,
  type PlacementStage,
} from './overseas-placement.events';
import { serviceFeeCap } from './service-fee-cap';

export type OverseasPlacementCommand =
  | {
      type: 'RegisterCandidate';
      data: {
        placementId: string;
        jobSeekerId: string;
        orderId: string | null;
        villageCode: string;
        country: string;
        programme: OverseasProgramme;
        licensedEnterpriseId: string;
        on: string;
        today: string;
      };
    }
  | {
      type: 'CheckEligibility';
      data: {
        on: string;
        today: string;
        /** From the job seeker's record; used for the age and not stored. */
        dateOfBirth: string;
        healthCheck: HealthCheckResult;
        languageResult: { test: LanguageTest; level: number } | null;
        limits: OrderLimits;
      };
    }
  | { type: 'StartPreDepartureTraining'; data: { on: string; provider: string; today: string } }
  | {
      type: 'CompletePreDepartureTraining';
      data: { on: string; certificateNumber: string | null; today: string };
    }
  | { type: 'SignContract'; data: ContractTerms & { on: string; today: string } }
  | { type: 'GrantVisa'; data: { on: string; validUntil: string | null; today: string } }
  | { type: 'RecordDeparture'; data: { on: string; today: string } }
  | {
      type: 'RecordReturn';
      data: { on: string; kind: 'completed' | 'early'; reason: string | null; today: string };
    }
  | { type: 'Withdraw'; data: { on: string; reason: string; today: string } }
  | { type: 'LinkLoan'; data: { loanId: string; on: string; today: string } };

export interface OverseasPlacementState {
  placementId: string | null;
  jobSeekerId: string | null;
  villageCode: string | null;
  country: string | null;
  programme: OverseasProgramme | null;
  licensedEnterpriseId: string | null;
  stage: PlacementStage | null;
  registeredOn: string | null;
  lastEventOn: string | null;
  ineligibilityReasons: IneligibilityReason[];
  trainingCompletedOn: string | null;
  contract: (ContractTerms & { signedOn: string }) | null;
  visaGrantedOn: string | null;
  departedOn: string | null;
  returned: { on: string; kind: 'completed' | 'early'; reason: string | null } | null;
  withdrawn: { on: string; stageAtWithdrawal: PlacementStage; reason: string } | null;
  loanIds: string[];
}

export const initialOverseasPlacementState = (): OverseasPlacementState => ({
  placementId: null,
  jobSeekerId: null,
  villageCode: null,
  country: null,
  programme: null,
  licensedEnterpriseId: null,
  stage: null,
  registeredOn: null,
  lastEventOn: null,
  ineligibilityReasons: [],
  trainingCompletedOn: null,
  contract: null,
  visaGrantedOn: null,
  departedOn: null,
  returned: null,
  withdrawn: null,
  loanIds: [],
});

export function evolveOverseasPlacement(
  state: OverseasPlacementState,
  event: OverseasPlacementEvent,
): OverseasPlacementState {
  const dated = { ...state, lastEventOn: event.data.on };
  switch (event.type) {
    case 'CandidateRegistered': {
      const { placementId, jobSeekerId, villageCode, country, programme, licensedEnterpriseId, on } =
        event.data;
      return {
        ...initialOverseasPlacementState(),
        placementId,
        jobSeekerId,
        villageCode,
        country,
        programme,
        licensedEnterpriseId,
        stage: 'registered',
        registeredOn: on,
        lastEventOn: on,
      };
    }
    case 'EligibilityChecked':
      return {
        ...dated,
        stage: event.data.eligible ? 'eligible' : 'registered',
        ineligibilityReasons: event.data.reasons,
      };
    case 'PreDepartureTrainingStarted':
      return { ...dated, stage: 'training' };
    case 'PreDepartureTrainingCompleted':
      return { ...dated, trainingCompletedOn: event.data.on };
    case 'ContractSigned': {
      const { termMonths, currency, monthlyWage, serviceFee, deposit, on } = event.data;
      return {
        ...dated,
        stage: 'contracted',
        contract: { termMonths, currency, monthlyWage, serviceFee, deposit, signedOn: on },
      };
    }
    case 'VisaGranted':
      return { ...dated, stage: 'visa', visaGrantedOn: event.data.on };
    case 'Departed':
      return { ...dated, stage: 'departed', departedOn: event.data.on };
    case 'Returned': {
      const { on, kind, reason } = event.data;
      return { ...dated, stage: 'returned', returned: { on, kind, reason } };
    }
    case 'Withdrawn': {
      const { on, stageAtWithdrawal, reason } = event.data;
      return { ...dated, stage: 'withdrawn', withdrawn: { on, stageAtWithdrawal, reason } };
    }
    case 'LoanLinked':
      return { ...dated, loanIds: [...state.loanIds, event.data.loanId] };
  }
}

export const PLACEMENT_STAGE_NAMES: Record<PlacementStage, BilingualMessage> = {
  registered: { vi: 'đăng ký', en: 'registered' },
  eligible: { vi: 'đủ điều kiện', en: 'eligible' },
  training: { vi: 'bồi dưỡng kiến thức cần thiết', en: 'pre-departure training' },
  contracted: { vi: 'đã ký hợp đồng', en: 'contract signed' },
  visa: { vi: 'đã có thị thực', en: 'visa granted' },
  departed: { vi: 'đã xuất cảnh', en: 'departed' },
  returned: { vi: 'đã về nước', en: 'returned' },
  withdrawn: { vi: 'đã rút hồ sơ', en: 'withdrawn' },
};

interface Registered extends OverseasPlacementState {
  placementId: string;
  jobSeekerId: string;
  villageCode: string;
  country: string;
  programme: OverseasProgramme;
  licensedEnterpriseId: string;
  stage: PlacementStage;
  lastEventOn: string;
}

function requireRegistered(state: OverseasPlacementState): Registered {
  if (
    state.placementId === null ||
    state.jobSeekerId === null ||
    state.villageCode === null ||
    state.country === null ||
    state.programme === null ||
    state.licensedEnterpriseId === null ||
    state.stage === null ||
    state.lastEventOn === null
  ) {
    throw DomainError.notFound('placement_not_found', {
      vi: 'Không tìm thấy hồ sơ đi làm việc ở nước ngoài',
      en: 'Overseas placement not found',
    });
  }
  return state as Registered;
}

/** Refuses a command outside the stages it belongs to, naming the current stage. */
function requireStage(
  state: Registered,
  allowed: readonly PlacementStage[],
  code: string,
  needed: BilingualMessage,
): void {
  if (state.stage === 'withdrawn') {
    throw DomainError.conflict('placement_withdrawn', {
      vi: `Hồ sơ đã rút ngày ${state.withdrawn?.on ?? ''}`,
      en: `The placement was withdrawn on ${state.withdrawn?.on ?? ''}`,
    });
  }
  if (!allowed.includes(state.stage)) {
    const current = PLACEMENT_STAGE_NAMES[state.stage];
    throw DomainError.conflict(
      code,
      { vi: `${needed.vi} (hiện ở bước: ${current.vi})`, en: `${needed.en} (current stage: ${current.en})` },
      { details: { stage: state.stage } },
    );
  }
}

/** A business date: valid, not in the future and not before the placement's last fact. */
function requireEventDate(state: Registered, on: string, today: string, label: BilingualMessage): void {
  requirePastDate(on, 'on', today, label);
  requireNotBefore(
    on,
    state.lastEventOn,
    'on',
    {
      vi: `${label.vi} không được trước sự kiện gần nhất (${state.lastEventOn})`,
      en: `${label.en} cannot be before the latest event (${state.lastEventOn})`,
    },
    'date_before_previous_event',
  );
}

function requireAmount(value: number, field: string, label: BilingualMessage, positive = false): void {
  if (!Number.isSafeInteger(value) || value < (positive ? 1 : 0)) {
    throw DomainError.invalid(
      field,
      {
        vi: `${label.vi} phải là số nguyên${positive ? ' dương' : ', không âm'}`,
        en: `${label.en} must be a whole${positive ? ', positive' : ', non-negative'} number`,
      },
      { field },
    );
  }
}

/** Checks a candidate against the order's hard limits; every failed limit gives its reason. */
export function eligibilityReasons(
  ageAtDeparture: number,
  healthCheck: HealthCheckResult,
  languageResult: { test: LanguageTest; level: number } | null,
  limits: OrderLimits,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  const { min, max } = limits.ageAtDeparture;
  if (min !== null && ageAtDeparture < min) {
    reasons.push({
      code: 'age_below_minimum',
      vi: `Tuổi khi xuất cảnh dự kiến là ${ageAtDeparture}, dưới mức tối thiểu ${min}`,
      en: `Age at expected departure is ${ageAtDeparture}, below the minimum of ${min}`,
    });
  }
  if (max !== null && ageAtDeparture > max) {
    reasons.push({
      code: 'age_above_maximum',
      vi: `Tuổi khi xuất cảnh dự kiến là ${ageAtDeparture}, trên mức tối đa ${max}`,
      en: `Age at expected departure is ${ageAtDeparture}, above the maximum of ${max}`,
    });
  }
  if (healthCheck === 'not_done') {
    reasons.push({
      code: 'health_check_missing',
      vi: 'Chưa có kết quả khám sức khoẻ',
      en: 'No health check result yet',
    });
  } else if (healthCheck === 'unfit') {
    reasons.push({
      code: 'health_unfit',
      vi: 'Kết quả khám sức khoẻ: không đủ điều kiện',
      en: 'The health check found the candidate unfit',
    });
  }
  const required = limits.languageTest;
  if (required) {
    if (!languageResult) {
      reasons.push({
        code: 'language_test_missing',
        vi: `Chưa có kết quả thi ${required.test}`,
        en: `No ${required.test} result yet`,
      });
    } else if (languageResult.test !== required.test) {
      reasons.push({
        code: 'language_test_other',
        vi: `Đơn hàng yêu cầu ${required.test}, kết quả đã có là ${languageResult.test}`,
        en: `The order asks for ${required.test}; the result is from ${languageResult.test}`,
      });
    } else if (languageResult.level < required.minimumLevel) {
      reasons.push({
        code: 'language_level_below',
        vi: `Kết quả ${required.test} đạt ${languageResult.level}, dưới mức yêu cầu ${required.minimumLevel}`,
        en: `${required.test} result ${languageResult.level} is below the required ${required.minimumLevel}`,
      });
    }
  }
  return reasons;
}

export function decideOverseasPlacement(
  command: OverseasPlacementCommand,
  state: OverseasPlacementState,
): OverseasPlacementEvent[] {
  if (command.type === 'RegisterCandidate') {
    if (state.placementId !== null) {
      throw DomainError.conflict('placement_exists', {
        vi: 'Hồ sơ đi làm việc ở nước ngoài đã được đăng ký',
        en: 'The overseas placement is already registered',
      });
    }
    const { today, ...data } = command.data;
    requirePastDate(data.on, 'on', today, { vi: 'Ngày đăng ký', en: 'Registration date' });
    return [
      {
        type: 'CandidateRegistered',
        data: {
          ...data,
          villageCode: requireText(data.villageCode, 'villageCode', { vi: 'Thôn', en: 'The village' }),
          country: requireText(data.country, 'country', { vi: 'Nước đến', en: 'The country' }),
          licensedEnterpriseId: requireText(data.licensedEnterpriseId, 'licensedEnterpriseId', {
            vi: 'Doanh nghiệp dịch vụ',
            en: 'The licensed enterprise',
          }),
        },
      },
    ];
  }

  const placement = requireRegistered(state);
  const { placementId } = placement;
  switch (command.type) {
    case 'CheckEligibility': {
      requireStage(placement, ['registered', 'eligible'], 'eligibility_after_training', {
        vi: 'Chỉ kiểm tra điều kiện trước khi bồi dưỡng kiến thức cần thiết',
        en: 'Eligibility is checked before pre-departure training',
      });
      const { on, today, dateOfBirth, healthCheck, languageResult, limits } = command.data;
      requireEventDate(placement, on, today, { vi: 'Ngày kiểm tra', en: 'Check date' });
      requireDate(dateOfBirth, 'dateOfBirth', { vi: 'Ngày sinh', en: 'Date of birth' });
      requireDate(limits.expectedDepartureDate, 'limits.expectedDepartureDate', {
        vi: 'Ngày xuất cảnh dự kiến',
        en: 'Expected departure date',
      });
      const ageAtDeparture = ageOn(dateOfBirth, limits.expectedDepartureDate);
      const reasons = eligibilityReasons(ageAtDeparture, healthCheck, languageResult, limits);
      return [
        {
          type: 'EligibilityChecked',
          data: {
            placementId,
            on,
            eligible: reasons.length === 0,
            reasons,
            limits,
            ageAtDeparture,
            healthCheck,
            languageResult,
          },
        },
      ];
    }

    case 'StartPreDepartureTraining': {
      requireStage(placement, ['eligible'], 'not_eligible', {
        vi: 'Chỉ bắt đầu bồi dưỡng kiến thức cần thiết khi ứng viên đủ điều kiện',
        en: 'Pre-departure training starts only for an eligible candidate',
      });
      const { on, today } = command.data;
      requireEventDate(placement, on, today, { vi: 'Ngày bắt đầu bồi dưỡng', en: 'Training start date' });
      const provider = requireText(command.data.provider, 'provider', {
        vi: 'Đơn vị bồi dưỡng',
        en: 'The training provider',
      });
      return [{ type: 'PreDepartureTrainingStarted', data: { placementId, on, provider } }];
    }

    case 'CompletePreDepartureTraining': {
      requireStage(placement, ['training'], 'training_not_started', {
        vi: 'Chưa bắt đầu bồi dưỡng kiến thức cần thiết',
        en: 'Pre-departure training has not started',
      });
      if (placement.trainingCompletedOn !== null) {
        throw DomainError.conflict('training_already_completed', {
          vi: `Đã hoàn thành bồi dưỡng ngày ${placement.trainingCompletedOn}`,
          en: `Pre-departure training was completed on ${placement.trainingCompletedOn}`,
        });
      }
      const { on, today } = command.data;
      requireEventDate(placement, on, today, {
        vi: 'Ngày hoàn thành bồi dưỡng',
        en: 'Training completion date',
      });
      const certificateNumber = command.data.certificateNumber?.trim() || null;
      return [{ type: 'PreDepartureTrainingCompleted', data: { placementId, on, certificateNumber } }];
    }

    case 'SignContract': {
      requireStage(placement, ['training'], 'training_required', {
        vi: 'Chỉ ký hợp đồng sau khi bồi dưỡng kiến thức cần thiết',
        en: 'The contract is signed after pre-departure training',
      });
      if (placement.trainingCompletedOn === null) {
        throw DomainError.conflict('training_not_completed', {
          vi: 'Chưa hoàn thành bồi dưỡng kiến thức cần thiết',
          en: 'Pre-departure training is not completed yet',
        });
      }
      const { on, today, termMonths, monthlyWage, serviceFee, deposit } = command.data;
      requireEventDate(placement, on, today, { vi: 'Ngày ký hợp đồng', en: 'Signing date' });
      const currency = command.data.currency.trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(currency)) {
        throw DomainError.invalid(
          'currency',
          { vi: 'Mã tiền tệ gồm 3 chữ cái (ISO 4217)', en: 'The currency is a 3-letter ISO 4217 code' },
          { field: 'currency' },
        );
      }
      requireAmount(
        termMonths,
        'termMonths',
        { vi: 'Thời hạn hợp đồng (tháng)', en: 'The term in months' },
        true,
      );
      requireAmount(monthlyWage, 'monthlyWage', { vi: 'Tiền lương tháng', en: 'The monthly wage' }, true);
      requireAmount(serviceFee, 'serviceFee', { vi: 'Tiền dịch vụ', en: 'The service fee' });
      requireAmount(deposit, 'deposit', { vi: 'Tiền ký quỹ', en: 'The deposit' });
      const cap = serviceFeeCap(monthlyWage, termMonths);
      if (serviceFee > cap) {
        throw DomainError.unprocessable(
          'service_fee_above_cap',
          {
            vi: `Tiền dịch vụ ${serviceFee} ${currency} vượt mức trần ${cap} ${currency} (không quá 1 tháng lương cho mỗi 12 tháng hợp đồng, tối đa 3 tháng lương — Luật 69/2020/QH14, Điều 23)`,
            en: `The service fee of ${serviceFee} ${currency} exceeds the cap of ${cap} ${currency} (at most one month's wage per 12 months of contract, three months' at most — Law 69/2020/QH14, art. 23)`,
          },
          { field: 'serviceFee', details: { serviceFee, serviceFeeCap: cap, currency } },
        );
      }
      return [
        {
          type: 'ContractSigned',
          data: {
            placementId,
            on,
            termMonths,
            currency,
            monthlyWage,
            serviceFee,
            deposit,
            serviceFeeCap: cap,
          },
        },
      ];
    }

    case 'GrantVisa': {
      requireStage(placement, ['contracted'], 'contract_required', {
        vi: 'Chỉ ghi nhận thị thực sau khi ký hợp đồng',
        en: 'A visa is recorded after the contract is signed',
      });
      const { on, today, validUntil } = command.data;
      requireEventDate(placement, on, today, { vi: 'Ngày cấp thị thực', en: 'Visa date' });
      if (validUntil !== null) {
        requireDate(validUntil, 'validUntil', { vi: 'Hạn thị thực', en: 'Visa expiry' });
        requireNotBefore(validUntil, on, 'validUntil', {
          vi: 'Hạn thị thực trước ngày cấp',
          en: 'The visa expires before it is granted',
        });
      }
      return [{ type: 'VisaGranted', data: { placementId, on, validUntil } }];
    }

    case 'RecordDeparture': {
      if (placement.stage === 'departed' || placement.stage === 'returned') {
        throw DomainError.conflict('already_departed', {
          vi: `Người lao động đã xuất cảnh ngày ${placement.departedOn ?? ''}`,
          en: `The worker already departed on ${placement.departedOn ?? ''}`,
        });
      }
      requireStage(placement, ['visa'], 'departure_without_visa', {
        vi: 'Không thể ghi nhận xuất cảnh khi chưa có thị thực',
        en: 'A departure cannot be recorded without a visa',
      });
      const { on, today } = command.data;
      requireEventDate(placement, on, today, { vi: 'Ngày xuất cảnh', en: 'Departure date' });
      return [
        {
          type: 'Departed',
          data: {
            placementId,
            jobSeekerId: placement.jobSeekerId,
            on,
            villageCode: placement.villageCode,
            country: placement.country,
            programme: placement.programme,
            licensedEnterpriseId: placement.licensedEnterpriseId,
          },
        },
      ];
    }

    case 'RecordReturn': {
      if (placement.stage === 'returned') {
        throw DomainError.conflict('already_returned', {
          vi: `Người lao động đã về nước ngày ${placement.returned?.on ?? ''}`,
          en: `The worker already returned on ${placement.returned?.on ?? ''}`,
        });
      }
      requireStage(placement, ['departed'], 'not_departed', {
        vi: 'Chỉ ghi nhận về nước sau khi đã xuất cảnh',
        en: 'A return is recorded only after departure',
      });
      const { on, today, kind } = command.data;
      requireEventDate(placement, on, today, { vi: 'Ngày về nước', en: 'Return date' });
      if (kind !== 'completed' && kind !== 'early') {
        throw DomainError.invalid(
          'return_kind',
          { vi: 'Loại về nước không hợp lệ', en: 'Unknown kind of return' },
          { field: 'kind' },
        );
      }
      const reason =
        kind === 'early'
          ? requireText(command.data.reason ?? '', 'reason', {
              vi: 'Lý do về nước trước hạn',
              en: 'The reason for the early return',
            })
          : null;
      return [
        { type: 'Returned', data: { placementId, jobSeekerId: placement.jobSeekerId, on, kind, reason } },
      ];
    }

    case 'Withdraw': {
      if (placement.stage === 'departed' || placement.stage === 'returned') {
        throw DomainError.conflict(
          'withdraw_after_departure',
          {
            vi: `Không thể rút hồ sơ sau khi đã xuất cảnh (ngày ${placement.departedOn ?? ''}); hãy ghi nhận về nước trước hạn`,
            en: `A placement cannot be withdrawn after departure (on ${placement.departedOn ?? ''}); record an early return instead`,
          },
          { details: { stage: placement.stage } },
        );
      }
      requireStage(placement, PRE_DEPARTURE_STAGES, 'withdraw_after_departure', {
        vi: 'Chỉ rút hồ sơ trước khi xuất cảnh',
        en: 'A placement is withdrawn only before departure',
      });
      const { on, today } = command.data;
      requireEventDate(placement, on, today, { vi: 'Ngày rút hồ sơ', en: 'Withdrawal date' });
      const reason = requireText(command.data.reason, 'reason', {
        vi: 'Lý do rút hồ sơ',
        en: 'The reason for withdrawing',
      });
      return [{ type: 'Withdrawn', data: { placementId, on, stageAtWithdrawal: placement.stage, reason } }];
    }

    case 'LinkLoan': {
      const { on, today } = command.data;
      const loanId = requireText(command.data.loanId, 'loanId', { vi: 'Mã khoản vay', en: 'The loan id' });
      // Linking the same loan again is a retry, not a new fact.
      if (placement.loanIds.includes(loanId)) return [];
      requireEventDate(placement, on, today, { vi: 'Ngày liên kết khoản vay', en: 'Link date' });
      return [{ type: 'LoanLinked', data: { placementId, on, loanId } }];
    }
  }
}

export const overseasPlacementDecider: Decider<
  OverseasPlacementCommand,
  OverseasPlacementState,
  OverseasPlacementEvent
> = {
  decide: decideOverseasPlacement,
  evolve: evolveOverseasPlacement,
  initialState: initialOverseasPlacementState,
};

export const OVERSEAS_PLACEMENT_CATEGORY = 'OverseasPlacement';
export const overseasPlacementStream = (placementId: string): string =>
  `${OVERSEAS_PLACEMENT_CATEGORY}-${placementId}`;
