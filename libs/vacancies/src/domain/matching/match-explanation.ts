/**
 * Reasons, in Vietnamese and English, for one candidate against one vacancy. Built only for the
 * results a ranking returns (and for "why not" questions), never inside the ranking loop.
 */
import type { BilingualMessage } from '@vieclam/platform/domain';
import type { EducationLevel } from '@vieclam/job-seekers';
import { occupationName, SKILL_COURSE_OCCUPATIONS } from '../../config/occupation-catalogue';
import { sharedPrefixLength } from '../occupation/occupation-codes';
import { skillKey, type CandidatePool } from './candidate-pool';
import {
  ageAt,
  bestLanguageLevel,
  educationFit,
  EXCLUSION_BIT,
  exclusionMask,
  occupationFit,
  placeFit,
  placeRelation,
  skillsFit,
  totalScore,
  trainingFit,
  wageFit,
  wageRelation,
  type CompiledVacancy,
} from './match-scoring';
import { MATCH_WEIGHTS } from './match-weights';
import {
  EXCLUSIONS,
  type ComponentScore,
  type ExclusionCode,
  type MatchComponent,
  type MatchResult,
  type SkillGap,
} from './matching.types';

const EDUCATION_LABEL: Readonly<Record<EducationLevel, BilingualMessage>> = {
  none: { vi: 'chưa đi học', en: 'no schooling' },
  primary: { vi: 'tiểu học', en: 'primary school' },
  lower_secondary: { vi: 'trung học cơ sở', en: 'lower secondary school' },
  upper_secondary: { vi: 'trung học phổ thông', en: 'upper secondary school' },
  vocational: { vi: 'trung cấp', en: 'vocational secondary' },
  college: { vi: 'cao đẳng', en: 'college' },
  university: { vi: 'đại học', en: 'university' },
};

const LEVEL_NAME: Readonly<Record<number, BilingualMessage>> = {
  1: { vi: 'nhóm lớn (cấp 1)', en: 'major group (level 1)' },
  2: { vi: 'nhóm nhỏ (cấp 2)', en: 'sub-major group (level 2)' },
  3: { vi: 'nhóm (cấp 3)', en: 'minor group (level 3)' },
  4: { vi: 'nhóm đơn vị (cấp 4)', en: 'unit group (level 4)' },
};

const vnd = (amount: number) => `${amount.toLocaleString('vi-VN')} đ`;

function codeLabel(code: string): BilingualMessage {
  const entry = occupationName(code);
  return entry ? { vi: `${code} – ${entry.vi}`, en: `${code} – ${entry.en}` } : { vi: code, en: code };
}

/** The candidate's code (or certificate) nearest the vacancy's, and how many digits they share. */
function nearest(codes: readonly string[], target: string): { code: string; shared: number } | null {
  let best: { code: string; shared: number } | null = null;
  for (const code of codes) {
    const shared = code === target ? 6 : sharedPrefixLength(code, target);
    if (shared > 0 && (!best || shared > best.shared)) best = { code, shared };
  }
  return best;
}

function hierarchyReason(
  found: { code: string; shared: number },
  target: string,
  what: BilingualMessage,
): BilingualMessage {
  const own = codeLabel(found.code);
  if (found.shared === 6)
    return { vi: `${what.vi} đúng mã nghề ${own.vi}`, en: `${what.en} the exact occupation ${own.en}` };
  const level = LEVEL_NAME[Math.min(found.shared, 4)]!;
  const group = codeLabel(target.slice(0, found.shared));
  return {
    vi: `${what.vi} ${own.vi}, cùng ${level.vi} ${group.vi}`,
    en: `${what.en} ${own.en}, in the same ${level.en} ${group.en}`,
  };
}

