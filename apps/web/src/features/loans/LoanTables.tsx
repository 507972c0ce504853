import { Empty, Table, Tabs, Tag } from 'antd';
import { formatDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { BUCKETS, FREQUENCY } from './labels';
import { vndCell } from './parts';
import type { Instalment, LoanDetails, OverdueInstalment } from './types';

type Row = Instalment & { state: 'paid' | 'overdue' | 'due' };

/** Each instalment of the current schedule, paid in order from the principal repaid under it. */
function scheduleRows(loan: LoanDetails): Row[] {
  const instalments = loan.schedule?.instalments ?? [];
  const overdue = new Set(loan.arrears.instalments.map((i) => i.number));
  let paid = Math.max(0, instalments.reduce((sum, i) => sum + i.principal, 0) - loan.outstandingPrincipal);
  return instalments.map((i) => {
    const covered = paid >= i.principal;
    paid = Math.max(0, paid - i.principal);
    return { ...i, state: overdue.has(i.number) ? 'overdue' : covered || loan.outstandingPrincipal === 0 ? 'paid' : 'due' };
  });
}

/** The loan's schedule, repayments, disbursements and arrears as tabs. */
export function LoanTables({ loan }: { loan: LoanDetails }) {
  const { t } = useI18n();
  const stateTag = {
    paid: <Tag color="green">{t('Đã trả', 'Paid')}</Tag>,
    overdue: <Tag color="red">{t('Quá hạn', 'Overdue')}</Tag>,
    due: <Tag>{t('Chưa đến hạn / chưa trả', 'Not yet paid')}</Tag>,
  };
  const schedule = loan.schedule;

  return (
    <Tabs
      items={[
        {
          key: 'schedule',
          label: t('Lịch trả nợ', 'Repayment schedule'),
          children: schedule ? (
            <>
              <p>
                {t(
                  `Lịch số ${schedule.version}, lập ngày ${formatDate(schedule.setOn)}, trả ${t(FREQUENCY[schedule.frequency]).toLowerCase()}.`,
                  `Schedule ${schedule.version}, set on ${formatDate(schedule.setOn)}, ${t(FREQUENCY[schedule.frequency]).toLowerCase()}.`,
                )}
              </p>
              <Table<Row>
                data-testid="loan-schedule"
                rowKey="number"
                size="small"
                scroll={{ x: true }}
                pagination={{ pageSize: 12, hideOnSinglePage: true }}
                dataSource={scheduleRows(loan)}
                onRow={(r) => (r.state === 'overdue' ? { style: { background: '#fff1f0' } } : {})}
                columns={[
                  { title: t('Kỳ', 'No.'), dataIndex: 'number', align: 'right' },
                  { title: t('Ngày đến hạn', 'Due date'), dataIndex: 'dueDate', render: formatDate },
                  { title: t('Gốc', 'Principal'), dataIndex: 'principal', align: 'right', render: vndCell },
                  { title: t('Lãi dự kiến', 'Expected interest'), dataIndex: 'interest', align: 'right', render: vndCell },
                  { title: t('Tình trạng', 'State'), dataIndex: 'state', render: (s: Row['state']) => stateTag[s] },
                ]}
              />
            </>
          ) : (
            <Empty description={t('Chưa lập lịch trả nợ', 'No repayment schedule yet')} />
          ),
        },
        {
          key: 'repayments',
          label: t(`Thu nợ (${loan.repayments.length})`, `Repayments (${loan.repayments.length})`),
          children: (
            <Table
              data-testid="loan-repayments"
              rowKey="repaymentId"
              size="small"
              scroll={{ x: true }}
              pagination={{ pageSize: 12, hideOnSinglePage: true }}
              dataSource={[...loan.repayments].reverse()}
              locale={{ emptyText: t('Chưa có lần thu nợ nào', 'No repayments yet') }}
              columns={[
                { title: t('Ngày trả', 'Paid on'), dataIndex: 'date', render: formatDate },
                { title: t('Gốc', 'Principal'), dataIndex: 'principal', align: 'right', render: vndCell },
                { title: t('Lãi', 'Interest'), dataIndex: 'interest', align: 'right', render: vndCell },
                { title: t('Số biên lai', 'Receipt'), dataIndex: 'repaymentId' },
              ]}
            />
          ),
        },
        {
          key: 'disbursements',
          label: t(`Giải ngân (${loan.disbursements.length})`, `Disbursements (${loan.disbursements.length})`),
          children: (
            <Table
              rowKey="disbursementId"
              size="small"
              scroll={{ x: true }}
              pagination={false}
              dataSource={loan.disbursements}
              locale={{ emptyText: t('Chưa giải ngân', 'Nothing disbursed yet') }}
              columns={[
                { title: t('Ngày giải ngân', 'Date'), dataIndex: 'date', render: formatDate },
                { title: t('Số tiền', 'Amount'), dataIndex: 'amount', align: 'right', render: vndCell },
                { title: t('Số chứng từ', 'Voucher'), dataIndex: 'disbursementId' },
              ]}
            />
          ),
        },
        {
          key: 'arrears',
          label: t(`Nợ quá hạn (${loan.arrears.instalments.length})`, `Arrears (${loan.arrears.instalments.length})`),
          children: (
            <Table<OverdueInstalment>
              data-testid="loan-arrears"
              rowKey="number"
              size="small"
              scroll={{ x: true }}
              pagination={false}
              dataSource={loan.arrears.instalments}
              locale={{ emptyText: t('Không có nợ quá hạn', 'No arrears') }}
              columns={[
                { title: t('Kỳ', 'No.'), dataIndex: 'number', align: 'right' },
                { title: t('Ngày đến hạn', 'Due date'), dataIndex: 'dueDate', render: formatDate },
                { title: t('Quá hạn từ', 'Overdue since'), dataIndex: 'overdueSince', render: formatDate },
                { title: t('Gốc chưa trả', 'Unpaid principal'), dataIndex: 'unpaidPrincipal', align: 'right', render: vndCell },
                { title: t('Số ngày quá hạn', 'Days past due'), dataIndex: 'daysPastDue', align: 'right' },
                {
                  title: t('Nhóm', 'Bucket'),
                  dataIndex: 'bucket',
                  render: (b: string) => {
                    const bucket = BUCKETS.find((x) => x.key === b);
                    return bucket ? t(bucket.label) : b;
                  },
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
