/**
 * Administrative units with dated validity. Vietnam abolished districts on 1/7/2025 and merged
 * provinces, so a unit's parent, name and existence are facts *at a date*: a report for a period
 * before the reform rolls up through the tree that was valid then.
 */

export type OrgUnitLevel = 'country' | 'province' | 'district' | 'commune' | 'village';

export const LEVEL_LABELS: Record<OrgUnitLevel, { vi: string; en: string }> = {
  country: { vi: 'Quốc gia', en: 'Country' },
  province: { vi: 'Tỉnh / thành phố', en: 'Province' },
  district: { vi: 'Huyện / quận', en: 'District' },
  commune: { vi: 'Xã / phường', en: 'Commune / ward' },
  village: { vi: 'Thôn / tổ dân phố', en: 'Village' },
};

/** One version of a unit: valid from `validFrom` (inclusive) to `validTo` (inclusive) or open. */
export interface OrgUnitVersion {
  code: string;
  name: string;
  level: OrgUnitLevel;
  parentCode: string | null;
  /** ISO date. */
  validFrom: string;
  /** ISO date, inclusive; null while in force. */
  validTo: string | null;
  /** Units that took over this one when it ended (merges, reform). */
  successorCodes: readonly string[];
}

export function isValidOn(unit: Pick<OrgUnitVersion, 'validFrom' | 'validTo'>, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || date <= unit.validTo);
}

/** The dated unit tree: answers "who is the parent of X on date D" and "is X inside Y on D". */
export class UnitTree {
  private readonly versions = new Map<string, OrgUnitVersion[]>();

  constructor(units: Iterable<OrgUnitVersion>) {
    for (const u of units) {
      const list = this.versions.get(u.code) ?? [];
      list.push(u);
      this.versions.set(u.code, list);
    }
    for (const list of this.versions.values()) list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  }

  /** The version of `code` valid on `date`, if any. */
  at(code: string, date: string): OrgUnitVersion | undefined {
    return this.versions.get(code)?.find((v) => isValidOn(v, date));
  }

  /** The latest known version of `code` (for labels of units that have since ended). */
  latest(code: string): OrgUnitVersion | undefined {
    const list = this.versions.get(code);
    return list?.[list.length - 1];
  }

  /** `code` and its ancestors on `date`, nearest first. Stops at a unit not valid on that date. */
  lineage(code: string, date: string): OrgUnitVersion[] {
    const chain: OrgUnitVersion[] = [];
    const seen = new Set<string>();
    let current = this.at(code, date);
    while (current && !seen.has(current.code)) {
      chain.push(current);
      seen.add(current.code);
      current = current.parentCode ? this.at(current.parentCode, date) : undefined;
    }
    return chain;
  }

  /** True if `code` is `scopeCode` or lies below it in the tree valid on `date`. */
  isWithin(code: string, scopeCode: string, date: string): boolean {
    return this.lineage(code, date).some((u) => u.code === scopeCode);
  }

  /** Units valid on `date` whose parent on that date is `code`. */
  childrenOf(code: string, date: string): OrgUnitVersion[] {
    const children: OrgUnitVersion[] = [];
    for (const list of this.versions.values()) {
      const v = list.find((x) => isValidOn(x, date));
      if (v && v.parentCode === code) children.push(v);
    }
    return children.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** Every unit valid on `date` in the subtree of `code` (itself included). */
  subtree(code: string, date: string): OrgUnitVersion[] {
    const root = this.at(code, date);
    if (!root) return [];
    const out: OrgUnitVersion[] = [root];
    for (let i = 0; i < out.length; i++) out.push(...this.childrenOf(out[i]!.code, date));
    return out;
  }

  /** The ancestor of `code` at `level` on `date` (for roll-ups), or undefined. */
  ancestorAt(code: string, level: OrgUnitLevel, date: string): OrgUnitVersion | undefined {
    return this.lineage(code, date).find((u) => u.level === level);
  }

  allCodes(): string[] {
    return [...this.versions.keys()];
  }
}
