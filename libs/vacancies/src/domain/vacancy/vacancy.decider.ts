/**
 * The vacancy (vị trí việc làm) and the overseas order (đơn hàng): opening, changes, referrals and
 * their outcome as the vacancy sees them, filling and closing. Facts about other streams (is the
 * employer registered, is the enterprise licensed) are looked up by the application and passed in.
 */
import { DomainError, type BilingualMessage, type Decider } from '@vieclam/platform/domain';
import { isOccupationCode } from '../occupation/occupation-codes';
import { requireIsoDate, requireText } from '../validation';
import {
  LAWFUL_SEX_LIMIT_REASONS,
  OVERSEAS_PROGRAMMES,
  type AgeRange,
  type VacancyChanges,
  type VacancyEvent,
  type VacancyTerms,
} from './vacancy.events';

/** What the application knows about an employer stream when the command arrives. */
export interface EmployerFacts {
  employerId: string;
  overseasLicenceNo: string | null;
}

export type VacancyCommand =
  | {
      type: 'OpenVacancy';
      data: VacancyTerms & {
        vacancyId: string;
        employerId: string;
        unitCode: string;
        today: string;
        /** `null`: no such employer. */
        employer: EmployerFacts | null;
        /** For overseas orders: the enterprise named in the order; `null`: no such employer. */
        licensedEnterprise: EmployerFacts | null;
      };
    }
  | { type: 'UpdateVacancy'; data: { changes: VacancyChanges; today: string } }
  | { type: 'CloseVacancy'; data: { on: string; reason: string } }
  | { type: 'ReferCandidate'; data: { referralId: string; jobSeekerId: string; date: string } }
  | { type: 'HireCandidate'; data: { referralId: string; date: string } }
  | { type: 'RejectCandidate'; data: { referralId: string; date: string; reason: string } };

export type VacancyStatus = 'open' | 'filled' | 'closed';

export interface Referral {
  jobSeekerId: string;
  date: string;
  outcome: 'hired' | 'rejected' | null;
}

export interface VacancyState {
  vacancyId: string | null;
  employerId: string | null;
  status: VacancyStatus | null;
  terms: VacancyTerms | null;
  referrals: Record<string, Referral>;
  hired: number;
}

export const initialVacancyState = (): VacancyState => ({
  vacancyId: null,
  employerId: null,
  status: null,
  terms: null,
  referrals: {},
  hired: 0,
});

export function evolveVacancy(state: VacancyState, event: VacancyEvent): VacancyState {
  switch (event.type) {
    case 'VacancyOpened': {
      const { vacancyId, employerId, unitCode: _unit, openedOn: _on, ...terms } = event.data;
      return { ...initialVacancyState(), vacancyId, employerId, status: 'open', terms };
    }
    case 'VacancyUpdated':
      return state.terms ? { ...state, terms: { ...state.terms, ...event.data.changes } } : state;
    case 'VacancyFilled':
      return { ...state, status: 'filled' };
    case 'VacancyClosed':
      return { ...state, status: 'closed' };
    case 'CandidateReferred':
      return {
        ...state,
        referrals: {
          ...state.referrals,
          [event.data.referralId]: {
            jobSeekerId: event.data.jobSeekerId,
            date: event.data.date,
            outcome: null,
          },
        },
      };
    case 'CandidateHired':
    case 'CandidateRejected': {
      const referral = state.referrals[event.data.referralId];
      if (!referral) return state;
      const outcome = event.type === 'CandidateHired' ? 'hired' : 'rejected';
      return {
        ...state,
        referrals: { ...state.referrals, [event.data.referralId]: { ...referral, outcome } },
        hired: state.hired + (outcome === 'hired' ? 1 : 0),
      };
    }
  }
}

const invalid = (code: string, field: string, message: BilingualMessage) =>
  DomainError.invalid(code, message, { field });

