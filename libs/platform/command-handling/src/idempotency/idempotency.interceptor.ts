import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import { from, mergeMap, of, catchError, throwError, type Observable } from 'rxjs';
import { DomainError } from '@vieclam/platform/domain';
import type { IdempotencyStore, IdempotentRequest } from './idempotency-store';

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
export const IDEMPOTENCY_OPTIONS = Symbol('IDEMPOTENCY_OPTIONS');

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

interface HttpRequest {
  method: string;
  originalUrl?: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  query?: unknown;
  body?: unknown;
  user?: unknown;
}

interface HttpResponse {
  statusCode: number;
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
}

export interface IdempotencyOptions {
  /** The signed-in user's id, so two users' keys never collide. Default: `req.user.id` or `.sub`. */
  userIdOf?: (request: HttpRequest) => string | undefined;
}

const GUARDED_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/**
 * Makes POST/PUT/PATCH safe to retry when the client sends an `Idempotency-Key` header: the first
 * response is stored and replayed (header `Idempotent-Replayed: true`) without running the handler
 * again; the same key with another payload is refused (422); a retry racing the still-running
 * first request gets 409. A request that fails is forgotten so it can be retried.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('IdempotencyInterceptor');
  private readonly userIdOf: (request: HttpRequest) => string | undefined;

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Optional() @Inject(IDEMPOTENCY_OPTIONS) options?: IdempotencyOptions,
  ) {
    this.userIdOf = options?.userIdOf ?? defaultUserIdOf;
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    if (!GUARDED_METHODS.has(request.method.toUpperCase())) return next.handle();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (header === undefined) return next.handle();

    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined || !KEY_SHAPE.test(key)) {
      throw DomainError.invalid('idempotency_key_invalid', {
        vi: 'Khóa Idempotency-Key phải gồm 1–255 ký tự ASCII in được.',
        en: 'The Idempotency-Key must be 1–255 printable ASCII characters.',
      });
    }
    const idempotent: IdempotentRequest = {
      key,
      userId: this.userIdOf(request) ?? '',
      method: request.method.toUpperCase(),
      path: (request.originalUrl ?? request.url).split('?')[0] ?? '',
      requestHash: hashOf({ query: request.query ?? {}, body: request.body ?? null }),
    };

    const claim = await this.store.claim(idempotent);
    switch (claim.outcome) {
      case 'replay':
        response.status(claim.response.statusCode);
        response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
        return of(claim.response.body ?? undefined);
      case 'in_progress':
        throw DomainError.conflict('idempotency_key_in_progress', {
          vi: 'Yêu cầu với cùng khóa Idempotency-Key đang được xử lý. Vui lòng thử lại sau giây lát.',
          en: 'A request with the same Idempotency-Key is still being processed. Please retry shortly.',
        });
      case 'payload_mismatch':
        throw DomainError.unprocessable('idempotency_key_reused', {
          vi: 'Khóa Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác.',
          en: 'This Idempotency-Key was already used for a request with a different body.',
        });
      case 'claimed':
        return next.handle().pipe(
          mergeMap((body) =>
            from(
              this.store.complete(idempotent, { statusCode: response.statusCode, body: body ?? null }),
            ).pipe(mergeMap(() => of(body))),
          ),
          catchError((error: unknown) =>
            from(
              this.store.release(idempotent).catch((releaseError: unknown) => {
                this.logger.error({
                  msg: 'Could not release an idempotency key',
                  error: String(releaseError),
                });
              }),
            ).pipe(mergeMap(() => throwError(() => error))),
          ),
        );
    }
  }
}

function defaultUserIdOf(request: HttpRequest): string | undefined {
  const user = request.user as { id?: unknown; sub?: unknown } | undefined;
  const id = user?.id ?? user?.sub;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** SHA-256 of the payload with object keys sorted, so key order does not change the hash. */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
