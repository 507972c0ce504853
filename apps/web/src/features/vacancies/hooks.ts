/** Queries and small helpers shared by the vacancies screens. */
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../core/api';
import { useAuth } from '../../core/auth';
import { useApiQuery } from '../../core/query';
import type { EmployerListItem, PersonDetails, PersonName, VacancyListItem } from './types';

/** Today's date in Vietnam (ISO), whatever the browser's time zone. */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export function useEmployers() {
  const { can } = useAuth();
  return useApiQuery<EmployerListItem[]>(can('vacancies:read') ? '/employers' : null);
}

/** Employer id → employer, for naming employers and licensed enterprises. */
export function useEmployerIndex() {
  const employers = useEmployers();
  const byId = useMemo(
    () => new Map((employers.data ?? []).map((e) => [e.employerId, e] as const)),
    [employers.data],
  );
  return { ...employers, byId };
}

/** Open vacancies by id (the matches carry ids only). */
export function useOpenVacancyIndex() {
  const { can } = useAuth();
  const query = useApiQuery<VacancyListItem[]>(can('vacancies:read') ? '/vacancies' : null, { status: 'open' });
  const byId = useMemo(() => new Map((query.data ?? []).map((v) => [v.vacancyId, v] as const)), [query.data]);
  return { ...query, byId };
}

/**
 * Names of the given job seekers (match results and referrals carry ids only), one
 * `GET /job-seekers/:id` each under the same query key as the person page, so they share the cache
 * and a referral's `/job-seekers` invalidation refreshes them.
 */
export function usePersonNames(ids: readonly string[]) {
  const { can } = useAuth();
  const enabled = can('job-seekers:read');
  const unique = [...new Set(ids)];

  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: [`/job-seekers/${id}`, {}],
      queryFn: () => api.get<PersonDetails>(`/job-seekers/${id}`),
      enabled,
      staleTime: 60_000,
      retry: false,
    })),
  });
  const byId = new Map<string, PersonName>();
  results.forEach((r, i) => {
    const data = r.data;
    if (data) {
      byId.set(unique[i]!, {
        fullName: data.profile.fullName ?? null,
        villageCode: data.profile.villageCode ?? null,
        erased: data.personalDataErased,
      });
    }
  });
  return { byId, loading: results.some((r) => r.isLoading) };
}
