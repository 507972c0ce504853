import type { Bilingual } from '../../core/i18n';
import type { Sex } from './types';

/**
 * The server's CCCD checks (libs/job-seekers/src/domain/citizen-id/citizen-id.ts), mirrored so the
 * form says what is wrong as the user types: 12 digits, province code (3 first digits), the
 * sex/century digit against the date of birth and sex, the year digits against the year of birth.
 */
const PROVINCE_CODES = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 ' +
    '038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 ' +
    '080 082 083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

/** The first problem with a CCCD, or null. `dateOfBirth` is ISO; checks needing it or `sex` wait for them. */
export function citizenIdProblem(
  id: string,
  profile: { dateOfBirth?: string | null; sex?: Sex | null },
): Bilingual | null {
  if (!/^\d{12}$/.test(id)) {
    return { vi: 'Số CCCD phải gồm đúng 12 chữ số', en: 'A citizen ID must be exactly 12 digits' };
  }
  const provinceCode = id.slice(0, 3);
  if (!PROVINCE_CODES.has(provinceCode)) {
    return {
      vi: `Mã tỉnh nơi đăng ký khai sinh "${provinceCode}" (3 số đầu) không tồn tại`,
      en: `Province code "${provinceCode}" (first 3 digits) does not exist`,
    };
  }
  const digit = Number(id[3]);
  const birthYear = 1900 + Math.floor(digit / 2) * 100 + Number(id.slice(4, 6));
  const idSex: Sex = digit % 2 === 0 ? 'male' : 'female';
  if (profile.dateOfBirth) {
    const year = Number(profile.dateOfBirth.slice(0, 4));
    const idCentury = Math.floor(birthYear / 100);
    if (idCentury !== Math.floor(year / 100)) {
      return {
        vi: `Chữ số thứ 4 của CCCD (${id[3]}) chỉ thế kỷ sinh ${idCentury + 1}, không khớp năm sinh ${year}`,
        en: `The 4th digit of the citizen ID (${id[3]}) means born in the ${idCentury}00s, which disagrees with birth year ${year}`,
      };
    }
  }
  if (profile.sex && idSex !== profile.sex) {
    return {
      vi: `Chữ số thứ 4 của CCCD (${id[3]}) chỉ giới tính ${idSex === 'male' ? 'nam' : 'nữ'}, không khớp giới tính đã khai`,
      en: `The 4th digit of the citizen ID (${id[3]}) means ${idSex}, which disagrees with the sex given`,
    };
  }
  if (profile.dateOfBirth) {
    const year = Number(profile.dateOfBirth.slice(0, 4));
    if (birthYear !== year) {
      return {
        vi: `Chữ số thứ 5–6 của CCCD (${id.slice(4, 6)}) chỉ năm sinh ${birthYear}, không khớp năm sinh ${year}`,
        en: `Digits 5–6 of the citizen ID (${id.slice(4, 6)}) mean birth year ${birthYear}, which disagrees with ${year}`,
      };
    }
  }
  return null;
}
