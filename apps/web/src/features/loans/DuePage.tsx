import { Badge, Collapse, Empty, Flex, InputNumber, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatVnd, todayInVietnam } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { useVillageName } from './hooks';
import { PersonName } from '../../components/PersonLink';
import { vndCell } from './parts';
import type { Portfolio, WorkList, WorkListItem } from './types';

/** Instalments falling due in the next days, per savings-and-loan group; overdue ones first and in red. */
export function DuePage() {
  const { t } = useI18n();
  const [days, setDays] = useState(30);
  const query = useApiQuery<WorkList>('/loan-work-list', { days });
  const villageName = useVillageName();
  const today = todayInVietnam();
  const groups = query.data?.groups ?? [];
  // The work list holds instalments still to fall due; a loan already in arrears is flagged from the portfolio.
  const portfolio = useApiQuery<Portfolio>('/loan-portfolio');
  const arrears = new Map((portfolio.data?.overdueLoans ?? []).map((l) => [l.loanId, l]));
  const late = (r: WorkListItem) => r.dueDate < today || arrears.has(r.loanId);

  const columns = [
    {
      title: t('Người vay', 'Borrower'),
      dataIndex: 'borrowerPersonId',
      render: (id: string, r: WorkListItem) => (
        <Link to={`/loans/${r.loanId}`}>
          <PersonName id={id} />
        </Link>
      ),
    },
    { title: t('Kỳ', 'Instalment'), dataIndex: 'instalmentNumber', align: 'right' as const },
    {
      title: t('Ngày đến hạn', 'Due date'),
      dataIndex: 'dueDate',
      render: (d: string) =>
        d < today ? (
          <Flex gap={4} align="center">
            {formatDate(d)} <Tag color="red">{t('Quá hạn', 'Overdue')}</Tag>
          </Flex>
        ) : (
          formatDate(d)
        ),
    },
    { title: t('Gốc phải trả', 'Principal due'), dataIndex: 'unpaidPrincipal', align: 'right' as const, render: vndCell },
    { title: t('Lãi dự kiến', 'Expected interest'), dataIndex: 'interest', align: 'right' as const, render: vndCell },
    {
      title: t('Nợ quá hạn', 'Arrears'),
      key: 'arrears',
      render: (_: unknown, r: WorkListItem) => {
        const a = arrears.get(r.loanId);
        return a ? (
          <Tag color="red">
            {t(`Quá hạn ${a.daysPastDue} ngày: ${formatVnd(a.overduePrincipal)}`, `${a.daysPastDue} days late: ${formatVnd(a.overduePrincipal)}`)}
          </Tag>
        ) : (
          '—'
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t('Nợ đến hạn', 'Instalments due')}
        extra={
          <Flex gap={8} align="center">
            <label htmlFor="due-days">{t('Trong số ngày tới', 'Within the next days')}</label>
            <InputNumber<number>
              id="due-days"
              min={1}
              max={366}
              precision={0}
              value={days}
              onChange={(v) => v && setDays(v)}
              style={{ width: 90 }}
            />
          </Flex>
        }
      />
      <ErrorAlert error={query.error} />
      {query.data && (
        <Typography.Paragraph type="secondary">
          {t(
            `Các kỳ trả nợ chưa trả đến hạn từ ${formatDate(query.data.from)} đến ${formatDate(query.data.until)}, theo Tổ TK&VV.`,
            `Unpaid instalments falling due from ${formatDate(query.data.from)} to ${formatDate(query.data.until)}, per savings-and-loan group.`,
          )}
        </Typography.Paragraph>
      )}
      {query.isLoading ? (
        <Skeleton active />
      ) : groups.length === 0 ? (
        <Empty description={t('Không có kỳ trả nợ nào đến hạn', 'No instalments falling due')} />
      ) : (
        <Collapse
          data-testid="due-groups"
          defaultActiveKey={groups.map((g) => g.savingsGroupId)}
          items={groups.map((g) => {
            const overdue = new Set(g.instalments.filter(late).map((i) => i.loanId)).size;
            const total = g.instalments.reduce((sum, i) => sum + i.unpaidPrincipal + i.interest, 0);
            return {
              key: g.savingsGroupId,
              label: (
                <Flex gap={8} wrap="wrap" align="center">
                  <strong>{g.name ?? g.savingsGroupId}</strong>
                  <span>— {villageName(g.villageCode)}</span>
                  <Badge count={g.instalments.length} color="blue" />
                  {overdue > 0 && <Tag color="red">{t(`${overdue} khoản đang quá hạn`, `${overdue} loans in arrears`)}</Tag>}
                </Flex>
              ),
              extra: vndCell(total),
              children: (
                <Table<WorkListItem>
                  rowKey={(r) => `${r.loanId}-${r.instalmentNumber}`}
                  size="small"
                  pagination={false}
                  scroll={{ x: 720 }}
                  dataSource={g.instalments}
                  columns={columns}
                  onRow={(r) => (late(r) ? { style: { background: '#fff1f0' }, 'data-overdue': 'true' } as object : {})}
                />
              ),
            };
          })}
        />
      )}
    </>
  );
}
