/**
 * The seed plan: Kế hoạch số 58/KH-UBND ngày 22/9/2022 of Minh Tiến commune (Phù Cừ, Hưng Yên),
 * `seed/ke-hoach-58-KH-UBND-minh-tien-2022.txt`, entered exactly as printed. Every printed string
 * is kept beside the number read from it; nothing is corrected — `checkPlan` shows what disagrees.
 *
 * Reading choices (ours, not the document's):
 * - The annex prints bare yearly figures. A rate to raise (A1, A2) and a count (B1, B2) read as
 *   "at least" (≥); a rate to lower (C1) as "at most" (≤); B3 prints its own `<1`.
 * - Section II's "Tạo việc làm cho 500 lao động" has no comparator word: read as ≥ 500.
 * - The annex numbers only rows A1–C1. The section-II targets that are not in the annex get codes
 *   C2–C11 here, marked `printedIn: 'section_ii'`.
 * - The unit code `XMT` is the demo commune code (libs/admin demo units), not an official code.
 */
import type { Measure } from '../domain/indicators/indicator-report';
import type {
  Comparator,
  PlanAdoptedData,
  PlanIndicator,
  TextTarget,
  YearTarget,
} from '../domain/plan/plan.events';
import { parsePrintedFigure, parseVietnameseNumber } from '../domain/printed-figures/vietnamese-number';

export const SEED_PLAN_ID = 'minh-tien-58-KH-UBND-2022';

const YEARS = [2021, 2022, 2023, 2024, 2025] as const;

function annexRow(printed: readonly string[], direction: Comparator): YearTarget[] {
  return YEARS.map((year, i) => ({ year, ...parsePrintedFigure(printed[i] ?? '', direction) }));
}

function textTarget(printed: string, direction: Comparator, text: string): TextTarget {
  return { ...parsePrintedFigure(printed, direction), text };
}

function baseline(year: number, printed: string): PlanIndicator['baseline'] {
  return { year, printed, value: parseVietnameseNumber(printed.replace(/\s*%$/, '')) };
}

const annexIndicators: PlanIndicator[] = [
  {
    code: 'A1',
    printedIn: 'annex',
    name: { vi: 'Tỷ lệ lao động qua đào tạo', en: 'Trained-worker rate' },
    unit: 'percent',
    kind: 'stock',
    comparator: '≥',
    observed: true,
    baseline: null,
    yearlyTargets: annexRow(['85%', '90%', '94.4', '95', '95.5'], '≥'),
    statedPeriodTotal: null,
    sectionTarget: textTarget(
      'trên 80%',
      '≥',
      'Tỷ lệ lao động qua đào tạo trong tổng số lao động đang làm việc trong nền kinh tế đạt trên 80%',
    ),
    orientation2030: textTarget(
      'trên 95%',
      '≥',
      'Tỷ lệ lao động qua đào tạo trong tổng số lao động đang làm việc trong nền kinh tế đạt trên 95%',
    ),
  },
  {
    code: 'A2',
    printedIn: 'annex',
    name: {
      vi: 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ',
      en: 'Trained workers with a diploma or certificate',
    },
    unit: 'percent',
    kind: 'stock',
    comparator: '≥',
    observed: true,
    baseline: null,
    yearlyTargets: annexRow(['22,3', '25', '27', '29', '30'], '≥'),
    statedPeriodTotal: null,
    sectionTarget: textTarget(
      'trên 30%',
      '≥',
      'tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt trên 30%',
    ),
    orientation2030: textTarget(
      'trên 40%',
      '≥',
      'tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt trên 40%',
    ),
  },
  {
    code: 'B1',
    printedIn: 'annex',
    name: { vi: 'Tạo việc làm mới', en: 'New jobs created' },
    unit: 'persons',
    kind: 'flow',
    comparator: '≥',
    observed: true,
    baseline: null,
    yearlyTargets: annexRow(['75', '85', '90', '95', '105'], '≥'),
    statedPeriodTotal: { printed: '364', value: 364 },
    sectionTarget: textTarget(
      '500',
      '≥',
      'Tạo việc làm cho 500 lao động, trong đó xuất khẩu lao động trên 100 người',
    ),
    orientation2030: textTarget(
      'trên 1200',
      '≥',
      'Tạo việc làm cho trên 1200 lao động, trong đó xuất khẩu lao động trên 200 người',
    ),
  },
  {
    code: 'B2',
    printedIn: 'annex',
    name: { vi: 'Xuất khẩu lao động', en: 'Labour export (overseas contract work)' },
    unit: 'persons',
    kind: 'flow',
    comparator: '≥',
    observed: true,
    baseline: null,
    yearlyTargets: annexRow(['5', '15', '21', '24', '27'], '≥'),
    statedPeriodTotal: { printed: '92', value: 92 },
    sectionTarget: textTarget(
      'trên 100',
      '≥',
      'Tạo việc làm cho 500 lao động, trong đó xuất khẩu lao động trên 100 người',
    ),
    orientation2030: textTarget(
      'trên 200',
      '≥',
      'Tạo việc làm cho trên 1200 lao động, trong đó xuất khẩu lao động trên 200 người',
    ),
  },
  {
    code: 'B3',
    printedIn: 'annex',
    name: { vi: 'Tỷ lệ thất nghiệp', en: 'Unemployment rate' },
    unit: 'percent',
    kind: 'stock',
    comparator: '<',
    observed: true,
    baseline: null,
    yearlyTargets: annexRow(['<1', '<1', '<1', '<1', '<1'], '<'),
    statedPeriodTotal: null,
    sectionTarget: textTarget('dưới 1%', '<', 'Tỷ lệ thất nghiệp chung dưới 1%'),
    orientation2030: textTarget('dưới 1%', '<', 'Tỷ lệ thất nghiệp chung dưới 1%'),
  },
  {
    code: 'C1',
    printedIn: 'annex',
    name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poor-household rate' },
    unit: 'percent',
    kind: 'stock',
    comparator: '≤',
    observed: true,
    baseline: null,
    yearlyTargets: annexRow(['2.5', '1.45', '1,41', '1,21', '1,04'], '≤'),
    statedPeriodTotal: null,
    sectionTarget: textTarget('dưới 1%', '≤', 'Tỷ lệ hộ nghèo giảm còn dưới 1%'),
    orientation2030: {
      printed: 'cơ bản không còn hộ nghèo',
      comparator: '≤',
      value: 0,
      text: 'Toàn xã cơ bản không còn hộ nghèo (không tính hộ nghèo không có khả năng lao động)',
    },
  },
];

