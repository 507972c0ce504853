/**
 * The demo commune's job seekers (Xã Minh Tiến, villages XMT-01…05, 2022 → today): a pure,
 * deterministic plan (fixed seed) that `loadDemoJobSeekers` and the demo orchestration feed through
 * the real use cases. Every name, citizen ID, phone number and note is INVENTED: plausible Vietnamese,
 * valid by the CCCD rules (province 033, sex/century and year digits match), no real person.
 */
import type {
  ConsultationTopic,
  EducationLevel,
  JobSeekerProfile,
  LabourStatus,
} from '../domain/job-seeker/job-seeker.events';
import type { Sex } from '../domain/citizen-id/citizen-id';
import { addDaysIso, DemoRandom, minIso } from './demo-random';

export const DEMO_SEED = 20220103;
export const DEMO_HISTORY_START = '2022-01-03';
export const DEMO_VILLAGES: readonly { code: string; name: string }[] = [
  { code: 'XMT-01', name: 'Thôn Đông' },
  { code: 'XMT-02', name: 'Thôn Tây' },
  { code: 'XMT-03', name: 'Thôn Nam' },
  { code: 'XMT-04', name: 'Thôn Bắc' },
  { code: 'XMT-05', name: 'Thôn Trung' },
];

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Đào',
  'Lương',
];
const MIDDLE: Record<Sex, readonly string[]> = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Tiến', 'Công'],
  female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Thị Thu', 'Hồng'],
};
const GIVEN: Record<Sex, readonly string[]> = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Hải',
    'Hùng',
    'Khánh',
    'Long',
    'Mạnh',
    'Nam',
    'Phong',
    'Quân',
    'Sơn',
    'Thắng',
    'Tuấn',
    'Việt',
    'Đông',
    'Hiếu',
    'Toàn',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Hà',
    'Hằng',
    'Hoa',
    'Huyền',
    'Lan',
    'Linh',
    'Loan',
    'Mai',
    'Nga',
    'Oanh',
    'Phương',
    'Thảo',
    'Trang',
    'Yến',
    'Hương',
    'Nhung',
    'Thủy',
  ],
};

/** Occupations sought (catalogue codes of `@vieclam/vacancies`) and the skills that go with them. */
export const DEMO_OCCUPATIONS: Readonly<Record<string, { weight: number; skills: readonly string[] }>> = {
  '8153': { weight: 14, skills: ['May công nghiệp', 'Vắt sổ', 'Kiểm hàng may'] },
  '7533': { weight: 5, skills: ['May công nghiệp', 'Thêu tay'] },
  '7212': { weight: 8, skills: ['Hàn TIG', 'Hàn MIG', 'Đọc bản vẽ', 'Hàn điện'] },
  '8212': { weight: 12, skills: ['Lắp ráp linh kiện điện tử', 'Kiểm tra chất lượng', 'Tiếng Hàn cơ bản'] },
  '8332': { weight: 5, skills: ['Lái xe hạng C', 'Bảo dưỡng xe'] },
  '8322': { weight: 4, skills: ['Lái xe hạng B2'] },
  '7411': { weight: 6, skills: ['Điện dân dụng', 'Đọc bản vẽ'] },
  '5322': { weight: 5, skills: ['Chăm sóc người cao tuổi', 'Sơ cứu', 'Tiếng Nhật cơ bản'] },
  '5120': { weight: 5, skills: ['Nấu ăn', 'Vệ sinh an toàn thực phẩm'] },
  '6122': { weight: 7, skills: ['Chăn nuôi gia cầm', 'Phòng bệnh vật nuôi'] },
  '6111': { weight: 6, skills: ['Trồng rau an toàn', 'Sử dụng máy nông nghiệp'] },
  '7112': { weight: 5, skills: ['Xây trát', 'Đọc bản vẽ'] },
  '9313': { weight: 5, skills: ['Xây trát'] },
  '5223': { weight: 5, skills: ['Bán hàng', 'Tin học văn phòng'] },
  '7231': { weight: 4, skills: ['Sửa chữa xe máy', 'Bảo dưỡng xe'] },
  '9321': { weight: 4, skills: ['Đóng gói hàng'] },
};

const EDUCATION: Readonly<Record<EducationLevel, number>> = {
  none: 1,
  primary: 6,
  lower_secondary: 32,
  upper_secondary: 36,
  vocational: 13,
  college: 7,
  university: 5,
};

