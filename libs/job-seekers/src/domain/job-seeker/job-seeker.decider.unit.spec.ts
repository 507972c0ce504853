import { DomainError } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import { jobSeekerDecider, type JobSeekerCommand } from './job-seeker.decider';
import type { JobSeekerEvent, JobSeekerProfile } from './job-seeker.events';

const spec = DeciderSpecification.for(jobSeekerDecider);
const today = '2026-03-20';
const id = 'js-1';
const profile: JobSeekerProfile = {
  fullName: 'Nguyễn Văn An',
  citizenId: '033095001234',
  dateOfBirth: '1995-04-12',
  sex: 'male',
  villageCode: 'XMT-01',
  phone: '0912345678',
  address: 'Thôn Đông',
  educationLevel: 'upper_secondary',
  occupationCodes: ['7212'],
  skills: ['hàn'],
  desiredWage: 8000000,
  willingToWorkAway: true,
  willingToGoAbroad: false,
  householdId: null,
};
const register = (
  extra: Partial<Extract<JobSeekerCommand, { type: 'RegisterJobSeeker' }>['data']> = {},
): JobSeekerCommand => ({
  type: 'RegisterJobSeeker',
  data: {
    ...profile,
    jobSeekerId: id,
    today,
    possibleDuplicates: [],
    duplicateOverrideReason: null,
    ...extra,
  },
});
const registered: JobSeekerEvent = {
  type: 'JobSeekerRegistered',
  data: { ...profile, jobSeekerId: id, registeredOn: today, duplicateOverride: null },
};
const referred: JobSeekerEvent = {
  type: 'JobSeekerReferred',
  data: { jobSeekerId: id, referralId: 'r1', vacancyId: 'v1', date: '2026-03-01' },
};
const started: JobSeekerEvent = {
  type: 'JobStarted',
  data: {
    jobSeekerId: id,
    jobId: 'j1',
    date: '2026-03-10',
    employerId: 'e1',
    channel: 'placement',
    domestic: true,
    vacancyId: 'v1',
    loanId: null,
    occupationCode: '7212',
  },
};
const isCode = (code: string, field?: string) => (e: unknown) =>
  e instanceof DomainError && e.code === code && (field === undefined || e.field === field);

