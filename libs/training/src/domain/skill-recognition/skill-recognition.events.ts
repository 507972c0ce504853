/**
 * Events of the `SkillRecognition-<jobSeekerId>` stream: a person recognised as trained by at
 * least 3 years' experience at a skill, without a course. This counts as *trained* (not as
 * *trained with a certificate*) for the trained-worker indicators.
 */
import type { DomainEvent } from '@vieclam/platform/domain';

export type SkillRecognitionEvent = DomainEvent<
  'ExperienceRecognised',
  {
    jobSeekerId: string;
    /** Vietnamese occupation code (QĐ 34/2020/QĐ-TTg) of the skill. */
    occupationCode: string;
    /** Whole years of experience at the skill (at least 3). */
    years: number;
    /** What the experience was checked against, e.g. an employer's confirmation. */
    evidence: string;
    recognisedOn: string;
  }
>;