function sectionOnly(
  code: string,
  name: PlanIndicator['name'],
  unit: PlanIndicator['unit'],
  observed: boolean,
  target: TextTarget,
  base: PlanIndicator['baseline'] = null,
): PlanIndicator {
  return {
    code,
    printedIn: 'section_ii',
    name,
    unit,
    kind: unit === 'houses' ? 'flow' : 'stock',
    comparator: target.comparator,
    observed,
    baseline: base,
    yearlyTargets: [],
    statedPeriodTotal: null,
    sectionTarget: target,
    orientation2030: null,
  };
}

const sectionIndicators: PlanIndicator[] = [
  sectionOnly(
    'C2',
    {
      vi: 'Tỷ lệ hộ nghèo, cận nghèo không thiếu hụt bảo hiểm y tế',
      en: 'Poor/near-poor households not deprived of health insurance',
    },
    'percent',
    true,
    textTarget(
      '100%',
      '≥',
      'Tiếp tục duy trì 100% người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế',
    ),
  ),
  sectionOnly(
    'C3',
    {
      vi: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo tuổi',
      en: 'Under-5 underweight rate (weight for age)',
    },
    'percent',
    false,
    textTarget(
      'dưới 7%',
      '≤',
      'Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo tuổi xuống còn dưới 7% (tỷ lệ năm 2021 là 8,1%)',
    ),
    baseline(2021, '8,1%'),
  ),
  sectionOnly(
    'C4',
    {
      vi: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng chiều cao theo tuổi',
      en: 'Under-5 stunting rate (height for age)',
    },
    'percent',
    false,
    textTarget(
      'dưới 10%',
      '≤',
      'tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng chiều cao theo tuổi xuống còn dưới 10% (tỷ lệ năm 2021 là 11,89%)',
    ),
    baseline(2021, '11,89%'),
  ),
  sectionOnly(
    'C5',
    {
      vi: 'Tỷ lệ hộ nghèo, cận nghèo không thiếu hụt về trẻ em đi học đúng độ tuổi',
      en: 'Poor/near-poor households with all children in school at the right age',
    },
    'percent',
    true,
    textTarget('100%', '≥', 'Duy trì tỷ lệ trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi đạt 100%'),
  ),
  sectionOnly(
    'C6',
    {
      vi: 'Tỷ lệ người lao động thuộc hộ nghèo, cận nghèo, mới thoát nghèo qua đào tạo',
      en: 'Trained workers of poor, near-poor and newly escaped households',
    },
    'percent',
    false,
    textTarget(
      '55%',
      '≥',
      'Tỷ lệ người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo qua đào tạo đạt 55%',
    ),
  ),
  sectionOnly(
    'C7',
    {
      vi: 'Tỷ lệ người lao động thuộc hộ nghèo, cận nghèo, mới thoát nghèo có bằng cấp chứng chỉ',
      en: 'Workers of poor, near-poor and newly escaped households with a certificate',
    },
    'percent',
    false,
    textTarget('25%', '≥', 'trong đó có bằng cấp chứng chỉ đạt 25%'),
  ),
  sectionOnly(
    'C8',
    { vi: 'Nhà ở xây mới cho hộ nghèo, cận nghèo', en: 'New houses for poor/near-poor households' },
    'houses',
    false,
    textTarget(
      'khoảng 15',
      '≥',
      'hỗ trợ xây mới khoảng 15 căn nhà cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở',
    ),
  ),
  sectionOnly(
    'C9',
    {
      vi: 'Tỷ lệ hộ nghèo, cận nghèo sử dụng nước sinh hoạt hợp vệ sinh',
      en: 'Poor/near-poor households using clean water',
    },
    'percent',
    true,
    textTarget(
      '100%',
      '≥',
      '100% hộ nghèo, hộ cận nghèo sử dụng nước sinh hoạt hợp vệ sinh (tỷ lệ năm 2021 là 97,83%)',
    ),
    baseline(2021, '97,83%'),
  ),
  sectionOnly(
    'C10',
    {
      vi: 'Tỷ lệ hộ nghèo, cận nghèo sử dụng nhà tiêu hợp vệ sinh',
      en: 'Poor/near-poor households using a hygienic latrine',
    },
    'percent',
    true,
    textTarget(
      '75%',
      '≥',
      '75% hộ nghèo, hộ cận nghèo sử dụng nhà tiêu hợp vệ sinh (tỷ lệ năm 2021 là 65,22%)',
    ),
    baseline(2021, '65,22%'),
  ),
  sectionOnly(
    'C11',
    {
      vi: 'Tỷ lệ hộ nghèo, cận nghèo có nhu cầu được sử dụng dịch vụ viễn thông, internet',
      en: 'Poor/near-poor households that need it using telecom/internet',
    },
    'percent',
    true,
    textTarget(
      '90%',
      '≥',
      '90% hộ nghèo, hộ cận nghèo có nhu cầu được tiếp cận sử dụng các dịch vụ viễn thông, internet (tỷ lệ năm 2021 là 10,87%)',
    ),
    baseline(2021, '10,87%'),
  ),
];