describe('JobSeeker decider', () => {
  describe('RegisterJobSeeker', () => {
    it('registers a person', () => spec.given([]).when(register()).then([registered]));
    it('refuses a second registration', () =>
      spec.given([registered]).when(register()).thenThrows(isCode('job_seeker_exists')));
    it('names the date of birth when the CCCD birth year disagrees', () =>
      spec
        .given([])
        .when(register({ dateOfBirth: '1996-04-12' }))
        .thenThrows(isCode('citizen_id_birthYear', 'dateOfBirth')));
    it('refuses an unknown province code in the CCCD', () =>
      spec
        .given([])
        .when(register({ citizenId: '003095001234' }))
        .thenThrows(isCode('citizen_id_province', 'citizenId')));
    it('refuses someone under 15', () =>
      spec
        .given([])
        .when(register({ dateOfBirth: '2012-01-01', citizenId: '033212001234' }))
        .thenThrows(isCode('under_working_age', 'dateOfBirth')));
    it('flags a possible duplicate and needs an explicit reason to override', () => {
      const possibleDuplicates = [{ jobSeekerId: 'js-0', reason: 'same_citizen_id' as const }];
      spec.given([]).when(register({ possibleDuplicates })).thenThrows(isCode('possible_duplicate'));
      spec
        .given([])
        .when(
          register({
            possibleDuplicates,
            duplicateOverrideReason: 'Khác người, trùng số do nhập sai trước đây',
          }),
        )
        .then([
          {
            ...registered,
            data: {
              ...registered.data,
              duplicateOverride: {
                reason: 'Khác người, trùng số do nhập sai trước đây',
                duplicateOf: ['js-0'],
              },
            },
          },
        ]);
    });
    it('refuses a fractional wage', () =>
      spec
        .given([])
        .when(register({ desiredWage: 1.5 }))
        .thenThrows(isCode('desired_wage', 'desiredWage')));
  });

  describe('profile, labour status and the case', () => {
    it('updates the profile; nothing when nothing changes', () => {
      spec
        .given([registered])
        .when({ type: 'UpdateJobSeekerProfile', data: { changes: { phone: '0987654321' } } })
        .then([
          { type: 'JobSeekerProfileUpdated', data: { jobSeekerId: id, changes: { phone: '0987654321' } } },
        ]);
      spec
        .given([registered])
        .when({ type: 'UpdateJobSeekerProfile', data: { changes: {} } })
        .then([]);
    });
    it('records a dated labour status, not in the future', () => {
      spec
        .given([registered])
        .when({ type: 'RecordLabourStatus', data: { status: 'unemployed', asOf: '2026-03-01', today } })
        .then([
          {
            type: 'LabourStatusRecorded',
            data: { jobSeekerId: id, status: 'unemployed', asOf: '2026-03-01' },
          },
        ]);
      spec
        .given([registered])
        .when({ type: 'RecordLabourStatus', data: { status: 'unemployed', asOf: '2026-04-01', today } })
        .thenThrows(isCode('date_in_future', 'asOf'));
    });
    it('closes and reopens a case; a closed case refuses work; unknown people are not found', () => {
      const closed: JobSeekerEvent = {
        type: 'JobSeekerCaseClosed',
        data: { jobSeekerId: id, on: today, reason: 'Chuyển đi' },
      };
      spec
        .given([registered])
        .when({ type: 'CloseJobSeekerCase', data: { on: today, reason: 'Chuyển đi' } })
        .then([closed]);
      spec
        .given([registered, closed])
        .when({ type: 'RecordLabourStatus', data: { status: 'employed', asOf: today, today } })
        .thenThrows(isCode('job_seeker_case_closed'));
      spec
        .given([registered, closed])
        .when({ type: 'ReopenJobSeekerCase', data: { on: today } })
        .then([{ type: 'JobSeekerCaseReopened', data: { jobSeekerId: id, on: today } }]);
      spec
        .given([registered])
        .when({ type: 'ReopenJobSeekerCase', data: { on: today } })
        .then([]);
      spec
        .given([])
        .when({ type: 'CloseJobSeekerCase', data: { on: today, reason: 'x' } })
        .thenThrows(isCode('job_seeker_not_found'));
    });
  });

  describe('LogConsultation', () => {
    const log = (
      extra: Partial<Extract<JobSeekerCommand, { type: 'LogConsultation' }>['data']> = {},
    ): JobSeekerCommand => ({
      type: 'LogConsultation',
      data: {
        consultationId: 'c1',
        date: '2026-03-15',
        counsellorId: 'u1',
        topics: ['job_search_support'],
        notes: 'Muốn làm thợ hàn',
        nextSteps: 'Giới thiệu việc',
        followUpOn: '2026-04-01',
        today,
        ...extra,
      },
    });
    it('logs a consultation with a follow-up date', () =>
      spec
        .given([registered])
        .when(log())
        .then([
          {
            type: 'ConsultationLogged',
            data: {
              jobSeekerId: id,
              consultationId: 'c1',
              date: '2026-03-15',
              counsellorId: 'u1',
              topics: ['job_search_support'],
              notes: 'Muốn làm thợ hàn',
              nextSteps: 'Giới thiệu việc',
              followUpOn: '2026-04-01',
            },
          },
        ]));
    it('refuses unknown topics and a follow-up before the consultation', () => {
      spec
        .given([registered])
        .when(log({ topics: ['astrology'] }))
        .thenThrows(isCode('consultation_topics', 'topics'));
      spec
        .given([registered])
        .when(log({ topics: [] }))
        .thenThrows(isCode('consultation_topics', 'topics'));
      spec
        .given([registered])
        .when(log({ followUpOn: '2026-03-01' }))
        .thenThrows(isCode('follow_up_date', 'followUpOn'));
    });
  });

  describe('referrals, outcomes and jobs', () => {
    it('refers to an open vacancy once', () => {
      spec
        .given([registered])
        .when({
          type: 'ReferToVacancy',
          data: { referralId: 'r1', vacancyId: 'v1', date: '2026-03-01', vacancyOpen: true },
        })
        .then([referred]);
      spec
        .given([registered, referred])
        .when({
          type: 'ReferToVacancy',
          data: { referralId: 'r2', vacancyId: 'v1', date: '2026-03-02', vacancyOpen: true },
        })
        .thenThrows(isCode('already_referred'));
      spec
        .given([registered])
        .when({
          type: 'ReferToVacancy',
          data: { referralId: 'r1', vacancyId: 'v1', date: '2026-03-01', vacancyOpen: false },
        })
        .thenThrows(isCode('vacancy_not_open'));
    });
    it('records an interview outcome once, for a known referral', () => {
      const outcome: JobSeekerCommand = {
        type: 'RecordInterviewOutcome',
        data: { referralId: 'r1', outcome: 'hired', date: '2026-03-05', note: '' },
      };
      spec
        .given([registered, referred])
        .when(outcome)
        .then([
          {
            type: 'InterviewOutcomeRecorded',
            data: { jobSeekerId: id, referralId: 'r1', outcome: 'hired', date: '2026-03-05', note: '' },
          },
        ]);
      spec.given([registered]).when(outcome).thenThrows(isCode('referral_not_found'));
      spec
        .given([
          registered,
          referred,
          {
            type: 'InterviewOutcomeRecorded',
            data: { jobSeekerId: id, referralId: 'r1', outcome: 'hired', date: '2026-03-05', note: '' },
          },
        ])
        .when(outcome)
        .thenThrows(isCode('outcome_recorded'));
    });
    it('records a job start (the B1 fact), idempotently per job id, with channel rules', () => {
      const start = (
        extra: Partial<Extract<JobSeekerCommand, { type: 'RecordJobStart' }>['data']> = {},
      ): JobSeekerCommand => ({
        type: 'RecordJobStart',
        data: {
          jobId: 'j1',
          date: '2026-03-10',
          today,
          employerId: 'e1',
          channel: 'placement',
          domestic: true,
          vacancyId: 'v1',
          loanId: null,
          occupationCode: '7212',
          ...extra,
        },
      });
      spec.given([registered]).when(start()).then([started]);
      spec.given([registered, started]).when(start()).then([]);
      spec
        .given([registered])
        .when(start({ channel: 'loan_financed', employerId: null }))
        .thenThrows(isCode('loan_required', 'loanId'));
      spec
        .given([registered])
        .when(start({ employerId: null }))
        .thenThrows(isCode('employer_required', 'employerId'));
      spec
        .given([registered])
        .when(start({ date: '2026-05-01' }))
        .thenThrows(isCode('date_in_future', 'date'));
    });
    it('ends a current job, not before it started', () => {
      spec
        .given([registered, started])
        .when({ type: 'RecordJobEnd', data: { jobId: 'j1', date: '2026-03-20', reason: 'Hết hợp đồng' } })
        .then([
          {
            type: 'JobEnded',
            data: { jobSeekerId: id, jobId: 'j1', date: '2026-03-20', reason: 'Hết hợp đồng' },
          },
        ]);
      spec
        .given([registered, started])
        .when({ type: 'RecordJobEnd', data: { jobId: 'j1', date: '2026-03-01', reason: 'x' } })
        .thenThrows(isCode('job_end_before_start', 'date'));
      spec
        .given([registered])
        .when({ type: 'RecordJobEnd', data: { jobId: 'j1', date: '2026-03-20', reason: 'x' } })
        .thenThrows(isCode('job_not_found', 'jobId'));
    });
  });
});
