import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import type { JobSeekerPage } from './types';

/** Searches job seekers by name (`GET /api/job-seekers?q=`); the value is the jobSeekerId. */
export function JobSeekerPicker(props: SelectProps<string>) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useApiQuery<JobSeekerPage>('/job-seekers', {
    q: q || undefined,
    pageSize: 20,
    closed: false,
  });
  // Keep the chosen person's label when a later search no longer lists them.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = (found.data?.items ?? []).map((p) => ({
    value: p.jobSeekerId,
    label: `${p.fullName} (${p.villageCode})`,
  }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={found.isFetching}
      options={options}
      placeholder={t('Gõ tên để tìm…', 'Type a name to search…')}
      notFoundContent={found.isFetching ? t('Đang tìm…', 'Searching…') : t('Không tìm thấy', 'Nothing found')}
      {...props}
      onChange={(value, option) => {
        const picked = options.find((o) => o.value === value);
        setChosen(picked ?? null);
        props.onChange?.(value, option);
      }}
    />
  );
}