function requireRange(range: AgeRange | null, field: string, youngest: number): void {
  if (!range) return;
  const { min, max } = range;
  for (const [bound, value] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (value !== null && (!Number.isInteger(value) || value < youngest || value > 70)) {
      throw invalid('unlawful_age_limit', `${field}.${bound}`, {
        vi: `Giới hạn tuổi phải là số nguyên từ ${youngest} đến 70`,
        en: `An age limit must be a whole number from ${youngest} to 70`,
      });
    }
  }
  if (min !== null && max !== null && min > max) {
    throw invalid('invalid_age_range', field, {
      vi: 'Tuổi tối thiểu lớn hơn tuổi tối đa',
      en: 'The minimum age is above the maximum age',
    });
  }
}

/** Every rule on a vacancy's terms, checked at opening and again after each change. */
function validateTerms(terms: VacancyTerms, today: string): void {
  if (!isOccupationCode(terms.occupationCode)) {
    throw invalid('invalid_occupation_code', 'occupationCode', {
      vi: 'Mã nghề phải gồm 1 đến 5 chữ số (QĐ 34/2020/QĐ-TTg)',
      en: 'An occupation code has 1 to 5 digits (Decision 34/2020/QĐ-TTg)',
    });
  }
  requireText(terms.title, 'title', { vi: 'Tên vị trí', en: 'Title' });
  if (!Number.isInteger(terms.count) || terms.count < 1) {
    throw invalid('invalid_count', 'count', {
      vi: 'Số lượng cần tuyển phải là số nguyên dương',
      en: 'The number of positions must be a positive whole number',
    });
  }
  const { min, max } = terms.wage;
  for (const [bound, value] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (value !== null && (!Number.isSafeInteger(value) || value <= 0)) {
      throw invalid('invalid_wage', `wage.${bound}`, {
        vi: 'Mức lương phải là số nguyên đồng, lớn hơn 0',
        en: 'A wage is a positive whole number of VND',
      });
    }
  }
  if (min !== null && max !== null && min > max) {
    throw invalid('invalid_wage_range', 'wage', {
      vi: 'Mức lương tối thiểu lớn hơn mức tối đa',
      en: 'The minimum wage is above the maximum',
    });
  }
  requireIsoDate(terms.closingDate, 'closingDate', { vi: 'Hạn nộp hồ sơ', en: 'Closing date' });
  if (terms.closingDate < today) {
    throw invalid('closing_date_passed', 'closingDate', {
      vi: 'Hạn nộp hồ sơ đã qua',
      en: 'The closing date has passed',
    });
  }
  if (terms.startDate !== null) {
    requireIsoDate(terms.startDate, 'startDate', { vi: 'Ngày bắt đầu làm việc', en: 'Start date' });
  }
  if (terms.skills.some((skill) => skill.trim() === '')) {
    throw invalid('empty_skill', 'skills', {
      vi: 'Kỹ năng không được để trống',
      en: 'A skill cannot be empty',
    });
  }
  // Working age starts at 15 (Labour Code 2019 art. 143); work abroad at 18 (Law 69/2020 art. 44).
  requireRange(terms.ageLimit, 'ageLimit', terms.overseas ? 18 : 15);
  if (terms.sexLimit && !(LAWFUL_SEX_LIMIT_REASONS as readonly string[]).includes(terms.sexLimit.reason)) {
    throw invalid('unlawful_sex_limit', 'sexLimit.reason', {
      vi: 'Chỉ được giới hạn giới tính khi có lý do hợp pháp trong danh mục',
      en: 'A sex limit needs one of the listed lawful reasons',
    });
  }
  const abroad = terms.place.kind === 'abroad';
  if (abroad !== (terms.overseas !== null)) {
    throw invalid('overseas_place_mismatch', 'place', {
      vi: 'Đơn hàng nước ngoài phải có nơi làm việc ở nước ngoài, và ngược lại',
      en: 'An overseas order must have a place abroad, and a place abroad needs an overseas order',
    });
  }
  if (terms.overseas) {
    const order = terms.overseas;
    requireText(order.country, 'overseas.country', { vi: 'Nước đến', en: 'Destination country' });
    if (!(OVERSEAS_PROGRAMMES as readonly string[]).includes(order.programme)) {
      throw invalid('unknown_programme', 'overseas.programme', {
        vi: 'Chương trình không có trong danh mục',
        en: 'Unknown programme',
      });
    }
    requireRange(order.ageAtDeparture, 'overseas.ageAtDeparture', 18);
    if (order.languageTest && !(order.languageTest.minimumLevel > 0)) {
      throw invalid('invalid_language_level', 'overseas.languageTest.minimumLevel', {
        vi: 'Trình độ ngoại ngữ tối thiểu phải lớn hơn 0',
        en: 'The minimum language level must be above 0',
      });
    }
    if (order.expectedDepartureDate !== null) {
      requireIsoDate(order.expectedDepartureDate, 'overseas.expectedDepartureDate', {
        vi: 'Ngày dự kiến xuất cảnh',
        en: 'Expected departure date',
      });
    }
  }
}

