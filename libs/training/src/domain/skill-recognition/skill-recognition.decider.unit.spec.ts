import { DomainError } from '@vieclam/platform/domain';
import { DeciderSpecification } from '@vieclam/platform/testing';
import {
  MINIMUM_RECOGNISED_YEARS,
  skillRecognitionDecider,
  skillRecognitionStream,
  type SkillRecognitionCommand,
} from './skill-recognition.decider';
import type { SkillRecognitionEvent } from './skill-recognition.events';

const spec = DeciderSpecification.for(skillRecognitionDecider);
const recognise = (extra: Partial<SkillRecognitionCommand['data']> = {}): SkillRecognitionCommand => ({
  type: 'RecogniseExperience',
  data: {
    jobSeekerId: 'js-7',
    occupationCode: '7115',
    years: 5,
    evidence: ' Xác nhận của chủ xưởng mộc ',
    recognisedOn: '2025-05-02',
    today: '2025-05-02',
    ...extra,
  },
});
const recognised: SkillRecognitionEvent = {
  type: 'ExperienceRecognised',
  data: {
    jobSeekerId: 'js-7',
    occupationCode: '7115',
    years: 5,
    evidence: 'Xác nhận của chủ xưởng mộc',
    recognisedOn: '2025-05-02',
  },
};
const isCode = (code: string, field?: string) => (e: unknown) =>
  e instanceof DomainError && e.code === code && (field === undefined || e.field === field);

describe('SkillRecognition decider', () => {
  it('names its stream after the person', () =>
    expect(skillRecognitionStream('js-7')).toBe('SkillRecognition-js-7'));
  it('recognises experience of at least 3 years', () => spec.given([]).when(recognise()).then([recognised]));
  it('accepts exactly the minimum', () =>
    spec
      .given([])
      .when(recognise({ years: MINIMUM_RECOGNISED_YEARS }))
      .then([{ ...recognised, data: { ...recognised.data, years: MINIMUM_RECOGNISED_YEARS } }]));
  it('refuses less than 3 years', () =>
    spec
      .given([])
      .when(recognise({ years: 2 }))
      .thenThrows(isCode('experience_too_short', 'years')));
  it('refuses the same occupation twice', () =>
    spec.given([recognised]).when(recognise()).thenThrows(isCode('experience_already_recognised')));
  it('recognises another occupation', () =>
    spec
      .given([recognised])
      .when(recognise({ occupationCode: '7212' }))
      .then([{ ...recognised, data: { ...recognised.data, occupationCode: '7212' } }]));
  it('refuses missing evidence', () =>
    spec
      .given([])
      .when(recognise({ evidence: ' ' }))
      .thenThrows(isCode('evidence_required', 'evidence')));
  it('refuses a recognition dated in the future', () =>
    spec
      .given([])
      .when(recognise({ recognisedOn: '2025-05-03' }))
      .thenThrows(isCode('date_in_future', 'recognisedOn')));
});
