import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isConcurrencyConflict } from '../concurrency-conflict';
import { isDomainError, type BilingualMessage, type DomainErrorKind } from '@vieclam/platform/domain';
import { RequestValidationFailed, type FieldError } from './request-validation';

/** The JSON body of every error the API returns. */
export interface HttpErrorBody {
  statusCode: number;
  code: string;
  /** `"<vi> / <en>"`, for clients that show one string. */
  message: string;
  messages: BilingualMessage;
  field?: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
  /** Only on 500: quote it to support; the server log carries the same id. */
  errorId?: string;
}

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
};

const GENERIC: Record<number, { code: string } & BilingualMessage> = {
  400: { code: 'bad_request', vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  401: { code: 'unauthenticated', vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  403: { code: 'forbidden', vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You may not do this.' },
  404: { code: 'not_found', vi: 'Không tìm thấy.', en: 'Not found.' },
  405: { code: 'method_not_allowed', vi: 'Phương thức không được hỗ trợ.', en: 'Method not allowed.' },
  409: { code: 'conflict', vi: 'Xung đột dữ liệu.', en: 'Conflict.' },
  413: { code: 'payload_too_large', vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  415: {
    code: 'unsupported_media_type',
    vi: 'Định dạng dữ liệu không được hỗ trợ.',
    en: 'Unsupported media type.',
  },
  422: { code: 'unprocessable', vi: 'Không thể xử lý yêu cầu.', en: 'The request cannot be processed.' },
  429: {
    code: 'too_many_requests',
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
    en: 'Too many requests, please try again later.',
  },
  500: {
    code: 'internal_error',
    vi: 'Đã có lỗi xảy ra ở máy chủ. Vui lòng thử lại sau.',
    en: 'Something went wrong on the server. Please try again later.',
  },
  503: {
    code: 'service_unavailable',
    vi: 'Dịch vụ tạm thời không sẵn sàng.',
    en: 'The service is temporarily unavailable.',
  },
};

function genericFor(status: number): { code: string } & BilingualMessage {
  return (
    GENERIC[status] ??
    (status >= 500
      ? GENERIC[500]!
      : { code: `http_${status}`, vi: 'Yêu cầu không thành công.', en: 'The request failed.' })
  );
}

function body(
  statusCode: number,
  code: string,
  messages: BilingualMessage,
  extra: Partial<HttpErrorBody> = {},
): HttpErrorBody {
  return { statusCode, code, message: `${messages.vi} / ${messages.en}`, messages, ...extra };
}

/**
 * Turns any error into the API's bilingual JSON error body. Responses never carry a stack trace,
 * SQL or driver text; unexpected errors are logged server-side (without the request body or query
 * string, which may hold personal data) under an id the client can quote.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    const request = http.getRequest<{ method?: string; originalUrl?: string; url?: string }>();
    const response = http.getResponse<{
      headersSent: boolean;
      setHeader(name: string, value: string): void;
      status(code: number): { json(body: unknown): void };
    }>();
    const rendered = this.render(error, request);
    if (response.headersSent) return;
    if (isDomainError(error) && error.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
    }
    response.status(rendered.statusCode).json(rendered);
  }

  /** The body for an error (exposed for tests and for non-Nest callers). */
  render(
    error: unknown,
    request: { method?: string; originalUrl?: string; url?: string } = {},
  ): HttpErrorBody {
    if (isDomainError(error)) {
      const extra: Partial<HttpErrorBody> = {};
      if (error.field !== undefined) extra.field = error.field;
      if (error.details !== undefined) extra.details = error.details;
      return body(STATUS_OF_KIND[error.kind], error.code, error.messages, extra);
    }
    if (isConcurrencyConflict(error)) {
      return body(HttpStatus.CONFLICT, error.code, error.messages);
    }
    if (error instanceof RequestValidationFailed) {
      return body(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        {
          vi: 'Dữ liệu gửi lên không hợp lệ.',
          en: 'The submitted data is not valid.',
        },
        { errors: error.errors },
      );
    }
    if (error instanceof HttpException) return this.renderHttpException(error);
    const clientStatus = clientErrorStatusOf(error);
    if (clientStatus !== undefined) {
      const generic = genericFor(clientStatus);
      return body(clientStatus, generic.code, { vi: generic.vi, en: generic.en });
    }
    return this.renderUnexpected(error, request);
  }

  private renderHttpException(error: HttpException): HttpErrorBody {
    const status = error.getStatus();
    const generic = genericFor(status);
    const response = error.getResponse();
    // A default ValidationPipe reports `["amount must be an integer", ...]`: the field leads.
    const list =
      typeof response === 'object' && response !== null
        ? (response as { message?: unknown }).message
        : undefined;
    if (status === 400 && Array.isArray(list) && list.every((m) => typeof m === 'string')) {
      const errors = list.map((en) => {
        const field = en.split(' ')[0] ?? '';
        return { field, messages: { vi: `Trường "${field}" không hợp lệ.`, en } };
      });
      return body(
        status,
        'validation_failed',
        { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The submitted data is not valid.' },
        { errors },
      );
    }
    // A rate limiter's text ("ThrottlerException: Too Many Requests") has no Vietnamese twin: both
    // languages then say the same generic thing.
    if (status === 429) {
      return body(status, generic.code, { vi: generic.vi, en: generic.en });
    }
    // Messages of HttpExceptions are written by our own code (or Nest's router), never by a driver.
    const en = typeof list === 'string' ? list : status < 500 ? error.message || generic.en : generic.en;
    return body(status, generic.code, { vi: generic.vi, en });
  }

  private renderUnexpected(
    error: unknown,
    request: { method?: string; originalUrl?: string; url?: string },
  ): HttpErrorBody {
    const errorId = randomUUID();
    const path = (request.originalUrl ?? request.url ?? '').split('?')[0];
    const described =
      error instanceof Error
        ? {
            name: error.name,
            message: error.message,
            code: (error as { code?: unknown }).code,
            stack: error.stack,
          }
        : { value: typeof error };
    // Driver `detail` fields quote the offending values (personal data): they are left out.
    this.logger.error({ msg: 'Unhandled error', errorId, method: request.method, path, error: described });
    const generic = genericFor(500);
    return body(
      HttpStatus.INTERNAL_SERVER_ERROR,
      generic.code,
      { vi: generic.vi, en: generic.en },
      { errorId },
    );
  }
}

/**
 * Errors of Express middleware (body-parser's "payload too large", "unsupported charset", …) follow
 * the http-errors convention: a 4xx `status` and `expose: true`. Their text is not shown.
 */
function clientErrorStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
