import { useMemo } from 'react';
import { useMyUnits } from '../../components/UnitSelect';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import type { LoanSummary, ProgrammesInForce, SavingsGroup } from './types';

/** What the loans screens need of `GET /api/job-seekers/:id`. */
interface PersonRecord {
  jobSeekerId: string;
  personalDataErased: boolean;
  profile: { fullName: string; householdId: string | null; villageCode: string };
}

/**
 * One person the loans name only by id (borrower, member, worker), from the job-seeker register.
 * The whole register is too slow to read at once, so each name is asked for once and cached.
 */
export function usePerson(personId: string | null | undefined) {
  const { can } = useAuth();
  const { t } = useI18n();
  const query = useApiQuery<PersonRecord>(
    personId && can('job-seekers:read') ? `/job-seekers/${encodeURIComponent(personId)}` : null,
    undefined,
    { staleTime: 10 * 60_000, retry: false },
  );
  const person = query.data;
  const name = !personId
    ? '—'
    : person
      ? person.personalDataErased
        ? t('(đã xoá dữ liệu cá nhân)', '(personal data erased)')
        : person.profile.fullName
      : `${t('Người', 'Person')} …${personId.slice(-6)}`;
  return { ...query, name, householdId: person?.profile.householdId ?? null };
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

/** Every loan of the user's villages by id (for naming loans that figures list only by id). */
export function useLoanIndex() {
  const query = useApiQuery<LoanSummary[]>('/loans', {});
  return useMemo(() => new Map((query.data ?? []).map((l) => [l.loanId, l])), [query.data]);
}
