import { useAuth } from '../../../core/auth';
import { useI18n } from '../../../core/i18n';
import { useApiQuery } from '../../../core/query';
import type { VacancySummary } from '../types';

/** A vacancy's title (read when the user may read vacancies), else a short reference. */
export function VacancyTitle({ vacancyId, suffix = '' }: { vacancyId: string; suffix?: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const vacancy = useApiQuery<VacancySummary>(
    can('vacancies:read') ? `/vacancies/${vacancyId}` : null,
    undefined,
    {
      staleTime: 5 * 60_000,
    },
  );
  const title = vacancy.data?.terms.title ?? `${t('Vị trí', 'Vacancy')} …${vacancyId.slice(-6)}`;
  return (
    <>
      {title}
      {suffix}
    </>
  );
}