function requireVacancy(state: VacancyState): { vacancyId: string; terms: VacancyTerms } {
  if (!state.vacancyId || !state.terms) {
    throw DomainError.notFound('vacancy_not_found', {
      vi: 'Không tìm thấy vị trí việc làm',
      en: 'Vacancy not found',
    });
  }
  return { vacancyId: state.vacancyId, terms: state.terms };
}

function requireOpen(state: VacancyState): { vacancyId: string; terms: VacancyTerms } {
  const vacancy = requireVacancy(state);
  if (state.status !== 'open') {
    throw DomainError.conflict(
      'vacancy_not_open',
      state.status === 'filled'
        ? { vi: 'Vị trí đã tuyển đủ', en: 'The vacancy is filled' }
        : { vi: 'Vị trí đã đóng', en: 'The vacancy is closed' },
      { details: { status: state.status } },
    );
  }
  return vacancy;
}

function requirePendingReferral(state: VacancyState, referralId: string): Referral {
  const referral = state.referrals[referralId];
  if (!referral) {
    throw DomainError.notFound('referral_not_found', {
      vi: 'Không tìm thấy lượt giới thiệu này',
      en: 'Referral not found',
    });
  }
  if (referral.outcome !== null) {
    throw DomainError.conflict('referral_already_decided', {
      vi: 'Lượt giới thiệu này đã có kết quả',
      en: 'This referral already has an outcome',
    });
  }
  return referral;
}

