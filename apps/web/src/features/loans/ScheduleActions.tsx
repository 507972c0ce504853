import { FieldTimeOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Col, Form, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateField } from '../../components/DateField';
import { toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { CommandModalButton } from '../../components/CommandModal';
import { InstalmentsEditor, instalmentsBody, type InstalmentRow } from './InstalmentsEditor';
import { FREQUENCY } from './labels';
import { useActionFields } from './parts';
import type { Frequency, LoanDetails } from './types';

const INVALIDATE = ['/loans', '/loan-', '/borrowers', '/savings-groups'];
const iso = (d: Dayjs) => toIsoDate(d)!;

/** Setting the first repayment schedule, and rescheduling or extending it (only for `loans:write`). */
export function ScheduleActions({ loan }: { loan: LoanDetails }) {
  const { t } = useI18n();
  const base = `/loans/${loan.loanId}`;
  const today = dayjs();
  const { req, date, reason } = useActionFields();
  const frequencies = (Object.keys(FREQUENCY) as Frequency[]).map((f) => ({ value: f, label: t(FREQUENCY[f]) }));
  const rate = loan.approval?.annualRateBasisPoints ?? 0;
  const s = loan.status;

  return (
    <>
      {s === 'disbursed' && !loan.schedule && (
        <CommandModalButton<{ setOn: Dayjs; frequency: Frequency; firstDueDate?: Dayjs; mode: 'equal' | 'bank'; instalments?: InstalmentRow[] }>
          buttonType="primary"
          width={860}
          icon={<ScheduleOutlined />}
          label={t('Lập lịch trả nợ', 'Set schedule')}
          title={t('Lập lịch trả nợ', 'Set the repayment schedule')}
          path={`${base}/schedule`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã lập lịch trả nợ', en: 'Schedule set' }}
          initialValues={{ setOn: today, frequency: 'quarterly', mode: 'equal' }}
          toBody={(v) => ({
            setOn: iso(v.setOn),
            frequency: v.frequency,
            firstDueDate: v.firstDueDate ? iso(v.firstDueDate) : undefined,
            instalments: v.mode === 'bank' ? instalmentsBody(v.instalments) : undefined,
          })}
        >
          {(form) => (
            <>
              <Row gutter={16}>
                <Col xs={24} md={8}>{date('setOn', t('Ngày lập', 'Set on'))}</Col>
                <Col xs={24} md={8}>
                  <Form.Item name="frequency" label={t('Kỳ hạn trả', 'Frequency')} rules={[req]}>
                    <Select options={frequencies} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="firstDueDate" label={t('Ngày đến hạn kỳ đầu', 'First due date')}>
                    <DateField />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="mode" label={t('Cách lập', 'How')}>
                <Radio.Group
                  options={[
                    { value: 'equal', label: t('Trả gốc đều, dư nợ giảm dần (tự tính)', 'Equal principal, declining balance (computed)') },
                    { value: 'bank', label: t('Nhập lịch của ngân hàng', 'Enter the bank’s schedule') },
                  ]}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
                {() =>
                  form.getFieldValue('mode') === 'bank' && (
                    <InstalmentsEditor form={form} outstanding={loan.outstandingPrincipal} rateBasisPoints={rate} />
                  )
                }
              </Form.Item>
            </>
          )}
        </CommandModalButton>
      )}
      {s === 'disbursed' && loan.schedule && (
        <CommandModalButton<{ on: Dayjs; reason: string; frequency: Frequency; instalments: InstalmentRow[] }>
          width={860}
          icon={<FieldTimeOutlined />}
          label={t('Điều chỉnh kỳ hạn / gia hạn', 'Reschedule / extend')}
          title={t('Điều chỉnh kỳ hạn trả nợ hoặc gia hạn nợ', 'Reschedule or extend')}
          path={`${base}/reschedule`}
          invalidate={INVALIDATE}
          success={{ vi: 'Đã điều chỉnh lịch trả nợ', en: 'Schedule changed' }}
          initialValues={{ on: today, frequency: loan.schedule.frequency }}
          toBody={(v) => ({ on: iso(v.on), reason: v.reason.trim(), frequency: v.frequency, instalments: instalmentsBody(v.instalments) })}
        >
          {(form) => (
            <>
              <Row gutter={16}>
                <Col xs={24} md={12}>{date('on', t('Ngày điều chỉnh', 'Date'))}</Col>
                <Col xs={24} md={12}>
                  <Form.Item name="frequency" label={t('Kỳ hạn trả', 'Frequency')} rules={[req]}>
                    <Select options={frequencies} />
                  </Form.Item>
                </Col>
              </Row>
              {reason}
              <p>
                {t(
                  'Ngày đến hạn cuối muộn hơn lịch hiện tại là gia hạn nợ; không muộn hơn là điều chỉnh kỳ hạn.',
                  'A final due date later than the current one is an extension; otherwise a rescheduling.',
                )}
              </p>
              <InstalmentsEditor form={form} outstanding={loan.outstandingPrincipal} rateBasisPoints={rate} />
            </>
          )}
        </CommandModalButton>
      )}
    </>
  );
}
