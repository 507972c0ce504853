import { Collapse, List, Tag, Typography } from 'antd';
import { useT } from '../../core/i18n';
import type { PlanFinding } from './types';

/** The plan's own inconsistencies (checkPlan), folded away by default. */
export function PlanFindings({ findings, planNumber }: { findings: PlanFinding[]; planNumber: string }) {
  const t = useT();
  if (findings.length === 0) return null;
  const inconsistencies = findings.filter((f) => f.severity === 'inconsistency').length;
  const notes = findings.length - inconsistencies;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <Collapse
      items={[
        {
          key: 'findings',
          label: t(
            `Bất nhất trong Kế hoạch ${planNumber} (${inconsistencies} bất nhất, ${notes} ghi chú)`,
            `Inconsistencies in plan ${planNumber} (${plural(inconsistencies, 'inconsistency').replace('ys', 'ies')}, ${plural(notes, 'note')})`,
          ),
          children: (
            <List<PlanFinding>
              size="small"
              dataSource={findings}
              rowKey={(f) => `${f.kind}-${f.indicatorCode ?? 'plan'}-${f.message.vi}`}
              renderItem={(f) => (
                <List.Item>
                  <Typography.Text>
                    <Tag color={f.severity === 'inconsistency' ? 'orange' : 'default'}>
                      {f.severity === 'inconsistency' ? t('Bất nhất', 'Inconsistency') : t('Ghi chú', 'Note')}
                    </Tag>
                    {t(f.message)}
                  </Typography.Text>
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}
