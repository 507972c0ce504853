import { CheckCircleOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, Space, Spin, Tabs, Tag } from 'antd';
import { useCallback, useState } from 'react';
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

const keyOf = (p: ReportParams) => `${p.unit}|${p.kind}|${p.year}|${p.kind === 'annual' ? 12 : p.month}`;

/** Monthly and annual reports: view, download, submit, and compare with the submitted one. */
export function ReportsPage() {
  const t = useT();
  const { homeUnit, can } = useAuth();
  const [params, setParams] = useState<ReportParams | null>(homeUnit ? defaultParams(homeUnit) : null);
  // The submitted report is only asked for on request or after a submit (404 when there is none).
  const [submittedFor, setSubmittedFor] = useState<string | null>(null);
  // Reports known to be submitted in this session: no second submission (it would be a 409).
  const [knownSubmitted, setKnownSubmitted] = useState<ReadonlySet<string>>(new Set());
  const markSubmitted = useCallback((key: string) => setKnownSubmitted((s) => (s.has(key) ? s : new Set(s).add(key))), []);
  const report = useUnitReport(params);
  const data = report.data;
  const key = params ? keyOf(params) : '';
  const showSubmitted = params !== null && submittedFor === key;
  const onFound = useCallback(() => markSubmitted(key), [markSubmitted, key]);

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
                    children: `${formatDate(data.kind === 'annual' ? `${data.year}-01-01` : data.period.from)} – ${formatDate(data.period.to)}`,
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
                <Button icon={<EyeOutlined />} onClick={() => setSubmittedFor(key)} disabled={showSubmitted}>
                  {t('Xem bản đã gửi', 'View submitted')}
                </Button>
                {knownSubmitted.has(key) ? (
                  <Tag color="green" icon={<CheckCircleOutlined />} style={{ alignSelf: 'center' }}>
                    {t('Đã gửi', 'Submitted')}
                  </Tag>
                ) : (
                  can('reports:submit') && (
                    <SubmitReport
                      params={params}
                      unitName={data.unitName}
                      onSubmitted={() => {
                        markSubmitted(key);
                        setSubmittedFor(key);
                      }}
                      onShowSubmitted={() => setSubmittedFor(key)}
                    />
                  )
                )}
              </Flex>
            </Card>
            {data.rows.every((r) => r.status === 'no_target') && (
              <Alert
                type="info"
                showIcon
                title={t(
                  `Kế hoạch ${data.planNumber} không đặt chỉ tiêu cho năm ${data.year}: báo cáo chỉ có số liệu thực tế, không có % so với kế hoạch.`,
                  `Plan ${data.planNumber} sets no targets for ${data.year}: the report has actual figures only, no % of target.`,
                )}
              />
            )}
            {showSubmitted && <SubmittedView params={params} rows={data.rows} onFound={onFound} />}
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
