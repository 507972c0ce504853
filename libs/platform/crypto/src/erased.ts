/** What a personal field reads as once its owner's key has been erased. */
export interface Erased {
  readonly erased: true;
}

export const ERASED: Erased = Object.freeze({ erased: true as const });

export function isErased(value: unknown): value is Erased {
  return typeof value === 'object' && value !== null && (value as { erased?: unknown }).erased === true;
}

/** Shown in place of an erased person's data; Vietnamese first. */
export const ERASED_LABEL = Object.freeze({
  vi: 'Đã xoá dữ liệu cá nhân',
  en: 'Personal data erased',
  display: 'Đã xoá dữ liệu cá nhân / Personal data erased',
});
