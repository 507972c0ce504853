/** Recognition of a person's experience at a skill as equivalent to training. */
import { DomainError, type Decider, requirePastDate, requireText } from '@vieclam/platform/domain';
import type { SkillRecognitionEvent } from './skill-recognition.events';

/** The experience that counts as trained without a course. */
export const MINIMUM_RECOGNISED_YEARS = 3;

export type SkillRecognitionCommand = {
  type: 'RecogniseExperience';
  data: {
    jobSeekerId: string;
    occupationCode: string;
    years: number;
    evidence: string;
    recognisedOn: string;
    today: string;
  };
};

export interface SkillRecognitionState {
  /** Occupation codes already recognised for this person. */
  occupationCodes: string[];
}

export const initialSkillRecognitionState = (): SkillRecognitionState => ({ occupationCodes: [] });

export function evolveSkillRecognition(
  state: SkillRecognitionState,
  event: SkillRecognitionEvent,
): SkillRecognitionState {
  return { occupationCodes: [...state.occupationCodes, event.data.occupationCode] };
}

export function decideSkillRecognition(
  command: SkillRecognitionCommand,
  state: SkillRecognitionState,
): SkillRecognitionEvent[] {
  const { jobSeekerId, occupationCode, years, recognisedOn, today } = command.data;
  if (!/^\d{1,5}$/.test(occupationCode)) {
    throw DomainError.invalid(
      'occupation_code',
      {
        vi: 'Mã nghề phải theo Danh mục nghề nghiệp Việt Nam (1–5 chữ số)',
        en: 'The occupation code must be a Vietnamese occupation code (1–5 digits)',
      },
      { field: 'occupationCode' },
    );
  }
  if (!Number.isInteger(years) || years < MINIMUM_RECOGNISED_YEARS) {
    throw DomainError.invalid(
      'experience_too_short',
      {
        vi: `Cần ít nhất ${MINIMUM_RECOGNISED_YEARS} năm kinh nghiệm để được công nhận là đã qua đào tạo`,
        en: `At least ${MINIMUM_RECOGNISED_YEARS} years' experience is needed to count as trained`,
      },
      { field: 'years' },
    );
  }
  requirePastDate(recognisedOn, 'recognisedOn', today, { vi: 'Ngày công nhận', en: 'Recognition date' });
  const evidence = requireText(command.data.evidence, 'evidence', {
    vi: 'Căn cứ công nhận',
    en: 'The evidence',
  });
  if (state.occupationCodes.includes(occupationCode)) {
    throw DomainError.conflict(
      'experience_already_recognised',
      {
        vi: `Kinh nghiệm nghề ${occupationCode} đã được công nhận`,
        en: `Experience at occupation ${occupationCode} is already recognised`,
      },
      { field: 'occupationCode' },
    );
  }
  return [
    {
      type: 'ExperienceRecognised',
      data: { jobSeekerId, occupationCode, years, evidence, recognisedOn },
    },
  ];
}

export const skillRecognitionDecider: Decider<
  SkillRecognitionCommand,
  SkillRecognitionState,
  SkillRecognitionEvent
> = {
  decide: decideSkillRecognition,
  evolve: evolveSkillRecognition,
  initialState: initialSkillRecognitionState,
};

export const SKILL_RECOGNITION_CATEGORY = 'SkillRecognition';
export const skillRecognitionStream = (jobSeekerId: string): string =>
  `${SKILL_RECOGNITION_CATEGORY}-${jobSeekerId}`;
