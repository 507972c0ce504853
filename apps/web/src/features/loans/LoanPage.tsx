import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Flex, Row, Skeleton, Steps } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useAuth } from '../../core/auth';
import { formatDate, formatNumber, formatVnd } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useApiQuery } from '../../core/query';
import { usePersonNames } from '../../core/people';
import { useGroups, useProgrammes, useVillageName } from './hooks';
import { formatRate } from './labels';
import { LoanActions } from './LoanActions';
import { LoanTables } from './LoanTables';
import { BorrowerLink, StatusTag } from './parts';
import type { LoanDetails, LoanStatus } from './types';

const STEP_OF: Record<LoanStatus, number> = {
  applied: 1,
  group_declined: 1,
  group_approved: 2,
  rejected: 2,
  approved: 3,
  disbursed: 4,
  settled: 5,
  written_off: 4,
};

function LoanSteps({ status }: { status: LoanStatus }) {
  const { t } = useI18n();
  const failed = status === 'rejected' || status === 'group_declined' || status === 'written_off';
  const current = STEP_OF[status];
  return (
    <Steps
      size="small"
      current={Math.min(current, 4)}
      status={failed ? 'error' : status === 'settled' ? 'finish' : 'process'}
      responsive
      items={[
        { title: t('Nộp hồ sơ', 'Applied') },
        { title: status === 'group_declined' ? t('Tổ không bình xét', 'Group declined') : t('Tổ bình xét', 'Group vote') },
        { title: status === 'rejected' ? t('Từ chối', 'Rejected') : t('Phê duyệt', 'Approval') },
        { title: t('Giải ngân', 'Disbursement') },
        { title: status === 'written_off' ? t('Xoá nợ', 'Written off') : t('Tất toán', 'Settlement') },
      ]}
    />
  );
}

/** One loan: terms, state, schedule, repayments, arrears and the actions its state allows. */
export function LoanPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const query = useApiQuery<LoanDetails>(`/loans/${encodeURIComponent(id)}`);
  const programmes = useProgrammes();
  const groups = useGroups();
  const villageName = useVillageName();
  const loan = query.data;
  const borrowerNames = usePersonNames([loan?.borrowerPersonId]);
  const borrower = loan ? borrowerNames.nameOf(loan.borrowerPersonId) : '—';

  if (query.isLoading) return <Skeleton active />;
  if (!loan) return <ErrorAlert error={query.error} />;

  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap="wrap">
            {t(`Khoản vay của ${borrower}`, `Loan of ${borrower}`)}
            <StatusTag status={loan.status} />
          </Flex>
        }
        crumbs={[{ title: t('Khoản vay', 'Loans'), to: '/loans/list' }, { title: borrower }]}
        extra={
          <Link to={`/loans/borrowers/${loan.borrowerPersonId}`}>
            <HistoryOutlined /> {t('Lịch sử vay của người vay', 'Borrower’s loan history')}
          </Link>
        }
      />
      <ErrorAlert error={query.error} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <LoanSteps status={loan.status} />
      </Card>
      {can('loans:write') && (
        <div style={{ marginBottom: 16 }}>
          <LoanActions loan={loan} />
        </div>
      )}
      {loan.arrears.overduePrincipal > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(
            `Nợ quá hạn ${formatVnd(loan.arrears.overduePrincipal)}, quá hạn ${loan.arrears.daysPastDue} ngày (tính đến ${formatDate(loan.arrears.asOf)})`,
            `${formatVnd(loan.arrears.overduePrincipal)} overdue, ${loan.arrears.daysPastDue} days past due (as of ${formatDate(loan.arrears.asOf)})`,
          )}
        />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('Điều kiện vay', 'Terms')} data-testid="loan-terms">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'borrower', label: t('Người vay', 'Borrower'), children: <BorrowerLink personId={loan.borrowerPersonId} /> },
                { key: 'household', label: t('Mã hộ', 'Household'), children: loan.householdId },
                { key: 'programme', label: t('Chương trình', 'Programme'), children: programmes.nameOf(loan.programmeCode) },
                {
                  key: 'group',
                  label: t('Tổ TK&VV', 'Savings group'),
                  children: <Link to={`/savings-groups/${loan.savingsGroupId}`}>{groups.nameOf(loan.savingsGroupId)}</Link>,
                },
                { key: 'village', label: t('Thôn', 'Village'), children: villageName(loan.villageCode) },
                { key: 'applied', label: t('Ngày nộp hồ sơ', 'Applied on'), children: formatDate(loan.appliedOn) },
                { key: 'requested', label: t('Số tiền đề nghị', 'Amount applied for'), children: formatVnd(loan.requestedAmount) },
                { key: 'term', label: t('Thời hạn', 'Term'), children: t(`${loan.termMonths} tháng`, `${loan.termMonths} months`) },
                { key: 'approved', label: t('Số tiền phê duyệt', 'Approved amount'), children: formatVnd(loan.approval?.amount) },
                { key: 'approvedOn', label: t('Ngày phê duyệt', 'Approved on'), children: formatDate(loan.approval?.approvedOn) },
                {
                  key: 'rate',
                  label: t('Lãi suất (cố định từ khi phê duyệt)', 'Rate (fixed at approval)'),
                  children: formatRate(loan.approval?.annualRateBasisPoints, lang),
                },
                ...(loan.jobsPromised
                  ? [{ key: 'jobs', label: t('Việc làm cam kết', 'Jobs promised'), children: formatNumber(loan.jobsPromised.count) }]
                  : []),
                { key: 'purpose', label: t('Mục đích', 'Purpose'), children: loan.purpose ?? '—', span: 'filled' as const },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('Số tiền', 'Amounts')} data-testid="loan-amounts">
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'disbursed', label: t('Đã giải ngân', 'Disbursed'), children: formatVnd(loan.disbursedPrincipal) },
                { key: 'repaid', label: t('Đã trả gốc', 'Principal repaid'), children: formatVnd(loan.principalRepaid) },
                { key: 'interest', label: t('Đã trả lãi', 'Interest paid'), children: formatVnd(loan.interestPaid) },
                { key: 'outstanding', label: t('Dư nợ', 'Outstanding principal'), children: <strong>{formatVnd(loan.outstandingPrincipal)}</strong> },
                { key: 'overdue', label: t('Nợ quá hạn', 'Overdue principal'), children: formatVnd(loan.arrears.overduePrincipal) },
                { key: 'closed', label: t('Ngày kết thúc', 'Closed on'), children: formatDate(loan.closedOn) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small">
        <LoanTables loan={loan} />
      </Card>
    </>
  );
}
