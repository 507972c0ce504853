/** Hard limits of a new vacancy: age, sex (only for a lawful reason) and an overseas order's conditions. */
import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../core/i18n';
import { useEmployers } from './hooks';
import {
  LANGUAGE_TEST_LABELS,
  LANGUAGE_TESTS,
  PROGRAMME_LABELS,
  SEX_LABELS,
  SEX_LIMIT_REASON_LABELS,
} from './labels';
import { rangeRule } from './TermFields';
import type { LanguageTest, OverseasProgramme, Sex, SexLimitReason } from './types';

export interface LimitValues {
  ageLimit?: { min?: number | null; max?: number | null };
  sexLimit?: { sex?: Sex | null; reason?: SexLimitReason | null };
  overseas?: {
    country?: string;
    programme?: OverseasProgramme;
    ageAtDeparture?: { min?: number | null; max?: number | null };
    languageTest?: { test?: LanguageTest | null; minimumLevel?: number | null };
    licensedEnterpriseId?: string;
    expectedDepartureDate?: Dayjs | null;
  };
}

function AgeFields({ path, low, labels }: { path: string[]; low: number; labels: [string, string] }) {
  const { t } = useI18n();
  const bounds = t(`Từ ${low} đến 70 tuổi`, `Between ${low} and 70`);
  const inRange: Rule = { type: 'number', min: low, max: 70, message: bounds };
  return (
    <>
      <Col xs={12} md={6}>
        <Form.Item label={labels[0]} name={[...path, 'min']} rules={[inRange]}>
          <InputNumber<number> min={0} max={120} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          label={labels[1]}
          name={[...path, 'max']}
          dependencies={[[...path, 'min']]}
          rules={[inRange, rangeRule(path, t('Tuổi tối đa phải không nhỏ hơn tuổi tối thiểu', 'The maximum age must not be below the minimum'))]}
        >
          <InputNumber<number> min={0} max={120} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </>
  );
}

export function SexLimitFields() {
  const { t } = useI18n();
  const sex = Form.useWatch(['sexLimit', 'sex']) as Sex | undefined;
  const reasons = Object.keys(SEX_LIMIT_REASON_LABELS) as SexLimitReason[];
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item label={t('Giới hạn giới tính', 'Sex limit')} name={['sexLimit', 'sex']}>
          <Select
            allowClear
            placeholder={t('Không giới hạn', 'No limit')}
            options={(['male', 'female'] as const).map((s) => ({ value: s, label: t(SEX_LABELS[s]) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('Lý do hợp pháp của giới hạn giới tính', 'Lawful reason for the sex limit')}
          name={['sexLimit', 'reason']}
          dependencies={[['sexLimit', 'sex']]}
          rules={[{ required: Boolean(sex), message: t('Chỉ được giới hạn giới tính khi có lý do hợp pháp', 'A sex limit needs a lawful reason') }]}
        >
          <Select
            allowClear
            disabled={!sex}
            options={reasons.map((r) => ({ value: r, label: t(SEX_LIMIT_REASON_LABELS[r]) }))}
          />
        </Form.Item>
      </Col>
    </>
  );
}

export function DomesticLimitFields() {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <AgeFields path={['ageLimit']} low={15} labels={[t('Tuổi tối thiểu', 'Minimum age'), t('Tuổi tối đa', 'Maximum age')]} />
      <SexLimitFields />
    </Row>
  );
}

export function OverseasFields() {
  const { t } = useI18n();
  const employers = useEmployers();
  const test = Form.useWatch(['overseas', 'languageTest', 'test']) as LanguageTest | undefined;
  const licensed = (employers.data ?? []).filter((e) => e.overseasLicenceNo);
  const programmes = Object.keys(PROGRAMME_LABELS) as OverseasProgramme[];
  const required = (vi: string, en: string): Rule => ({ required: true, message: t(vi, en) });
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t(
          'Đơn hàng đi làm việc ở nước ngoài do doanh nghiệp được cấp phép thực hiện (Luật 69/2020/QH14). Các điều kiện dưới đây là bắt buộc: người không đạt sẽ không được xếp hạng.',
          'An overseas order is run by a licensed placement enterprise (Law 69/2020/QH14). The conditions below are hard limits: people who fail them are not ranked.',
        )}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('Nước đến', 'Country')} name={['overseas', 'country']} rules={[required('Nhập nước đến', 'Enter the country')]}>
            <Input placeholder={t('vd. Hàn Quốc', 'e.g. Hàn Quốc')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('Chương trình', 'Programme')} name={['overseas', 'programme']} rules={[required('Chọn chương trình', 'Pick the programme')]}>
            <Select options={programmes.map((p) => ({ value: p, label: t(PROGRAMME_LABELS[p]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('Doanh nghiệp được cấp phép', 'Licensed enterprise')}
            name={['overseas', 'licensedEnterpriseId']}
            rules={[required('Chọn doanh nghiệp được cấp phép', 'Pick the licensed enterprise')]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={employers.isLoading}
              options={licensed.map((e) => ({ value: e.employerId, label: `${e.name} (${e.overseasLicenceNo})` }))}
              notFoundContent={t('Chưa có doanh nghiệp nào có giấy phép', 'No licensed enterprise yet')}
            />
          </Form.Item>
        </Col>
        <AgeFields
          path={['overseas', 'ageAtDeparture']}
          low={18}
          labels={[t('Tuổi tối thiểu khi xuất cảnh', 'Minimum age at departure'), t('Tuổi tối đa khi xuất cảnh', 'Maximum age at departure')]}
        />
        <Col xs={24} md={12}>
          <Form.Item label={t('Ngày dự kiến xuất cảnh', 'Expected departure date')} name={['overseas', 'expectedDepartureDate']}>
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('Chứng chỉ ngoại ngữ yêu cầu', 'Required language test')} name={['overseas', 'languageTest', 'test']}>
            <Select
              allowClear
              placeholder={t('Không yêu cầu', 'None required')}
              options={LANGUAGE_TESTS.map((l) => ({ value: l, label: t(LANGUAGE_TEST_LABELS[l]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('Mức tối thiểu (theo thang của bài thi)', 'Minimum level (on the test’s scale)')}
            name={['overseas', 'languageTest', 'minimumLevel']}
            dependencies={[['overseas', 'languageTest', 'test']]}
            rules={[{ required: Boolean(test), message: t('Nhập mức tối thiểu', 'Enter the minimum level') }]}
          >
            <InputNumber<number> min={0.01} disabled={!test} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <SexLimitFields />
      </Row>
    </>
  );
}
