/** Shared test data: a domestic welding vacancy and a Korea EPS order. */
import type { VacancyEvent, VacancyTerms } from './vacancy.events';

export const weldingTerms: VacancyTerms = {
  occupationCode: '7212',
  title: 'Thợ hàn',
  count: 2,
  place: { kind: 'domestic', provinceCode: '33', communeCode: 'XMT', villageCode: null },
  wage: { min: 8_000_000, max: 12_000_000 },
  minEducation: { level: 'lower_secondary', hard: false },
  ageLimit: { min: 18, max: 45 },
  sexLimit: null,
  skills: ['hàn TIG', 'đọc bản vẽ'],
  startDate: '2026-04-01',
  closingDate: '2026-04-30',
  overseas: null,
};

export const epsTerms: VacancyTerms = {
  occupationCode: '8153',
  title: 'Lao động ngành sản xuất chế tạo (EPS Hàn Quốc)',
  count: 10,
  place: { kind: 'abroad', country: 'KR' },
  wage: { min: 45_000_000, max: null },
  minEducation: { level: 'lower_secondary', hard: true },
  ageLimit: null,
  sexLimit: null,
  skills: ['may công nghiệp'],
  startDate: null,
  closingDate: '2026-05-15',
  overseas: {
    country: 'KR',
    programme: 'korea_eps',
    ageAtDeparture: { min: 18, max: 39 },
    languageTest: { test: 'EPS-TOPIK', minimumLevel: 80 },
    licensedEnterpriseId: 'e-colab',
    expectedDepartureDate: '2026-09-01',
  },
};

export const opened = (terms: VacancyTerms = weldingTerms, vacancyId = 'v1'): VacancyEvent => ({
  type: 'VacancyOpened',
  data: { ...terms, vacancyId, employerId: 'e1', unitCode: 'XMT', openedOn: '2026-03-20' },
});
