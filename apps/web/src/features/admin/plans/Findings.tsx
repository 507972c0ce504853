import { Alert, Tag } from 'antd';
import { useI18n } from '../../../core/i18n';
import type { PlanFinding } from '../types';

export function PlanStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  if (status === 'adopted') return <Tag color="green">{t('Đang hiệu lực', 'In force')}</Tag>;
  if (status === 'withdrawn') return <Tag color="red">{t('Đã bãi bỏ', 'Withdrawn')}</Tag>;
  return <Tag>{status}</Tag>;
}

/** The plan's inconsistencies, shown as the document prints them: never corrected. */
export function Findings({ findings }: { findings: PlanFinding[] }) {
  const { t } = useI18n();
  const problems = findings.filter((f) => f.severity === 'inconsistency');
  const notes = findings.filter((f) => f.severity === 'note');
  const list = (items: PlanFinding[]) => (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((f, i) => (
        <li key={`${f.kind}-${f.indicatorCode ?? ''}-${i}`}>{t(f.message)}</li>
      ))}
    </ul>
  );
  return (
    <div data-testid="plan-findings">
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t(
            `Văn bản kế hoạch có ${problems.length} điểm không nhất quán (giữ nguyên như bản in, không tự sửa)`,
            `The plan document has ${problems.length} inconsistencies (kept as printed, never corrected)`,
          )}
          description={list(problems)}
        />
      )}
      {notes.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('Ghi chú về số liệu', 'Notes on the figures')}
          description={list(notes)}
        />
      )}
    </div>
  );
}
