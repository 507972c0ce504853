import { EyeOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Space, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { formatDate, formatDateTime } from '../../core/format';
import { useT } from '../../core/i18n';
import { PlanFindings } from './PlanFindings';
import { ActivitiesTable, LoansTable, SubUnitTable } from './BreakdownTables';
import { IndicatorTable } from './IndicatorTable';
import { ReportDownloads } from './ReportDownloads';
import { ReportFilters } from './ReportFilters';
import { SubmitReport } from './SubmitReport';
import { SubmittedView } from './SubmittedView';
import type { ReportParams } from './types';
import { useUnitReport } from './useReport';

/** Last month (the usual monthly report): December of last year in January. */
function defaultParams(unit: string): ReportParams {
  const today = new Date();
  const month = today.getMonth(); // 0-based: the previous month's number
  return month === 0
    ? { unit, kind: 'monthly', year: today.getFullYear() - 1, month: 12 }
    : { unit, kind: 'monthly', year: today.getFullYear(), month };
}

const sameReport = (a: ReportParams, b: ReportParams) =>
  a.unit === b.unit && a.kind === b.kind && a.year === b.year && a.month === b.month;

/** Monthly and annual reports: view, download, submit, and compare with the submitted one. */
export function ReportsPage() {
  const t = useT();
  const { homeUnit, can } = useAuth();
  const [params, setParams] = useState<ReportParams | null>(homeUnit ? defaultParams(homeUnit) : null);
  // The submitted report is only asked for on request or after a submit (404 when there is none).
  const [submittedFor, setSubmittedFor] = useState<ReportParams | null>(null);
  const report = useUnitReport(params);
  const data = report.data;
  const showSubmitted = params !== null && submittedFor !== null && sameReport(params, submittedFor);

  return (
    <>
      <PageHeader title={t('Báo cáo', 'Reports')} />
      <ReportFilters
        initial={params ?? defaultParams('')}
        loading={report.isFetching}
        onView={(next) => setParams(next)}
      />
      {report.error && <ErrorAlert error={report.error} />}
      {!params && <Empty description={t('Chọn đơn vị và kỳ báo cáo.', 'Pick a unit and a period.')} />}
      {report.isLoading && (
        <Spin description={t('Đang lập báo cáo…', 'Generating the report…')} size="large">
          <div style={{ height: 240 }} />
        </Spin>
      )}
      {data && params && (
        <Spin spinning={report.isFetching} description={t('Đang lập báo cáo…', 'Generating the report…')}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card
              size="small"
              title={
                data.kind === 'annual'
                  ? t(`Báo cáo năm ${data.year} — ${data.unitName}`, `Annual report ${data.year} — ${data.unitName}`)
                  : t(
                      `Báo cáo tháng ${data.month}/${data.year} — ${data.unitName}`,
                      `Monthly report ${data.month}/${data.year} — ${data.unitName}`,
                    )
              }
            >
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2, xl: 3 }}
                items={[
                  {
                    key: 'plan',
                    label: t('Theo kế hoạch', 'Plan'),
                    children: `${data.planNumber} ${t('ngày', 'of')} ${formatDate(data.planAdoptedOn)} — ${data.planUnitName}`,
                  },
                  {
                    key: 'period',
                    label: t('Kỳ báo cáo', 'Period'),
                    children: `${formatDate(data.period.from)} – ${formatDate(data.period.to)}`,
                  },
                  {
                    key: 'known',
                    label: t('Số liệu tính đến', 'Figures as known on'),
                    children: data.asKnownOn ? formatDate(data.asKnownOn) : t('hiện nay', 'now'),
                  },
                  { key: 'gen', label: t('Lập lúc', 'Generated at'), children: formatDateTime(data.generatedAt) },
                ]}
              />
              <Flex gap={8} wrap="wrap" style={{ marginTop: 8 }}>
                <ReportDownloads params={params} />
                <Button icon={<EyeOutlined />} onClick={() => setSubmittedFor(params)} disabled={showSubmitted}>
                  {t('Xem bản đã gửi', 'View submitted')}
                </Button>
                {can('reports:submit') && (
                  <SubmitReport params={params} unitName={data.unitName} onSubmitted={() => setSubmittedFor(params)} />
                )}
              </Flex>
            </Card>
            {showSubmitted && <SubmittedView params={params} rows={data.rows} />}
            <Card size="small" styles={{ body: { paddingTop: 0 } }}>
              <Tabs
                items={[
                  {
                    key: 'indicators',
                    label: t('Chỉ tiêu', 'Indicators'),
                    children: <IndicatorTable rows={data.rows} testId="report-table" />,
                  },
                  { key: 'activities', label: t('Hoạt động', 'Activities'), children: <ActivitiesTable report={data} /> },
                  { key: 'subunits', label: t('Theo thôn', 'By village'), children: <SubUnitTable report={data} /> },
                  ...(data.loans
                    ? [{ key: 'loans', label: t('Vốn vay', 'Loans'), children: <LoansTable report={data} /> }]
                    : []),
                ]}
              />
            </Card>
            <PlanFindings findings={data.planFindings} planNumber={data.planNumber} />
          </Space>
        </Spin>
      )}
    </>
  );
}
