import {
  BadRequestException,
  HttpException,
  Logger,
  NotFoundException,
  ValidationPipe,
  type ArgumentsHost,
} from '@nestjs/common';
import { DomainError } from '@vieclam/platform/domain';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConcurrencyConflict } from '../concurrency-conflict';
import { HttpErrorFilter, type HttpErrorBody } from './http-error.filter';
import { createValidationPipe } from './request-validation';

class Address {
  @IsString()
  village!: string;
}

class RegisterDto {
  @IsInt()
  @Min(1)
  amount!: number;

  @ValidateNested()
  @Type(() => Address)
  address!: Address;
}

function httpHost(request: object = { method: 'POST', originalUrl: '/api/x?cccd=001099012345' }) {
  const sent: { status?: number; body?: HttpErrorBody; headers?: Record<string, string> } = {};
  const response = {
    headersSent: false,
    setHeader(name: string, value: string) {
      sent.headers = { ...sent.headers, [name]: value };
    },
    status(code: number) {
      sent.status = code;
      return { json: (body: HttpErrorBody) => (sent.body = body) };
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

async function validationFailureOf(pipe: ValidationPipe, payload: unknown): Promise<unknown> {
  try {
    await pipe.transform(payload, { type: 'body', metatype: RegisterDto });
  } catch (error) {
    return error;
  }
  throw new Error('expected the payload to be rejected');
}

describe('HttpErrorFilter', () => {
  const filter = new HttpErrorFilter();

  it.each([
    ['invalid', 400],
    ['not_found', 404],
    ['conflict', 409],
    ['forbidden', 403],
    ['unprocessable', 422],
    ['unauthenticated', 401],
    ['too_many_requests', 429],
  ] as const)('renders a DomainError of kind %s as %i with code, field and details', (kind, status) => {
    const { host, sent } = httpHost();
    const messages = { vi: 'Số CCCD không hợp lệ.', en: 'The citizen ID is not valid.' };
    filter.catch(
      new DomainError({
        kind,
        code: 'citizen_id_invalid',
        message: messages,
        field: 'citizenId',
        details: { digits: 11 },
      }),
      host,
    );
    expect(sent).toEqual({
      status,
      body: {
        statusCode: status,
        code: 'citizen_id_invalid',
        message: `${messages.vi} / ${messages.en}`,
        messages,
        field: 'citizenId',
        details: { digits: 11 },
      },
    });
  });

  it('renders a 429 DomainError with its specific bilingual message and a Retry-After header', () => {
    const { host, sent } = httpHost();
    const messages = {
      vi: 'Tài khoản tạm khoá do đăng nhập sai nhiều lần; thử lại sau 2 phút.',
      en: 'Too many failed logins for this account; try again in 2 minutes.',
    };
    filter.catch(DomainError.tooManyRequests('account_locked', messages, 90.2), host);
    expect(sent).toEqual({
      status: 429,
      headers: { 'Retry-After': '91' },
      body: { statusCode: 429, code: 'account_locked', message: `${messages.vi} / ${messages.en}`, messages },
    });

    const unauthenticated = httpHost();
    filter.catch(
      DomainError.unauthenticated('invalid_credentials', {
        vi: 'Sai tên đăng nhập hoặc mật khẩu.',
        en: 'Wrong username or password.',
      }),
      unauthenticated.host,
    );
    expect(unauthenticated.sent.status).toBe(401);
    expect(unauthenticated.sent.headers).toBeUndefined();
    expect(unauthenticated.sent.body!.messages.vi).toBe('Sai tên đăng nhập hoặc mật khẩu.');
  });

  it('renders ConcurrencyConflict as 409 with a bilingual message', () => {
    const { host, sent } = httpHost();
    const conflict = new ConcurrencyConflict('JobSeeker-1', 3, 4, 4);
    filter.catch(conflict, host);
    expect(sent.status).toBe(409);
    expect(sent.body).toEqual({
      statusCode: 409,
      code: 'concurrency_conflict',
      message: `${conflict.messages.vi} / ${conflict.messages.en}`,
      messages: conflict.messages,
    });
  });

  it('renders our validation pipe’s failures with one bilingual entry per field', async () => {
    const { host, sent } = httpHost();
    const error = await validationFailureOf(createValidationPipe(), {
      amount: 0,
      address: { village: 7 },
      extra: true,
    });
    filter.catch(error, host);
    expect(sent.status).toBe(400);
    expect(sent.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    const errors = sent.body!.errors!;
    expect(errors.map((e) => e.field).sort()).toEqual(['address.village', 'amount', 'extra']);
    for (const e of errors) {
      expect(e.messages.vi).toContain(`"${e.field}"`);
      expect(e.messages.en.length).toBeGreaterThan(0);
    }
  });

  it('renders a default ValidationPipe failure with the field taken from each message', async () => {
    const { host, sent } = httpHost();
    const error = await validationFailureOf(new ValidationPipe(), { amount: 'x', address: { village: 'A' } });
    expect(error).toBeInstanceOf(BadRequestException);
    filter.catch(error, host);
    expect(sent.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    expect(sent.body!.errors!.map((e) => e.field)).toEqual(['amount', 'amount']);
  });

  it('renders Nest HttpExceptions with their status and a generic Vietnamese message', () => {
    const { host, sent } = httpHost();
    filter.catch(new NotFoundException('Cannot GET /nowhere'), host);
    expect(sent.body).toEqual({
      statusCode: 404,
      code: 'not_found',
      message: 'Không tìm thấy. / Cannot GET /nowhere',
      messages: { vi: 'Không tìm thấy.', en: 'Cannot GET /nowhere' },
    });

    const tooMany = httpHost();
    filter.catch(new HttpException('ThrottlerException: Too Many Requests', 429), tooMany.host);
    // A rate limiter's English text has no Vietnamese twin: both languages say the generic thing.
    expect(tooMany.sent.body).toEqual({
      statusCode: 429,
      code: 'too_many_requests',
      message: 'Quá nhiều yêu cầu, vui lòng thử lại sau. / Too many requests, please try again later.',
      messages: {
        vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
        en: 'Too many requests, please try again later.',
      },
    });
  });

  it('renders unknown errors as a generic 500 and logs them without the query string', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = httpHost();
    const sqlError = Object.assign(new Error('relation "secret_table" does not exist'), {
      code: '42P01',
      detail: 'Key (citizen_id)=(001099012345) already exists.',
    });
    filter.catch(sqlError, host);

    expect(sent.status).toBe(500);
    expect(sent.body).toMatchObject({ statusCode: 500, code: 'internal_error' });
    expect(sent.body!.errorId).toEqual(expect.any(String));
    const text = JSON.stringify(sent.body);
    expect(text).not.toContain('secret_table');
    expect(text).not.toContain('at ');
    expect(Object.keys(sent.body!.messages).sort()).toEqual(['en', 'vi']);
    expect(sent.body!.message).toBe(`${sent.body!.messages.vi} / ${sent.body!.messages.en}`);

    expect(log).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(log.mock.calls[0]);
    expect(logged).toContain(sent.body!.errorId!);
    expect(logged).toContain('secret_table');
    expect(logged).not.toContain('001099012345');
    log.mockRestore();
  });

  it('renders client errors of Express middleware with their status and without their text', () => {
    const { host, sent } = httpHost();
    const tooLarge = Object.assign(new Error('request entity too large: 200001 > 100000'), {
      status: 413,
      expose: true,
      type: 'entity.too.large',
    });
    filter.catch(tooLarge, host);
    expect(sent.status).toBe(413);
    expect(sent.body).toEqual({
      statusCode: 413,
      code: 'payload_too_large',
      message: 'Dữ liệu gửi lên quá lớn. / The request is too large.',
      messages: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
    });
  });

  it('sends nothing when the response has already started', () => {
    const { host, sent } = httpHost();
    const response = host.switchToHttp().getResponse<{ headersSent: boolean }>();
    response.headersSent = true;
    filter.catch(DomainError.invalid('x', { vi: 'x', en: 'x' }), host);
    expect(sent).toEqual({});
  });
});
