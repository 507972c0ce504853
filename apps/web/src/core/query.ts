import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { api, ApiError, newIdempotencyKey, type RequestOptions } from './api';
import { useI18n, type Bilingual } from './i18n';

/** GET with react-query; the key is the path and query, so invalidating a path prefix refreshes it. */
export function useApiQuery<T>(
  path: string | null,
  query?: RequestOptions['query'],
  options: Omit<UseQueryOptions<T, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<T, ApiError>({
    queryKey: [path, query ?? {}],
    queryFn: () => api.get<T>(path!, query),
    enabled: path !== null && (options.enabled ?? true),
    ...options,
  });
}

/** Puts the server's field errors next to the fields of an antd form; true when any matched. */
export function applyServerErrors(form: FormInstance | undefined, error: unknown, lang: 'vi' | 'en'): boolean {
  if (!form || !(error instanceof ApiError)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const fields = error.fieldErrors
    .map((e) => ({ name: e.field.split('.'), message: lang === 'en' ? e.messages.en : e.messages.vi }))
    .filter((e) => known.has(e.name[0]!));
  if (fields.length === 0) return false;
  const grouped = new Map<string, { name: string[]; errors: string[] }>();
  for (const f of fields) {
    const key = f.name.join('.');
    const entry = grouped.get(key) ?? { name: f.name, errors: [] };
    entry.errors.push(f.message);
    grouped.set(key, entry);
  }
  form.setFields([...grouped.values()]);
  return true;
}

export interface CommandOptions<TBody, TResult> {
  /** Path, or a function of the body (e.g. `/job-seekers/${id}/consultations`). */
  path: string | ((body: TBody) => string);
  method?: 'POST' | 'PATCH';
  /** Query key prefixes to refresh afterwards, e.g. `['/job-seekers']`. */
  invalidate?: string[];
  success?: Bilingual;
  /** The form whose fields receive the server's field errors. */
  form?: FormInstance;
  onSuccess?: (result: TResult, body: TBody) => void;
}

/**
 * A command from a form: sends it with an idempotency key, shows success, refreshes the lists,
 * and on failure puts the server's messages next to the fields (or in a message when none match).
 */
export function useCommand<TBody = unknown, TResult = unknown>(options: CommandOptions<TBody, TResult>) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const { t, lang } = useI18n();
  return useMutation<TResult, ApiError, TBody>({
    mutationFn: (body) => {
      const path = typeof options.path === 'function' ? options.path(body) : options.path;
      return options.method === 'PATCH'
        ? api.patch<TResult>(path, body)
        : api.post<TResult>(path, body, newIdempotencyKey());
    },
    onSuccess: async (result, body) => {
      if (options.success) void message.success(t(options.success));
      await Promise.all(
        (options.invalidate ?? []).map((prefix) =>
          client.invalidateQueries({
            predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith(prefix),
          }),
        ),
      );
      options.onSuccess?.(result, body);
    },
    onError: (error) => {
      if (!applyServerErrors(options.form, error, lang)) void message.error(t(error.messages));
    },
  });
}
