import { Card, Col, Empty, Row, Table, Tooltip } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { formatDecimal } from '../../core/format';
import { useT } from '../../core/i18n';
import { EChart } from '../../components/EChart';
import { formatFigure } from '../reports/labels';
import type { IndicatorRow, UnitReport } from '../reports/types';

interface VillageRow {
  code: string;
  name: string;
  values: Record<string, number | null>;
}

/** Sub-unit code → name, as the report names them; unknown codes keep their code. */
export function subUnitLabel(report: Pick<UnitReport, 'subUnitNames'>, code: string): string {
  const name = report.subUnitNames[code];
  return name ? `${name} (${code})` : code;
}

/** Year-to-date figures by village: a bar chart of the chosen indicator and a table of all. */
export function VillageBreakdown({ report, code }: { report: UnitReport; code: string }) {
  const t = useT();
  const columns = report.rows.filter((r) => Object.values(r.bySubUnit).some((v) => v.yearToDate !== null));
  const villages = useMemo<VillageRow[]>(() => {
    const codes = new Set(columns.flatMap((r) => Object.keys(r.bySubUnit)));
    return [...codes].sort().map((c) => ({
      code: c,
      name: subUnitLabel(report, c),
      values: Object.fromEntries(columns.map((r) => [r.code, r.bySubUnit[c]?.yearToDate ?? null])),
    }));
  }, [report, columns]);
  const selected = columns.find((r) => r.code === code) ?? columns[0];
  const option = useMemo<EChartsOption | null>(
    () =>
      selected
        ? {
            tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? formatFigure(v, selected.unit) : '—') },
            grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
            xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatDecimal(v) } },
            yAxis: { type: 'category', data: villages.map((v) => report.subUnitNames[v.code] ?? v.code), inverse: true },
            series: [
              {
                name: `${selected.code} · ${t(selected.name)}`,
                type: 'bar',
                data: villages.map((v) => (v.values[selected.code] === null ? null : Number(v.values[selected.code]!.toFixed(2)))),
                itemStyle: { color: '#1677ff' },
                label: { show: true, position: 'right', formatter: (p) => formatFigure(Number(p.value), selected.unit) },
              },
            ],
          }
        : null,
    [selected, villages, report, t],
  );

  if (villages.length <= 1 || !selected) {
    return (
      <Card size="small" title={t('Theo thôn', 'By village')}>
        <Empty description={t('Đơn vị này không có thôn trực thuộc.', 'This unit has no villages under it.')} />
      </Card>
    );
  }
  return (
    <Card size="small" title={t('Lũy kế theo thôn', 'Year to date by village')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          {option && (
            <EChart
              option={option}
              height={Math.max(200, villages.length * 40)}
              label={t(`Biểu đồ ${selected.code} theo thôn`, `Chart of ${selected.code} by village`)}
            />
          )}
        </Col>
        <Col xs={24} lg={14}>
          <Table<VillageRow>
            size="small"
            rowKey="code"
            pagination={false}
            scroll={{ x: true }}
            dataSource={villages}
            columns={[
              { title: t('Thôn', 'Village'), dataIndex: 'name', key: 'name', fixed: 'left' },
              ...columns.map((r: IndicatorRow) => ({
                title: <Tooltip title={t(r.name)}>{r.code}</Tooltip>,
                key: r.code,
                align: 'right' as const,
                render: (_: unknown, v: VillageRow) => formatFigure(v.values[r.code], r.unit),
              })),
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