function exclusionReason(
  code: ExclusionCode,
  pool: CandidatePool,
  i: number,
  v: CompiledVacancy,
): BilingualMessage {
  const vacancy = v.vacancy;
  switch (code) {
    case 'not_willing_abroad':
      return { vi: 'Không muốn đi làm việc ở nước ngoài', en: 'Not willing to work abroad' };
    case 'age': {
      const age = ageAt(pool, i, v.ageOn);
      const range = `${Number.isFinite(v.ageMin) ? v.ageMin : ''}–${Number.isFinite(v.ageMax) ? v.ageMax : ''}`;
      return {
        vi: `${age} tuổi vào ngày ${String(v.ageOn).replace(/(\d{4})(\d{2})(\d{2})/, '$3/$2/$1')}, ngoài độ tuổi ${range}`,
        en: `Aged ${age} on ${String(v.ageOn).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')}, outside the age range ${range}`,
      };
    }
    case 'sex':
      return vacancy.sexLimit?.sex === 'female'
        ? {
            vi: 'Vị trí chỉ tuyển nữ (có lý do hợp pháp)',
            en: 'The vacancy is for women only (a lawful reason)',
          }
        : {
            vi: 'Vị trí chỉ tuyển nam (có lý do hợp pháp)',
            en: 'The vacancy is for men only (a lawful reason)',
          };
    case 'language_test': {
      const test = vacancy.overseas?.languageTest;
      const best = v.languageTest >= 0 ? bestLanguageLevel(pool, i, v.languageTest) : -Infinity;
      const had = Number.isFinite(best)
        ? { vi: `đạt ${best}`, en: `scored ${best}` }
        : { vi: 'chưa thi', en: 'not taken' };
      return {
        vi: `Cần ${test?.test} tối thiểu ${test?.minimumLevel}; ${had.vi}`,
        en: `Needs ${test?.test} at least ${test?.minimumLevel}; ${had.en}`,
      };
    }
    case 'education': {
      const needed = EDUCATION_LABEL[vacancy.minEducation!.level];
      return { vi: `Cần trình độ tối thiểu ${needed.vi}`, en: `Needs at least ${needed.en}` };
    }
  }
}

function component(name: MatchComponent, fit: number, reason: BilingualMessage): ComponentScore {
  const weight = MATCH_WEIGHTS[name];
  return { points: Math.round(weight * fit * 10) / 10, weight, fit, reason };
}

