import type { ExpectedRevision } from './event-store.port';

/** The stream is not at the revision the writer expected. Nothing was written. */
export class WrongExpectedRevision extends Error {
  override readonly name = 'WrongExpectedRevision';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual last revision, or `no_stream`. */
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected ${String(expected)}, actual ${String(actual)}`);
  }
}

/**
 * Some, but not all, event ids of a batch are already stored, or an id is stored in another stream.
 * A retry must resend exactly the batch it sent before.
 */
export class DuplicateEventId extends Error {
  override readonly name = 'DuplicateEventId';
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(
      `Event ${eventId} is already stored (stream ${streamId}) and the batch does not repeat the first append`,
    );
  }
}
