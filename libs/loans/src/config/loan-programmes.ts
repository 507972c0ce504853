/**
 * The Social Policy Bank (NHCSXH) lending programmes as dated configuration. Every figure is a
 * version with valid-from/valid-to; a new rate or limit is added as a new version starting later,
 * never written over an old one. Loans take their rate, amount and term from the version in force on
 * their approval date and keep them (see the PolicyLoan decider).
 *
 * The legal basis is noted per version; `toVerify` lists what was not checked against the decisions
 * currently in force (the README repeats the list).
 */
import { findProgrammeInForce, type LoanProgrammeVersion } from '../domain/programme/loan-programme';

const MILLION = 1_000_000;

export const LOAN_PROGRAMMES: readonly LoanProgrammeVersion[] = [
  {
    code: 'poor_households',
    name: { vi: 'Cho vay hộ nghèo', en: 'Loans to poor households' },
    eligibility: { householdClasses: ['poor'], overseasContract: false },
    createsJobs: false,
    maxAmount: 100 * MILLION,
    maxTermMonths: 120,
    annualRateBasisPoints: 660,
    validFrom: '2022-01-01',
    validTo: null,
    legalBasis:
      'Nghị định 78/2002/NĐ-CP (tín dụng đối với người nghèo và các đối tượng chính sách); ' +
      'lãi suất 0,55 %/tháng = 6,6 %/năm theo Quyết định 750/QĐ-TTg (2015); ' +
      'mức cho vay tối đa theo quyết định của Hội đồng quản trị NHCSXH.',
    toVerify: [
      'maxAmount (100 triệu đồng/hộ)',
      'maxTermMonths (120)',
      'validFrom (start of this catalogue, not of the rule)',
    ],
  },
  {
    code: 'near_poor_households',
    name: { vi: 'Cho vay hộ cận nghèo', en: 'Loans to near-poor households' },
    eligibility: { householdClasses: ['near_poor'], overseasContract: false },
    createsJobs: false,
    maxAmount: 100 * MILLION,
    maxTermMonths: 60,
    annualRateBasisPoints: 792,
    validFrom: '2022-01-01',
    validTo: null,
    legalBasis:
      'Quyết định 15/2013/QĐ-TTg (tín dụng đối với hộ cận nghèo): lãi suất bằng 120 % lãi suất cho vay hộ nghèo ' +
      '= 0,66 %/tháng = 7,92 %/năm.',
    toVerify: ['maxAmount (100 triệu đồng/hộ)', 'maxTermMonths (60; may have been lengthened)'],
  },
  {
    code: 'newly_escaped_poverty',
    name: { vi: 'Cho vay hộ mới thoát nghèo', en: 'Loans to households newly out of poverty' },
    eligibility: { householdClasses: ['newly_escaped'], overseasContract: false },
    createsJobs: false,
    maxAmount: 100 * MILLION,
    maxTermMonths: 60,
    annualRateBasisPoints: 825,
    validFrom: '2022-01-01',
    validTo: null,
    legalBasis:
      'Quyết định 28/2015/QĐ-TTg (tín dụng đối với hộ mới thoát nghèo, trong 36 tháng kể từ khi thoát nghèo): ' +
      'lãi suất bằng 125 % lãi suất cho vay hộ nghèo = 0,6875 %/tháng = 8,25 %/năm.',
    toVerify: ['maxAmount (100 triệu đồng/hộ)', 'maxTermMonths (60)'],
  },
  {
    code: 'job_creation',
    name: {
      vi: 'Cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm',
      en: 'Loans for job creation, keeping and expanding jobs',
    },
    eligibility: { householdClasses: null, overseasContract: false },
    createsJobs: true,
    maxAmount: 100 * MILLION,
    maxTermMonths: 120,
    annualRateBasisPoints: 792,
    validFrom: '2022-01-01',
    validTo: null,
    legalBasis:
      'Nghị định 61/2015/NĐ-CP, sửa đổi bởi Nghị định 74/2019/NĐ-CP và Nghị định 104/2022/NĐ-CP (Quỹ quốc gia ' +
      'về việc làm): người lao động vay tối đa 100 triệu đồng; lãi suất bằng lãi suất cho vay hộ cận nghèo (7,92 %/năm).',
    toVerify: [
      'maxTermMonths (120)',
      'the reduced rate for priority borrowers (people with disabilities, ethnic minorities…) is not modelled',
      'loans to businesses and cooperatives (higher limits) are not modelled',
    ],
  },
  {
    code: 'working_abroad_priority',
    name: {
      vi: 'Cho vay người lao động đi làm việc ở nước ngoài theo hợp đồng (hộ nghèo, cận nghèo)',
      en: 'Loans for working abroad under contract (poor and near-poor households)',
    },
    eligibility: { householdClasses: ['poor', 'near_poor'], overseasContract: true },
    createsJobs: false,
    maxAmount: 100 * MILLION,
    maxTermMonths: 60,
    annualRateBasisPoints: 660,
    validFrom: '2022-01-01',
    validTo: null,
    legalBasis:
      'Nghị định 61/2015/NĐ-CP điều 33, sửa đổi bởi Nghị định 74/2019/NĐ-CP; Luật Người lao động Việt Nam đi làm ' +
      'việc ở nước ngoài theo hợp đồng 69/2020/QH14: người thuộc hộ nghèo, cận nghèo, người dân tộc thiểu số vay ' +
      'với lãi suất cho vay hộ nghèo (6,6 %/năm).',
    toVerify: [
      'maxAmount: the rule is up to 100 % of the costs in the contract, not a fixed sum; 100 triệu is a demo cap',
      'maxTermMonths: the rule is at most the contract term; 60 is a demo cap',
      'which groups get this rate (ethnic-minority borrowers are not modelled)',
    ],
  },
  {
    code: 'working_abroad',
    name: {
      vi: 'Cho vay người lao động đi làm việc ở nước ngoài theo hợp đồng',
      en: 'Loans for working abroad under contract',
    },
    eligibility: { householdClasses: null, overseasContract: true },
    createsJobs: false,
    maxAmount: 100 * MILLION,
    maxTermMonths: 60,
    annualRateBasisPoints: 792,
    validFrom: '2022-01-01',
    validTo: null,
    legalBasis:
      'Nghị định 61/2015/NĐ-CP điều 33, sửa đổi bởi Nghị định 74/2019/NĐ-CP: các đối tượng khác vay với lãi suất ' +
      'cho vay giải quyết việc làm (7,92 %/năm).',
    toVerify: ['maxAmount and maxTermMonths as for working_abroad_priority'],
  },
  {
    code: 'clean_water_sanitation',
    name: {
      vi: 'Cho vay nước sạch và vệ sinh môi trường nông thôn',
      en: 'Loans for rural clean water and sanitation',
    },
    eligibility: { householdClasses: null, overseasContract: false },
    createsJobs: false,
    maxAmount: 20 * MILLION,
    maxTermMonths: 60,
    annualRateBasisPoints: 900,
    validFrom: '2022-01-01',
    validTo: '2024-06-30',
    legalBasis:
      'Quyết định 18/2014/QĐ-TTg (sửa đổi Quyết định 62/2004/QĐ-TTg): tối đa 20 triệu đồng cho mỗi loại công trình; ' +
      'lãi suất 9 %/năm.',
    toVerify: ['validTo (the date the replacing decision took effect)', 'rate 9 %/năm since which decision'],
  },
  {
    code: 'clean_water_sanitation',
    name: {
      vi: 'Cho vay nước sạch và vệ sinh môi trường nông thôn',
      en: 'Loans for rural clean water and sanitation',
    },
    eligibility: { householdClasses: null, overseasContract: false },
    createsJobs: false,
    maxAmount: 25 * MILLION,
    maxTermMonths: 60,
    annualRateBasisPoints: 900,
    validFrom: '2024-07-01',
    validTo: null,
    legalBasis: 'Quyết định 10/2024/QĐ-TTg: tối đa 25 triệu đồng cho mỗi loại công trình; lãi suất 9 %/năm.',
    toVerify: [
      'validFrom (effective date of QĐ 10/2024/QĐ-TTg)',
      'maxAmount per works vs per household (a household may build both a water and a latrine works)',
    ],
  },
];

/** The version of a programme in force on `date` in the shipped catalogue (or another one). */
export function programmeInForce(
  code: string,
  date: string,
  catalogue: readonly LoanProgrammeVersion[] = LOAN_PROGRAMMES,
): LoanProgrammeVersion | null {
  return findProgrammeInForce(catalogue, code, date);
}
