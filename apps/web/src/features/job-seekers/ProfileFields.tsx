import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateField } from '../../components/DateField';
import { UnitSelect } from '../../components/UnitSelect';
import { toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { citizenIdProblem } from './citizenId';
import { EDUCATION, SEX, optionsOf } from './labels';
import type { EducationLevel, JobSeekerProfile, Sex } from './types';

/** The profile form's values (dates as dayjs). */
export interface ProfileFormValues {
  fullName: string;
  citizenId?: string;
  dateOfBirth?: Dayjs;
  sex?: Sex;
  villageCode?: string;
  phone?: string;
  address?: string;
  educationLevel?: EducationLevel;
  occupationCodes?: string[];
  skills?: string[];
  desiredWage?: number | null;
  willingToWorkAway?: boolean;
  willingToGoAbroad?: boolean;
}

/** Form values → the API's profile fields (no CCCD). */
export function profileBody(values: ProfileFormValues): Omit<JobSeekerProfile, 'citizenId' | 'householdId'> {
  return {
    fullName: values.fullName?.trim(),
    dateOfBirth: toIsoDate(values.dateOfBirth)!,
    sex: values.sex!,
    villageCode: values.villageCode!,
    phone: values.phone?.trim() ? values.phone.trim() : null,
    address: values.address?.trim() ? values.address.trim() : null,
    educationLevel: values.educationLevel!,
    occupationCodes: values.occupationCodes ?? [],
    skills: (values.skills ?? []).map((s) => s.trim()).filter(Boolean),
    desiredWage: values.desiredWage ?? null,
    willingToWorkAway: values.willingToWorkAway ?? false,
    willingToGoAbroad: values.willingToGoAbroad ?? false,
  };
}

const PHONE = /^\+?[0-9 .-]{8,15}$/;
const OCCUPATION_CODE = /^\d{1,5}$/;

/**
 * The job seeker's profile fields. With `withCitizenId` (registration) the CCCD field is checked as
 * the user types, against the date of birth and sex too, as the server does.
 */
export function ProfileFields({ withCitizenId }: { withCitizenId: boolean }) {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="fullName"
          label={t('Họ và tên', 'Full name')}
          rules={[
            { required: true, whitespace: true, message: t('Nhập họ và tên', 'Enter the full name') },
            { max: 120, message: t('Tối đa 120 ký tự', 'At most 120 characters') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      {withCitizenId && (
        <Col xs={24} md={12}>
          <Form.Item
            name="citizenId"
            label={t('Số CCCD', 'Citizen ID (CCCD)')}
            dependencies={['dateOfBirth', 'sex']}
            rules={[
              { required: true, message: t('Nhập số CCCD', 'Enter the citizen ID') },
              ({ getFieldValue }) => ({
                validator: (_, value?: string) => {
                  if (!value) return Promise.resolve();
                  const problem = citizenIdProblem(value.trim(), {
                    dateOfBirth: toIsoDate(getFieldValue('dateOfBirth') as Dayjs | undefined),
                    sex: getFieldValue('sex') as Sex | undefined,
                  });
                  return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
                },
              }),
            ]}
          >
            <Input inputMode="numeric" maxLength={12} autoComplete="off" />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={8}>
        <Form.Item
          name="dateOfBirth"
          label={t('Ngày sinh', 'Date of birth')}
          rules={[{ required: true, message: t('Nhập ngày sinh', 'Enter the date of birth') }]}
        >
          <DateField />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="sex"
          label={t('Giới tính', 'Sex')}
          rules={[{ required: true, message: t('Chọn giới tính', 'Choose the sex') }]}
        >
          <Select options={optionsOf(SEX, t)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="villageCode"
          label={t('Thôn', 'Village')}
          rules={[{ required: true, message: t('Chọn thôn', 'Choose the village') }]}
        >
          <UnitSelect levels={['village']} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="phone"
          label={t('Số điện thoại', 'Phone')}
          rules={[{ pattern: PHONE, message: t('Số điện thoại không hợp lệ', 'Invalid phone number') }]}
        >
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name="address"
          label={t('Địa chỉ', 'Address')}
          rules={[{ max: 300, message: t('Tối đa 300 ký tự', 'At most 300 characters') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="educationLevel"
          label={t('Trình độ học vấn', 'Education level')}
          rules={[{ required: true, message: t('Chọn trình độ học vấn', 'Choose the education level') }]}
        >
          <Select options={optionsOf(EDUCATION, t)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="occupationCodes"
          label={t('Mã nghề mong muốn (QĐ 34/2020)', 'Occupation codes (QĐ 34/2020)')}
          extra={t(
            '1 đến 5 chữ số, ví dụ 7212; nhấn Enter sau mỗi mã',
            '1 to 5 digits, e.g. 7212; press Enter after each',
          )}
          rules={[
            {
              validator: (_, value?: string[]) =>
                (value ?? []).every((c) => OCCUPATION_CODE.test(c))
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(t('Mã nghề gồm 1 đến 5 chữ số', 'An occupation code has 1 to 5 digits')),
                    ),
            },
          ]}
        >
          <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="desiredWage"
          label={t('Mức lương mong muốn (đồng/tháng)', 'Desired wage (VND/month)')}
        >
          <InputNumber<number>
            min={0}
            step={500000}
            precision={0}
            style={{ width: '100%' }}
            formatter={(v) =>
              v === undefined || v === null ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
            }
            parser={(v) => {
              const digits = (v ?? '').replace(/\D/g, '');
              return (digits ? Number(digits) : null) as number;
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="skills"
          label={t('Kỹ năng', 'Skills')}
          extra={t('Nhấn Enter sau mỗi kỹ năng', 'Press Enter after each skill')}
        >
          <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="willingToWorkAway"
          valuePropName="checked"
          label={t('Nguyện vọng làm việc xa nhà', 'Willing to work away from home')}
        >
          <Checkbox>{t('Sẵn sàng đi làm xa nhà', 'Willing to work away')}</Checkbox>
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="willingToGoAbroad"
          valuePropName="checked"
          label={t('Nguyện vọng đi làm việc ở nước ngoài', 'Willing to work abroad')}
        >
          <Checkbox>{t('Sẵn sàng đi làm việc ở nước ngoài', 'Willing to go abroad')}</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
