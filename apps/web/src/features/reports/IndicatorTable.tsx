import { Table, Typography } from 'antd';
import { formatPercent } from '../../core/format';
import { useT } from '../../core/i18n';
import { FORECAST_METHODS, UNIT_LABELS, formatFigure, formatTarget } from './labels';
import { StatusTag } from './StatusTag';
import type { IndicatorRow } from './types';

/** The report's indicators: target, month, year to date, % of target, forecast and status. */
export function IndicatorTable({ rows, testId }: { rows: IndicatorRow[]; testId?: string }) {
  const t = useT();
  return (
    <Table<IndicatorRow>
      data-testid={testId}
      size="small"
      rowKey="code"
      pagination={false}
      scroll={{ x: 960 }}
      dataSource={rows}
      columns={[
        { title: t('Mã', 'Code'), dataIndex: 'code', key: 'code', width: 56, fixed: 'left' },
        {
          title: t('Chỉ tiêu', 'Indicator'),
          key: 'name',
          width: 260,
          render: (_, r) => (
            <>
              {t(r.name)}
              <Typography.Text type="secondary"> ({t(UNIT_LABELS[r.unit])})</Typography.Text>
            </>
          ),
        },
        { title: t('Kế hoạch năm', 'Annual target'), key: 'target', align: 'right', render: (_, r) => formatTarget(r) },
        { title: t('Trong tháng', 'Month'), key: 'month', align: 'right', render: (_, r) => formatFigure(r.month, r.unit) },
        {
          title: t('Lũy kế từ đầu năm', 'Year to date'),
          key: 'ytd',
          align: 'right',
          render: (_, r) => formatFigure(r.yearToDate, r.unit),
        },
        {
          title: t('% so với KH năm', '% of target'),
          key: 'pct',
          align: 'right',
          render: (_, r) => formatPercent(r.percentOfTarget),
        },
        {
          title: t('Dự báo cả năm', 'Year-end forecast'),
          key: 'forecast',
          render: (_, r) =>
            r.forecast.value === null ? (
              '—'
            ) : (
              <>
                {formatFigure(r.forecast.value, r.unit)}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  ({t(FORECAST_METHODS[r.forecast.method])})
                </Typography.Text>
              </>
            ),
        },
        { title: t('Đánh giá', 'Status'), key: 'status', render: (_, r) => <StatusTag status={r.status} /> },
      ]}
    />
  );
}
