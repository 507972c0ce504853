import { useMyUnits } from '../../components/UnitSelect';
import { useAuth } from '../../core/auth';
import { useApiQuery } from '../../core/query';
import type { Employer, OverseasPipeline } from './types';

/** `GET /api/overseas/pipeline`, gated by overseas:read. */
export function usePipeline(query?: { village?: string; country?: string }) {
  const { can } = useAuth();
  return useApiQuery<OverseasPipeline>(can('overseas:read') ? '/overseas/pipeline' : null, query);
}

/** Licensed enterprises by id (`GET /api/employers`, only with vacancies:read). */
export function useEmployers() {
  const { can } = useAuth();
  const employers = useApiQuery<Employer[]>(can('vacancies:read') ? '/employers' : null, undefined, {
    staleTime: 5 * 60_000,
  });
  const names = new Map((employers.data ?? []).map((e) => [e.employerId, e.name]));
  return { list: employers.data ?? [], names, loading: employers.isLoading };
}

/** Village names by code from the user's units. */
export function useUnitNames(): Map<string, string> {
  const units = useMyUnits();
  return new Map((units.data ?? []).map((u) => [u.code, u.name]));
}
