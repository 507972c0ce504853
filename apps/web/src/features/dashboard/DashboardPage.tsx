import { Alert, Col, Empty, Row, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../core/auth';
import { formatDate } from '../../core/format';
import { useT } from '../../core/i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { lastMonthOf, recentYears, useUnitReport } from '../reports/useReport';
import { ActivityStats } from './ActivityStats';
import { IndicatorCard } from './IndicatorCard';
import { MonthlyChart } from './MonthlyChart';
import { PlanFindings } from '../reports/PlanFindings';
import { VillageBreakdown } from './VillageBreakdown';

/** The leader's home: the plan's indicators this year, month by month, by village. */
export function DashboardPage() {
  const t = useT();
  const { homeUnit } = useAuth();
  const [unit, setUnit] = useState<string | null>(homeUnit);
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [code, setCode] = useState('B1');
  const month = lastMonthOf(year);
  const report = useUnitReport(unit && month > 0 ? { unit, kind: 'monthly', year, month } : null);
  const data = report.data;
  const noTargets = data !== undefined && data.rows.every((r) => r.status === 'no_target');

  return (
    <>
      <PageHeader
        title={t('Bảng điều khiển', 'Dashboard')}
        extra={
          <>
            <UnitSelect
              aria-label={t('Đơn vị', 'Unit')}
              value={unit ?? undefined}
              onChange={setUnit}
              style={{ minWidth: 200 }}
            />
            <Select
              aria-label={t('Năm', 'Year')}
              value={year}
              onChange={setYear}
              style={{ width: 110 }}
              options={recentYears().map((y) => ({ value: y, label: `${t('Năm', 'Year')} ${y}` }))}
            />
          </>
        }
      />
      {!unit && <Empty description={t('Chọn một đơn vị để xem.', 'Pick a unit to view.')} />}
      {report.error && <ErrorAlert error={report.error} />}
      {report.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {data.unitName} · {t('Kế hoạch số', 'Plan No.')} {data.planNumber} {t('ngày', 'of')}{' '}
            {formatDate(data.planAdoptedOn)} · {t('số liệu đến hết', 'figures to the end of')}{' '}
            {formatDate(data.period.to)}
          </Typography.Paragraph>
          {noTargets && (
            <Alert
              type="info"
              showIcon
              title={t(`Năm ${year} không có chỉ tiêu trong kế hoạch`, `${year} has no targets in the plan`)}
              description={t(
                `Kế hoạch ${data.planNumber} không đặt chỉ tiêu cho năm ${year}, nên không tính % hoàn thành; số liệu thực tế và dự báo vẫn hiển thị bên dưới. Chọn một năm của kế hoạch để so với chỉ tiêu.`,
                `Plan ${data.planNumber} sets no targets for ${year}, so there is no % of target; actual figures and forecasts are still shown below. Pick a plan year to compare with targets.`,
              )}
            />
          )}
          <Row gutter={[16, 16]}>
            {data.rows.map((row) => (
              <Col key={row.code} xs={24} sm={12} lg={8} xl={6}>
                <IndicatorCard row={row} year={data.year} month={data.month} />
              </Col>
            ))}
          </Row>
          <MonthlyChart unit={data.unitCode} year={year} lastMonth={month} rows={data.rows} code={code} onCode={setCode} />
          <VillageBreakdown report={data} code={code} />
          <ActivityStats report={data} />
          <PlanFindings findings={data.planFindings} planNumber={data.planNumber} />
        </Space>
      )}
    </>
  );
}