const NOTES: readonly string[] = [
  'Đã trao đổi nhu cầu việc làm và hoàn cảnh gia đình.',
  'Giới thiệu thông tin tuyển dụng của các doanh nghiệp trong tỉnh.',
  'Người lao động muốn làm gần nhà để chăm con nhỏ.',
  'Hướng dẫn chuẩn bị hồ sơ xin việc và kỹ năng phỏng vấn.',
  'Tư vấn học nghề ngắn hạn theo chính sách hỗ trợ của huyện.',
  'Cung cấp thông tin chương trình EPS và chi phí đi làm việc ở nước ngoài.',
  'Giới thiệu chương trình vay vốn tạo việc làm của NHCSXH.',
];
const NEXT_STEPS: readonly string[] = [
  'Liên hệ lại sau khi có kết quả phỏng vấn.',
  'Nộp hồ sơ học nghề tại trung tâm GDNN-GDTX.',
  'Chuẩn bị giấy tờ vay vốn, hẹn cán bộ NHCSXH.',
  'Theo dõi đơn hàng mới, gọi điện khi có.',
  'Tham gia phiên giao dịch việc làm của tỉnh.',
];

const TOPICS_BY_NEED: Readonly<Record<string, readonly ConsultationTopic[]>> = {
  default: ['career_orientation', 'labour_market_information', 'job_search_support'],
  abroad: ['labour_export_information', 'labour_market_information'],
  training: ['training_referral', 'career_orientation'],
  loan: ['loan_information', 'career_orientation'],
};

export interface DemoConsultation {
  date: string;
  topics: ConsultationTopic[];
  notes: string;
  nextSteps: string;
  followUpOn: string | null;
}

/** A job found without a vacancy of the register (the placements come from referrals). */
export interface DemoOwnJob {
  date: string;
  channel: 'self_employment' | 'loan_financed' | 'other';
  loanId: string | null;
  occupationCode: string;
  domestic: boolean;
  end: { date: string; reason: string } | null;
}

export interface DemoJobSeeker {
  /** Stable key of the plan (`js-001`), not the stream id. */
  key: string;
  profile: JobSeekerProfile;
  registeredOn: string;
  initialStatus: LabourStatus;
  consultations: DemoConsultation[];
  ownJob: DemoOwnJob | null;
  /** Moved away: closed after everything else (and never referred). */
  closeOn: string | null;
}

export interface DemoJobSeekerPlanOptions {
  today: string;
  count?: number;
  seed?: number;
}

function stripYear(date: string): number {
  return Number(date.slice(0, 4));
}

/** A CCCD valid for the profile: 033 (Hưng Yên), sex/century digit, two year digits, six digits. */
export function demoCitizenId(sex: Sex, dateOfBirth: string, serial: number): string {
  const year = stripYear(dateOfBirth);
  const centuryDigit = (year >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
  return `033${centuryDigit}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

/** The demo commune's job seekers, the same for the same `today` and seed. */
export function planDemoJobSeekers(options: DemoJobSeekerPlanOptions): DemoJobSeeker[] {
  const random = new DemoRandom(options.seed ?? DEMO_SEED);
  const count = options.count ?? 160;
  const today = options.today;
  const lastRegistration = addDaysIso(today, -20);
  const span = Math.max(
    1,
    Math.round((Date.parse(lastRegistration) - Date.parse(DEMO_HISTORY_START)) / 86_400_000),
  );
  const seenNames = new Set<string>();
  const people: DemoJobSeeker[] = [];
  const occupationWeights = Object.fromEntries(
    Object.entries(DEMO_OCCUPATIONS).map(([code, o]) => [code, o.weight]),
  ) as Record<string, number>;

  for (let i = 0; i < count; i += 1) {
    const sex: Sex = random.chance(0.5) ? 'male' : 'female';
    // Registrations spread over the years, a little denser recently (more people use the service).
    const registeredOn = addDaysIso(DEMO_HISTORY_START, Math.floor(span * random.next() ** 0.85));
    const age = random.int(17, 52);
    const birthYear = stripYear(registeredOn) - age;
    const dateOfBirth = `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    let fullName = '';
    do {
      fullName = `${random.pick(SURNAMES)} ${random.pick(MIDDLE[sex])} ${random.pick(GIVEN[sex])}`;
    } while (seenNames.has(fullName));
    seenNames.add(fullName);
    const village = DEMO_VILLAGES[i % DEMO_VILLAGES.length]!;
    const first = random.weighted(occupationWeights);
    const occupationCodes = random.chance(0.3)
      ? [first, random.weighted(occupationWeights)].filter((c, n, all) => all.indexOf(c) === n)
      : [first];
    const skills = [
      ...new Set(
        occupationCodes.flatMap((code) => random.sample(DEMO_OCCUPATIONS[code]!.skills, random.int(1, 2))),
      ),
    ];
    const young = age <= 35;
    const willingToGoAbroad = young && random.chance(0.45);
    const profile: JobSeekerProfile = {
      fullName,
      citizenId: demoCitizenId(sex, dateOfBirth, 100_000 + i * 37 + random.int(0, 30)),
      dateOfBirth,
      sex,
      villageCode: village.code,
      phone: `09${String(random.int(10_000_000, 99_999_999))}`,
      address: `Số ${random.int(1, 120)}, ${village.name}, xã Minh Tiến`,
      educationLevel: random.weighted(EDUCATION),
      occupationCodes,
      skills,
      desiredWage: random.chance(0.9) ? random.int(10, 24) * 500_000 : null,
      willingToWorkAway: willingToGoAbroad || random.chance(0.35),
      willingToGoAbroad,
      householdId: null,
    };
    const initialStatus: LabourStatus =
      age < 19 && random.chance(0.5)
        ? 'not_in_labour_force'
        : random.weighted({ unemployed: 82, employed: 10, not_in_labour_force: 8 });

    const ownJob: DemoOwnJob | null =
      initialStatus !== 'not_in_labour_force' && random.chance(0.38)
        ? planOwnJob(random, i, registeredOn, today, first)
        : null;
    const need =
      ownJob?.channel === 'loan_financed'
        ? 'loan'
        : willingToGoAbroad
          ? 'abroad'
          : random.chance(0.25)
            ? 'training'
            : 'default';
    const consultations = planConsultations(random, registeredOn, ownJob?.date ?? null, today, need, i);
    const lastStep = [
      registeredOn,
      ...consultations.map((c) => c.date),
      ownJob?.end?.date ?? ownJob?.date ?? registeredOn,
    ]
      .sort()
      .at(-1)!;
    const closeOn =
      !ownJob && random.chance(0.05) && addDaysIso(lastStep, 40) < today ? addDaysIso(lastStep, 40) : null;
    people.push({
      key: `js-${String(i + 1).padStart(3, '0')}`,
      profile,
      registeredOn,
      initialStatus,
      consultations,
      ownJob,
      closeOn,
    });
  }
  return people;
}

