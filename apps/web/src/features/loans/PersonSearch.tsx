import { Select, type SelectProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { PersonName } from '../../components/PersonLink';
import type { Page, PersonRow } from './types';

/**
 * Picks a person by searching the job-seeker register (`GET /api/job-seekers?q=`), accent-insensitive
 * on the server. Use inside a labelled Form.Item; the value is the person id.
 */
export function PersonSearch(props: SelectProps<string | string[]>) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const allowed = can('job-seekers:read');
  const found = useApiQuery<Page<PersonRow>>(allowed && q.length >= 2 ? '/job-seekers' : null, { q, pageSize: 20 });
  const options = new Map<string, ReactNode>();
  for (const p of found.data?.items ?? []) options.set(p.jobSeekerId, `${p.fullName} (${p.villageCode})`);
  // Keep the chosen people's names visible when they are not in the latest search.
  for (const id of ([] as string[]).concat(props.value ?? [])) {
    if (!options.has(id)) options.set(id, <PersonName id={id} />);
  }

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.isFetching}
      placeholder={t('Gõ ít nhất 2 ký tự của họ tên', 'Type at least 2 letters of the name')}
      notFoundContent={q.length >= 2 ? t('Không tìm thấy', 'Nobody found') : null}
      options={[...options].map(([value, label]) => ({ value, label }))}
      {...props}
    />
  );
}
