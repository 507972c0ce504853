import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { formatPercent } from '../../core/format';
import { useT } from '../../core/i18n';
import { FORECAST_METHODS, UNIT_LABELS, formatFigure, formatTarget } from '../reports/labels';
import { StatusTag } from '../reports/StatusTag';
import type { IndicatorRow } from '../reports/types';

const LOWER_IS_BETTER = new Set(['<', '≤']);

/** One plan indicator: target, year to date, % of target, status and the year-end forecast. */
export function IndicatorCard({ row, year, month }: { row: IndicatorRow; year: number; month: number }) {
  const t = useT();
  const unit = row.unit === 'percent' ? '' : ` ${t(UNIT_LABELS[row.unit])}`;
  const lowerIsBetter = LOWER_IS_BETTER.has(row.target?.comparator ?? row.comparator);
  return (
    <Card size="small" data-testid={`indicator-card-${row.code}`} style={{ height: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <Tag>{row.code}</Tag>
        <StatusTag status={row.status} />
      </Flex>
      <Typography.Paragraph strong style={{ margin: '8px 0' }}>
        {t(row.name)}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {t('Lũy kế đến tháng', 'Year to date, month')} {month}/{year}
      </Typography.Text>
      <div style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.3 }}>
        <span data-testid={`indicator-ytd-${row.code}`}>{formatFigure(row.yearToDate, row.unit)}</span>
        {row.yearToDate !== null && <Typography.Text type="secondary">{unit}</Typography.Text>}
      </div>
      {row.target ? (
        <>
          <Typography.Text>
            {t('Chỉ tiêu năm', 'Annual target')}: <strong>{formatTarget(row)}</strong>
            {unit}
          </Typography.Text>
          {row.percentOfTarget === null ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
              {t('Chưa có số liệu để so với chỉ tiêu', 'No figure yet to compare with the target')}
            </Typography.Paragraph>
          ) : lowerIsBetter ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
              {t('Càng thấp càng tốt — xem đánh giá', 'Lower is better — see the status')}
            </Typography.Paragraph>
          ) : (
            <Progress
              percent={Math.min(100, Math.max(0, row.percentOfTarget ?? 0))}
              format={() => formatPercent(row.percentOfTarget)}
              size="small"
              status={row.status === 'off_track' ? 'exception' : row.status === 'achieved' ? 'success' : 'normal'}
              aria-label={t('% so với kế hoạch năm', '% of the annual target')}
            />
          )}
        </>
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t(`Không có chỉ tiêu cho năm ${year}`, `No target for ${year}`)}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
        {t('Dự báo cả năm', 'Year-end forecast')}:{' '}
        {row.forecast.value === null
          ? t(FORECAST_METHODS.none)
          : `${formatFigure(row.forecast.value, row.unit)} (${t(FORECAST_METHODS[row.forecast.method])})`}
      </Typography.Paragraph>
    </Card>
  );
}