/**
 * What the tracker computes for each indicator of the seed plan. The section-II shares are
 * measured on one of the 12 deprivations of Nghị định 07/2021/NĐ-CP recorded in the reviews.
 */
export const SEED_PLAN_MEASURES: Readonly<Record<string, Measure>> = {
  A1: { kind: 'trained' },
  A2: { kind: 'certified' },
  B1: { kind: 'new_jobs' },
  B2: { kind: 'labour_export' },
  B3: { kind: 'unemployment' },
  C1: { kind: 'poor_households' },
  C2: { kind: 'not_deprived', deprivation: 'health_insurance' },
  C5: { kind: 'not_deprived', deprivation: 'child_schooling' },
  C9: { kind: 'not_deprived', deprivation: 'domestic_water' },
  C10: { kind: 'not_deprived', deprivation: 'latrine' },
  C11: { kind: 'not_deprived', deprivation: 'telecom' },
};

export const SEED_PLAN_58_2022: PlanAdoptedData = {
  planId: SEED_PLAN_ID,
  number: '58/KH-UBND',
  adoptedOn: '2022-09-22',
  unitCode: 'XMT',
  unitName: 'Ủy ban nhân dân xã Minh Tiến',
  title:
    'Kế hoạch thực hiện Nghị quyết số 31-NQ/TU ngày 12/8/2022 của Ban thường vụ Tỉnh ủy về Chương trình phát triển giáo dục nghề nghiệp, việc làm, giảm nghèo tỉnh Hưng Yên đến 2025, định hướng đến năm 2030',
  legalBasis: [
    'Nghị quyết số 31-NQ/TU ngày 12/8/2022 của Ban thường vụ Tỉnh ủy Hưng Yên',
    'Kế hoạch số 131/KH-UBND ngày 20/9/2022 của UBND huyện Phù Cừ',
  ],
  period: { fromYear: 2021, toYear: 2025 },
  annexNumber: '56/KH-UBND',
  indicators: [...annexIndicators, ...sectionIndicators],
};
