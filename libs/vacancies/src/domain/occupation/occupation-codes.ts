/**
 * Vietnamese occupation codes (Danh mục nghề nghiệp Việt Nam, QĐ 34/2020/QĐ-TTg, in force from
 * 1/1/2021). Five levels; the hierarchy is the code prefix: major group = 1 digit, sub-major = 2,
 * minor = 3, unit = 4, fifth level = 5.
 */

export type OccupationLevel = 1 | 2 | 3 | 4 | 5;

const OCCUPATION_CODE = /^\d{1,5}$/;

export function isOccupationCode(code: string): boolean {
  return OCCUPATION_CODE.test(code);
}

export function occupationLevel(code: string): OccupationLevel {
  if (!isOccupationCode(code)) throw new RangeError(`Not an occupation code: ${code}`);
  return code.length as OccupationLevel;
}

/** The codes above this one, from the major group down: `7212` → `7`, `72`, `721`. */
export function parentCodes(code: string): string[] {
  return Array.from({ length: code.length - 1 }, (_, i) => code.slice(0, i + 1));
}

/** How many leading digits two codes share (0–5): 4 means the same unit group. */
export function sharedPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
