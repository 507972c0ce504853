/** Checks every decider makes on its input, refusing with a bilingual `DomainError` naming the field. */
import { isIsoDate } from './calendar';
import { DomainError, type BilingualMessage } from './domain-error';

/** A business date: a real calendar date, not after `today` (facts are recorded after they happen). */
export function requirePastDate(value: string, field: string, today: string, label: BilingualMessage): void {
  requireDate(value, field, label);
  if (value > today) {
    throw DomainError.invalid(
      'date_in_future',
      { vi: `${label.vi} không được sau hôm nay`, en: `${label.en} cannot be in the future` },
      { field },
    );
  }
}

export function requireDate(value: string, field: string, label: BilingualMessage): void {
  if (!isIsoDate(value)) {
    throw DomainError.invalid(
      'invalid_date',
      { vi: `${label.vi}: ngày không hợp lệ`, en: `${label.en}: invalid date` },
      { field },
    );
  }
}

export function requireNotBefore(
  value: string,
  floor: string,
  field: string,
  message: BilingualMessage,
  code = 'date_too_early',
): void {
  if (value < floor) throw DomainError.invalid(code, message, { field, details: { earliest: floor } });
}

/** Trimmed text with single spaces; refuses an empty value. */
export function requireText(value: string, field: string, label: BilingualMessage): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (!trimmed) {
    throw DomainError.invalid(
      `${field}_required`,
      { vi: `${label.vi} không được để trống`, en: `${label.en} is required` },
      { field },
    );
  }
  return trimmed;
}
