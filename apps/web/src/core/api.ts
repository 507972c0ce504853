import type { Bilingual } from './i18n';

/** One field the server refused, as the API's error body names it. */
export interface FieldError {
  field: string;
  messages: Bilingual;
}

/** The API's bilingual error body (see HttpErrorFilter on the server). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  messages: Bilingual;
  field?: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
  errorId?: string;
}

export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.body.statusCode;
  }
  get code(): string {
    return this.body.code;
  }
  get messages(): Bilingual {
    return this.body.messages;
  }
  /** Every field-level error: class-validator's list, plus a domain error's single `field`. */
  get fieldErrors(): FieldError[] {
    const list = [...(this.body.errors ?? [])];
    if (this.body.field) list.push({ field: this.body.field, messages: this.body.messages });
    return list;
  }
}

const NETWORK_ERROR: Bilingual = {
  vi: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  en: 'Could not reach the server. Check the network and try again.',
};

function networkError(): ApiError {
  return new ApiError({
    statusCode: 0,
    code: 'network_error',
    message: `${NETWORK_ERROR.vi} / ${NETWORK_ERROR.en}`,
    messages: NETWORK_ERROR,
  });
}

// The access token lives in memory only; the refresh token is an httpOnly cookie the browser keeps.
let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
let onSessionLost: (() => void) | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}
export function hasAccessToken(): boolean {
  return accessToken !== null;
}
export function onUnauthenticated(listener: (() => void) | null): void {
  onSessionLost = listener;
}

export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  mustChangePassword: boolean;
}

/** Renews the access token with the refresh cookie; one renewal at a time. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  })
    .then(async (response) => {
      if (!response.ok) return false;
      const tokens = (await response.json()) as TokenResponse;
      accessToken = tokens.accessToken;
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  /** Sent as `Idempotency-Key` so a retried command is not applied twice. */
  idempotencyKey?: string;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const url = path.startsWith('/api') ? path : `/api${path.startsWith('/') ? '' : '/'}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${url}?${text}` : url;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw networkError();
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as ApiErrorBody;
    if (body && typeof body === 'object' && body.messages) return new ApiError(body);
  } catch {
    /* not JSON */
  }
  const messages = { vi: `Yêu cầu thất bại (${response.status}).`, en: `The request failed (${response.status}).` };
  return new ApiError({
    statusCode: response.status,
    code: `http_${response.status}`,
    message: `${messages.vi} / ${messages.en}`,
    messages,
  });
}

/** Sends a request; on 401 renews the session once and retries; throws `ApiError` otherwise. */
async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  let response = await send(path, options);
  if (response.status === 401 && !path.startsWith('/auth/') && (await refreshSession())) {
    response = await send(path, options);
  }
  if (response.status === 401 && !path.startsWith('/auth/')) onSessionLost?.();
  if (!response.ok) throw await errorOf(response);
  return response;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query']) => apiRequest<T>(path, { query }),
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    apiRequest<T>(path, { method: 'POST', body: body ?? {}, idempotencyKey }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body: body ?? {} }),
};

/** Downloads a file answer (report XLSX/PDF/CSV) under the server's file name. */
export async function downloadFile(path: string, query: RequestOptions['query'], fallbackName: string) {
  const response = await request(path, { query });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A fresh key for one user action (a retried submit reuses it). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
