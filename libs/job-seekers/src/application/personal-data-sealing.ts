/**
 * Personal fields of JobSeeker events are encrypted with the person's data key (Decree 13/2023):
 * the decider works on plaintext, so the values a command may put into events are encrypted before
 * deciding and swapped in after; reads decrypt them back (or show them as erased).
 */
import type { Decider, DomainEvent } from '@vieclam/platform/command-handling';
import { ERASED_LABEL, isErased, type PersonalDataCipher } from '@vieclam/platform/crypto';
import type { RecordedEvent } from '@vieclam/platform/event-store';
import { JOB_SEEKER_PERSONAL_FIELDS } from '../domain/job-seeker/job-seeker.events';

/** Free text about a person's situation is personal data too. */
const SEALED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  JobSeekerRegistered: JOB_SEEKER_PERSONAL_FIELDS,
  ConsultationLogged: ['notes', 'nextSteps'],
  InterviewOutcomeRecorded: ['note'],
};
/** `JobSeekerProfileUpdated` carries them inside `changes`. */
const SEALED_CHANGE_FIELDS: readonly string[] = JOB_SEEKER_PERSONAL_FIELDS.filter((f) => f !== 'citizenId');

type Json = Record<string, unknown>;
const valueKey = (value: unknown) => JSON.stringify(value);

/** Ciphertexts prepared for the plaintext values a command may emit. */
export class PreparedSeals {
  private constructor(private readonly sealed: ReadonlyMap<string, string>) {}

  /** Encrypts every non-null value of `values` (async, before the pure decision runs). */
  static async prepare(
    cipher: PersonalDataCipher,
    subjectId: string,
    values: readonly unknown[],
  ): Promise<PreparedSeals> {
    const sealed = new Map<string, string>();
    for (const value of values) {
      if (value === null || value === undefined || sealed.has(valueKey(value))) continue;
      sealed.set(valueKey(value), await cipher.encryptValue(subjectId, value));
    }
    return new PreparedSeals(sealed);
  }

  static none(): PreparedSeals {
    return new PreparedSeals(new Map());
  }

  seal(value: unknown): unknown {
    if (value === null || value === undefined) return value;
    const sealed = this.sealed.get(valueKey(value));
    // Failing loudly is the only safe answer: the alternative is plaintext in the event log.
    if (sealed === undefined) throw new Error('A personal value reached an event without being encrypted');
    return sealed;
  }

  /** The event with its personal fields replaced by their ciphertexts. */
  sealEvent<Event extends DomainEvent>(event: Event): Event {
    const data = { ...(event.data as Json) };
    for (const field of SEALED_FIELDS[event.type] ?? []) data[field] = this.seal(data[field]);
    if (event.type === 'JobSeekerProfileUpdated') {
      const changes = { ...(data.changes as Json) };
      for (const field of SEALED_CHANGE_FIELDS)
        if (field in changes) changes[field] = this.seal(changes[field]);
      data.changes = changes;
    }
    return { ...event, data };
  }
}

/**
 * The decider whose events leave with their personal fields sealed. Its `evolve` folds sealed
 * history: the job seeker's decisions never depend on a personal value of the past.
 */
export function sealingDecider<Command, State, Event extends DomainEvent>(
  decider: Decider<Command, State, Event>,
  seals: PreparedSeals,
): Decider<Command, State, Event> {
  return {
    initialState: decider.initialState,
    evolve: decider.evolve,
    decide: (command, state) => decider.decide(command, state).map((event) => seals.sealEvent(event)),
  };
}

/** Data of a stored event with its personal fields decrypted; erased ones read as the erased label. */
export interface OpenedEvent {
  event: RecordedEvent;
  data: Json;
  /** True when a personal field could not be shown because the person's data was erased. */
  erased: boolean;
}

export async function openEvent(
  cipher: PersonalDataCipher,
  subjectId: string,
  event: RecordedEvent,
): Promise<OpenedEvent> {
  const data = { ...(event.data as Json) };
  let erased = false;
  const open = async (container: Json, fields: readonly string[]) => {
    const opened: Json = await cipher.decryptFields(subjectId, container as never, fields);
    for (const field of fields) {
      if (!(field in container)) continue;
      if (isErased(opened[field])) {
        erased = true;
        container[field] = ERASED_LABEL.display;
      } else {
        container[field] = opened[field];
      }
    }
  };
  await open(data, SEALED_FIELDS[event.type] ?? []);
  if (event.type === 'JobSeekerProfileUpdated' && typeof data.changes === 'object' && data.changes !== null) {
    const changes = { ...(data.changes as Json) };
    await open(changes, SEALED_CHANGE_FIELDS);
    data.changes = changes;
  }
  return { event, data, erased };
}

/** Decrypts one sealed value for display: the erased label once the key is gone. */
export async function openValue(
  cipher: PersonalDataCipher,
  subjectId: string,
  sealed: string | null,
): Promise<{ value: unknown; erased: boolean }> {
  if (sealed === null) return { value: null, erased: false };
  const value = await cipher.decryptValue(subjectId, sealed);
  return isErased(value) ? { value: ERASED_LABEL.display, erased: true } : { value, erased: false };
}
