import { useCommand, type CommandOptions } from '../../core/query';
import { useQueryClient } from '@tanstack/react-query';

const PREFIXES = ['/job-seekers', '/work-list'];
const LATER = [1200, 3500];

/**
 * What a command on a job seeker's case refreshes: the case and the lists at once, then again after
 * a moment, because the list read models catch up with the events a little later. Spread it into a
 * `CommandModalButton`.
 */
export const CASE_MODAL = { invalidate: PREFIXES, refetchAfter: LATER, width: 640 };

/** `useCommand` for a command on a job seeker's case, refreshing as {@link CASE_MODAL} does. */
export function useCaseCommand<TBody = unknown, TResult = unknown>(options: CommandOptions<TBody, TResult>) {
  const client = useQueryClient();
  const refresh = () =>
    void client.invalidateQueries({
      predicate: (q) => typeof q.queryKey[0] === 'string' && PREFIXES.some((p) => (q.queryKey[0] as string).startsWith(p)),
    });
  return useCommand<TBody, TResult>({
    ...options,
    invalidate: [...PREFIXES, ...(options.invalidate ?? [])],
    onSuccess: (result, body) => {
      for (const delay of LATER) setTimeout(refresh, delay);
      options.onSuccess?.(result, body);
    },
  });
}
