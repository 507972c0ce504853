import { Tag } from 'antd';
import { useT } from '../../core/i18n';
import { STATUS_LABELS } from './labels';
import type { IndicatorStatus } from './types';

/** An indicator's status (đạt / đúng tiến độ / có nguy cơ / chậm tiến độ …) as a coloured tag. */
export function StatusTag({ status }: { status: IndicatorStatus }) {
  const t = useT();
  const label = STATUS_LABELS[status] ?? { vi: status, en: status, color: 'default' };
  return (
    <Tag color={label.color} style={{ marginInlineEnd: 0 }}>
      {t(label)}
    </Tag>
  );
}
