/** Form fields for the terms a vacancy may set when opened and change later (title, count, wage, …). */
import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../core/i18n';
import { EDUCATION_LABELS } from './labels';
import type { EducationLevel, Range } from './types';

const EDUCATION_LEVELS = Object.keys(EDUCATION_LABELS) as EducationLevel[];

/** The editable terms as the form holds them. */
export interface TermValues {
  title: string;
  count: number;
  wage?: { min?: number | null; max?: number | null };
  minEducation?: { level?: EducationLevel | null; hard?: boolean };
  skills?: string[];
  startDate?: Dayjs | null;
  closingDate?: Dayjs | null;
}

const thousands = (value: string | number | undefined) =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const digits = (value: string | undefined) => Number((value ?? '').replace(/\D/g, ''));

/** A whole-VND amount with thousand separators. */
export function VndInput(props: { id?: string; value?: number | null; onChange?: (v: number | null) => void }) {
  return (
    <InputNumber<number>
      {...props}
      min={1}
      step={500_000}
      formatter={thousands}
      parser={digits}
      suffix="₫"
      style={{ width: '100%' }}
    />
  );
}

/** `min ≤ max` for a pair of number fields named `[...path, 'min' | 'max']`. */
export function rangeRule(path: string[], message: string): Rule {
  return ({ getFieldValue }) => ({
    validator(_rule, value: number | null | undefined) {
      const min = getFieldValue([...path, 'min']) as number | null | undefined;
      if (value == null || min == null || min <= value) return Promise.resolve();
      return Promise.reject(new Error(message));
    },
  });
}

export function TermFields({ withCount = true }: { withCount?: boolean }) {
  const { t } = useI18n();
  const required = (vi: string, en: string): Rule => ({ required: true, message: t(vi, en) });
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item
          label={t('Tên vị trí', 'Title')}
          name="title"
          rules={[required('Nhập tên vị trí', 'Enter the title'), { max: 200, message: t('Tối đa 200 ký tự', 'At most 200 characters') }]}
        >
          <Input />
        </Form.Item>
      </Col>
      {withCount && (
        <Col xs={24} md={8}>
          <Form.Item label={t('Số lượng cần tuyển', 'Number wanted')} name="count" rules={[required('Nhập số lượng', 'Enter the count')]}>
            <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={12}>
        <Form.Item label={t('Lương tối thiểu (₫/tháng)', 'Minimum wage (VND/month)')} name={['wage', 'min']}>
          <VndInput />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('Lương tối đa (₫/tháng)', 'Maximum wage (VND/month)')}
          name={['wage', 'max']}
          dependencies={[['wage', 'min']]}
          rules={[rangeRule(['wage'], t('Lương tối đa phải không nhỏ hơn lương tối thiểu', 'The maximum must not be below the minimum'))]}
        >
          <VndInput />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('Trình độ học vấn tối thiểu', 'Minimum education')} name={['minEducation', 'level']}>
          <Select
            allowClear
            placeholder={t('Không yêu cầu', 'None required')}
            options={EDUCATION_LEVELS.map((level) => ({ value: level, label: t(EDUCATION_LABELS[level]) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('Trình độ là điều kiện bắt buộc', 'Education is a hard limit')}
          name={['minEducation', 'hard']}
          valuePropName="checked"
          tooltip={t('Bắt buộc: người dưới mức bị loại; không bắt buộc: chỉ trừ điểm', 'Hard: below it excludes; otherwise it only scores')}
        >
          <Checkbox>{t('Bắt buộc', 'Hard limit')}</Checkbox>
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label={t('Kỹ năng yêu cầu', 'Required skills')} name="skills" extra={t('Gõ rồi nhấn Enter để thêm', 'Type and press Enter to add')}>
          <Select mode="tags" tokenSeparators={[',', ';']} open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('Ngày bắt đầu làm việc', 'Start date')} name="startDate">
          <DateField />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('Hạn nộp hồ sơ', 'Closing date')} name="closingDate" rules={[required('Chọn hạn nộp hồ sơ', 'Pick the closing date')]}>
          <DateField disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Col>
    </Row>
  );
}

export const toRange = (r: { min?: number | null; max?: number | null } | undefined): Range => ({
  min: r?.min ?? null,
  max: r?.max ?? null,
});