export function explainMatch(
  pool: CandidatePool,
  i: number,
  v: CompiledVacancy,
  skillCourses: Readonly<Record<string, string>> = SKILL_COURSE_OCCUPATIONS,
): MatchResult {
  const candidate = pool.candidates[i]!;
  const vacancy = v.vacancy;
  const target = vacancy.occupationCode;
  const missing: BilingualMessage[] = [];

  const occupation = occupationFit(pool, i, v);
  const nearestCode = nearest(candidate.occupationCodes, target);
  const occupationReason = nearestCode
    ? hierarchyReason(nearestCode, target, { vi: 'Tìm việc nghề', en: 'Seeks' })
    : { vi: 'Không tìm việc trong nhóm nghề này', en: 'Seeks no occupation in this group' };
  if (occupation < 1)
    missing.push({
      vi: `Chưa đúng nghề ${codeLabel(target).vi}`,
      en: `Not the occupation ${codeLabel(target).en}`,
    });

  const own = new Set(candidate.skills.map(skillKey));
  const skillGaps: SkillGap[] = [];
  const seen = new Set<string>();
  for (const skill of vacancy.skills) {
    const key = skillKey(skill);
    if (own.has(key) || seen.has(key)) continue;
    seen.add(key);
    skillGaps.push({ skill, courseOccupationCode: skillCourses[key] ?? target });
  }
  const required = v.skillKeys.length;
  const skills = skillsFit(pool, i, v);
  const skillsReason =
    required === 0
      ? { vi: 'Không yêu cầu kỹ năng riêng', en: 'No particular skills required' }
      : {
          vi: `Có ${required - skillGaps.length}/${required} kỹ năng yêu cầu`,
          en: `Has ${required - skillGaps.length} of ${required} required skills`,
        };
  if (skillGaps.length > 0) {
    const list = skillGaps.map((gap) => gap.skill).join(', ');
    missing.push({ vi: `Thiếu kỹ năng: ${list}`, en: `Missing skills: ${list}` });
  }

  const training = trainingFit(pool, i, v);
  const certificate = nearest(
    candidate.certificates.map((c) => c.occupationCode),
    target,
  );
  const trainingReason =
    certificate && training > 0
      ? hierarchyReason(certificate, target, { vi: 'Có chứng chỉ nghề', en: 'Holds a certificate in' })
      : { vi: 'Chưa có chứng chỉ đào tạo trong nghề này', en: 'No training certificate in this occupation' };
  if (training < 1)
    missing.push({ vi: 'Chưa qua đào tạo đúng nghề', en: 'No training in the exact occupation' });

  const relation = placeRelation(pool, i, v);
  const placeReason: BilingualMessage = {
    abroad: { vi: 'Sẵn sàng đi làm việc ở nước ngoài', en: 'Willing to work abroad' },
    village: { vi: 'Cùng thôn với nơi làm việc', en: 'Lives in the village of the workplace' },
    commune: { vi: 'Cùng xã với nơi làm việc', en: 'Lives in the commune of the workplace' },
    province: { vi: 'Cùng tỉnh với nơi làm việc', en: 'Lives in the province of the workplace' },
    willing: { vi: 'Ở xa nhưng sẵn sàng đi làm xa', en: 'Lives elsewhere but willing to move' },
    elsewhere: { vi: 'Ở xa và không muốn đi làm xa', en: 'Lives elsewhere and does not want to move' },
  }[relation];
  const place = placeFit(pool, i, v);
  if (relation === 'elsewhere' || relation === 'willing') missing.push(placeReason);

  const education = educationFit(pool, i, v);
  const has = EDUCATION_LABEL[candidate.educationLevel];
  const needed = vacancy.minEducation ? EDUCATION_LABEL[vacancy.minEducation.level] : null;
  const educationReason =
    needed === null
      ? { vi: `Trình độ ${has.vi}; không yêu cầu tối thiểu`, en: `Education ${has.en}; no minimum` }
      : education === 1
        ? { vi: `Trình độ ${has.vi}, đạt yêu cầu ${needed.vi}`, en: `Education ${has.en} meets ${needed.en}` }
        : {
            vi: `Trình độ ${has.vi}, dưới yêu cầu ${needed.vi}`,
            en: `Education ${has.en} is below ${needed.en}`,
          };
  if (education < 1) missing.push(educationReason);

  const wage = wageFit(pool, i, v);
  const desired = candidate.desiredWage;
  const range = `${vacancy.wage.min === null ? '…' : vnd(vacancy.wage.min)} – ${vacancy.wage.max === null ? '…' : vnd(vacancy.wage.max)}`;
  const wageReason: BilingualMessage = {
    unknown: {
      vi: 'Chưa rõ mức lương mong muốn hoặc mức lương trả',
      en: 'The desired or offered wage is not stated',
    },
    inside: {
      vi: `Mong muốn ${vnd(desired ?? 0)}, trong khoảng ${range}`,
      en: `Wants ${vnd(desired ?? 0)}, inside ${range}`,
    },
    below: {
      vi: `Mong muốn ${vnd(desired ?? 0)}, thấp hơn mức trả ${range}`,
      en: `Wants ${vnd(desired ?? 0)}, below the offer ${range}`,
    },
    above: {
      vi: `Mong muốn ${vnd(desired ?? 0)}, cao hơn mức trả ${range}`,
      en: `Wants ${vnd(desired ?? 0)}, above the offer ${range}`,
    },
  }[wageRelation(pool, i, v)];
  if (wage < 1) missing.push(wageReason);

  const mask = exclusionMask(pool, i, v);
  const exclusions = EXCLUSIONS.filter((code) => (mask & EXCLUSION_BIT[code]) !== 0).map((code) => ({
    code,
    reason: exclusionReason(code, pool, i, v),
  }));

  return {
    vacancyId: vacancy.vacancyId,
    candidateId: candidate.candidateId,
    eligible: mask === 0,
    score: Math.round(totalScore(pool, i, v)),
    components: {
      occupation: component('occupation', occupation, occupationReason),
      skills: component('skills', skills, skillsReason),
      training: component('training', training, trainingReason),
      place: component('place', place, placeReason),
      education: component('education', education, educationReason),
      wage: component('wage', wage, wageReason),
    },
    exclusions,
    skillGaps,
    missing,
  };
}
