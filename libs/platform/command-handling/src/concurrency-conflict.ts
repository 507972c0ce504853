import type { BilingualMessage } from '@vieclam/platform/domain';

/**
 * Someone else changed the stream between our read and our append, and re-deciding did not help
 * (retries exhausted, or the caller pinned the revision it had seen). Maps to HTTP 409.
 */
export class ConcurrencyConflict extends Error {
  override readonly name = 'ConcurrencyConflict';
  readonly code = 'concurrency_conflict';
  readonly messages: BilingualMessage = {
    vi: 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.',
    en: 'The record was just changed by someone else. Please reload and try again.',
  };

  constructor(
    readonly streamId: string,
    /** The revision this command expected (`no_stream` for a new stream). */
    readonly expected: number | 'no_stream',
    /** The stream's revision when the last attempt failed. */
    readonly actual: number | 'no_stream',
    /** How many times the command was decided and appended before giving up. */
    readonly attempts: number,
  ) {
    super(
      `Stream ${streamId}: expected revision ${String(expected)}, found ${String(actual)} after ${attempts} attempt(s)`,
    );
  }
}

export function isConcurrencyConflict(error: unknown): error is ConcurrencyConflict {
  return (
    error instanceof ConcurrencyConflict ||
    (error instanceof Error && error.name === 'ConcurrencyConflict' && 'streamId' in error)
  );
}
