import { Badge, Collapse, Empty, Flex, InputNumber, Skeleton, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatVnd } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { useVillageName } from './hooks';
import { BorrowerLink, vndCell } from './parts';
import type { WorkList, WorkListItem } from './types';

/** Instalments falling due in the next days, per savings-and-loan group; overdue ones first and in red. */
export function DuePage() {
  const { t } = useI18n();
  const [days, setDays] = useState(30);
  const query = useApiQuery<WorkList>('/loan-work-list', { days });
  const villageName = useVillageName();
  const today = dayjs().format('YYYY-MM-DD');
  const groups = query.data?.groups ?? [];

  const columns = [
    {
      title: t('Người vay', 'Borrower'),
      dataIndex: 'borrowerPersonId',
      render: (id: string) => <BorrowerLink personId={id} />,
    },
    {
      title: t('Khoản vay', 'Loan'),
      dataIndex: 'loanId',
      render: (id: string) => (
        <Link to={`/loans/${id}`} aria-label={t(`Mở khoản vay …${id.slice(-8)}`, `Open loan …${id.slice(-8)}`)}>
          …{id.slice(-8)}
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
            const overdue = g.instalments.filter((i) => i.dueDate < today).length;
            const total = g.instalments.reduce((sum, i) => sum + i.unpaidPrincipal + i.interest, 0);
            return {
              key: g.savingsGroupId,
              label: (
                <Flex gap={8} wrap="wrap" align="center">
                  <strong>{g.name ?? g.savingsGroupId}</strong>
                  <span>— {villageName(g.villageCode)}</span>
                  <Badge count={g.instalments.length} color="blue" />
                  {overdue > 0 && <Tag color="red">{t(`${overdue} quá hạn`, `${overdue} overdue`)}</Tag>}
                </Flex>
              ),
              extra: <span>{formatVnd(total)}</span>,
              children: (
                <Table<WorkListItem>
                  rowKey={(r) => `${r.loanId}-${r.instalmentNumber}`}
                  size="small"
                  pagination={false}
                  scroll={{ x: true }}
                  dataSource={g.instalments}
                  columns={columns}
                  rowClassName={(r) => (r.dueDate < today ? 'loan-row-overdue' : '')}
                  onRow={(r) => (r.dueDate < today ? { style: { background: '#fff1f0' } } : {})}
                />
              ),
            };
          })}
        />
      )}
    </>
  );
}