export function decideVacancy(command: VacancyCommand, state: VacancyState): VacancyEvent[] {
  switch (command.type) {
    case 'OpenVacancy': {
      if (state.vacancyId) {
        throw DomainError.conflict('vacancy_exists', {
          vi: 'Vị trí việc làm đã tồn tại',
          en: 'The vacancy already exists',
        });
      }
      const { today, employer, licensedEnterprise, vacancyId, employerId, unitCode, ...terms } = command.data;
      if (!employer || employer.employerId !== employerId) {
        throw DomainError.invalid(
          'employer_not_found',
          { vi: 'Nhà tuyển dụng chưa được đăng ký', en: 'The employer is not registered' },
          { field: 'employerId' },
        );
      }
      requireText(unitCode, 'unitCode', { vi: 'Đơn vị hành chính', en: 'Administrative unit' });
      validateTerms(terms, today);
      if (terms.overseas) {
        const enterprise = licensedEnterprise;
        if (!enterprise || enterprise.employerId !== terms.overseas.licensedEnterpriseId) {
          throw invalid('licensed_enterprise_not_found', 'overseas.licensedEnterpriseId', {
            vi: 'Doanh nghiệp dịch vụ chưa được đăng ký',
            en: 'The placement enterprise is not registered',
          });
        }
        if (!enterprise.overseasLicenceNo) {
          throw invalid('enterprise_not_licensed', 'overseas.licensedEnterpriseId', {
            vi: 'Doanh nghiệp không có giấy phép đưa người lao động đi làm việc ở nước ngoài',
            en: 'The enterprise holds no licence to place workers abroad',
          });
        }
      }
      return [
        { type: 'VacancyOpened', data: { vacancyId, employerId, unitCode, openedOn: today, ...terms } },
      ];
    }
    case 'UpdateVacancy': {
      const { vacancyId, terms } = requireOpen(state);
      const { changes, today } = command.data;
      const changed = Object.fromEntries(
        Object.entries(changes).filter(
          ([key, value]) =>
            value !== undefined && JSON.stringify(value) !== JSON.stringify(terms[key as keyof VacancyTerms]),
        ),
      ) as VacancyChanges;
      if (Object.keys(changed).length === 0) return [];
      validateTerms({ ...terms, ...changed }, today);
      if (changed.count !== undefined && changed.count < state.hired) {
        throw invalid('count_below_hired', 'count', {
          vi: `Đã tuyển ${state.hired} người; số lượng không được nhỏ hơn`,
          en: `${state.hired} already hired; the count cannot be lower`,
        });
      }
      const events: VacancyEvent[] = [
        { type: 'VacancyUpdated', data: { vacancyId, changes: changed, on: today } },
      ];
      if (changed.count !== undefined && changed.count === state.hired) {
        events.push({ type: 'VacancyFilled', data: { vacancyId, on: today, hired: state.hired } });
      }
      return events;
    }
    case 'CloseVacancy': {
      const { vacancyId } = requireOpen(state);
      requireIsoDate(command.data.on, 'on', { vi: 'Ngày đóng', en: 'Closing day' });
      requireText(command.data.reason, 'reason', { vi: 'Lý do đóng', en: 'Reason' });
      return [{ type: 'VacancyClosed', data: { vacancyId, ...command.data } }];
    }
    case 'ReferCandidate': {
      const { vacancyId, terms } = requireOpen(state);
      const { referralId, jobSeekerId, date } = command.data;
      requireIsoDate(date, 'date', { vi: 'Ngày giới thiệu', en: 'Referral date' });
      if (date > terms.closingDate) {
        throw invalid('closing_date_passed', 'date', {
          vi: 'Đã quá hạn nộp hồ sơ của vị trí này',
          en: "The vacancy's closing date has passed",
        });
      }
      if (state.referrals[referralId]) {
        throw DomainError.conflict('referral_exists', {
          vi: 'Mã giới thiệu đã được dùng',
          en: 'The referral id is already used',
        });
      }
      const pending = Object.values(state.referrals).some(
        (referral) => referral.jobSeekerId === jobSeekerId && referral.outcome === null,
      );
      if (pending) {
        throw DomainError.conflict('candidate_already_referred', {
          vi: 'Người này đã được giới thiệu và đang chờ kết quả',
          en: 'This person is already referred and awaiting an outcome',
        });
      }
      return [{ type: 'CandidateReferred', data: { vacancyId, referralId, jobSeekerId, date } }];
    }
    case 'HireCandidate': {
      const { vacancyId, terms } = requireOpen(state);
      const { referralId, date } = command.data;
      const referral = requirePendingReferral(state, referralId);
      requireIsoDate(date, 'date', { vi: 'Ngày tuyển', en: 'Hiring date' });
      if (date < referral.date) {
        throw invalid('hired_before_referral', 'date', {
          vi: 'Ngày tuyển trước ngày giới thiệu',
          en: 'The hiring date is before the referral',
        });
      }
      const events: VacancyEvent[] = [
        { type: 'CandidateHired', data: { vacancyId, referralId, jobSeekerId: referral.jobSeekerId, date } },
      ];
      if (state.hired + 1 === terms.count) {
        events.push({ type: 'VacancyFilled', data: { vacancyId, on: date, hired: terms.count } });
      }
      return events;
    }
    case 'RejectCandidate': {
      const { vacancyId } = requireVacancy(state);
      const { referralId, date, reason } = command.data;
      const referral = requirePendingReferral(state, referralId);
      requireIsoDate(date, 'date', { vi: 'Ngày có kết quả', en: 'Outcome date' });
      requireText(reason, 'reason', { vi: 'Lý do không tuyển', en: 'Reason' });
      return [
        {
          type: 'CandidateRejected',
          data: { vacancyId, referralId, jobSeekerId: referral.jobSeekerId, date, reason },
        },
      ];
    }
  }
}

export const vacancyDecider: Decider<VacancyCommand, VacancyState, VacancyEvent> = {
  decide: decideVacancy,
  evolve: evolveVacancy,
  initialState: initialVacancyState,
};
