/**
 * Citizen ID (CCCD, 12 digits): 3-digit province-of-birth code, a sex/century digit, 2 digits of
 * birth year, 6 random digits (Circular 07/2016/TT-BCA, amended by 59/2021/TT-BCA). The sex/century
 * digit is 0/1 for a man/woman born in the 1900s, 2/3 in the 2000s, 4/5 in the 2100s, and so on.
 */

/** Province-of-birth codes used in CCCD numbers (the 63 provinces before the 2025 merger; unchanged in IDs). */
export const CCCD_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'TP. Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

export type Sex = 'male' | 'female';

export interface CitizenIdProblem {
  /** Which part disagrees: the whole shape, the province code, the sex/century digit, or the year digits. */
  part: 'format' | 'province' | 'sexCentury' | 'birthYear';
  /** The profile field a form should mark. */
  field: 'citizenId' | 'dateOfBirth' | 'sex';
  vi: string;
  en: string;
}

export interface CitizenIdFacts {
  provinceCode: string;
  provinceName: string;
  sex: Sex;
  birthYear: number;
}

/** Reads what the number itself says, or the first problem with its shape. */
export function readCitizenId(id: string): CitizenIdFacts | CitizenIdProblem {
  if (!/^\d{12}$/.test(id)) {
    return {
      part: 'format',
      field: 'citizenId',
      vi: 'Số CCCD phải gồm đúng 12 chữ số',
      en: 'A citizen ID must be exactly 12 digits',
    };
  }
  const provinceCode = id.slice(0, 3);
  const provinceName = CCCD_PROVINCE_CODES[provinceCode];
  if (!provinceName) {
    return {
      part: 'province',
      field: 'citizenId',
      vi: `Mã tỉnh nơi đăng ký khai sinh "${provinceCode}" (3 số đầu) không tồn tại`,
      en: `Province code "${provinceCode}" (first 3 digits) does not exist`,
    };
  }
  const digit = Number(id[3]);
  const century = 1900 + Math.floor(digit / 2) * 100;
  return {
    provinceCode,
    provinceName,
    sex: digit % 2 === 0 ? 'male' : 'female',
    birthYear: century + Number(id.slice(4, 6)),
  };
}

/** Validates the shape and the consistency with the profile's date of birth (ISO) and sex. */
export function checkCitizenId(
  id: string,
  profile: { dateOfBirth: string; sex: Sex },
): CitizenIdProblem | null {
  const facts = readCitizenId(id);
  if ('part' in facts) return facts;
  const year = Number(profile.dateOfBirth.slice(0, 4));
  const idCentury = Math.floor(facts.birthYear / 100);
  if (idCentury !== Math.floor(year / 100)) {
    return {
      part: 'sexCentury',
      field: 'dateOfBirth',
      vi: `Chữ số thứ 4 của CCCD (${id[3]}) chỉ thế kỷ sinh ${idCentury + 1}, không khớp năm sinh ${year}`,
      en: `The 4th digit of the citizen ID (${id[3]}) means born in the ${idCentury}00s, which disagrees with birth year ${year}`,
    };
  }
  if (facts.sex !== profile.sex) {
    return {
      part: 'sexCentury',
      field: 'sex',
      vi: `Chữ số thứ 4 của CCCD (${id[3]}) chỉ giới tính ${facts.sex === 'male' ? 'nam' : 'nữ'}, không khớp giới tính đã khai`,
      en: `The 4th digit of the citizen ID (${id[3]}) means ${facts.sex}, which disagrees with the sex given`,
    };
  }
  if (facts.birthYear !== year) {
    return {
      part: 'birthYear',
      field: 'dateOfBirth',
      vi: `Chữ số thứ 5–6 của CCCD (${id.slice(4, 6)}) chỉ năm sinh ${facts.birthYear}, không khớp năm sinh ${year}`,
      en: `Digits 5–6 of the citizen ID (${id.slice(4, 6)}) mean birth year ${facts.birthYear}, which disagrees with ${year}`,
    };
  }
  return null;
}
