import {
  CheckOutlined,
  CloseOutlined,
  DollarOutlined,
  LikeOutlined,
  StopOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { Col, Flex, Form, Input, InputNumber, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatVnd, toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { CommandModalButton } from '../../components/CommandModal';
import { MoneyInput } from '../../components/MoneyInput';
import { useActionFields, wholeVndRule } from './parts';
import { ScheduleActions } from './ScheduleActions';
import type { LoanDetails } from './types';

const INVALIDATE = ['/loans', '/loan-', '/borrowers', '/savings-groups'];
const iso = (d: Dayjs) => toIsoDate(d)!;

/** The actions the loan's state allows, each a Modal form (only for `loans:write`). */
export function LoanActions({ loan }: { loan: LoanDetails }) {
  const { t } = useI18n();
  const base = `/loans/${loan.loanId}`;
  const today = dayjs();
  const { req, date, reason } = useActionFields();
  const approved = loan.approval?.amount ?? loan.requestedAmount;
  const s = loan.status;

  return (
    <Flex gap={8} wrap="wrap" data-testid="loan-actions">
      {s === 'applied' && (
        <CommandModalButton<{ votedOn: Dayjs; votesFor: number; votesAgainst: number; note?: string }>
          buttonType="primary"
          icon={<LikeOutlined />}
          label={t('Ghi kết quả bình xét', 'Record group vote')}
          title={t('Bình xét cho vay của tổ', 'The group’s vote')}
          path={`${base}/group-vote`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã ghi kết quả bình xét', en: 'Vote recorded' }}
          initialValues={{ votedOn: today, votesFor: 0, votesAgainst: 0 }}
          toBody={(v) => ({ ...v, votedOn: iso(v.votedOn), note: v.note ?? '' })}
        >
          {date('votedOn', t('Ngày họp tổ', 'Meeting date'))}
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="votesFor" label={t('Số phiếu đồng ý', 'Votes for')} rules={[req]}>
                <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="votesAgainst" label={t('Số phiếu không đồng ý', 'Votes against')} rules={[req]}>
                <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="note" label={t('Ghi chú', 'Note')}>
            <Input maxLength={1000} />
          </Form.Item>
        </CommandModalButton>
      )}
      {s === 'group_approved' && (
        <CommandModalButton<{ approvedOn: Dayjs; amount: number; termMonths: number }>
          buttonType="primary"
          icon={<CheckOutlined />}
          label={t('Phê duyệt', 'Approve')}
          title={t('Phê duyệt khoản vay (lãi suất cố định từ ngày phê duyệt)', 'Approve (the rate is fixed on this day)')}
          path={`${base}/approve`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã phê duyệt', en: 'Approved' }}
          initialValues={{ approvedOn: today, amount: loan.requestedAmount, termMonths: loan.termMonths }}
          toBody={(v) => ({ ...v, approvedOn: iso(v.approvedOn) })}
          testId="action-approve"
        >
          {date('approvedOn', t('Ngày phê duyệt', 'Approved on'))}
          <Form.Item
            name="amount"
            label={t('Số tiền phê duyệt (đồng)', 'Approved amount (VND)')}
            rules={[req, wholeVndRule(t), { type: 'number', max: loan.requestedAmount, message: t(`Không quá số tiền đề nghị ${formatVnd(loan.requestedAmount)}`, `At most the amount applied for, ${formatVnd(loan.requestedAmount)}`) }]}
          >
            <MoneyInput />
          </Form.Item>
          <Form.Item name="termMonths" label={t('Thời hạn (tháng)', 'Term (months)')} rules={[req]}>
            <InputNumber<number> min={1} max={600} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </CommandModalButton>
      )}
      {(s === 'applied' || s === 'group_approved' || s === 'group_declined') && (
        <CommandModalButton<{ rejectedOn: Dayjs; reason: string }>
          danger
          icon={<CloseOutlined />}
          label={t('Từ chối', 'Reject')}
          title={t('Từ chối hồ sơ vay', 'Reject the application')}
          path={`${base}/reject`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã từ chối hồ sơ', en: 'Application rejected' }}
          initialValues={{ rejectedOn: today }}
          toBody={(v) => ({ rejectedOn: iso(v.rejectedOn), reason: v.reason.trim() })}
        >
          {date('rejectedOn', t('Ngày từ chối', 'Rejected on'))}
          {reason}
        </CommandModalButton>
      )}
      {(s === 'approved' || (s === 'disbursed' && loan.disbursedPrincipal < approved)) && (
        <CommandModalButton<{ date: Dayjs; amount: number; disbursementId?: string }>
          buttonType={s === 'approved' ? 'primary' : 'default'}
          icon={<WalletOutlined />}
          label={t('Giải ngân', 'Disburse')}
          title={t('Giải ngân', 'Disbursement')}
          path={`${base}/disbursements`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã ghi giải ngân', en: 'Disbursement recorded' }}
          initialValues={{ date: today, amount: approved - loan.disbursedPrincipal }}
          toBody={(v) => ({ date: iso(v.date), amount: v.amount, disbursementId: v.disbursementId?.trim() || undefined })}
          testId="action-disburse"
        >
          {date('date', t('Ngày giải ngân', 'Disbursed on'))}
          <Form.Item
            name="amount"
            label={t('Số tiền giải ngân (đồng)', 'Amount (VND)')}
            extra={t(`Còn được giải ngân ${formatVnd(approved - loan.disbursedPrincipal)}`, `${formatVnd(approved - loan.disbursedPrincipal)} left to disburse`)}
            rules={[req, wholeVndRule(t)]}
          >
            <MoneyInput />
          </Form.Item>
          <Form.Item name="disbursementId" label={t('Số chứng từ (nếu có)', 'Voucher number (optional)')}>
            <Input maxLength={100} />
          </Form.Item>
        </CommandModalButton>
      )}
      {s === 'disbursed' && (
        <CommandModalButton<{ date: Dayjs; principal: number; interest: number; repaymentId?: string }>
          buttonType={loan.schedule ? 'primary' : 'default'}
          icon={<DollarOutlined />}
          label={t('Ghi thu nợ', 'Record repayment')}
          title={t('Thu nợ gốc và lãi', 'Repayment of principal and interest')}
          path={`${base}/repayments`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã ghi thu nợ', en: 'Repayment recorded' }}
          initialValues={{ date: today, ...nextDue(loan) }}
          toBody={(v) => ({ date: iso(v.date), principal: v.principal, interest: v.interest, repaymentId: v.repaymentId?.trim() || undefined })}
          testId="action-repay"
        >
          {date('date', t('Ngày trả', 'Paid on'))}
          <Form.Item
            name="principal"
            label={t('Trả nợ gốc (đồng)', 'Principal (VND)')}
            extra={t(`Dư nợ ${formatVnd(loan.outstandingPrincipal)}`, `${formatVnd(loan.outstandingPrincipal)} outstanding`)}
            rules={[req, wholeVndRule(t, 0)]}
          >
            <MoneyInput />
          </Form.Item>
          <Form.Item name="interest" label={t('Trả lãi (đồng)', 'Interest (VND)')} rules={[req, wholeVndRule(t, 0)]}>
            <MoneyInput />
          </Form.Item>
          <Form.Item name="repaymentId" label={t('Số biên lai (nếu có)', 'Receipt number (optional)')}>
            <Input maxLength={100} />
          </Form.Item>
        </CommandModalButton>
      )}
      <ScheduleActions loan={loan} />
      {s === 'disbursed' && loan.outstandingPrincipal === 0 && (
        <CommandModalButton<{ settledOn: Dayjs }>
          buttonType="primary"
          icon={<CheckOutlined />}
          label={t('Tất toán', 'Settle')}
          title={t('Tất toán khoản vay', 'Settle the loan')}
          path={`${base}/settle`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã tất toán', en: 'Loan settled' }}
          initialValues={{ settledOn: today }}
          toBody={(v) => ({ settledOn: iso(v.settledOn) })}
        >
          {date('settledOn', t('Ngày tất toán', 'Settled on'))}
        </CommandModalButton>
      )}
      {s === 'disbursed' && loan.outstandingPrincipal > 0 && (
        <CommandModalButton<{ on: Dayjs; reason: string; decisionReference: string }>
          danger
          icon={<StopOutlined />}
          label={t('Xoá nợ', 'Write off')}
          title={t(`Xoá nợ ${formatVnd(loan.outstandingPrincipal)} dư nợ gốc`, `Write off ${formatVnd(loan.outstandingPrincipal)} outstanding`)}
          path={`${base}/write-off`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã xoá nợ', en: 'Written off' }}
          initialValues={{ on: today }}
          toBody={(v) => ({ on: iso(v.on), reason: v.reason.trim(), decisionReference: v.decisionReference.trim() })}
        >
          {date('on', t('Ngày quyết định', 'Decision date'))}
          <Form.Item name="decisionReference" label={t('Số quyết định', 'Decision reference')} rules={[req]}>
            <Input maxLength={200} placeholder="QĐ 123/QĐ-NHCS" />
          </Form.Item>
          {reason}
        </CommandModalButton>
      )}
    </Flex>
  );
}

/** The first unpaid instalment's principal and interest, as a suggestion for the repayment form. */
function nextDue(loan: LoanDetails): { principal: number; interest: number } {
  const schedule = loan.schedule?.instalments ?? [];
  // What the current schedule has been paid: its principal less what is still outstanding.
  let paid = Math.max(0, schedule.reduce((sum, i) => sum + i.principal, 0) - loan.outstandingPrincipal);
  for (const instalment of schedule) {
    if (paid >= instalment.principal) {
      paid -= instalment.principal;
      continue;
    }
    return { principal: Math.min(instalment.principal - paid, loan.outstandingPrincipal), interest: instalment.interest };
  }
  return { principal: 0, interest: 0 };
}
