import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { formatVnd, toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useCommand } from '../../core/query';
import { useGroups, usePerson, useProgrammes } from './hooks';
import { formatRate, POVERTY_CLASS } from './labels';
import { MoneyInput } from '../../components/MoneyInput';
import { wholeVndRule } from './parts';
import { PersonSearch } from './PersonSearch';
import type { PovertyClass } from './types';

interface ApplyForm {
  borrowerPersonId: string;
  savingsGroupId: string;
  householdId: string;
  householdPovertyClass?: PovertyClass;
  programmeCode: string;
  amount: number;
  termMonths: number;
  purpose: string;
  appliedOn: Dayjs;
  jobsPromised?: { count: number; workerPersonIds?: string[] };
  overseasContract?: { placementId: string; contractSignedOn: Dayjs; validUntil: Dayjs };
}

/** "Nộp hồ sơ vay": the application is filed in the borrower's savings-and-loan group. */
export function ApplyPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<ApplyForm>();
  const groups = useGroups();
  const programmes = useProgrammes();
  const programmeCode = Form.useWatch('programmeCode', form);
  const borrower = Form.useWatch('borrowerPersonId', form);
  const groupId = Form.useWatch('savingsGroupId', form);
  const programme = programmes.programmes.find((p) => p.code === programmeCode);
  const group = groups.byId.get(groupId ?? '');
  // A borrower in no group: the household from their register profile, when it has one.
  const profileHousehold = usePerson(borrower).householdId;
  useEffect(() => {
    if (profileHousehold && !form.getFieldValue('householdId')) form.setFieldValue('householdId', profileHousehold);
  }, [profileHousehold, form]);
  const notMember = Boolean(group && borrower && !group.members.some((m) => m.personId === borrower));

  const apply = useCommand<Record<string, unknown>, { loanId: string }>({
    path: '/loans',
    form,
    invalidate: ['/loans', '/loan-', '/borrowers', '/savings-groups'],
    success: { vi: 'Đã nộp hồ sơ vay', en: 'Loan application filed' },
    onSuccess: (result) => void navigate(`/loans/${result.loanId}`),
  });

  /** Picking a borrower fills their group and household from the group membership. */
  const onBorrower = (personId: string) => {
    const home = groups.groups.find((g) => g.members.some((m) => m.personId === personId));
    const membership = home?.members.find((m) => m.personId === personId);
    if (home && membership) form.setFieldsValue({ savingsGroupId: home.groupId, householdId: membership.householdId });
  };

  const submit = (values: ApplyForm) =>
    apply.mutate({
      borrowerPersonId: values.borrowerPersonId,
      savingsGroupId: values.savingsGroupId,
      householdId: values.householdId.trim(),
      householdPovertyClass: values.householdPovertyClass ?? null,
      programmeCode: values.programmeCode,
      amount: values.amount,
      termMonths: values.termMonths,
      purpose: values.purpose.trim(),
      appliedOn: toIsoDate(values.appliedOn),
      jobsPromised: programme?.createsJobs && values.jobsPromised
        ? { count: values.jobsPromised.count, workerPersonIds: values.jobsPromised.workerPersonIds ?? [] }
        : null,
      overseasContract: programme?.eligibility.overseasContract && values.overseasContract
        ? {
            placementId: values.overseasContract.placementId.trim(),
            contractSignedOn: toIsoDate(values.overseasContract.contractSignedOn),
            validUntil: toIsoDate(values.overseasContract.validUntil),
          }
        : null,
    });

  const required = (vi: string, en: string) => ({ required: true, message: t(`Chưa nhập ${vi}`, `${en} is required`) });

  return (
    <>
      <PageHeader
        title={t('Nộp hồ sơ vay', 'Apply for a loan')}
        crumbs={[{ title: t('Khoản vay', 'Loans'), to: '/loans/list' }, { title: t('Nộp hồ sơ vay', 'Apply') }]}
      />
      <Card>
        <Form<ApplyForm>
          form={form}
          layout="vertical"
          name="loan-apply"
          initialValues={{ appliedOn: dayjs() }}
          onFinish={submit}
          disabled={apply.isPending}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="borrowerPersonId" label={t('Người vay', 'Borrower')} rules={[required('người vay', 'The borrower')]}>
                <PersonSearch onChange={(v) => typeof v === 'string' && onBorrower(v)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="savingsGroupId"
                label={t('Tổ tiết kiệm và vay vốn', 'Savings-and-loan group')}
                rules={[required('Tổ TK&VV', 'The group')]}
                validateStatus={notMember ? 'warning' : undefined}
                help={notMember ? t('Người vay chưa là thành viên của tổ này', 'The borrower is not a member of this group') : undefined}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={groups.isLoading}
                  options={groups.groups.map((g) => ({ value: g.groupId, label: g.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="householdId" label={t('Mã hộ gia đình', 'Household id')} rules={[required('mã hộ', 'The household id')]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="householdPovertyClass"
                label={t('Phân loại hộ (nếu biết)', 'Household class (if known)')}
              >
                <Select
                  allowClear
                  options={(Object.keys(POVERTY_CLASS) as PovertyClass[]).map((c) => ({ value: c, label: t(POVERTY_CLASS[c]) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="programmeCode" label={t('Chương trình cho vay', 'Loan programme')} rules={[required('chương trình', 'The programme')]}>
                <Select
                  loading={programmes.isLoading}
                  options={programmes.programmes.map((p) => ({ value: p.code, label: t(p.name) }))}
                />
              </Form.Item>
            </Col>
          </Row>
          {programme && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t(
                `Tối đa ${formatVnd(programme.maxAmount)}, ${programme.maxTermMonths} tháng; lãi suất ${formatRate(programme.annualRateBasisPoints, lang)}.`,
                `At most ${formatVnd(programme.maxAmount)}, ${programme.maxTermMonths} months; rate ${formatRate(programme.annualRateBasisPoints, lang)}.`,
              )}
              description={programme.legalBasis}
            />
          )}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="amount"
                label={t('Số tiền vay (đồng)', 'Amount (VND)')}
                rules={[
                  required('số tiền', 'The amount'),
                  wholeVndRule(t),
                  ...(programme
                    ? [{ type: 'number' as const, max: programme.maxAmount, message: t(`Tối đa ${formatVnd(programme.maxAmount)}`, `At most ${formatVnd(programme.maxAmount)}`) }]
                    : []),
                ]}
              >
                <MoneyInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="termMonths"
                label={t('Thời hạn vay (tháng)', 'Term (months)')}
                rules={[
                  required('thời hạn', 'The term'),
                  { type: 'integer', min: 1, max: programme?.maxTermMonths ?? 600, message: t(`Từ 1 đến ${programme?.maxTermMonths ?? 600} tháng`, `1 to ${programme?.maxTermMonths ?? 600} months`) },
                ]}
              >
                <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="appliedOn" label={t('Ngày nộp hồ sơ', 'Applied on')} rules={[required('ngày nộp', 'The date')]}>
                <DateField />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="purpose" label={t('Mục đích sử dụng vốn', 'Purpose')} rules={[required('mục đích', 'The purpose')]}>
                <Input.TextArea rows={2} maxLength={1000} showCount />
              </Form.Item>
            </Col>
            {programme?.createsJobs && (
              <>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['jobsPromised', 'count']}
                    label={t('Số việc làm cam kết tạo', 'Jobs promised')}
                    rules={[required('số việc làm', 'The number of jobs'), { type: 'integer', min: 1, message: t('Ít nhất 1', 'At least 1') }]}
                  >
                    <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={['jobsPromised', 'workerPersonIds']} label={t('Người lao động (nếu đã biết)', 'Workers (if known)')}>
                    <PersonSearch mode="multiple" />
                  </Form.Item>
                </Col>
              </>
            )}
            {programme?.eligibility.overseasContract && (
              <>
                <Col xs={24} md={8}>
                  <Form.Item name={['overseasContract', 'placementId']} label={t('Mã hồ sơ đi làm việc ở nước ngoài', 'Overseas placement id')} rules={[required('mã hồ sơ', 'The placement id')]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name={['overseasContract', 'contractSignedOn']} label={t('Ngày ký hợp đồng', 'Contract signed on')} rules={[required('ngày ký', 'The date')]}>
                    <DateField />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item name={['overseasContract', 'validUntil']} label={t('Hợp đồng có hiệu lực đến', 'Contract valid until')} rules={[required('ngày hết hạn', 'The date')]}>
                    <DateField />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void navigate(-1)}>{t('Huỷ', 'Cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={apply.isPending}>
              {t('Nộp hồ sơ', 'File the application')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
