import { useQueries } from '@tanstack/react-query';
import { Alert, Card, Select, Spin } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { api } from '../../core/api';
import { formatDecimal } from '../../core/format';
import { useT } from '../../core/i18n';
import { EChart } from '../../components/EChart';
import { formatFigure } from '../reports/labels';
import type { IndicatorRow, UnitReport } from '../reports/types';

interface Props {
  unit: string;
  year: number;
  lastMonth: number;
  rows: IndicatorRow[];
  code: string;
  onCode(code: string): void;
}

/** Monthly figures of one indicator through the year against its annual target (one report per month). */
export function MonthlyChart({ unit, year, lastMonth, rows, code, onCode }: Props) {
  const t = useT();
  const months = Array.from({ length: lastMonth }, (_, i) => i + 1);
  const results = useQueries({
    queries: months.map((month) => ({
      // Same key as useApiQuery('/reports/monthly', …), so the page's own month is shared.
      queryKey: ['/reports/monthly', { unit, year, month }],
      queryFn: () => api.get<UnitReport>('/reports/monthly', { unit, year, month }),
      staleTime: 60_000,
    })),
  });
  const loaded = results.filter((r) => r.data).length;
  const failed = results.find((r) => r.error);
  const points = results.map((r) => r.data?.rows.find((row) => row.code === code) ?? null);
  const selected = rows.find((r) => r.code === code);
  const dataKey = points.map((p) => `${p?.month}:${p?.yearToDate}`).join('|');

  const option = useMemo<EChartsOption | null>(() => {
    if (!selected) return null;
    const isFlow = selected.kind === 'flow';
    const target = points.map((p) => p?.target?.value ?? null);
    const valueOf = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v.toFixed(2)));
    const monthLabel = t('Tháng', 'Month');
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (typeof v === 'number' ? formatFigure(v, selected.unit) : '—'),
      },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: months.map((m) => `${monthLabel} ${m}`) },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => formatDecimal(v) + (selected.unit === 'percent' ? '%' : '') },
      },
      series: [
        ...(isFlow
          ? [
              {
                name: t('Trong tháng', 'In the month'),
                type: 'bar' as const,
                data: points.map((p) => valueOf(p?.month)),
                itemStyle: { color: '#91caff' },
              },
            ]
          : []),
        {
          name: isFlow ? t('Lũy kế từ đầu năm', 'Year to date') : t('Giá trị cuối tháng', 'Value at month end'),
          type: 'line' as const,
          data: points.map((p) => valueOf(p?.yearToDate)),
          itemStyle: { color: '#1677ff' },
          connectNulls: true,
        },
        ...(target.some((v) => v !== null)
          ? [
              {
                name: t('Chỉ tiêu năm', 'Annual target'),
                type: 'line' as const,
                data: target,
                step: 'middle' as const,
                symbol: 'none',
                lineStyle: { type: 'dashed' as const, color: '#cf1322' },
                itemStyle: { color: '#cf1322' },
              },
            ]
          : []),
      ],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, dataKey, t, lastMonth]);

  return (
    <Card
      size="small"
      title={t('Diễn biến theo tháng', 'Month by month')}
      extra={
        <Select
          aria-label={t('Chỉ tiêu trên biểu đồ', 'Indicator on the chart')}
          value={code}
          onChange={onCode}
          style={{ width: 220, maxWidth: '60vw' }}
          popupMatchSelectWidth={false}
          options={rows.map((r) => ({ value: r.code, label: `${r.code} · ${t(r.name)}` }))}
        />
      }
    >
      {failed?.error && <Alert type="warning" showIcon title={t('Không tải được một số tháng.', 'Some months could not be loaded.')} />}
      {lastMonth === 0 ? (
        <Alert type="info" showIcon title={t('Năm này chưa bắt đầu.', 'This year has not started yet.')} />
      ) : loaded < months.length ? (
        <Spin description={t(`Đang tính ${loaded}/${months.length} tháng…`, `Computing ${loaded}/${months.length} months…`)}>
          <div style={{ height: 320 }} />
        </Spin>
      ) : (
        option && (
          <EChart
            option={option}
            label={t(
              `Biểu đồ ${code}: số liệu từng tháng năm ${year} so với chỉ tiêu`,
              `Chart of ${code}: monthly figures in ${year} against the target`,
            )}
          />
        )
      )}
    </Card>
  );
}
