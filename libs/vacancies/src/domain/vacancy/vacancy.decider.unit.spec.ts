import { DomainError } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import { vacancyDecider, type VacancyCommand } from './vacancy.decider';
import type { VacancyEvent, VacancyTerms } from './vacancy.events';
import { epsTerms, opened, weldingTerms } from './vacancy.fixtures';

const spec = DeciderSpecification.for(vacancyDecider);
const today = '2026-03-20';
const employer = { employerId: 'e1', overseasLicenceNo: null };
const enterprise = { employerId: 'e-colab', overseasLicenceNo: '45/LĐTBXH-GP' };

const open = (
  terms: VacancyTerms = weldingTerms,
  extra: Partial<Extract<VacancyCommand, { type: 'OpenVacancy' }>['data']> = {},
): VacancyCommand => ({
  type: 'OpenVacancy',
  data: {
    ...terms,
    vacancyId: 'v1',
    employerId: 'e1',
    unitCode: 'XMT',
    today,
    employer,
    licensedEnterprise: terms.overseas ? enterprise : null,
    ...extra,
  },
});
const referred = (referralId: string, jobSeekerId: string): VacancyEvent => ({
  type: 'CandidateReferred',
  data: { vacancyId: 'v1', referralId, jobSeekerId, date: '2026-03-22' },
});
const hired = (referralId: string, jobSeekerId: string): VacancyEvent => ({
  type: 'CandidateHired',
  data: { vacancyId: 'v1', referralId, jobSeekerId, date: '2026-03-25' },
});
const closed: VacancyEvent = {
  type: 'VacancyClosed',
  data: { vacancyId: 'v1', on: '2026-03-21', reason: 'Hủy' },
};
const isCode = (code: string, field?: string) => (e: unknown) =>
  e instanceof DomainError && e.code === code && (field === undefined || e.field === field);

