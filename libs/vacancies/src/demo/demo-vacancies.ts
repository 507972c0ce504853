/**
 * The demo commune's employers and vacancies (2022 → today), including overseas orders run by
 * licensed enterprises. Every name, tax code, licence number and phone number is INVENTED (marked
 * "(demo)"); nothing here describes a real company.
 */
import type { EmployerProfile } from '../domain/employer/employer.events';
import type { OverseasProgramme } from '../domain/vacancy/vacancy.events';
import type { OpenVacancyInput } from '../application/vacancy-commands';

export interface DemoEmployer {
  key: string;
  registeredOn: string;
  profile: EmployerProfile;
}

export interface DemoVacancy {
  key: string;
  employerKey: string;
  /** The licensed enterprise running an overseas order. */
  enterpriseKey: string | null;
  openedOn: string;
  terms: Omit<OpenVacancyInput, 'employerId' | 'overseas'> & {
    overseas: Omit<NonNullable<OpenVacancyInput['overseas']>, 'licensedEnterpriseId'> | null;
  };
  /** Closed by the counsellor on this day (after its referrals), or null (open, or filled by hires). */
  closeOn: string | null;
  /** How many of the referred are hired (the rest rejected or, while open, still waiting). */
  hires: number;
  referrals: number;
}

const contact = (person: string, phone: string) => ({ person, phone, email: null });

export const DEMO_EMPLOYERS: readonly DemoEmployer[] = [
  {
    key: 'may',
    registeredOn: '2022-01-10',
    profile: {
      name: 'Công ty TNHH May Minh Tiến (demo)',
      taxCode: '0900000101',
      address: 'Cụm công nghiệp xã Minh Tiến',
      unitCode: 'XMT',
      contact: contact('Phạm Thị Hạnh', '0221000101'),
      overseasLicence: null,
    },
  },
  {
    key: 'cokhi',
    registeredOn: '2022-01-12',
    profile: {
      name: 'Công ty CP Cơ khí Phù Cừ (demo)',
      taxCode: '0900000102',
      address: 'Thôn Bắc, xã Minh Tiến',
      unitCode: 'XMT-04',
      contact: contact('Trần Văn Lực', '0221000102'),
      overseasLicence: null,
    },
  },
  {
    key: 'dientu',
    registeredOn: '2022-01-20',
    profile: {
      name: 'Công ty TNHH Điện tử Phố Nối (demo)',
      taxCode: '0900000103',
      address: 'KCN Phố Nối A, Hưng Yên',
      unitCode: 'XMT',
      contact: contact('Nguyễn Thu Trang', '0221000103'),
      overseasLicence: null,
    },
  },
  {
    key: 'htx',
    registeredOn: '2022-02-07',
    profile: {
      name: 'HTX Nông nghiệp Minh Tiến (demo)',
      taxCode: null,
      address: 'Thôn Trung, xã Minh Tiến',
      unitCode: 'XMT-05',
      contact: contact('Đỗ Văn Bảy', '0221000104'),
      overseasLicence: null,
    },
  },
  {
    key: 'xaydung',
    registeredOn: '2022-03-01',
    profile: {
      name: 'Công ty Xây dựng Hưng Yên (demo)',
      taxCode: '0900000105',
      address: 'TP Hưng Yên',
      unitCode: 'XMT',
      contact: contact('Lê Quang Vinh', '0221000105'),
      overseasLicence: null,
    },
  },
  {
    key: 'nhahang',
    registeredOn: '2022-04-11',
    profile: {
      name: 'Nhà hàng Đông Phương (demo)',
      taxCode: '0900000106',
      address: 'Thôn Đông, xã Minh Tiến',
      unitCode: 'XMT-01',
      contact: contact('Vũ Thị Liên', '0221000106'),
      overseasLicence: null,
    },
  },
  {
    key: 'vantai',
    registeredOn: '2022-05-16',
    profile: {
      name: 'Công ty Vận tải Tiến Phát (demo)',
      taxCode: '0900000107',
      address: 'Thôn Tây, xã Minh Tiến',
      unitCode: 'XMT-02',
      contact: contact('Bùi Đức Phát', '0221000107'),
      overseasLicence: null,
    },
  },
  {
    key: 'chamsoc',
    registeredOn: '2022-06-06',
    profile: {
      name: 'Cơ sở Chăm sóc người cao tuổi An Bình (demo)',
      taxCode: '0900000108',
      address: 'Thôn Nam, xã Minh Tiến',
      unitCode: 'XMT-03',
      contact: contact('Hoàng Thị Bình', '0221000108'),
      overseasLicence: null,
    },
  },
  {
    key: 'nhanluc',
    registeredOn: '2022-02-21',
    profile: {
      name: 'Công ty CP Cung ứng Nhân lực Quốc tế (demo)',
      taxCode: '0100000109',
      address: 'Hà Nội',
      unitCode: 'XMT',
      contact: contact('Ngô Minh Tâm', '0241000109'),
      overseasLicence: { licenceNo: 'DEMO-001/LĐTBXH-GP', issuedOn: '2021-06-15' },
    },
  },
  {
    key: 'achau',
    registeredOn: '2022-07-04',
    profile: {
      name: 'Công ty TNHH Hợp tác Lao động Á Châu (demo)',
      taxCode: '0100000110',
      address: 'Hà Nội',
      unitCode: 'XMT',
      contact: contact('Dương Thị Hoa', '0241000110'),
      overseasLicence: { licenceNo: 'DEMO-002/LĐTBXH-GP', issuedOn: '2020-11-02' },
    },
  },
];

