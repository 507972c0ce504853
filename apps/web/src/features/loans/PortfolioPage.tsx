import { Card, Col, Flex, Progress, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { DateField } from '../../components/DateField';
import { EChart } from '../../components/EChart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDate, formatNumber, formatPercent, formatVnd, toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { useGroups, useProgrammes, useVillageName } from './hooks';
import { BUCKETS } from './labels';
import { LoanLink, vndCell } from './parts';
import type { OverdueLoan, Portfolio } from './types';

interface Share {
  key: string;
  name: string;
  amount: number;
}

function ShareTable({ title, rows, nameTitle, testId }: { title: string; rows: Share[]; nameTitle: string; testId: string }) {
  const { t } = useI18n();
  const total = rows.reduce((sum, r) => sum + r.amount, 0);
  return (
    <Card title={title} size="small" data-testid={testId}>
      <Table<Share>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={[...rows].sort((a, b) => b.amount - a.amount)}
        columns={[
          { title: nameTitle, dataIndex: 'name' },
          { title: t('Dư nợ', 'Outstanding'), dataIndex: 'amount', align: 'right', render: vndCell },
          {
            title: t('Tỷ trọng', 'Share'),
            key: 'share',
            align: 'right',
            render: (_, r) => formatPercent(total ? (r.amount / total) * 100 : 0),
          },
        ]}
      />
    </Card>
  );
}

export function PortfolioPage() {
  const { t } = useI18n();
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const [unit, setUnit] = useState<string | undefined>();
  const query = useApiQuery<Portfolio>('/loan-portfolio', { asOf: toIsoDate(asOf), unit });
  const programmes = useProgrammes();
  const groups = useGroups();
  const villageName = useVillageName();
  const data = query.data;

  const shares = (record: Record<string, number> | undefined, nameOf: (key: string) => string): Share[] =>
    Object.entries(record ?? {}).map(([key, amount]) => ({ key, name: nameOf(key), amount }));

  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => formatVnd(Number(v)) },
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category' as const, data: BUCKETS.map((b) => t(b.label)) },
      yAxis: {
        type: 'value' as const,
        axisLabel: { formatter: (v: number) => `${formatNumber(v / 1_000_000)} tr` },
      },
      series: [
        {
          type: 'bar' as const,
          name: t('Nợ quá hạn', 'Overdue'),
          data: BUCKETS.map((b) => data?.arrearsByBucket[b.key] ?? 0),
          itemStyle: { color: '#cf1322' },
        },
      ],
    }),
    [data, t],
  );

  return (
    <>
      <PageHeader
        title={t('Danh mục cho vay', 'Loan portfolio')}
        extra={
          <>
            <UnitSelect
              aria-label={t('Đơn vị', 'Unit')}
              placeholder={t('Tất cả thôn', 'All villages')}
              allowClear
              value={unit}
              onChange={setUnit}
              style={{ minWidth: 200 }}
            />
            <DateField
              aria-label={t('Tính đến ngày', 'As of')}
              value={asOf}
              allowClear={false}
              onChange={(d) => d && !Array.isArray(d) && setAsOf(d)}
              style={{ width: 160 }}
            />
          </>
        }
      />
      <ErrorAlert error={query.error} />
      {query.isLoading || !data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16} data-testid="loan-portfolio">
          <Typography.Text type="secondary">
            {t(`Số liệu tính đến ngày ${formatDate(data.asOf)}`, `Figures as of ${formatDate(data.asOf)}`)}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            {[
              { title: t('Số khoản vay', 'Loans'), value: formatNumber(data.loans) },
              { title: t('Tổng dư nợ', 'Outstanding principal'), value: formatVnd(data.outstandingPrincipal) },
              { title: t('Nợ quá hạn', 'Overdue principal'), value: formatVnd(data.overduePrincipal) },
              { title: t('Tỷ lệ nợ quá hạn', 'Overdue ratio'), value: formatPercent(data.overdueRatioBasisPoints / 100) },
              { title: t('Giải ngân trong tháng', 'Disbursed this month'), value: formatVnd(data.disbursedThisMonth) },
              { title: t('Giải ngân trong năm', 'Disbursed this year'), value: formatVnd(data.disbursedThisYear) },
            ].map((s) => (
              <Col key={s.title} xs={12} md={8} lg={4}>
                <Card size="small">
                  <Statistic title={s.title} value={s.value} styles={{ content: { fontSize: 18 } }} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('Nợ quá hạn theo số ngày quá hạn', 'Arrears by days past due')}>
                <EChart option={chart} height={260} label={t('Biểu đồ nợ quá hạn theo nhóm ngày', 'Arrears buckets chart')} />
                <Table
                  rowKey="key"
                  size="small"
                  pagination={false}
                  data-testid="arrears-buckets"
                  dataSource={BUCKETS.map((b) => ({ key: b.key, label: t(b.label), amount: data.arrearsByBucket[b.key] ?? 0 }))}
                  columns={[
                    { title: t('Số ngày quá hạn', 'Days past due'), dataIndex: 'label' },
                    { title: t('Dư nợ quá hạn', 'Overdue principal'), dataIndex: 'amount', align: 'right', render: vndCell },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('Việc làm: cam kết và đã tạo', 'Jobs promised vs created')}>
                <Flex gap={24} align="center" wrap="wrap">
                  <Progress
                    type="circle"
                    percent={data.jobs.promised ? Math.round((data.jobs.created / data.jobs.promised) * 100) : 0}
                    aria-label={t('Tỷ lệ việc làm đã tạo', 'Share of jobs created')}
                  />
                  <Statistic title={t('Việc làm cam kết', 'Jobs promised')} value={formatNumber(data.jobs.promised)} />
                  <Statistic title={t('Việc làm đã tạo', 'Jobs created')} value={formatNumber(data.jobs.created)} />
                </Flex>
                <Table
                  rowKey="loanId"
                  size="small"
                  style={{ marginTop: 12 }}
                  pagination={{ pageSize: 5, hideOnSinglePage: true }}
                  scroll={{ x: true }}
                  dataSource={data.jobs.byLoan}
                  columns={[
                    {
                      title: t('Người vay', 'Borrower'),
                      dataIndex: 'loanId',
                      render: (id: string) => <LoanLink loanId={id} />,
                    },
                    { title: t('Cam kết', 'Promised'), dataIndex: 'promised', align: 'right' },
                    { title: t('Đã tạo', 'Created'), dataIndex: 'created', align: 'right' },
                  ]}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <ShareTable
                testId="by-programme"
                title={t('Dư nợ theo chương trình', 'Outstanding by programme')}
                nameTitle={t('Chương trình', 'Programme')}
                rows={shares(data.outstandingByProgramme, programmes.nameOf)}
              />
            </Col>
            <Col xs={24} lg={8}>
              <ShareTable
                testId="by-village"
                title={t('Dư nợ theo thôn', 'Outstanding by village')}
                nameTitle={t('Thôn', 'Village')}
                rows={shares(data.outstandingByVillage, villageName)}
              />
            </Col>
            <Col xs={24} lg={8}>
              <ShareTable
                testId="by-group"
                title={t('Dư nợ theo Tổ TK&VV', 'Outstanding by savings group')}
                nameTitle={t('Tổ TK&VV', 'Savings group')}
                rows={shares(data.outstandingBySavingsGroup, groups.nameOf)}
              />
            </Col>
          </Row>
          <Card size="small" title={t('Các khoản vay quá hạn', 'Overdue loans')}>
            <Table<OverdueLoan>
              rowKey="loanId"
              size="small"
              scroll={{ x: true }}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={[...data.overdueLoans].sort((a, b) => b.daysPastDue - a.daysPastDue)}
              columns={[
                {
                  title: t('Người vay', 'Borrower'),
                  dataIndex: 'loanId',
                  render: (id: string) => <LoanLink loanId={id} />,
                },
                { title: t('Tổ TK&VV', 'Savings group'), dataIndex: 'savingsGroupId', render: (id: string) => groups.nameOf(id) },
                { title: t('Thôn', 'Village'), dataIndex: 'villageCode', render: (c: string) => villageName(c) },
                { title: t('Nợ quá hạn', 'Overdue'), dataIndex: 'overduePrincipal', align: 'right', render: vndCell },
                { title: t('Số ngày quá hạn', 'Days past due'), dataIndex: 'daysPastDue', align: 'right' },
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
