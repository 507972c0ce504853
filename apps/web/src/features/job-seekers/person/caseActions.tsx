import { Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DateField } from '../../../components/DateField';
import { toIsoDate } from '../../../core/format';
import { useI18n } from '../../../core/i18n';
import { LABOUR_STATUS, TOPICS, optionsOf } from '../labels';
import { CommandModalButton } from '../../../components/CommandModal';
import { CASE_MODAL } from '../useCaseCommand';

const today = () => dayjs();
const required = (message: string) => [{ required: true, message }];

/** "Ghi buổi tư vấn": date, topics, notes, next steps, follow-up date. */
export function LogConsultationButton({ personId }: { personId: string }) {
  const { t } = useI18n();
  interface V {
    date: Dayjs;
    topics: string[];
    notes?: string;
    nextSteps?: string;
    followUpOn?: Dayjs;
  }
  return (
    <CommandModalButton<V>
      {...CASE_MODAL}
      label={t('Ghi buổi tư vấn', 'Log a consultation')}
      buttonType="primary"
      path={`/job-seekers/${personId}/consultations`}
      success={{ vi: 'Đã ghi buổi tư vấn', en: 'Consultation logged' }}
      initialValues={() => ({ date: today(), topics: [] })}
      toBody={(v) => ({
        date: toIsoDate(v.date),
        topics: v.topics,
        notes: v.notes?.trim() ?? '',
        nextSteps: v.nextSteps?.trim() ?? '',
        followUpOn: toIsoDate(v.followUpOn) ?? null,
      })}
    >
      {() => (
        <>
          <Form.Item
            name="date"
            label={t('Ngày tư vấn', 'Consultation date')}
            rules={required(t('Nhập ngày tư vấn', 'Enter the date'))}
          >
            <DateField />
          </Form.Item>
          <Form.Item
            name="topics"
            label={t('Nội dung tư vấn', 'Topics')}
            rules={[
              {
                required: true,
                type: 'array',
                min: 1,
                message: t('Chọn ít nhất một nội dung', 'Choose at least one topic'),
              },
            ]}
          >
            <Select mode="multiple" options={optionsOf(TOPICS, t)} />
          </Form.Item>
          <Form.Item name="notes" label={t('Ghi chú', 'Notes')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="nextSteps" label={t('Bước tiếp theo', 'Next steps')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name="followUpOn"
            label={t('Ngày hẹn theo dõi', 'Follow-up date')}
            dependencies={['date']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs) => {
                  const date = getFieldValue('date') as Dayjs | undefined;
                  return value && date && value.isBefore(date, 'day')
                    ? Promise.reject(
                        new Error(
                          t(
                            'Ngày hẹn theo dõi phải từ ngày tư vấn trở đi',
                            'The follow-up must be on or after the consultation',
                          ),
                        ),
                      )
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DateField />
          </Form.Item>
        </>
      )}
    </CommandModalButton>
  );
}

/** "Ghi tình trạng việc làm": status and as-of date. */
export function RecordLabourStatusButton({ personId, current }: { personId: string; current?: string }) {
  const { t } = useI18n();
  interface V {
    status: string;
    asOf: Dayjs;
  }
  return (
    <CommandModalButton<V>
      {...CASE_MODAL}
      label={t('Ghi tình trạng việc làm', 'Record labour status')}
      path={`/job-seekers/${personId}/labour-status`}
      success={{ vi: 'Đã ghi tình trạng việc làm', en: 'Labour status recorded' }}
      initialValues={() => ({ asOf: today(), status: current })}
      toBody={(v) => ({ status: v.status, asOf: toIsoDate(v.asOf) })}
    >
      {() => (
        <>
          <Form.Item
            name="status"
            label={t('Tình trạng việc làm', 'Labour status')}
            rules={required(t('Chọn tình trạng', 'Choose the status'))}
          >
            <Select options={optionsOf(LABOUR_STATUS, t, ['unknown'])} />
          </Form.Item>
          <Form.Item
            name="asOf"
            label={t('Ngày ghi nhận', 'Status date')}
            rules={required(t('Nhập ngày ghi nhận', 'Enter the date'))}
          >
            <DateField />
          </Form.Item>
        </>
      )}
    </CommandModalButton>
  );
}

export const CLOSE_REASONS = {
  moved_away: { vi: 'Chuyển đi nơi khác', en: 'Moved away' },
  no_longer_seeking: { vi: 'Không còn nhu cầu tìm việc', en: 'No longer seeking work' },
  working_abroad: { vi: 'Đi làm việc ở nước ngoài', en: 'Working abroad' },
  deceased: { vi: 'Đã qua đời', en: 'Deceased' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
};

/** "Đóng hồ sơ" / "Mở lại hồ sơ". */
export function CloseReopenButton({ personId, closed }: { personId: string; closed: boolean }) {
  const { t } = useI18n();
  if (closed) {
    return (
      <CommandModalButton<{ on: Dayjs }>
      {...CASE_MODAL}
        label={t('Mở lại hồ sơ', 'Reopen the case')}
        path={`/job-seekers/${personId}/reopen`}
        success={{ vi: 'Đã mở lại hồ sơ', en: 'Case reopened' }}
        initialValues={() => ({ on: today() })}
        toBody={(v) => ({ on: toIsoDate(v.on) })}
      >
        {() => (
          <Form.Item
            name="on"
            label={t('Ngày mở lại', 'Reopened on')}
            rules={required(t('Nhập ngày', 'Enter the date'))}
          >
            <DateField />
          </Form.Item>
        )}
      </CommandModalButton>
    );
  }
  return (
    <CommandModalButton<{ on: Dayjs; reason: string }>
      {...CASE_MODAL}
      label={t('Đóng hồ sơ', 'Close the case')}
      danger
      path={`/job-seekers/${personId}/close`}
      success={{ vi: 'Đã đóng hồ sơ', en: 'Case closed' }}
      initialValues={() => ({ on: today() })}
      toBody={(v) => ({ on: toIsoDate(v.on), reason: v.reason })}
    >
      {() => (
        <>
          <Form.Item
            name="on"
            label={t('Ngày đóng', 'Closed on')}
            rules={required(t('Nhập ngày', 'Enter the date'))}
          >
            <DateField />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('Lý do đóng hồ sơ', 'Reason')}
            rules={required(t('Chọn lý do', 'Choose a reason'))}
          >
            <Select options={optionsOf(CLOSE_REASONS, t)} />
          </Form.Item>
        </>
      )}
    </CommandModalButton>
  );
}