interface DomesticTemplate {
  employerKey: string;
  occupationCode: string;
  title: string;
  wage: [number, number];
  skills: string[];
  place: OpenVacancyInput['place'];
}

const DOMESTIC: readonly DomesticTemplate[] = [
  {
    employerKey: 'may',
    occupationCode: '8153',
    title: 'Công nhân may công nghiệp',
    wage: [6_500_000, 9_000_000],
    skills: ['May công nghiệp'],
    place: { communeCode: 'XMT' },
  },
  {
    employerKey: 'dientu',
    occupationCode: '8212',
    title: 'Công nhân lắp ráp linh kiện điện tử',
    wage: [7_000_000, 10_000_000],
    skills: ['Lắp ráp linh kiện điện tử', 'Kiểm tra chất lượng'],
    place: { provinceCode: '33' },
  },
  {
    employerKey: 'cokhi',
    occupationCode: '7212',
    title: 'Thợ hàn',
    wage: [9_000_000, 13_000_000],
    skills: ['Hàn TIG', 'Đọc bản vẽ'],
    place: { villageCode: 'XMT-04' },
  },
  {
    employerKey: 'htx',
    occupationCode: '6122',
    title: 'Lao động chăn nuôi gia cầm',
    wage: [5_500_000, 7_000_000],
    skills: ['Chăn nuôi gia cầm'],
    place: { villageCode: 'XMT-05' },
  },
  {
    employerKey: 'xaydung',
    occupationCode: '7112',
    title: 'Thợ xây',
    wage: [8_000_000, 12_000_000],
    skills: ['Xây trát'],
    place: { provinceCode: '33' },
  },
  {
    employerKey: 'nhahang',
    occupationCode: '5120',
    title: 'Phụ bếp / đầu bếp',
    wage: [6_000_000, 9_000_000],
    skills: ['Nấu ăn', 'Vệ sinh an toàn thực phẩm'],
    place: { villageCode: 'XMT-01' },
  },
  {
    employerKey: 'vantai',
    occupationCode: '8332',
    title: 'Lái xe tải',
    wage: [10_000_000, 15_000_000],
    skills: ['Lái xe hạng C'],
    place: { villageCode: 'XMT-02' },
  },
  {
    employerKey: 'chamsoc',
    occupationCode: '5322',
    title: 'Nhân viên chăm sóc người cao tuổi',
    wage: [6_500_000, 8_500_000],
    skills: ['Chăm sóc người cao tuổi', 'Sơ cứu'],
    place: { villageCode: 'XMT-03' },
  },
  {
    employerKey: 'may',
    occupationCode: '7533',
    title: 'Thợ may mẫu',
    wage: [7_500_000, 10_500_000],
    skills: ['May công nghiệp', 'Thêu tay'],
    place: { communeCode: 'XMT' },
  },
  {
    employerKey: 'dientu',
    occupationCode: '9321',
    title: 'Công nhân đóng gói',
    wage: [6_000_000, 7_500_000],
    skills: ['Đóng gói hàng'],
    place: { provinceCode: '33' },
  },
];

interface OverseasTemplate {
  country: string;
  programme: OverseasProgramme;
  occupationCode: string;
  title: string;
  wage: number;
  skills: string[];
  enterpriseKey: string;
  maxAge: number;
  languageTest: { test: 'EPS-TOPIK' | 'JLPT'; minimumLevel: number } | null;
}

