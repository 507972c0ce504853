/** A refused admin command, with its message in Vietnamese and English. */
export class AdminRuleViolated extends Error {
  override readonly name = 'AdminRuleViolated';
  constructor(
    readonly code: string,
    readonly vi: string,
    readonly en: string,
    readonly kind: 'invalid' | 'conflict' | 'not_found' = 'invalid',
    readonly field?: string,
  ) {
    super(`${vi} / ${en}`);
  }
}
