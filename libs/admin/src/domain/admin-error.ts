import { DomainError, type DomainErrorKind } from '@vieclam/platform/domain';

/**
 * A refused admin command: a `DomainError` (so the HTTP layer renders it in Vietnamese and English)
 * built from the positional form the admin deciders use.
 */
export class AdminRuleViolated extends DomainError {
  constructor(code: string, vi: string, en: string, kind: DomainErrorKind = 'invalid', field?: string) {
    super({ kind, code, message: { vi, en }, ...(field === undefined ? {} : { field }) });
  }

  get vi(): string {
    return this.messages.vi;
  }

  get en(): string {
    return this.messages.en;
  }
}