function planOwnJob(
  random: DemoRandom,
  i: number,
  registeredOn: string,
  today: string,
  occupationCode: string,
): DemoOwnJob | null {
  const date = addDaysIso(registeredOn, random.int(25, 320));
  if (date > addDaysIso(today, -3)) return null;
  const channel = random.weighted({ self_employment: 45, loan_financed: 35, other: 20 });
  const endDate = addDaysIso(date, random.int(120, 500));
  return {
    date,
    channel,
    loanId: channel === 'loan_financed' ? `demo-loan-${String(i + 1).padStart(4, '0')}` : null,
    occupationCode,
    domestic: true,
    end:
      random.chance(0.12) && endDate < today
        ? { date: endDate, reason: 'Hết hợp đồng / mùa vụ (demo)' }
        : null,
  };
}

function planConsultations(
  random: DemoRandom,
  registeredOn: string,
  jobDate: string | null,
  today: string,
  need: keyof typeof TOPICS_BY_NEED,
  i: number,
): DemoConsultation[] {
  const consultations: DemoConsultation[] = [];
  const until = jobDate ?? today;
  let date = addDaysIso(registeredOn, random.int(0, 3));
  const howMany = random.int(1, 4);
  for (let n = 0; n < howMany && date <= until; n += 1) {
    const topics = [
      ...new Set([
        random.pick(TOPICS_BY_NEED[need]!),
        ...random.sample(TOPICS_BY_NEED.default!, random.int(0, 1)),
      ]),
    ];
    consultations.push({
      date,
      topics,
      notes: random.pick(NOTES),
      nextSteps: random.pick(NEXT_STEPS),
      followUpOn: null,
    });
    date = addDaysIso(date, random.int(20, 150));
  }
  // Still looking: the last consultation asks for a follow-up. About one in eight has one recent,
  // due in the days around today (so the work list shows due and overdue follow-ups).
  const last = consultations.at(-1);
  if (last && jobDate === null) {
    if (i % 8 === 3) {
      last.date = minIso(addDaysIso(today, -random.int(3, 25)), today);
      if (last.date < registeredOn) last.date = registeredOn;
      last.followUpOn = addDaysIso(today, random.int(-10, 6));
      if (last.followUpOn < last.date) last.followUpOn = last.date;
      consultations.sort((a, b) => a.date.localeCompare(b.date));
    } else if (random.chance(0.5) && last.date > addDaysIso(today, -120)) {
      last.followUpOn = addDaysIso(last.date, random.int(14, 45));
    }
  }
  return consultations;
}
