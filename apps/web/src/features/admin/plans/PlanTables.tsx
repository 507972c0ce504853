import { Empty, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { formatDate, formatNumber } from '../../../core/format';
import { useI18n, type Bilingual } from '../../../core/i18n';
import type { PlanDetails, PlanIndicator, PrintedFigure, ReportedValue, TargetAmendment } from '../types';

const UNIT_LABELS: Record<PlanIndicator['unit'], Bilingual> = {
  percent: { vi: '%', en: '%' },
  persons: { vi: 'người', en: 'persons' },
  houses: { vi: 'nhà', en: 'houses' },
};

/** "≥ 95" for a comparator and its printed text as the document has it. */
function figure(f: PrintedFigure) {
  return `${f.comparator} ${f.printed}`;
}

/** The latest amendment of each indicator and year (amendments come in the order they were made). */
function latestAmendments(plan: PlanDetails): Map<string, TargetAmendment> {
  const map = new Map<string, TargetAmendment>();
  for (const a of plan.amendments) map.set(`${a.indicatorCode}/${a.year}`, a);
  return map;
}

function useIndicatorName(plan: PlanDetails) {
  const { t } = useI18n();
  const names = new Map(plan.indicators.map((i) => [i.code, t(i.name)]));
  return (code: string) => `${code} · ${names.get(code) ?? ''}`;
}

export function IndicatorsTable({ plan }: { plan: PlanDetails }) {
  const { t } = useI18n();
  const amended = latestAmendments(plan);
  const years: number[] = [];
  for (let y = plan.period.fromYear; y <= plan.period.toYear; y += 1) years.push(y);

  const columns: TableColumnsType<PlanIndicator> = [
    { title: t('Mã', 'Code'), dataIndex: 'code', fixed: 'left', width: 64 },
    {
      title: t('Chỉ tiêu', 'Indicator'),
      key: 'name',
      width: 260,
      render: (_, i) => (
        <Flex vertical gap={2}>
          <span>{t(i.name)}</span>
          <Flex gap={4} wrap="wrap">
            <Tag>{t(UNIT_LABELS[i.unit])}</Tag>
            <Tag>{i.printedIn === 'annex' ? t('Phụ lục', 'Annex') : t('Mục II', 'Section II')}</Tag>
            {!i.observed && <Tag color="purple">{t('Nhập số liệu', 'Reported')}</Tag>}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('Cơ sở', 'Baseline'),
      key: 'baseline',
      render: (_, i) => (i.baseline ? `${i.baseline.printed} (${i.baseline.year})` : '—'),
    },
    ...years.map((year) => ({
      title: String(year),
      key: `y${year}`,
      render: (_: unknown, i: PlanIndicator) => {
        const printed = i.yearlyTargets.find((y) => y.year === year);
        const change = amended.get(`${i.code}/${year}`);
        if (change) {
          return (
            <Tooltip
              title={`${t('Bản in', 'As printed')}: ${printed ? figure(printed) : '—'} · ${change.reason}`}
            >
              <Flex vertical>
                <Typography.Text strong>{figure(change.target)}</Typography.Text>
                <Tag color="orange" style={{ width: 'fit-content' }}>
                  {t(`điều chỉnh ${formatDate(change.amendedOn)}`, `amended ${formatDate(change.amendedOn)}`)}
                </Tag>
              </Flex>
            </Tooltip>
          );
        }
        return printed ? figure(printed) : '—';
      },
    })),
    {
      title: t('Tổng giai đoạn (in)', 'Period total (printed)'),
      key: 'total',
      render: (_, i) => i.statedPeriodTotal?.printed ?? '—',
    },
    {
      title: t('Mục tiêu mục II', 'Section II target'),
      key: 'section',
      render: (_, i) =>
        i.sectionTarget ? (
          <Tooltip title={i.sectionTarget.text}>
            <span>{i.sectionTarget.printed}</span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      title: t('Định hướng 2030', 'Orientation 2030'),
      key: 'o2030',
      render: (_, i) =>
        i.orientation2030 ? (
          <Tooltip title={i.orientation2030.text}>
            <span>{i.orientation2030.printed}</span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Table<PlanIndicator>
      rowKey="code"
      size="small"
      bordered
      columns={columns}
      dataSource={plan.indicators}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="plan-indicators"
    />
  );
}

export function AmendmentsTable({ plan }: { plan: PlanDetails }) {
  const { t } = useI18n();
  const nameOf = useIndicatorName(plan);
  const rows = plan.amendments.map((a, i) => ({ ...a, key: i }));
  return (
    <Table<TargetAmendment & { key: number }>
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="plan-amendments"
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('Chưa có điều chỉnh nào.', 'No amendments yet.')}
          />
        ),
      }}
      columns={[
        { title: t('Ngày điều chỉnh', 'Amended on'), dataIndex: 'amendedOn', render: formatDate },
        { title: t('Chỉ tiêu', 'Indicator'), dataIndex: 'indicatorCode', render: nameOf, width: 240 },
        { title: t('Năm', 'Year'), dataIndex: 'year' },
        {
          title: t('Trước', 'Before'),
          dataIndex: 'previous',
          render: (p: PrintedFigure | null) => (p ? figure(p) : '—'),
        },
        {
          title: t('Sau', 'After'),
          dataIndex: 'target',
          render: (p: PrintedFigure) => <strong>{figure(p)}</strong>,
        },
        { title: t('Lý do', 'Reason'), dataIndex: 'reason', width: 280 },
        { title: t('Văn bản', 'Decision'), dataIndex: 'decisionRef', render: (d: string | null) => d ?? '—' },
      ]}
    />
  );
}

export function ReportedValuesTable({ plan }: { plan: PlanDetails }) {
  const { t } = useI18n();
  const nameOf = useIndicatorName(plan);
  const rows = plan.reportedValues.map((v, i) => ({ ...v, key: i }));
  return (
    <Table<ReportedValue & { key: number }>
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="plan-reported-values"
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('Chưa có số liệu nào.', 'No values reported yet.')}
          />
        ),
      }}
      columns={[
        { title: t('Chỉ tiêu', 'Indicator'), dataIndex: 'indicatorCode', render: nameOf, width: 240 },
        { title: t('Đơn vị', 'Unit'), dataIndex: 'unitCode' },
        { title: t('Giá trị', 'Value'), dataIndex: 'value', render: (v: number) => formatNumber(v) },
        { title: t('Tính đến ngày', 'As of'), dataIndex: 'asOf', render: formatDate },
        { title: t('Nguồn', 'Source'), dataIndex: 'source', width: 280 },
        { title: t('Ngày báo cáo', 'Reported on'), dataIndex: 'reportedOn', render: formatDate },
      ]}
    />
  );
}
