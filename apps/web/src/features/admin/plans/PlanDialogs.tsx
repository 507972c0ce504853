import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateField } from '../../../components/DateField';
import { UnitSelect } from '../../../components/UnitSelect';
import { toIsoDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { CommandModal } from '../../../components/CommandModal';
import { useRequired } from '../shared';
import { COMPARATORS, type Comparator, type PlanDetails } from '../types';

export type PlanDialogKind = 'amend' | 'report' | 'withdraw';

interface Props {
  plan: PlanDetails;
  onClose(): void;
}

export function PlanDialog({ kind, ...props }: Props & { kind: PlanDialogKind }) {
  if (kind === 'amend') return <AmendTarget {...props} />;
  if (kind === 'report') return <ReportValue {...props} />;
  return <WithdrawPlan {...props} />;
}

function planCommand(plan: PlanDetails, path: string, success: { vi: string; en: string }) {
  return { path: `/plans/${encodeURIComponent(plan.planId)}/${path}`, invalidate: ['/plans'], success };
}

/** "1,41" and "1.45" both read as decimals, like the plan's printed figures. */
function readPrinted(printed: string): number | undefined {
  const match = /-?\d+(?:[.,]\d+)?/.exec(printed);
  return match ? Number(match[0].replace(',', '.')) : undefined;
}

interface AmendValues {
  indicatorCode: string;
  year: number;
  target: { printed: string; comparator: Comparator; value: number };
  amendedOn: Dayjs;
  reason: string;
  decisionRef?: string;
}

function AmendTarget({ plan, onClose }: Props) {
  const { t } = useI18n();
  const required = useRequired();
  const [form] = Form.useForm<AmendValues>();
  const command = planCommand(plan, 'amendments', {
    vi: 'Đã điều chỉnh chỉ tiêu.',
    en: 'The target was amended.',
  });
  const years: number[] = [];
  for (let y = plan.period.fromYear; y <= plan.period.toYear; y += 1) years.push(y);

  const onValuesChange = (changed: Partial<AmendValues>) => {
    if (changed.indicatorCode) {
      const indicator = plan.indicators.find((i) => i.code === changed.indicatorCode);
      if (indicator) form.setFieldValue(['target', 'comparator'], indicator.comparator);
    }
    if (changed.target?.printed !== undefined) {
      const value = readPrinted(changed.target.printed);
      if (value !== undefined) form.setFieldValue(['target', 'value'], value);
    }
  };

  return (
    <CommandModal<AmendValues>
      title={t('Điều chỉnh chỉ tiêu', 'Amend a target')}
      {...command}
      form={form}
      onClose={onClose}
      modalTestId="plan-amend-dialog"
      width={620}
      onValuesChange={onValuesChange}
      initialValues={{ amendedOn: dayjs(), year: plan.period.toYear }}
      toBody={(v) => ({
        ...v,
        amendedOn: toIsoDate(v.amendedOn),
        decisionRef: v.decisionRef?.trim() ? v.decisionRef.trim() : null,
      })}
    >
      <Form.Item
        name="indicatorCode"
        label={t('Chỉ tiêu', 'Indicator')}
        rules={[required('Vui lòng chọn chỉ tiêu.', 'Choose an indicator.')]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={plan.indicators.map((i) => ({ value: i.code, label: `${i.code} · ${t(i.name)}` }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="year"
            label={t('Năm', 'Year')}
            rules={[required('Vui lòng chọn năm.', 'Choose the year.')]}
          >
            <Select options={years.map((y) => ({ value: y, label: String(y) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item
            name={['target', 'printed']}
            label={t('Chỉ tiêu mới (như văn bản ghi)', 'New target (as printed)')}
            rules={[required('Vui lòng nhập chỉ tiêu như văn bản ghi.', 'Enter the target as printed.')]}
          >
            <Input placeholder="95,5" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name={['target', 'comparator']}
            label={t('So sánh', 'Comparator')}
            rules={[required('Vui lòng chọn.', 'Choose one.')]}
          >
            <Select options={COMPARATORS.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name={['target', 'value']}
            label={t('Giá trị số', 'Numeric value')}
            rules={[required('Vui lòng nhập giá trị.', 'Enter the value.')]}
          >
            <InputNumber style={{ width: '100%' }} decimalSeparator="," />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            name="amendedOn"
            label={t('Áp dụng từ ngày', 'Applies from')}
            rules={[required('Vui lòng chọn ngày.', 'Choose the date.')]}
          >
            <DateField />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="reason"
        label={t('Lý do', 'Reason')}
        rules={[required('Vui lòng nhập lý do.', 'Enter the reason.'), { max: 1000 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="decisionRef" label={t('Số văn bản (nếu có)', 'Decision reference (optional)')}>
        <Input placeholder="12/NQ-HĐND" />
      </Form.Item>
    </CommandModal>
  );
}

interface ReportValues {
  indicatorCode: string;
  unitCode: string;
  value: number;
  asOf: Dayjs;
  source: string;
  reportedOn: Dayjs;
}

function ReportValue({ plan, onClose }: Props) {
  const { t } = useI18n();
  const required = useRequired();
  const command = planCommand(plan, 'reported-values', {
    vi: 'Đã nhập số liệu.',
    en: 'The value was reported.',
  });
  const unobserved = plan.indicators.filter((i) => !i.observed);
  return (
    <CommandModal<ReportValues>
      title={t('Nhập số liệu chỉ tiêu không theo dõi được', 'Report the value of an unobserved indicator')}
      {...command}
      onClose={onClose}
      modalTestId="plan-report-dialog"
      width={620}
      initialValues={{ unitCode: plan.unitCode, reportedOn: dayjs(), indicatorCode: unobserved[0]?.code }}
      toBody={(v) => ({ ...v, asOf: toIsoDate(v.asOf), reportedOn: toIsoDate(v.reportedOn) })}
    >
      <Form.Item
        name="indicatorCode"
        label={t('Chỉ tiêu', 'Indicator')}
        rules={[required('Vui lòng chọn chỉ tiêu.', 'Choose an indicator.')]}
      >
        <Select options={unobserved.map((i) => ({ value: i.code, label: `${i.code} · ${t(i.name)}` }))} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="unitCode"
            label={t('Đơn vị', 'Unit')}
            rules={[required('Vui lòng chọn đơn vị.', 'Choose the unit.')]}
          >
            <UnitSelect />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="value"
            label={t('Giá trị', 'Value')}
            rules={[required('Vui lòng nhập giá trị.', 'Enter the value.')]}
          >
            <InputNumber style={{ width: '100%' }} decimalSeparator="," />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="asOf"
            label={t('Số liệu tính đến ngày', 'Value as of')}
            rules={[required('Vui lòng chọn ngày.', 'Choose the date.')]}
          >
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="reportedOn"
            label={t('Ngày báo cáo', 'Reported on')}
            rules={[required('Vui lòng chọn ngày.', 'Choose the date.')]}
          >
            <DateField />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="source"
        label={t('Nguồn số liệu', 'Source')}
        rules={[required('Vui lòng nhập nguồn số liệu.', 'Enter the source.')]}
      >
        <Input
          placeholder={t('Trạm y tế xã, cân đo tháng 6/2025', 'Commune health station, June 2025 weighing')}
        />
      </Form.Item>
    </CommandModal>
  );
}

function WithdrawPlan({ plan, onClose }: Props) {
  const { t } = useI18n();
  const required = useRequired();
  const command = planCommand(plan, 'withdraw', { vi: 'Đã bãi bỏ kế hoạch.', en: 'The plan was withdrawn.' });
  return (
    <CommandModal<{ withdrawnOn: Dayjs; reason: string }>
      title={t(`Bãi bỏ kế hoạch ${plan.number}`, `Withdraw plan ${plan.number}`)}
      {...command}
      onClose={onClose}
      okDanger
      okText={t('Bãi bỏ', 'Withdraw')}
      modalTestId="plan-withdraw-dialog"
      initialValues={{ withdrawnOn: dayjs() }}
      toBody={(v) => ({ ...v, withdrawnOn: toIsoDate(v.withdrawnOn) })}
    >
      <Form.Item
        name="withdrawnOn"
        label={t('Ngày bãi bỏ', 'Withdrawn on')}
        rules={[required('Vui lòng chọn ngày.', 'Choose the date.')]}
      >
        <DateField />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('Lý do', 'Reason')}
        rules={[required('Vui lòng nhập lý do.', 'Enter the reason.'), { max: 1000 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </CommandModal>
  );
}
