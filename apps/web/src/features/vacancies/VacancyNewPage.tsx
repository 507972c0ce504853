import { Button, Card, Col, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect, useMyUnits, type OrgUnit } from '../../components/UnitSelect';
import { toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useCommand } from '../../core/query';
import { useEmployers } from './hooks';
import { DomesticLimitFields, OverseasFields, type LimitValues } from './LimitFields';
import { TermFields, toRange, type TermValues } from './TermFields';

type Kind = 'domestic' | 'abroad';

interface FormValues extends TermValues, LimitValues {
  kind: Kind;
  employerId: string;
  occupationCode: string;
  /** A village or commune of the unit tree. */
  place?: string;
  provinceCode?: string;
}

const Heading = ({ children }: { children: string }) => (
  <Typography.Title level={2} style={{ fontSize: 17, marginTop: 0 }}>
    {children}
  </Typography.Title>
);

function toBody(v: FormValues, units: OrgUnit[]) {
  const abroad = v.kind === 'abroad';
  const unit = units.find((u) => u.code === v.place);
  const o = v.overseas;
  return {
    employerId: v.employerId,
    occupationCode: v.occupationCode.trim(),
    title: v.title.trim(),
    count: v.count,
    place: abroad
      ? null
      : {
          villageCode: unit?.level === 'village' ? unit.code : null,
          communeCode: unit && unit.level !== 'village' ? unit.code : null,
          provinceCode: v.provinceCode?.trim() || null,
        },
    wage: toRange(v.wage),
    minEducation: v.minEducation?.level ? { level: v.minEducation.level, hard: Boolean(v.minEducation.hard) } : null,
    ageLimit: !abroad && (v.ageLimit?.min != null || v.ageLimit?.max != null) ? toRange(v.ageLimit) : null,
    sexLimit: v.sexLimit?.sex && v.sexLimit.reason ? { sex: v.sexLimit.sex, reason: v.sexLimit.reason } : null,
    skills: (v.skills ?? []).map((s) => s.trim()).filter(Boolean),
    startDate: toIsoDate(v.startDate) ?? null,
    closingDate: toIsoDate(v.closingDate),
    overseas:
      abroad && o
        ? {
            country: o.country?.trim(),
            programme: o.programme,
            ageAtDeparture: toRange(o.ageAtDeparture),
            languageTest:
              o.languageTest?.test && o.languageTest.minimumLevel != null
                ? { test: o.languageTest.test, minimumLevel: o.languageTest.minimumLevel }
                : null,
            licensedEnterpriseId: o.licensedEnterpriseId,
            expectedDepartureDate: toIsoDate(o.expectedDepartureDate) ?? null,
          }
        : null,
  };
}

export function VacancyNewPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form) ?? 'domestic';
  const employers = useEmployers();
  const units = useMyUnits();
  const open = useCommand<ReturnType<typeof toBody>, { vacancyId: string }>({
    path: '/vacancies',
    form,
    invalidate: ['/vacancies'],
    success: { vi: 'Đã mở vị trí việc làm', en: 'Vacancy opened' },
    onSuccess: (result) => void navigate(`/vacancies/${result.vacancyId}`),
  });
  const required = (vi: string, en: string) => [{ required: true, message: t(vi, en) }];

  return (
    <>
      <PageHeader
        title={t('Mở vị trí việc làm', 'Open a vacancy')}
        crumbs={[{ title: t('Vị trí việc làm', 'Vacancies'), to: '/vacancies' }, { title: t('Mở mới', 'New') }]}
      />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'domestic', count: 1, skills: [], minEducation: { hard: false } }}
        onFinish={(values) => open.mutate(toBody(values, units.data ?? []))}
        scrollToFirstError
      >
        <Card style={{ marginBottom: 16 }}>
          <Heading>{t('Vị trí và nhà tuyển dụng', 'Vacancy and employer')}</Heading>
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item label={t('Loại vị trí', 'Kind')} name="kind">
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'domestic', label: t('Trong nước', 'Domestic') },
                    { value: 'abroad', label: t('Đơn hàng nước ngoài', 'Overseas order') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item label={t('Nhà tuyển dụng', 'Employer')} name="employerId" rules={required('Chọn nhà tuyển dụng', 'Pick the employer')}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={employers.isLoading}
                  options={(employers.data ?? []).map((e) => ({ value: e.employerId, label: e.name }))}
                  notFoundContent={<Link to="/employers">{t('Đăng ký nhà tuyển dụng trước', 'Register the employer first')}</Link>}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('Mã nghề (QĐ 34/2020/QĐ-TTg)', 'Occupation code (QĐ 34/2020/QĐ-TTg)')}
                name="occupationCode"
                rules={[
                  ...required('Nhập mã nghề', 'Enter the occupation code'),
                  { pattern: /^\d{1,5}$/, message: t('Mã nghề gồm 1–5 chữ số', 'An occupation code has 1–5 digits') },
                ]}
              >
                <Input inputMode="numeric" maxLength={5} placeholder="7212" />
              </Form.Item>
            </Col>
          </Row>
          <TermFields />
        </Card>
        {kind === 'domestic' ? (
          <Card style={{ marginBottom: 16 }}>
            <Heading>{t('Nơi làm việc và điều kiện', 'Workplace and limits')}</Heading>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  label={t('Nơi làm việc (thôn hoặc xã)', 'Workplace (village or commune)')}
                  name="place"
                  dependencies={['provinceCode']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_r, value?: string) =>
                        value || getFieldValue('provinceCode')
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('Chọn nơi làm việc hoặc nhập mã tỉnh', 'Pick the workplace or enter a province code'))),
                    }),
                  ]}
                >
                  <UnitSelect allowClear levels={['village', 'commune']} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  label={t('Mã tỉnh (khi nơi làm việc ngoài địa bàn)', 'Province code (workplace outside your area)')}
                  name="provinceCode"
                >
                  <Input maxLength={10} />
                </Form.Item>
              </Col>
            </Row>
            <DomesticLimitFields />
          </Card>
        ) : (
          <Card style={{ marginBottom: 16 }}>
            <Heading>{t('Điều kiện đơn hàng nước ngoài', 'Overseas order conditions')}</Heading>
            <OverseasFields />
          </Card>
        )}
        <Flex gap={8} justify="flex-end" wrap="wrap">
          <Button onClick={() => void navigate('/vacancies')}>{t('Huỷ', 'Cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={open.isPending}>
            {t('Lưu', 'Save')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
