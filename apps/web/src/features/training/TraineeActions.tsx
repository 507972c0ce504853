import { Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../core/i18n';
import { toIsoDate } from '../../core/format';
import { CommandModalButton } from '../../components/CommandModal';
import { CHECKPOINTS, LEVELS } from './labels';
import type { Checkpoint, TrainingLevel } from './types';

/** Every course command refreshes the course, the list, follow-ups and the person's record. */
const INVALIDATE = ['/courses', '/training-follow-ups', '/job-seekers'];
const small = { size: 'small' as const };

interface TraineeProps {
  courseId: string;
  jobSeekerId: string;
  name: string;
}

function useRequired() {
  const { t } = useI18n();
  return { required: true, message: t('Bắt buộc', 'Required') };
}

function DateItem({ name, label }: { name: string; label: string }) {
  const required = useRequired();
  return (
    <Form.Item name={name} label={label} rules={[required]}>
      <DateField disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
    </Form.Item>
  );
}

export function AttendanceButton({ courseId, jobSeekerId, name }: TraineeProps) {
  const { t } = useI18n();
  const required = useRequired();
  return (
    <CommandModalButton<{ milestone: string; date: Dayjs; attendancePercent: number }>
      label={t('Chuyên cần', 'Attendance')}
      title={`${t('Ghi mốc chuyên cần', 'Record attendance')} — ${name}`}
      buttonProps={small}
      path={`/courses/${courseId}/attendance`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã ghi mốc chuyên cần', en: 'Attendance recorded' }}
      initialValues={{ date: dayjs() }}
      toBody={(v) => ({
        jobSeekerId,
        milestone: v.milestone,
        date: toIsoDate(v.date),
        attendancePercent: v.attendancePercent,
      })}
    >
      <Form.Item
        name="milestone"
        label={t('Mốc (ví dụ: giữa khóa)', 'Milestone (e.g. mid-course)')}
        rules={[required, { max: 60 }]}
      >
        <Input />
      </Form.Item>
      <DateItem name="date" label={t('Ngày', 'Date')} />
      <Form.Item
        name="attendancePercent"
        label={t('Tỷ lệ chuyên cần (%)', 'Attendance (%)')}
        rules={[required]}
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </CommandModalButton>
  );
}

export function CompleteButton({ courseId, jobSeekerId, name }: TraineeProps) {
  const { t } = useI18n();
  return (
    <CommandModalButton<{ completedOn: Dayjs }>
      label={t('Hoàn thành', 'Completed')}
      title={`${t('Ghi hoàn thành khóa học', 'Record completion')} — ${name}`}
      buttonProps={small}
      path={`/courses/${courseId}/completions`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã ghi hoàn thành', en: 'Completion recorded' }}
      initialValues={{ completedOn: dayjs() }}
      toBody={(v) => ({ jobSeekerId, completedOn: toIsoDate(v.completedOn) })}
    >
      <DateItem name="completedOn" label={t('Ngày hoàn thành', 'Completed on')} />
    </CommandModalButton>
  );
}

export function DropoutButton({ courseId, jobSeekerId, name }: TraineeProps) {
  const { t } = useI18n();
  const required = useRequired();
  return (
    <CommandModalButton<{ on: Dayjs; reason: string }>
      label={t('Bỏ học', 'Dropped out')}
      title={`${t('Ghi bỏ học', 'Record dropout')} — ${name}`}
      buttonProps={{ ...small, danger: true }}
      path={`/courses/${courseId}/dropouts`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã ghi bỏ học', en: 'Dropout recorded' }}
      initialValues={{ on: dayjs() }}
      toBody={(v) => ({ jobSeekerId, on: toIsoDate(v.on), reason: v.reason })}
    >
      <DateItem name="on" label={t('Ngày bỏ học', 'Dropped out on')} />
      <Form.Item name="reason" label={t('Lý do', 'Reason')} rules={[required, { max: 300 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </CommandModalButton>
  );
}

export function CertificateButton({
  courseId,
  jobSeekerId,
  name,
  level,
}: TraineeProps & { level: TrainingLevel }) {
  const { t } = useI18n();
  const required = useRequired();
  const allowed = (Object.keys(LEVELS) as TrainingLevel[]).slice(0, Object.keys(LEVELS).indexOf(level) + 1);
  return (
    <CommandModalButton<{ certificateNumber: string; level: TrainingLevel; issuedOn: Dayjs }>
      label={t('Cấp chứng chỉ', 'Certificate')}
      title={`${t('Cấp chứng chỉ', 'Issue a certificate')} — ${name}`}
      buttonProps={small}
      path={`/courses/${courseId}/certificates`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã cấp chứng chỉ', en: 'Certificate issued' }}
      initialValues={{ issuedOn: dayjs(), level }}
      toBody={(v) => ({
        jobSeekerId,
        certificateNumber: v.certificateNumber,
        level: v.level,
        issuedOn: toIsoDate(v.issuedOn),
      })}
    >
      <Form.Item
        name="certificateNumber"
        label={t('Số chứng chỉ', 'Certificate number')}
        rules={[required, { max: 60 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="level" label={t('Trình độ', 'Level')} rules={[required]}>
        <Select options={allowed.map((value) => ({ value, label: t(LEVELS[value]) }))} />
      </Form.Item>
      <DateItem name="issuedOn" label={t('Ngày cấp', 'Issued on')} />
    </CommandModalButton>
  );
}

interface OutcomeValues {
  checkpoint: Checkpoint;
  date: Dayjs;
  employed: boolean;
  inTrainedOccupation?: boolean;
  note?: string;
}

/** The 3- or 6-month post-training outcome (`POST /api/courses/:id/outcomes`). */
export function OutcomeButton({
  courseId,
  jobSeekerId,
  name,
  checkpoint,
  primary,
}: TraineeProps & { checkpoint: Checkpoint; primary?: boolean }) {
  const { t } = useI18n();
  const required = useRequired();
  const yesNo = [
    { value: true, label: t('Có', 'Yes') },
    { value: false, label: t('Không', 'No') },
  ];
  return (
    <CommandModalButton<OutcomeValues>
      label={t('Ghi kết quả', 'Record outcome')}
      title={`${t('Kết quả sau đào tạo', 'Post-training outcome')} — ${name}`}
      buttonProps={{ ...small, type: primary ? 'primary' : 'default' }}
      testId="record-outcome"
      path={`/courses/${courseId}/outcomes`}
      invalidate={INVALIDATE}
      success={{ vi: 'Đã ghi kết quả sau đào tạo', en: 'Outcome recorded' }}
      initialValues={{ checkpoint, date: dayjs() }}
      toBody={(v) => ({
        jobSeekerId,
        checkpoint: v.checkpoint,
        date: toIsoDate(v.date),
        employed: v.employed,
        inTrainedOccupation: v.employed ? (v.inTrainedOccupation ?? false) : false,
        note: v.note ?? '',
      })}
    >
      <Form.Item name="checkpoint" label={t('Mốc theo dõi', 'Checkpoint')} rules={[required]}>
        <Select
          options={(Object.keys(CHECKPOINTS) as Checkpoint[]).map((value) => ({
            value,
            label: t(CHECKPOINTS[value]),
          }))}
        />
      </Form.Item>
      <DateItem name="date" label={t('Ngày theo dõi', 'Date')} />
      <Form.Item name="employed" label={t('Có việc làm?', 'Employed?')} rules={[required]}>
        <Radio.Group options={yesNo} />
      </Form.Item>
      <Form.Item noStyle dependencies={['employed']}>
        {({ getFieldValue }) =>
          getFieldValue('employed') === true && (
            <Form.Item
              name="inTrainedOccupation"
              label={t('Làm đúng nghề đã học?', 'In the trained occupation?')}
              rules={[required]}
            >
              <Radio.Group options={yesNo} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="note" label={t('Ghi chú', 'Note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </CommandModalButton>
  );
}
