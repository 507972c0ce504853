import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../core/i18n';
import { formatDate } from '../../core/format';
import { PROGRAMMES } from './labels';
import type { PlacementSummary } from './types';

/** One case on the board: the person links to the placement page; a stuck case is outlined in red. */
export function PlacementCard({ p, name, village }: { p: PlacementSummary; name: string; village: string }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      data-testid="placement-card"
      data-stuck={p.stuck ? 'true' : undefined}
      style={p.stuck ? { borderColor: '#cf1322', background: '#fff1f0' } : undefined}
    >
      <Flex vertical gap={2}>
        <Link to={`/overseas/placements/${p.placementId}`} style={{ fontWeight: 600 }}>
          {name}
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {p.country} · {t(PROGRAMMES[p.programme] ?? PROGRAMMES.other)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {village} · {t('cập nhật', 'updated')} {formatDate(p.lastEventOn)}
        </Typography.Text>
        {p.stuck && (
          <Tag color="red" style={{ alignSelf: 'flex-start' }}>
            {t(`Tồn đọng ${p.daysSinceLastEvent} ngày`, `Stuck for ${p.daysSinceLastEvent} days`)}
          </Tag>
        )}
      </Flex>
    </Card>
  );
}
