/** Queries and small helpers shared by the vacancies screens. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, type ApiError } from '../../core/api';
import { useAuth } from '../../core/auth';
import { useApiQuery } from '../../core/query';
import type { EmployerListItem, JobSeekerName, VacancyListItem } from './types';

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

interface JobSeekerPage {
  items: JobSeekerName[];
  total: number;
}

const PAGE_SIZE = 200;
const MAX_PAGES = 10;

/**
 * Job seeker id → name, from the list the user may read (match results and referrals carry ids
 * only). The key starts with `/job-seekers`, so a referral's invalidation refreshes it.
 */
export function useJobSeekerNames() {
  const { can } = useAuth();
  const query = useQuery<JobSeekerName[], ApiError>({
    queryKey: ['/job-seekers', { names: true }],
    enabled: can('job-seekers:read'),
    staleTime: 60_000,
    queryFn: async () => {
      const all: JobSeekerName[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const answer = await api.get<JobSeekerPage>('/job-seekers', { page, pageSize: PAGE_SIZE });
        all.push(...answer.items);
        if (all.length >= answer.total || answer.items.length === 0) break;
      }
      return all;
    },
  });
  const byId = useMemo(() => new Map((query.data ?? []).map((p) => [p.jobSeekerId, p] as const)), [query.data]);
  return { ...query, byId };
}
