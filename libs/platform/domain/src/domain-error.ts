/** A message shown to people: Vietnamese first, then English. */
export interface BilingualMessage {
  vi: string;
  en: string;
}

/** How a rejected command or request maps onto HTTP: 400, 404, 409, 403, 422, 401, 429. */
export type DomainErrorKind =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unprocessable'
  | 'unauthenticated'
  | 'too_many_requests';

export interface DomainErrorInit {
  kind: DomainErrorKind;
  /** Stable machine-readable code, e.g. `job_seeker_already_registered`. Clients switch on it. */
  code: string;
  message: BilingualMessage;
  /** The form field the error belongs to, when there is one. */
  field?: string;
  /** Extra facts a client may show (never personal data: it is returned to the caller as is). */
  details?: Record<string, unknown>;
  /** For `too_many_requests`: when to try again (the HTTP layer sends it as `Retry-After`). */
  retryAfterSeconds?: number;
}

/**
 * The one error a decider throws to reject a command. Deliberately a single class (no subclass per
 * case): the `kind` decides the HTTP status and the `code` tells clients what happened.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly kind: DomainErrorKind;
  readonly code: string;
  readonly messages: BilingualMessage;
  readonly field?: string;
  readonly details?: Record<string, unknown>;
  readonly retryAfterSeconds?: number;

  constructor(init: DomainErrorInit) {
    super(`${init.code}: ${init.message.en}`);
    this.kind = init.kind;
    this.code = init.code;
    this.messages = init.message;
    if (init.field !== undefined) this.field = init.field;
    if (init.details !== undefined) this.details = init.details;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
  }

  static invalid(code: string, message: BilingualMessage, extra: Extra = {}): DomainError {
    return new DomainError({ kind: 'invalid', code, message, ...extra });
  }

  static notFound(code: string, message: BilingualMessage, extra: Extra = {}): DomainError {
    return new DomainError({ kind: 'not_found', code, message, ...extra });
  }

  static conflict(code: string, message: BilingualMessage, extra: Extra = {}): DomainError {
    return new DomainError({ kind: 'conflict', code, message, ...extra });
  }

  static forbidden(code: string, message: BilingualMessage, extra: Extra = {}): DomainError {
    return new DomainError({ kind: 'forbidden', code, message, ...extra });
  }

  static unprocessable(code: string, message: BilingualMessage, extra: Extra = {}): DomainError {
    return new DomainError({ kind: 'unprocessable', code, message, ...extra });
  }

  /** The caller is not signed in, or the credentials or session are wrong (401). */
  static unauthenticated(code: string, message: BilingualMessage, extra: Extra = {}): DomainError {
    return new DomainError({ kind: 'unauthenticated', code, message, ...extra });
  }

  /** Refused until `retryAfterSeconds` have passed (429 with `Retry-After`). */
  static tooManyRequests(
    code: string,
    message: BilingualMessage,
    retryAfterSeconds: number,
    extra: Extra = {},
  ): DomainError {
    return new DomainError({ kind: 'too_many_requests', code, message, retryAfterSeconds, ...extra });
  }
}

type Extra = Pick<DomainErrorInit, 'field' | 'details'>;

const KINDS: ReadonlySet<string> = new Set<DomainErrorKind>([
  'invalid',
  'not_found',
  'conflict',
  'forbidden',
  'unprocessable',
  'unauthenticated',
  'too_many_requests',
]);

/**
 * True for a DomainError, also one from a second copy of this module (jest module registries,
 * bundles), which `instanceof` would miss.
 */
export function isDomainError(error: unknown): error is DomainError {
  if (error instanceof DomainError) return true;
  if (!(error instanceof Error) || error.name !== 'DomainError') return false;
  const candidate = error as Partial<DomainError>;
  return (
    typeof candidate.code === 'string' &&
    typeof candidate.kind === 'string' &&
    KINDS.has(candidate.kind) &&
    typeof candidate.messages?.vi === 'string' &&
    typeof candidate.messages.en === 'string'
  );
}
