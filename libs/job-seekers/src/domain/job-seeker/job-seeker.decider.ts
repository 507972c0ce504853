/**
 * The job seeker's case: registration, labour status, consultations, referrals, job starts.
 * `JobStarted` is what the job-creation indicator (B1) counts.
 */
import { DomainError, type Decider } from '@vieclam/platform/domain';
import { checkCitizenId } from '../citizen-id/citizen-id';
import {
  CONSULTATION_TOPICS,
  type ConsultationTopic,
  type JobChannel,
  type JobSeekerEvent,
  type JobSeekerProfile,
  type LabourStatus,
} from './job-seeker.events';

export interface PossibleDuplicate {
  jobSeekerId: string;
  /** Why it looks like the same person. */
  reason: 'same_citizen_id' | 'same_name_and_birth_date';
}

export type JobSeekerCommand =
  | {
      type: 'RegisterJobSeeker';
      data: JobSeekerProfile & {
        jobSeekerId: string;
        today: string;
        /** Found by the application before deciding. */
        possibleDuplicates: PossibleDuplicate[];
        /** An explicit, audited override of the duplicate warning. */
        duplicateOverrideReason: string | null;
      };
    }
  | { type: 'UpdateJobSeekerProfile'; data: { changes: Partial<Omit<JobSeekerProfile, 'citizenId'>> } }
  | { type: 'RecordLabourStatus'; data: { status: LabourStatus; asOf: string; today: string } }
  | { type: 'CloseJobSeekerCase'; data: { on: string; reason: string } }
  | { type: 'ReopenJobSeekerCase'; data: { on: string } }
  | {
      type: 'LogConsultation';
      data: {
        consultationId: string;
        date: string;
        counsellorId: string;
        topics: string[];
        notes: string;
        nextSteps: string;
        followUpOn: string | null;
        today: string;
      };
    }
  | {
      type: 'ReferToVacancy';
      data: { referralId: string; vacancyId: string; date: string; vacancyOpen: boolean };
    }
  | {
      type: 'RecordInterviewOutcome';
      data: { referralId: string; outcome: 'hired' | 'rejected' | 'no_show'; date: string; note: string };
    }
  | {
      type: 'RecordJobStart';
      data: {
        jobId: string;
        date: string;
        today: string;
        employerId: string | null;
        channel: JobChannel;
        domestic: boolean;
        vacancyId: string | null;
        loanId: string | null;
        occupationCode: string | null;
      };
    }
  | { type: 'RecordJobEnd'; data: { jobId: string; date: string; reason: string } };

export interface JobSeekerState {
  jobSeekerId: string | null;
  registeredOn: string | null;
  dateOfBirth: string | null;
  closed: boolean;
  labourStatus: { status: LabourStatus; asOf: string } | null;
  referrals: Record<
    string,
    { vacancyId: string; date: string; outcome: 'hired' | 'rejected' | 'no_show' | null }
  >;
  openJobs: Record<string, { date: string }>;
  consultationIds: string[];
}

export const initialJobSeekerState = (): JobSeekerState => ({
  jobSeekerId: null,
  registeredOn: null,
  dateOfBirth: null,
  closed: false,
  labourStatus: null,
  referrals: {},
  openJobs: {},
  consultationIds: [],
});

export function evolveJobSeeker(state: JobSeekerState, event: JobSeekerEvent): JobSeekerState {
  switch (event.type) {
    case 'JobSeekerRegistered':
      return {
        ...initialJobSeekerState(),
        jobSeekerId: event.data.jobSeekerId,
        registeredOn: event.data.registeredOn,
        dateOfBirth: event.data.dateOfBirth,
      };
    case 'JobSeekerProfileUpdated':
      return { ...state, dateOfBirth: event.data.changes.dateOfBirth ?? state.dateOfBirth };
    case 'LabourStatusRecorded':
      return { ...state, labourStatus: { status: event.data.status, asOf: event.data.asOf } };
    case 'JobSeekerCaseClosed':
      return { ...state, closed: true };
    case 'JobSeekerCaseReopened':
      return { ...state, closed: false };
    case 'ConsultationLogged':
      return { ...state, consultationIds: [...state.consultationIds, event.data.consultationId] };
    case 'JobSeekerReferred':
      return {
        ...state,
        referrals: {
          ...state.referrals,
          [event.data.referralId]: { vacancyId: event.data.vacancyId, date: event.data.date, outcome: null },
        },
      };
    case 'InterviewOutcomeRecorded': {
      const referral = state.referrals[event.data.referralId];
      if (!referral) return state;
      return {
        ...state,
        referrals: {
          ...state.referrals,
          [event.data.referralId]: { ...referral, outcome: event.data.outcome },
        },
      };
    }
    case 'JobStarted':
      return {
        ...state,
        openJobs: { ...state.openJobs, [event.data.jobId]: { date: event.data.date } },
        labourStatus: { status: 'employed', asOf: event.data.date },
      };
    case 'JobEnded': {
      const { [event.data.jobId]: _ended, ...openJobs } = state.openJobs;
      return { ...state, openJobs };
    }
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function requireDate(value: string, field: string, today: string, label: { vi: string; en: string }): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw DomainError.invalid(
      'invalid_date',
      { vi: `${label.vi}: ngày không hợp lệ`, en: `${label.en}: invalid date` },
      { field },
    );
  }
  if (value > today) {
    throw DomainError.invalid(
      'date_in_future',
      { vi: `${label.vi} không được sau hôm nay`, en: `${label.en} cannot be in the future` },
      { field },
    );
  }
}

