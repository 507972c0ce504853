import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCommand, type CommandOptions } from '../../core/query';

const PREFIXES = ['/job-seekers', '/work-list'];

function refresh(client: QueryClient) {
  void client.invalidateQueries({
    predicate: (q) =>
      typeof q.queryKey[0] === 'string' && PREFIXES.some((p) => (q.queryKey[0] as string).startsWith(p)),
  });
}

/**
 * A command on a job seeker's case: refreshes the case and the lists at once, then again after a
 * moment, because the list read models catch up with the events a little later.
 */
export function useCaseCommand<TBody = unknown, TResult = unknown>(options: CommandOptions<TBody, TResult>) {
  const client = useQueryClient();
  return useCommand<TBody, TResult>({
    ...options,
    invalidate: [...PREFIXES, ...(options.invalidate ?? [])],
    onSuccess: (result, body) => {
      setTimeout(() => refresh(client), 1200);
      setTimeout(() => refresh(client), 3500);
      options.onSuccess?.(result, body);
    },
  });
}
