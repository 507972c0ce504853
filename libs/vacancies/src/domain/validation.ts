import { DomainError, type BilingualMessage } from '@vieclam/platform/domain';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function requireText(value: string, field: string, label: BilingualMessage): void {
  if (value.trim() === '') {
    throw DomainError.invalid(
      'required',
      { vi: `${label.vi} là bắt buộc`, en: `${label.en} is required` },
      { field },
    );
  }
}

export function requireIsoDate(value: string, field: string, label: BilingualMessage): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw DomainError.invalid(
      'invalid_date',
      { vi: `${label.vi}: ngày không hợp lệ`, en: `${label.en}: invalid date` },
      { field },
    );
  }
}
