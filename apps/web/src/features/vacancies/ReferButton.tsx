import { Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../core/i18n';
import { useCommand } from '../../core/query';
import { todayInVietnam } from '../../core/format';

interface Props {
  personId: string;
  vacancyId: string;
  /** Already referred (pending), or the vacancy no longer takes referrals. */
  disabled?: boolean;
  /** Tells screen readers which row the button acts on (the visible text stays "Giới thiệu"). */
  describedBy?: string;
}

/** Refers one person to one vacancy (`POST /job-seekers/:id/referrals`) and refreshes both sides. */
export function ReferButton({ personId, vacancyId, disabled, describedBy }: Props) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const refer = useCommand<{ vacancyId: string; date: string }>({
    path: `/job-seekers/${personId}/referrals`,
    invalidate: ['/vacancies', '/job-seekers'],
    success: { vi: 'Đã giới thiệu', en: 'Referred' },
    onSuccess: () => setDone(true),
  });
  return (
    <Button
      type="primary"
      size="small"
      loading={refer.isPending}
      disabled={disabled || done}
      aria-describedby={describedBy}
      onClick={() => refer.mutate({ vacancyId, date: todayInVietnam() })}
    >
      {t('Giới thiệu', 'Refer')}
    </Button>
  );
}
