import { Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { type Dayjs } from 'dayjs';
import { DateField } from '../../components/DateField';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { formatDate, formatVnd, toIsoDate } from '../../core/format';
import { useApiQuery } from '../../core/query';
import { MoneyInput } from '../../components/MoneyInput';
import { HEALTH, LANGUAGE_TESTS } from './labels';
import { StageModal, useRules } from './StageModal';
import type { HealthCheck, LanguageTest, LoanItem, PlacementDetails } from './types';

interface EligibilityValues {
  on: Dayjs;
  healthCheck: HealthCheck;
  languageTest?: LanguageTest;
  languageLevel?: number;
  expectedDepartureDate?: Dayjs;
  ageMin?: number;
  ageMax?: number;
}

export function EligibilityButton({ p }: { p: PlacementDetails }) {
  const { t } = useI18n();
  const { required } = useRules();
  return (
    <StageModal<EligibilityValues>
      p={p}
      label={t('Kiểm tra điều kiện', 'Check eligibility')}
      action="eligibility-checks"
      testId="action-eligibility"
      primary
      success={{ vi: 'Đã ghi kết quả kiểm tra điều kiện', en: 'Eligibility recorded' }}
      initialValues={{ healthCheck: 'fit' }}
      toBody={(v) => ({
        healthCheck: v.healthCheck,
        languageResult: v.languageTest ? { test: v.languageTest, level: v.languageLevel ?? 0 } : null,
        ...(p.orderId && !v.expectedDepartureDate
          ? {}
          : {
              limits: {
                expectedDepartureDate: toIsoDate(v.expectedDepartureDate),
                ageAtDeparture: { min: v.ageMin ?? null, max: v.ageMax ?? null },
              },
            }),
      })}
    >
      <Form.Item name="healthCheck" label={t('Khám sức khỏe', 'Health check')} rules={[required]}>
        <Radio.Group
          options={(Object.keys(HEALTH) as HealthCheck[]).map((value) => ({
            value,
            label: t(HEALTH[value]),
          }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="languageTest" label={t('Kỳ thi ngoại ngữ', 'Language test')}>
            <Select allowClear options={LANGUAGE_TESTS.map((value) => ({ value, label: value }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="languageLevel" label={t('Trình độ đạt', 'Level reached')}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="expectedDepartureDate"
        label={t('Ngày dự kiến xuất cảnh', 'Expected departure date')}
        extra={
          p.orderId
            ? t('Để trống để dùng ngày của đơn hàng', 'Leave empty to use the order’s date')
            : undefined
        }
        rules={p.orderId ? [] : [required]}
      >
        <DateField />
      </Form.Item>
      {!p.orderId && (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="ageMin" label={t('Tuổi tối thiểu', 'Minimum age')}>
              <InputNumber min={15} max={70} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ageMax" label={t('Tuổi tối đa', 'Maximum age')}>
              <InputNumber min={15} max={70} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </StageModal>
  );
}

interface ContractValues {
  on: Dayjs;
  termMonths: number;
  currency: string;
  monthlyWage: number;
  serviceFee: number;
  deposit: number;
}

export function ContractButton({ p }: { p: PlacementDetails }) {
  const { t } = useI18n();
  const { required } = useRules();
  return (
    <StageModal<ContractValues>
      p={p}
      label={t('Ký hợp đồng', 'Sign the contract')}
      action="contract"
      testId="action-contract"
      primary
      success={{ vi: 'Đã ghi hợp đồng', en: 'Contract recorded' }}
      initialValues={{ currency: 'VND', termMonths: 36, deposit: 0 }}
      toBody={({ on: _on, ...v }) => v}
    >
      <Form.Item name="termMonths" label={t('Thời hạn hợp đồng (tháng)', 'Term (months)')} rules={[required]}>
        <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="currency" label={t('Đơn vị tiền tệ', 'Currency')} rules={[required]}>
        <Select options={['VND', 'JPY', 'KRW', 'TWD', 'USD'].map((value) => ({ value, label: value }))} />
      </Form.Item>
      <Form.Item name="monthlyWage" label={t('Tiền lương tháng', 'Monthly wage')} rules={[required]}>
        <MoneyInput suffix={null} step={1} min={1} />
      </Form.Item>
      <Form.Item
        name="serviceFee"
        label={t('Tiền dịch vụ', 'Service fee')}
        rules={[required]}
        dependencies={['monthlyWage', 'termMonths']}
        extra={
          <Form.Item noStyle dependencies={['monthlyWage', 'termMonths', 'currency']}>
            {({ getFieldValue }) => {
              const wage = Number(getFieldValue('monthlyWage') ?? 0);
              const term = Number(getFieldValue('termMonths') ?? 0);
              if (!wage || !term) return null;
              const cap = Math.floor((wage * Math.min(term, 36)) / 12);
              const text =
                getFieldValue('currency') === 'VND'
                  ? formatVnd(cap)
                  : `${cap} ${String(getFieldValue('currency'))}`;
              return t(`Mức trần theo Luật 69/2020/QH14: ${text}`, `Legal cap (Law 69/2020/QH14): ${text}`);
            }}
          </Form.Item>
        }
      >
        <MoneyInput suffix={null} data-testid="service-fee" />
      </Form.Item>
      <Form.Item name="deposit" label={t('Tiền ký quỹ', 'Deposit')} rules={[required]}>
        <MoneyInput suffix={null} />
      </Form.Item>
    </StageModal>
  );
}

/** Labour-export loans of this person (`GET /api/loans`, only with loans:read); otherwise the id is typed. */
function LoanSelect({
  p,
  ...props
}: {
  p: PlacementDetails;
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const loans = useApiQuery<LoanItem[]>('/loans');
  const options = (loans.data ?? [])
    .filter((l) => l.borrowerPersonId === p.jobSeekerId || l.programmeCode.startsWith('working_abroad'))
    .filter((l) => !p.loanIds.includes(l.loanId))
    .map((l) => ({
      value: l.loanId,
      label: `${formatVnd(l.requestedAmount)} · ${formatDate(l.appliedOn)} · ${l.programmeCode}${l.borrowerPersonId === p.jobSeekerId ? ' ★' : ''}`,
    }));
  return (
    <Select
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      loading={loans.isLoading}
      options={options}
    />
  );
}

export function LoanButton({ p }: { p: PlacementDetails }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { required } = useRules();
  return (
    <StageModal<{ on: Dayjs; loanId: string }>
      p={p}
      label={t('Liên kết khoản vay', 'Link a loan')}
      action="loans"
      testId="action-loan"
      success={{ vi: 'Đã liên kết khoản vay', en: 'Loan linked' }}
      toBody={(v) => ({ loanId: v.loanId })}
    >
      <Form.Item name="loanId" label={t('Khoản vay', 'Loan')} rules={[required]}>
        {can('loans:read') ? <LoanSelect p={p} /> : <Input />}
      </Form.Item>
    </StageModal>
  );
}