describe('Vacancy decider', () => {
  describe('OpenVacancy', () => {
    it('opens a domestic vacancy', () => spec.given([]).when(open()).then([opened()]));
    it('opens an overseas order run by a licensed enterprise', () =>
      spec
        .given([])
        .when(open(epsTerms))
        .then([opened(epsTerms)]));
    it('opens a vacancy limited to one sex for a listed lawful reason', () => {
      const terms: VacancyTerms = {
        ...weldingTerms,
        sexLimit: { sex: 'female', reason: 'personal_care_of_same_sex' },
      };
      spec
        .given([])
        .when(open(terms))
        .then([opened(terms)]);
    });

    it('refuses to open twice', () =>
      spec.given([opened()]).when(open()).thenThrows(isCode('vacancy_exists')));
    it('refuses an unknown employer', () =>
      spec
        .given([])
        .when(open(weldingTerms, { employer: null }))
        .thenThrows(isCode('employer_not_found', 'employerId')));
    it('refuses a malformed occupation code', () =>
      spec
        .given([])
        .when(open({ ...weldingTerms, occupationCode: '721200' }))
        .thenThrows(isCode('invalid_occupation_code', 'occupationCode')));
    it('refuses a zero count', () =>
      spec
        .given([])
        .when(open({ ...weldingTerms, count: 0 }))
        .thenThrows(isCode('invalid_count', 'count')));
    it('refuses an upside-down wage range', () =>
      spec
        .given([])
        .when(open({ ...weldingTerms, wage: { min: 9_000_000, max: 8_000_000 } }))
        .thenThrows(isCode('invalid_wage_range', 'wage')));
    it('refuses a wage in fractions of a dong', () =>
      spec
        .given([])
        .when(open({ ...weldingTerms, wage: { min: 8_000_000.5, max: null } }))
        .thenThrows(isCode('invalid_wage', 'wage.min')));
    it('refuses a closing date in the past', () =>
      spec
        .given([])
        .when(open({ ...weldingTerms, closingDate: '2026-03-01' }))
        .thenThrows(isCode('closing_date_passed', 'closingDate')));
    it('refuses a sex limit without a lawful reason', () =>
      spec
        .given([])
        .when(open({ ...weldingTerms, sexLimit: { sex: 'male', reason: 'heavy_work' as never } }))
        .thenThrows(isCode('unlawful_sex_limit', 'sexLimit.reason')));
    it('refuses an age limit below the working age', () =>
      spec
        .given([])
        .when(open({ ...weldingTerms, ageLimit: { min: 14, max: null } }))
        .thenThrows(isCode('unlawful_age_limit', 'ageLimit.min')));
    it('refuses an overseas order open to people under 18', () =>
      spec
        .given([])
        .when(
          open({ ...epsTerms, overseas: { ...epsTerms.overseas!, ageAtDeparture: { min: 16, max: 39 } } }),
        )
        .thenThrows(isCode('unlawful_age_limit', 'overseas.ageAtDeparture.min')));
    it('refuses a place abroad without an overseas order', () =>
      spec
        .given([])
        .when(open({ ...weldingTerms, place: { kind: 'abroad', country: 'JP' } }))
        .thenThrows(isCode('overseas_place_mismatch', 'place')));
    it('refuses an overseas order run by an unlicensed enterprise', () =>
      spec
        .given([])
        .when(open(epsTerms, { licensedEnterprise: { employerId: 'e-colab', overseasLicenceNo: null } }))
        .thenThrows(isCode('enterprise_not_licensed', 'overseas.licensedEnterpriseId')));
    it('refuses an overseas order naming an unknown enterprise', () =>
      spec
        .given([])
        .when(open(epsTerms, { licensedEnterprise: null }))
        .thenThrows(isCode('licensed_enterprise_not_found', 'overseas.licensedEnterpriseId')));
    it('refuses an unknown programme', () =>
      spec
        .given([])
        .when(open({ ...epsTerms, overseas: { ...epsTerms.overseas!, programme: 'canada' as never } }))
        .thenThrows(isCode('unknown_programme', 'overseas.programme')));
  });

  describe('UpdateVacancy', () => {
    const update = (
      changes: Extract<VacancyCommand, { type: 'UpdateVacancy' }>['data']['changes'],
    ): VacancyCommand => ({
      type: 'UpdateVacancy',
      data: { changes, today },
    });
    it('records only what changed', () =>
      spec
        .given([opened()])
        .when(update({ title: 'Thợ hàn', count: 3 }))
        .then([{ type: 'VacancyUpdated', data: { vacancyId: 'v1', changes: { count: 3 }, on: today } }]));
    it('does nothing when nothing changed', () =>
      spec
        .given([opened()])
        .when(update({ count: 2 }))
        .then([]));
    it('fills the vacancy when the count is lowered to the number hired', () =>
      spec
        .given([opened(), referred('r1', 'js-1'), hired('r1', 'js-1')])
        .when(update({ count: 1 }))
        .then([
          { type: 'VacancyUpdated', data: { vacancyId: 'v1', changes: { count: 1 }, on: today } },
          { type: 'VacancyFilled', data: { vacancyId: 'v1', on: today, hired: 1 } },
        ]));
    it('refuses an unknown vacancy', () =>
      spec
        .given([])
        .when(update({ count: 3 }))
        .thenThrows(isCode('vacancy_not_found')));
    it('refuses a closed vacancy', () =>
      spec
        .given([opened(), closed])
        .when(update({ count: 3 }))
        .thenThrows(isCode('vacancy_not_open')));
    it('refuses a count below those hired', () => {
      const three = opened({ ...weldingTerms, count: 3 });
      spec
        .given([three, referred('r1', 'a'), hired('r1', 'a'), referred('r2', 'b'), hired('r2', 'b')])
        .when(update({ count: 1 }))
        .thenThrows(isCode('count_below_hired', 'count'));
    });
    it('refuses changes that break the terms', () =>
      spec
        .given([opened()])
        .when(update({ wage: { min: 20_000_000, max: 10_000_000 } }))
        .thenThrows(isCode('invalid_wage_range', 'wage')));
  });

  describe('CloseVacancy', () => {
    const close: VacancyCommand = { type: 'CloseVacancy', data: { on: '2026-03-21', reason: 'Hủy' } };
    it('closes an open vacancy', () => spec.given([opened()]).when(close).then([closed]));
    it('refuses an unknown vacancy', () =>
      spec.given([]).when(close).thenThrows(isCode('vacancy_not_found')));
    it('refuses to close twice', () =>
      spec.given([opened(), closed]).when(close).thenThrows(isCode('vacancy_not_open')));
    it('refuses a close without a reason', () =>
      spec
        .given([opened()])
        .when({ type: 'CloseVacancy', data: { on: '2026-03-21', reason: '' } })
        .thenThrows(isCode('required', 'reason')));
  });

  describe('ReferCandidate', () => {
    const refer = (referralId = 'r1', jobSeekerId = 'js-1', date = '2026-03-22'): VacancyCommand => ({
      type: 'ReferCandidate',
      data: { referralId, jobSeekerId, date },
    });
    it('records a referral', () =>
      spec
        .given([opened()])
        .when(refer())
        .then([referred('r1', 'js-1')]));
    it('refers again after a rejection', () =>
      spec
        .given([
          opened(),
          referred('r1', 'js-1'),
          {
            type: 'CandidateRejected',
            data: { vacancyId: 'v1', referralId: 'r1', jobSeekerId: 'js-1', date: '2026-03-23', reason: 'x' },
          },
        ])
        .when(refer('r2'))
        .then([referred('r2', 'js-1')]));
    it('refuses an unknown vacancy', () =>
      spec.given([]).when(refer()).thenThrows(isCode('vacancy_not_found')));
    it('refuses a closed vacancy', () =>
      spec.given([opened(), closed]).when(refer()).thenThrows(isCode('vacancy_not_open')));
    it('refuses after the closing date', () =>
      spec
        .given([opened()])
        .when(refer('r1', 'js-1', '2026-05-01'))
        .thenThrows(isCode('closing_date_passed', 'date')));
    it('refuses a reused referral id', () =>
      spec
        .given([opened(), referred('r1', 'js-1')])
        .when(refer('r1', 'js-2'))
        .thenThrows(isCode('referral_exists')));
    it('refuses a second pending referral of the same person', () =>
      spec
        .given([opened(), referred('r1', 'js-1')])
        .when(refer('r2'))
        .thenThrows(isCode('candidate_already_referred')));
  });

  describe('HireCandidate', () => {
    const hire = (referralId = 'r1', date = '2026-03-25'): VacancyCommand => ({
      type: 'HireCandidate',
      data: { referralId, date },
    });
    it('hires a referred candidate', () =>
      spec
        .given([opened(), referred('r1', 'js-1')])
        .when(hire())
        .then([hired('r1', 'js-1')]));
    it('fills the vacancy with the last position', () =>
      spec
        .given([opened(), referred('r1', 'a'), hired('r1', 'a'), referred('r2', 'b')])
        .when(hire('r2'))
        .then([
          hired('r2', 'b'),
          { type: 'VacancyFilled', data: { vacancyId: 'v1', on: '2026-03-25', hired: 2 } },
        ]));
    it('refuses an unknown referral', () =>
      spec.given([opened()]).when(hire()).thenThrows(isCode('referral_not_found')));
    it('refuses a decided referral', () =>
      spec
        .given([opened(), referred('r1', 'js-1'), hired('r1', 'js-1')])
        .when(hire())
        .thenThrows(isCode('referral_already_decided')));
    it('refuses a filled vacancy', () => {
      const one = opened({ ...weldingTerms, count: 1 });
      spec
        .given([
          one,
          referred('r1', 'a'),
          referred('r2', 'b'),
          hired('r1', 'a'),
          { type: 'VacancyFilled', data: { vacancyId: 'v1', on: '2026-03-25', hired: 1 } },
        ])
        .when(hire('r2'))
        .thenThrows(isCode('vacancy_not_open'));
    });
    it('refuses a hire dated before the referral', () =>
      spec
        .given([opened(), referred('r1', 'js-1')])
        .when(hire('r1', '2026-03-21'))
        .thenThrows(isCode('hired_before_referral', 'date')));
  });

  describe('RejectCandidate', () => {
    const reject = (reason = 'Không đạt phỏng vấn'): VacancyCommand => ({
      type: 'RejectCandidate',
      data: { referralId: 'r1', date: '2026-03-24', reason },
    });
    it('records a rejection, even after the vacancy closed', () =>
      spec
        .given([opened(), referred('r1', 'js-1'), closed])
        .when(reject())
        .then([
          {
            type: 'CandidateRejected',
            data: {
              vacancyId: 'v1',
              referralId: 'r1',
              jobSeekerId: 'js-1',
              date: '2026-03-24',
              reason: 'Không đạt phỏng vấn',
            },
          },
        ]));
    it('refuses an unknown vacancy', () =>
      spec.given([]).when(reject()).thenThrows(isCode('vacancy_not_found')));
    it('refuses an unknown referral', () =>
      spec.given([opened()]).when(reject()).thenThrows(isCode('referral_not_found')));
    it('refuses a decided referral', () =>
      spec
        .given([opened(), referred('r1', 'js-1'), hired('r1', 'js-1')])
        .when(reject())
        .thenThrows(isCode('referral_already_decided')));
    it('refuses a rejection without a reason', () =>
      spec
        .given([opened(), referred('r1', 'js-1')])
        .when(reject(' '))
        .thenThrows(isCode('required', 'reason')));
  });
});
