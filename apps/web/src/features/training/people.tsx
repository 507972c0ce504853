import { useQueries } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../core/api';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import type { JobSeekerCase, JobSeekerPage } from './types';

/**
 * Generic helper (training and overseas): the names of the people shown, by id. Reads each person's
 * case (`GET /api/job-seekers/:id`, cached 5 minutes and shared with the person page) — only those on
 * screen, so the personal-data audit records exactly who was shown. Needs job-seekers:read.
 */
export function usePersonNames(ids: readonly string[]): Map<string, string> {
  const { can } = useAuth();
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: [`/job-seekers/${id}`, {}],
      queryFn: () => api.get<JobSeekerCase>(`/job-seekers/${id}`),
      enabled: can('job-seekers:read'),
      staleTime: 5 * 60_000,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((r, i) => {
    if (r.data) names.set(unique[i]!, r.data.profile.fullName);
  });
  return names;
}

/** A person's name linking to their case (or the short id when the name is not known). */
export function PersonLink({ id, names }: { id: string; names: Map<string, string> }) {
  const { can } = useAuth();
  const text = names.get(id) ?? '…';
  return can('job-seekers:read') ? <Link to={`/job-seekers/${id}`}>{text}</Link> : <span>{text}</span>;
}

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
