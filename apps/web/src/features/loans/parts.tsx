import { Form, Input, Tag } from 'antd';
import { DateField } from '../../components/DateField';
import { Link } from 'react-router';
import { formatVnd } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { PersonName } from '../../components/PersonLink';
import { useLoanIndex } from './hooks';
import { STATUS } from './labels';
import type { LoanStatus } from './types';

/** Form rule: a whole number of đồng, at least `min`. */
export function wholeVndRule(t: ReturnType<typeof useI18n>['t'], min = 1) {
  return {
    validator: (_: unknown, value: unknown) =>
      value === null || value === undefined || (Number.isInteger(value) && (value as number) >= min)
        ? Promise.resolve()
        : Promise.reject(new Error(t(`Nhập số đồng nguyên, tối thiểu ${min}`, `Enter whole đồng, at least ${min}`))),
  };
}

export function StatusTag({ status }: { status: LoanStatus }) {
  const { t } = useI18n();
  const label = STATUS[status];
  return <Tag color={label?.color}>{label ? t(label) : status}</Tag>;
}

/** The borrower's name, linking to their loan history. */
export function BorrowerLink({ personId }: { personId: string }) {
  return <Link to={`/loans/borrowers/${personId}`}><PersonName id={personId} /></Link>;
}

/** A link to a loan named by its borrower (the loan id's tail when the loan is not in the list). */
export function LoanLink({ loanId }: { loanId: string }) {
  const { t } = useI18n();
  const loans = useLoanIndex();
  const loan = loans.get(loanId);
  return (
    <Link to={`/loans/${loanId}`}>
      {loan ? <PersonName id={loan.borrowerPersonId} /> : t(`Khoản vay …${loanId.slice(-6)}`, `Loan …${loanId.slice(-6)}`)}
    </Link>
  );
}

/** Money that does not wrap in narrow table cells. */
export const vndCell = (value: number | null | undefined) => <span style={{ whiteSpace: 'nowrap' }}>{formatVnd(value)}</span>;

/** The bits every loan action form repeats: a required rule, a required date field, a reason. */
export function useActionFields() {
  const { t } = useI18n();
  const req = { required: true, message: t('Bắt buộc', 'Required') };
  const date = (name: string, label: string) => (
    <Form.Item name={name} label={label} rules={[req]}>
      <DateField />
    </Form.Item>
  );
  const reason = (
    <Form.Item name="reason" label={t('Lý do', 'Reason')} rules={[req]}>
      <Input.TextArea rows={2} maxLength={1000} />
    </Form.Item>
  );
  return { req, date, reason };
}