function requireOpenCase(state: JobSeekerState): string {
  if (!state.jobSeekerId) {
    throw DomainError.notFound('job_seeker_not_found', {
      vi: 'Không tìm thấy người tìm việc',
      en: 'Job seeker not found',
    });
  }
  if (state.closed) {
    throw DomainError.conflict('job_seeker_case_closed', {
      vi: 'Hồ sơ đã đóng; hãy mở lại trước',
      en: 'The case is closed; reopen it first',
    });
  }
  return state.jobSeekerId;
}

function ageOn(dateOfBirth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return date.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

export function decideJobSeeker(command: JobSeekerCommand, state: JobSeekerState): JobSeekerEvent[] {
  switch (command.type) {
    case 'RegisterJobSeeker': {
      if (state.jobSeekerId) {
        throw DomainError.conflict('job_seeker_exists', {
          vi: 'Người tìm việc đã được đăng ký',
          en: 'The job seeker is already registered',
        });
      }
      const { today, possibleDuplicates, duplicateOverrideReason, ...profile } = command.data;
      if (!profile.fullName.trim()) {
        throw DomainError.invalid(
          'full_name_required',
          { vi: 'Họ tên không được để trống', en: 'The full name is required' },
          { field: 'fullName' },
        );
      }
      requireDate(profile.dateOfBirth, 'dateOfBirth', today, { vi: 'Ngày sinh', en: 'Date of birth' });
      if (ageOn(profile.dateOfBirth, today) < 15) {
        throw DomainError.invalid(
          'under_working_age',
          { vi: 'Người lao động phải từ đủ 15 tuổi', en: 'A worker must be at least 15 years old' },
          { field: 'dateOfBirth' },
        );
      }
      const problem = checkCitizenId(profile.citizenId, profile);
      if (problem) {
        throw DomainError.invalid(
          `citizen_id_${problem.part}`,
          { vi: problem.vi, en: problem.en },
          {
            field: problem.field === 'citizenId' ? 'citizenId' : problem.field,
            details: { part: problem.part },
          },
        );
      }
      if (
        profile.desiredWage !== null &&
        (!Number.isInteger(profile.desiredWage) || profile.desiredWage < 0)
      ) {
        throw DomainError.invalid(
          'desired_wage',
          {
            vi: 'Mức lương mong muốn phải là số đồng nguyên, không âm',
            en: 'The desired wage must be a whole, non-negative number of VND',
          },
          { field: 'desiredWage' },
        );
      }
      const override = duplicateOverrideReason?.trim() ?? '';
      if (possibleDuplicates.length > 0 && !override) {
        throw DomainError.conflict(
          'possible_duplicate',
          {
            vi: 'Có thể trùng với người đã đăng ký; xác nhận kèm lý do để tiếp tục',
            en: 'Possibly the same person as someone already registered; confirm with a reason to continue',
          },
          { details: { duplicates: possibleDuplicates } },
        );
      }
      return [
        {
          type: 'JobSeekerRegistered',
          data: {
            ...profile,
            fullName: profile.fullName.trim().replace(/\s+/g, ' '),
            registeredOn: today,
            duplicateOverride:
              possibleDuplicates.length > 0
                ? { reason: override, duplicateOf: possibleDuplicates.map((d) => d.jobSeekerId) }
                : null,
          },
        },
      ];
    }
    case 'UpdateJobSeekerProfile': {
      const jobSeekerId = requireOpenCase(state);
      return Object.keys(command.data.changes).length
        ? [{ type: 'JobSeekerProfileUpdated', data: { jobSeekerId, changes: command.data.changes } }]
        : [];
    }
    case 'RecordLabourStatus': {
      const jobSeekerId = requireOpenCase(state);
      requireDate(command.data.asOf, 'asOf', command.data.today, { vi: 'Ngày ghi nhận', en: 'Status date' });
      return [
        {
          type: 'LabourStatusRecorded',
          data: { jobSeekerId, status: command.data.status, asOf: command.data.asOf },
        },
      ];
    }
    case 'CloseJobSeekerCase': {
      const jobSeekerId = requireOpenCase(state);
      return [{ type: 'JobSeekerCaseClosed', data: { jobSeekerId, ...command.data } }];
    }
    case 'ReopenJobSeekerCase': {
      if (!state.jobSeekerId)
        throw DomainError.notFound('job_seeker_not_found', {
          vi: 'Không tìm thấy người tìm việc',
          en: 'Job seeker not found',
        });
      return state.closed
        ? [{ type: 'JobSeekerCaseReopened', data: { jobSeekerId: state.jobSeekerId, on: command.data.on } }]
        : [];
    }
    case 'LogConsultation': {
      const jobSeekerId = requireOpenCase(state);
      const { today, topics, ...rest } = command.data;
      requireDate(rest.date, 'date', today, { vi: 'Ngày tư vấn', en: 'Consultation date' });
      const unknown = topics.filter((t) => !(CONSULTATION_TOPICS as readonly string[]).includes(t));
      if (topics.length === 0 || unknown.length > 0) {
        throw DomainError.invalid(
          'consultation_topics',
          {
            vi: 'Chọn ít nhất một nội dung tư vấn hợp lệ',
            en: 'Choose at least one valid consultation topic',
          },
          { field: 'topics', details: { unknown } },
        );
      }
      if (rest.followUpOn !== null && (!ISO_DATE.test(rest.followUpOn) || rest.followUpOn < rest.date)) {
        throw DomainError.invalid(
          'follow_up_date',
          {
            vi: 'Ngày hẹn theo dõi phải từ ngày tư vấn trở đi',
            en: 'The follow-up date must be on or after the consultation',
          },
          { field: 'followUpOn' },
        );
      }
      if (state.consultationIds.includes(rest.consultationId)) return [];
      return [
        { type: 'ConsultationLogged', data: { jobSeekerId, ...rest, topics: topics as ConsultationTopic[] } },
      ];
    }
    case 'ReferToVacancy': {
      const jobSeekerId = requireOpenCase(state);
      if (!command.data.vacancyOpen) {
        throw DomainError.conflict(
          'vacancy_not_open',
          { vi: 'Vị trí tuyển dụng đã đóng', en: 'The vacancy is not open' },
          { field: 'vacancyId' },
        );
      }
      if (
        Object.values(state.referrals).some(
          (r) => r.vacancyId === command.data.vacancyId && r.outcome === null,
        )
      ) {
        throw DomainError.conflict(
          'already_referred',
          { vi: 'Đã giới thiệu người này tới vị trí này', en: 'Already referred to this vacancy' },
          { field: 'vacancyId' },
        );
      }
      const { vacancyOpen: _open, ...data } = command.data;
      return [{ type: 'JobSeekerReferred', data: { jobSeekerId, ...data } }];
    }
    case 'RecordInterviewOutcome': {
      const jobSeekerId = requireOpenCase(state);
      const referral = state.referrals[command.data.referralId];
      if (!referral)
        throw DomainError.notFound(
          'referral_not_found',
          { vi: 'Không tìm thấy lượt giới thiệu', en: 'Referral not found' },
          { field: 'referralId' },
        );
      if (referral.outcome !== null)
        throw DomainError.conflict('outcome_recorded', {
          vi: 'Kết quả phỏng vấn đã được ghi',
          en: 'The interview outcome is already recorded',
        });
      if (command.data.date < referral.date)
        throw DomainError.invalid(
          'outcome_before_referral',
          { vi: 'Ngày kết quả trước ngày giới thiệu', en: 'The outcome date is before the referral' },
          { field: 'date' },
        );
      return [{ type: 'InterviewOutcomeRecorded', data: { jobSeekerId, ...command.data } }];
    }
    case 'RecordJobStart': {
      const jobSeekerId = requireOpenCase(state);
      const { today, ...data } = command.data;
      requireDate(data.date, 'date', today, { vi: 'Ngày bắt đầu làm việc', en: 'Job start date' });
      if (state.openJobs[data.jobId]) return [];
      if (data.channel === 'loan_financed' && !data.loanId) {
        throw DomainError.invalid(
          'loan_required',
          { vi: 'Việc làm từ vốn vay cần mã khoản vay', en: 'A loan-financed job needs the loan id' },
          { field: 'loanId' },
        );
      }
      if (data.channel === 'placement' && !data.employerId) {
        throw DomainError.invalid(
          'employer_required',
          { vi: 'Giới thiệu việc làm cần có người sử dụng lao động', en: 'A placement needs an employer' },
          { field: 'employerId' },
        );
      }
      return [{ type: 'JobStarted', data: { jobSeekerId, ...data } }];
    }
    case 'RecordJobEnd': {
      const jobSeekerId = requireOpenCase(state);
      const job = state.openJobs[command.data.jobId];
      if (!job)
        throw DomainError.notFound(
          'job_not_found',
          { vi: 'Không tìm thấy việc làm đang có', en: 'No such current job' },
          { field: 'jobId' },
        );
      if (command.data.date < job.date)
        throw DomainError.invalid(
          'job_end_before_start',
          { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'The end date is before the start' },
          { field: 'date' },
        );
      return [{ type: 'JobEnded', data: { jobSeekerId, ...command.data } }];
    }
  }
}

export const jobSeekerDecider: Decider<JobSeekerCommand, JobSeekerState, JobSeekerEvent> = {
  decide: decideJobSeeker,
  evolve: evolveJobSeeker,
  initialState: initialJobSeekerState,
};