const OVERSEAS: readonly OverseasTemplate[] = [
  {
    country: 'Hàn Quốc',
    programme: 'korea_eps',
    occupationCode: '8212',
    title: 'Lao động sản xuất chế tạo (EPS Hàn Quốc)',
    wage: 45_000_000,
    skills: ['Lắp ráp linh kiện điện tử', 'Tiếng Hàn cơ bản'],
    enterpriseKey: 'nhanluc',
    maxAge: 39,
    languageTest: null,
  },
  {
    country: 'Nhật Bản',
    programme: 'japan_technical_intern',
    occupationCode: '7533',
    title: 'Thực tập sinh may mặc (Nhật Bản)',
    wage: 32_000_000,
    skills: ['May công nghiệp'],
    enterpriseKey: 'achau',
    maxAge: 35,
    languageTest: null,
  },
  {
    country: 'Nhật Bản',
    programme: 'japan_specified_skills',
    occupationCode: '5322',
    title: 'Kỹ năng đặc định — hộ lý (Nhật Bản)',
    wage: 38_000_000,
    skills: ['Chăm sóc người cao tuổi', 'Tiếng Nhật cơ bản'],
    enterpriseKey: 'achau',
    maxAge: 40,
    languageTest: { test: 'JLPT', minimumLevel: 2 },
  },
  {
    country: 'Đài Loan',
    programme: 'taiwan',
    occupationCode: '8212',
    title: 'Công nhân nhà máy điện tử (Đài Loan)',
    wage: 28_000_000,
    skills: ['Lắp ráp linh kiện điện tử'],
    enterpriseKey: 'nhanluc',
    maxAge: 38,
    languageTest: null,
  },
];

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The vacancies: one roughly every two and a half months from early 2022 (closed or
 * filled, each with its referrals), four open now, and four overseas orders (two past, two open).
 */
export function planDemoVacancies(today: string): DemoVacancy[] {
  const vacancies: DemoVacancy[] = [];
  const lastHistoric = addDays(today, -75);
  let n = 0;
  for (
    let openedOn = '2022-03-14';
    openedOn <= lastHistoric && n < 20;
    openedOn = addDays(openedOn, 62 + ((n * 17) % 30))
  ) {
    const template = DOMESTIC[n % DOMESTIC.length]!;
    const count = 2 + (n % 3);
    const filled = n % 3 !== 1;
    const closingDate = addDays(openedOn, 45);
    vacancies.push({
      key: `vac-${String(n + 1).padStart(2, '0')}`,
      employerKey: template.employerKey,
      enterpriseKey: null,
      openedOn,
      terms: domesticTerms(template, count, closingDate, openedOn),
      // Filled ones close by their last hire; the others are closed by the counsellor after the deadline.
      closeOn: filled ? null : addDays(closingDate, 3),
      hires: filled ? count : Math.max(0, count - 2),
      referrals: count + 2,
    });
    n += 1;
  }
  for (let i = 0; i < 4; i += 1) {
    const template = DOMESTIC[(n + i * 3) % DOMESTIC.length]!;
    const openedOn = addDays(today, -(10 + i * 9));
    vacancies.push({
      key: `vac-open-${i + 1}`,
      employerKey: template.employerKey,
      enterpriseKey: null,
      openedOn,
      terms: domesticTerms(template, 3 + i, addDays(today, 30 + i * 10), openedOn),
      closeOn: null,
      hires: i % 2,
      referrals: 2,
    });
  }
  OVERSEAS.forEach((template, i) => {
    const past = i % 2 === 0;
    const openedOn = past ? addDays(today, -(420 + i * 60)) : addDays(today, -(20 + i * 5));
    const closingDate = past ? addDays(openedOn, 60) : addDays(today, 45 + i * 10);
    vacancies.push({
      key: `vac-abroad-${i + 1}`,
      employerKey: template.enterpriseKey,
      enterpriseKey: template.enterpriseKey,
      openedOn,
      terms: {
        occupationCode: template.occupationCode,
        title: `${template.title} (demo)`,
        count: past ? 3 : 10,
        place: null,
        wage: { min: template.wage, max: null },
        minEducation: { level: 'lower_secondary', hard: false },
        ageLimit: null,
        sexLimit: null,
        skills: template.skills,
        startDate: null,
        closingDate,
        overseas: {
          country: template.country,
          programme: template.programme,
          ageAtDeparture: { min: 18, max: template.maxAge },
          languageTest: template.languageTest,
          expectedDepartureDate: addDays(closingDate, 120),
        },
      },
      closeOn: past ? addDays(closingDate, 5) : null,
      // Referred abroad: the overseas context records departures; here only the interview outcome.
      hires: 0,
      referrals: past ? 4 : 2,
    });
  });
  return vacancies;
}

function domesticTerms(
  template: DomesticTemplate,
  count: number,
  closingDate: string,
  openedOn: string,
): DemoVacancy['terms'] {
  return {
    occupationCode: template.occupationCode,
    title: `${template.title} (demo)`,
    count,
    place: template.place,
    wage: { min: template.wage[0], max: template.wage[1] },
    minEducation: { level: 'lower_secondary', hard: false },
    ageLimit: { min: 18, max: 55 },
    sexLimit: null,
    skills: template.skills,
    startDate: addDays(openedOn, 50),
    closingDate,
    overseas: null,
  };
}
