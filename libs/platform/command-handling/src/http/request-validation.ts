import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { BilingualMessage } from '@vieclam/platform/domain';

export interface FieldError {
  /** Dotted path of the field in the request body, e.g. `address.village`. */
  field: string;
  messages: BilingualMessage;
}

/** A request body that failed class-validator, with one entry per failed field constraint. */
export class RequestValidationFailed extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super({ code: 'validation_failed', errors });
  }
}

/** Vietnamese wording of the class-validator constraints our DTOs use. */
const VIETNAMESE: Record<string, (field: string) => string> = {
  isDefined: (f) => `Trường "${f}" là bắt buộc.`,
  isNotEmpty: (f) => `Trường "${f}" không được để trống.`,
  isString: (f) => `Trường "${f}" phải là chuỗi ký tự.`,
  isInt: (f) => `Trường "${f}" phải là số nguyên.`,
  isNumber: (f) => `Trường "${f}" phải là số.`,
  isPositive: (f) => `Trường "${f}" phải là số dương.`,
  isBoolean: (f) => `Trường "${f}" phải là đúng/sai.`,
  isDateString: (f) => `Trường "${f}" phải là ngày hợp lệ.`,
  isISO8601: (f) => `Trường "${f}" phải là ngày hợp lệ.`,
  isEmail: (f) => `Trường "${f}" phải là địa chỉ email hợp lệ.`,
  isUUID: (f) => `Trường "${f}" phải là mã định danh hợp lệ.`,
  isEnum: (f) => `Giá trị của trường "${f}" không nằm trong danh sách cho phép.`,
  isIn: (f) => `Giá trị của trường "${f}" không nằm trong danh sách cho phép.`,
  isArray: (f) => `Trường "${f}" phải là danh sách.`,
  arrayNotEmpty: (f) => `Danh sách "${f}" không được để trống.`,
  arrayMinSize: (f) => `Danh sách "${f}" có quá ít phần tử.`,
  arrayMaxSize: (f) => `Danh sách "${f}" có quá nhiều phần tử.`,
  min: (f) => `Trường "${f}" nhỏ hơn giá trị tối thiểu.`,
  max: (f) => `Trường "${f}" lớn hơn giá trị tối đa.`,
  minLength: (f) => `Trường "${f}" quá ngắn.`,
  maxLength: (f) => `Trường "${f}" quá dài.`,
  length: (f) => `Độ dài của trường "${f}" không hợp lệ.`,
  matches: (f) => `Trường "${f}" không đúng định dạng.`,
  isObject: (f) => `Trường "${f}" phải là một đối tượng.`,
  whitelistValidation: (f) => `Trường "${f}" không được phép gửi lên.`,
};

function vietnameseFor(constraint: string, field: string): string {
  return VIETNAMESE[constraint]?.(field) ?? `Trường "${field}" không hợp lệ.`;
}

/** Flattens class-validator's nested errors into one entry per field and constraint. */
export function fieldErrorsOf(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, en]) => ({
      field,
      messages: { vi: vietnameseFor(constraint, field), en },
    }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/**
 * The ValidationPipe every API uses: unknown properties are rejected, payloads are transformed to
 * their DTO classes, and failures carry per-field bilingual messages.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationFailed(fieldErrorsOf(errors)),
  });
}
