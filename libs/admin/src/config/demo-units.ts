/**
 * Demo administrative units (dated configuration, not code constants). Province codes 33 (Hưng Yên)
 * and 34 (Thái Bình) are the official ones; Thái Bình merged into Hưng Yên and districts were
 * abolished on 1/7/2025. The district, commune and village codes and the village names below are
 * DEMO values (`official: false`): import the official list from CSV to replace them. After the
 * reform the demo keeps Minh Tiến as a commune directly under Hưng Yên; the real post-reform
 * commune may differ.
 */
import type { OrgUnitLevel } from '../domain/org-unit/org-unit';

export interface UnitSeed {
  code: string;
  name: string;
  level: OrgUnitLevel;
  parentCode: string | null;
  validFrom: string;
  official: boolean;
  /** Later dated changes. */
  reparent?: { parentCode: string | null; from: string };
  end?: { validTo: string; successorCodes: string[]; reason: string };
}

export const REFORM_DATE = '2025-07-01';
export const DEMO_COMMUNE_CODE = 'XMT';

export const DEMO_UNITS: readonly UnitSeed[] = [
  {
    code: '33',
    name: 'Tỉnh Hưng Yên',
    level: 'province',
    parentCode: null,
    validFrom: '1997-01-01',
    official: true,
  },
  {
    code: '34',
    name: 'Tỉnh Thái Bình',
    level: 'province',
    parentCode: null,
    validFrom: '1997-01-01',
    official: true,
    end: {
      validTo: '2025-06-30',
      successorCodes: ['33'],
      reason: 'Sáp nhập vào tỉnh Hưng Yên (Nghị quyết 202/2025/QH15)',
    },
  },
  {
    code: '333',
    name: 'Huyện Phù Cừ',
    level: 'district',
    parentCode: '33',
    validFrom: '1997-01-01',
    official: false,
    end: { validTo: '2025-06-30', successorCodes: [], reason: 'Kết thúc cấp huyện từ 01/7/2025' },
  },
  {
    code: DEMO_COMMUNE_CODE,
    name: 'Xã Minh Tiến',
    level: 'commune',
    parentCode: '333',
    validFrom: '1997-01-01',
    official: false,
    reparent: { parentCode: '33', from: REFORM_DATE },
  },
  ...(['Thôn Đông', 'Thôn Tây', 'Thôn Nam', 'Thôn Bắc', 'Thôn Trung'] as const).map((name, i): UnitSeed => ({
    code: `${DEMO_COMMUNE_CODE}-0${i + 1}`,
    name,
    level: 'village',
    parentCode: DEMO_COMMUNE_CODE,
    validFrom: '1997-01-01',
    official: false,
  })),
];
