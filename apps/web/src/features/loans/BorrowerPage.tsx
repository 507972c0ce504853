import { Card, Col, Row, Statistic, Table } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatNumber, formatVnd } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { usePersonNames } from '../../core/people';
import { useGroups, useProgrammes } from './hooks';
import { StatusTag, vndCell } from './parts';
import type { LoanStatus, LoanSummary } from './types';

/** A borrower's loans, oldest first (`GET /api/borrowers/:personId/loans`). */
export function BorrowerPage() {
  const { personId = '' } = useParams();
  const { t } = useI18n();
  const query = useApiQuery<LoanSummary[]>(`/borrowers/${encodeURIComponent(personId)}/loans`);
  const programmes = useProgrammes();
  const groups = useGroups();
  const loans = query.data ?? [];
  const name = usePersonNames([personId]).nameOf(personId);

  return (
    <>
      <PageHeader
        title={t(`Lịch sử vay: ${name}`, `Loan history: ${name}`)}
        crumbs={[
          { title: t('Khoản vay', 'Loans'), to: '/loans/list' },
          { title: name },
        ]}
      />
      <ErrorAlert error={query.error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic title={t('Số khoản vay', 'Loans')} value={formatNumber(loans.length)} />
          </Card>
        </Col>
        <Col xs={12} md={8}>
          <Card size="small">
            <Statistic
              title={t('Dư nợ hiện tại', 'Outstanding now')}
              value={formatVnd(loans.reduce((sum, l) => sum + l.outstandingPrincipal, 0))}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('Đã trả gốc', 'Principal repaid')}
              value={formatVnd(loans.reduce((sum, l) => sum + l.principalRepaid, 0))}
            />
          </Card>
        </Col>
      </Row>
      <Table<LoanSummary>
        data-testid="borrower-loans"
        rowKey="loanId"
        size="small"
        loading={query.isLoading}
        dataSource={loans}
        scroll={{ x: true }}
        pagination={false}
        locale={{ emptyText: t('Người này chưa có khoản vay nào', 'This person has no loans') }}
        columns={[
          {
            title: t('Ngày nộp', 'Applied on'),
            dataIndex: 'appliedOn',
            render: (d: string, r) => <Link to={`/loans/${r.loanId}`}>{formatDate(d)}</Link>,
          },
          { title: t('Chương trình', 'Programme'), dataIndex: 'programmeCode', render: (c: string) => programmes.nameOf(c) },
          { title: t('Tổ TK&VV', 'Savings group'), dataIndex: 'savingsGroupId', render: (g: string) => groups.nameOf(g) },
          { title: t('Trạng thái', 'Status'), dataIndex: 'status', render: (s: LoanStatus) => <StatusTag status={s} /> },
          { title: t('Số tiền', 'Amount'), key: 'amount', align: 'right', render: (_, r) => formatVnd(r.approvedAmount ?? r.requestedAmount) },
          { title: t('Đã giải ngân', 'Disbursed'), dataIndex: 'disbursedPrincipal', align: 'right', render: vndCell },
          { title: t('Dư nợ', 'Outstanding'), dataIndex: 'outstandingPrincipal', align: 'right', render: vndCell },
          { title: t('Ngày kết thúc', 'Closed on'), dataIndex: 'closedOn', render: formatDate },
        ]}
      />
    </>
  );
}
