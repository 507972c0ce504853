/**
 * Erasure under Decree 13/2023/NĐ-CP (Art. 16): the person's data key is deleted (crypto-shredding)
 * and `PersonalDataErased` records who did it, when and on what ground. The reason is a code from
 * a fixed list, so no free text (which could name the person) reaches the event.
 */
import type { Decider } from '@vieclam/platform/command-handling';

export const ERASURE_REASONS = [
  'subject_request',
  'consent_withdrawn',
  'purpose_fulfilled',
  'unlawful_processing',
  'legal_obligation',
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

export const ERASURE_REASON_LABELS: Record<ErasureReason, { vi: string; en: string }> = {
  subject_request: { vi: 'Theo yêu cầu của chủ thể dữ liệu', en: 'At the data subject’s request' },
  consent_withdrawn: { vi: 'Chủ thể rút lại sự đồng ý', en: 'Consent withdrawn' },
  purpose_fulfilled: { vi: 'Đã hết mục đích xử lý', en: 'The purpose of processing is fulfilled' },
  unlawful_processing: { vi: 'Xử lý không đúng quy định', en: 'Processing was not lawful' },
  legal_obligation: { vi: 'Theo quy định của pháp luật', en: 'Required by law' },
};

export interface PersonalDataErasedData {
  subjectId: string;
  subjectStream: string;
  reason: ErasureReason;
}

export type PersonalDataEvent = { type: 'PersonalDataErased'; data: PersonalDataErasedData };
export type ErasePersonalData = { type: 'ErasePersonalData'; data: PersonalDataErasedData };

export interface PersonalDataState {
  erased: boolean;
}

/** Erasure is final and idempotent: a second request records nothing new. */
export const personalDataDecider: Decider<ErasePersonalData, PersonalDataState, PersonalDataEvent> = {
  initialState: () => ({ erased: false }),
  evolve: (state, event) => (event.type === 'PersonalDataErased' ? { erased: true } : state),
  decide: (command, state) => (state.erased ? [] : [{ type: 'PersonalDataErased', data: command.data }]),
};
