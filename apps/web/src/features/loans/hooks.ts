import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useMyUnits } from '../../components/UnitSelect';
import { api, type ApiError } from '../../core/api';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import type { Page, PersonRow, ProgrammesInForce, SavingsGroup } from './types';

const PAGE = 200;

/**
 * Names of the people the loans name only by id (borrowers, members): the job-seeker register of
 * the user's villages, read whole (a commune holds a few hundred). Empty without `job-seekers:read`.
 */
export function usePeople() {
  const { can } = useAuth();
  const query = useQuery<PersonRow[], ApiError>({
    queryKey: ['/job-seekers', { all: true }],
    enabled: can('job-seekers:read'),
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const first = await api.get<Page<PersonRow>>('/job-seekers', { pageSize: PAGE, page: 1 });
      const rows = [...first.items];
      for (let page = 2; (page - 1) * PAGE < first.total && page <= 20; page++) {
        rows.push(...(await api.get<Page<PersonRow>>('/job-seekers', { pageSize: PAGE, page })).items);
      }
      return rows;
    },
  });
  const byId = useMemo(() => new Map((query.data ?? []).map((p) => [p.jobSeekerId, p])), [query.data]);
  return { ...query, byId };
}

/** A person's name, or a short form of the id when the register does not know them. */
export function usePersonName() {
  const { byId } = usePeople();
  const { t } = useI18n();
  return (personId: string | null | undefined): string => {
    if (!personId) return '—';
    const person = byId.get(personId);
    if (!person) return `${t('Người', 'Person')} …${personId.slice(-6)}`;
    return person.personalDataErased ? t('(đã xoá dữ liệu cá nhân)', '(personal data erased)') : person.fullName;
  };
}

/** The loan programmes in force on a date (default today). */
export function useProgrammes(on?: string) {
  const { t } = useI18n();
  const query = useApiQuery<ProgrammesInForce>('/loan-programmes', { on }, { staleTime: 10 * 60_000 });
  const programmes = query.data?.programmes ?? [];
  const nameOf = (code: string | null | undefined) => {
    if (!code) return '—';
    const programme = programmes.find((p) => p.code === code);
    return programme ? t(programme.name) : code;
  };
  return { ...query, programmes, nameOf };
}

/** The savings-and-loan groups of the user's villages, and a name lookup. */
export function useGroups(village?: string) {
  const query = useApiQuery<SavingsGroup[]>('/savings-groups', { village });
  const byId = useMemo(() => new Map((query.data ?? []).map((g) => [g.groupId, g])), [query.data]);
  const nameOf = (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? `…${id.slice(-6)}`) : '—');
  return { ...query, groups: query.data ?? [], byId, nameOf };
}

/** Village names by code, from `/api/my/units`. */
export function useVillageName() {
  const units = useMyUnits();
  return (code: string | null | undefined): string => {
    if (!code) return '—';
    const unit = units.data?.find((u) => u.code === code);
    return unit ? unit.name : code;
  };
}
