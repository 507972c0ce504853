/** Queries and small helpers shared by the vacancies screens. */
import { useMemo } from 'react';
import { useAuth } from '../../core/auth';
import { useApiQuery } from '../../core/query';
import type { EmployerListItem, VacancyListItem } from './types';

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
