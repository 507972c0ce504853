import { PlusOutlined } from '@ant-design/icons';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { DateField } from '../../components/DateField';
import { UnitSelect } from '../../components/UnitSelect';
import { useAuth } from '../../core/auth';
import { useI18n } from '../../core/i18n';
import { toIsoDate } from '../../core/format';
import { CommandModalButton } from '../../components/CommandModal';
import { FUNDING, levelOptions } from './labels';
import { MoneyInput } from '../../components/MoneyInput';
import type { FundingSource, TrainingLevel } from './types';

interface Values {
  title: string;
  occupationCode: string;
  level: TrainingLevel;
  provider: string;
  venue: string;
  unitCode: string;
  startDate: Dayjs;
  endDate: Dayjs;
  places: number;
  fundingSource: FundingSource;
  fundingNote?: string;
  costPerTrainee: number;
}

/** "Mở khóa đào tạo": the open-course form (`POST /api/courses`), then the new course's page. */
export function OpenCourseButton() {
  const { t } = useI18n();
  const { homeUnit } = useAuth();
  const navigate = useNavigate();
  const required = { required: true, message: t('Bắt buộc', 'Required') };
  return (
    <CommandModalButton<Values, unknown, { courseId: string }>
      label={t('Mở khóa đào tạo', 'Open a course')}
      title={t('Mở khóa đào tạo', 'Open a training course')}
      testId="open-course"
      buttonProps={{ type: 'primary', icon: <PlusOutlined /> }}
      path="/courses"
      invalidate={['/courses']}
      success={{ vi: 'Đã mở khóa đào tạo', en: 'Course opened' }}
      initialValues={{
        unitCode: homeUnit ?? undefined,
        level: 'so_cap',
        fundingSource: 'rural_worker_support',
        places: 20,
      }}
      toBody={(v) => ({
        title: v.title,
        occupationCode: v.occupationCode,
        level: v.level,
        provider: v.provider,
        venue: v.venue,
        unitCode: v.unitCode,
        startDate: toIsoDate(v.startDate),
        endDate: toIsoDate(v.endDate),
        places: v.places,
        funding: { source: v.fundingSource, note: v.fundingNote ?? '' },
        costPerTrainee: v.costPerTrainee,
      })}
      onDone={(result) => navigate(`/courses/${result.courseId}`)}
    >
      <Form.Item name="title" label={t('Tên khóa học', 'Course title')} rules={[required, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name="occupationCode"
            label={t('Mã nghề', 'Occupation code')}
            rules={[required, { pattern: /^\d{1,5}$/, message: t('1–5 chữ số', '1–5 digits') }]}
          >
            <Input inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="level" label={t('Trình độ đào tạo', 'Training level')} rules={[required]}>
            <Select options={levelOptions(t)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="provider"
        label={t('Cơ sở đào tạo', 'Training provider')}
        rules={[required, { max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="venue" label={t('Địa điểm học', 'Venue')} rules={[required, { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="unitCode" label={t('Đơn vị', 'Unit')} rules={[required]}>
            <UnitSelect />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="startDate" label={t('Ngày bắt đầu', 'Start date')} rules={[required]}>
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="endDate"
            label={t('Ngày kết thúc', 'End date')}
            dependencies={['startDate']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | undefined) => {
                  const start = getFieldValue('startDate') as Dayjs | undefined;
                  return !value || !start || !value.isBefore(start, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('Không trước ngày bắt đầu', 'Not before the start date')));
                },
              }),
            ]}
          >
            <DateField />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="places" label={t('Số chỗ (chỉ tiêu)', 'Places')} rules={[required]}>
            <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="costPerTrainee"
            label={t('Chi phí / học viên (đồng)', 'Cost per trainee (VND)')}
            rules={[required]}
          >
            <MoneyInput step={100_000} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="fundingSource" label={t('Nguồn kinh phí', 'Funding source')} rules={[required]}>
        <Select
          options={(Object.keys(FUNDING) as FundingSource[]).map((value) => ({
            value,
            label: t(FUNDING[value]),
          }))}
        />
      </Form.Item>
      <Form.Item name="fundingNote" label={t('Ghi chú kinh phí', 'Funding note')} rules={[{ max: 300 }]}>
        <Input />
      </Form.Item>
    </CommandModalButton>
  );
}
