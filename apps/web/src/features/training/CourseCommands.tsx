import { UserAddOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../core/i18n';
import { toIsoDate } from '../../core/format';
import { CommandModalButton } from '../../components/CommandModal';
import { JobSeekerPicker } from './people';

const INVALIDATE = ['/courses', '/training-follow-ups', '/job-seekers'];

/** "Ghi danh học viên": pick a job seeker by name; a full, closed or ended course's refusal shows in both languages. */
export function EnrolTraineeButton({ courseId }: { courseId: string }) {
  const { t } = useI18n();
  const required = { required: true, message: t('Bắt buộc', 'Required') };
  return (
    <CommandModalButton<{ jobSeekerId: string; enrolledOn: Dayjs }>
      label={t('Ghi danh học viên', 'Enrol a trainee')}
      title={t('Ghi danh học viên', 'Enrol a trainee')}
      testId="enrol-trainee"
      buttonProps={{ type: 'primary', icon: <UserAddOutlined /> }}
      path={`/courses/${courseId}/enrolments`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã ghi danh học viên', en: 'Trainee enrolled' }}
      initialValues={{ enrolledOn: dayjs() }}
      toBody={(v) => ({ jobSeekerId: v.jobSeekerId, enrolledOn: toIsoDate(v.enrolledOn) })}
    >
      <Form.Item name="jobSeekerId" label={t('Người tìm việc', 'Job seeker')} rules={[required]}>
        <JobSeekerPicker />
      </Form.Item>
      <Form.Item name="enrolledOn" label={t('Ngày ghi danh', 'Enrolled on')} rules={[required]}>
        <DateField />
      </Form.Item>
    </CommandModalButton>
  );
}

/** "Đóng khóa học": refused (with the names of who has not finished) while anyone is still in training. */
export function CloseCourseButton({ courseId }: { courseId: string }) {
  const { t } = useI18n();
  return (
    <CommandModalButton<{ on: Dayjs; note?: string }>
      label={t('Đóng khóa học', 'Close the course')}
      title={t('Đóng khóa học', 'Close the course')}
      testId="close-course"
      path={`/courses/${courseId}/close`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã đóng khóa học', en: 'Course closed' }}
      initialValues={{ on: dayjs() }}
      toBody={(v) => ({ on: toIsoDate(v.on), note: v.note ?? '' })}
    >
      <Form.Item
        name="on"
        label={t('Ngày đóng', 'Closed on')}
        rules={[{ required: true, message: t('Bắt buộc', 'Required') }]}
      >
        <DateField disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="note" label={t('Ghi chú', 'Note')} rules={[{ max: 300 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </CommandModalButton>
  );
}
