import { Table } from 'antd';
import { formatNumber, formatPercent, formatVnd } from '../../core/format';
import { useT } from '../../core/i18n';
import { ACTIVITY_LABELS, formatFigure } from './labels';
import { ACTIVITY_KEYS, type ActivityKey, type LoanFigures, type UnitReport } from './types';

function subUnitCodes(report: UnitReport): string[] {
  const codes = new Set<string>();
  for (const row of report.rows) Object.keys(row.bySubUnit).forEach((c) => codes.add(c));
  Object.keys(report.activities.yearToDate.bySubUnit ?? {}).forEach((c) => codes.add(c));
  return [...codes].sort();
}

const nameOf = (report: UnitReport, code: string) => report.subUnitNames[code] ?? code;

/** The month's and the year's activity counts, by sub-unit. */
export function ActivitiesTable({ report }: { report: UnitReport }) {
  const t = useT();
  const codes = subUnitCodes(report);
  const { month, yearToDate } = report.activities;
  return (
    <Table<{ key: ActivityKey }>
      size="small"
      rowKey="key"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={ACTIVITY_KEYS.map((key) => ({ key }))}
      columns={[
        { title: t('Hoạt động', 'Activity'), key: 'name', fixed: 'left', render: (_, r) => t(ACTIVITY_LABELS[r.key]) },
        { title: t('Trong tháng', 'Month'), key: 'month', align: 'right', render: (_, r) => formatNumber(month[r.key]) },
        { title: t('Từ đầu năm', 'Year to date'), key: 'ytd', align: 'right', render: (_, r) => formatNumber(yearToDate[r.key]) },
        ...codes.map((code) => ({
          title: `${nameOf(report, code)} (${t('tháng / năm', 'month / year')})`,
          key: code,
          align: 'right' as const,
          render: (_: unknown, r: { key: ActivityKey }) =>
            `${formatNumber(month.bySubUnit?.[code]?.[r.key] ?? 0)} / ${formatNumber(yearToDate.bySubUnit?.[code]?.[r.key] ?? 0)}`,
        })),
      ]}
    />
  );
}

/** Each indicator's year-to-date figure by sub-unit (village). */
export function SubUnitTable({ report }: { report: UnitReport }) {
  const t = useT();
  const codes = subUnitCodes(report);
  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={report.rows}
      scroll={{ x: 320 + 110 * codes.length }}
      columns={[
        { title: t('Mã', 'Code'), dataIndex: 'code', key: 'code', fixed: 'left', width: 56 },
        { title: t('Chỉ tiêu', 'Indicator'), key: 'name', width: 240, render: (_, r) => t(r.name) },
        ...codes.map((code) => ({
          title: nameOf(report, code),
          key: code,
          align: 'right' as const,
          render: (_: unknown, r: UnitReport['rows'][number]) => formatFigure(r.bySubUnit[code]?.yearToDate, r.unit),
        })),
      ]}
    />
  );
}

type LoanRow = LoanFigures & { code: string };

/** Loans: disbursements, outstanding and overdue principal, by sub-unit, with the unit's total. */
export function LoansTable({ report }: { report: UnitReport }) {
  const t = useT();
  if (!report.loans) return null;
  const { bySubUnit, ...total } = report.loans;
  const rows: LoanRow[] = [
    ...Object.entries(bySubUnit)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, figures]) => ({ code, ...figures })),
    { code: '', ...total },
  ];
  return (
    <Table<LoanRow>
      size="small"
      rowKey={(r) => r.code || 'total'}
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      columns={[
        {
          title: t('Đơn vị', 'Unit'),
          key: 'unit',
          fixed: 'left',
          render: (_, r) => (r.code ? nameOf(report, r.code) : <strong>{t('Tổng', 'Total')}</strong>),
        },
        {
          title: t('Giải ngân trong tháng', 'Disbursed in the month'),
          key: 'm',
          align: 'right',
          render: (_, r) => `${formatNumber(r.disbursed.month.count)} · ${formatVnd(Math.round(r.disbursed.month.amount))}`,
        },
        {
          title: t('Giải ngân từ đầu năm', 'Disbursed this year'),
          key: 'y',
          align: 'right',
          render: (_, r) =>
            `${formatNumber(r.disbursed.yearToDate.count)} · ${formatVnd(Math.round(r.disbursed.yearToDate.amount))}`,
        },
        { title: t('Dư nợ', 'Outstanding'), key: 'o', align: 'right', render: (_, r) => formatVnd(Math.round(r.outstandingPrincipal)) },
        { title: t('Nợ quá hạn', 'Overdue'), key: 'd', align: 'right', render: (_, r) => formatVnd(Math.round(r.overduePrincipal)) },
        { title: t('Tỷ lệ quá hạn', 'Overdue ratio'), key: 'p', align: 'right', render: (_, r) => formatPercent(r.overduePercent) },
      ]}
    />
  );
}
