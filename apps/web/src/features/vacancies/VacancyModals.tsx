/** Edit (PATCH) and close a vacancy, each in a modal form. */
import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { DateField } from '../../components/DateField';
import { fromIsoDate, toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { CommandModal } from '../../components/CommandModal';
import { TermFields, toRange, type TermValues } from './TermFields';
import type { VacancyDetails } from './types';

interface ModalProps {
  vacancy: VacancyDetails;
  open: boolean;
  onClose: () => void;
}

const termsToForm = (v: VacancyDetails): TermValues => ({
  title: v.terms.title,
  count: v.terms.count,
  wage: v.terms.wage,
  minEducation: v.terms.minEducation ?? { level: null, hard: false },
  skills: v.terms.skills,
  startDate: fromIsoDate(v.terms.startDate) ?? null,
  closingDate: fromIsoDate(v.terms.closingDate) ?? null,
});

export function EditVacancyModal({ vacancy, open, onClose }: ModalProps) {
  const { t } = useI18n();
  if (!open) return null;
  return (
    <CommandModal<TermValues>
      title={t('Sửa vị trí việc làm', 'Edit the vacancy')}
      path={`/vacancies/${vacancy.vacancyId}`}
      method="PATCH"
      invalidate={['/vacancies', '/job-seekers']}
      success={{ vi: 'Đã cập nhật vị trí việc làm', en: 'Vacancy updated' }}
      onClose={onClose}
      width={760}
      initialValues={() => termsToForm(vacancy)}
      toBody={(v) => ({
        title: v.title.trim(),
        count: v.count,
        wage: toRange(v.wage),
        minEducation: v.minEducation?.level ? { level: v.minEducation.level, hard: Boolean(v.minEducation.hard) } : null,
        skills: (v.skills ?? []).map((s) => s.trim()).filter(Boolean),
        startDate: toIsoDate(v.startDate) ?? null,
        closingDate: toIsoDate(v.closingDate),
      })}
    >
      <TermFields />
    </CommandModal>
  );
}

interface CloseValues {
  on: dayjs.Dayjs;
  reason: string;
}

export function CloseVacancyModal({ vacancy, open, onClose }: ModalProps) {
  const { t } = useI18n();
  if (!open) return null;
  return (
    <CommandModal<CloseValues>
      title={t('Đóng vị trí việc làm', 'Close the vacancy')}
      path={`/vacancies/${vacancy.vacancyId}/close`}
      invalidate={['/vacancies', '/job-seekers']}
      success={{ vi: 'Đã đóng vị trí việc làm', en: 'Vacancy closed' }}
      onClose={onClose}
      okText={t('Đóng vị trí', 'Close vacancy')}
      okDanger
      initialValues={() => ({ on: dayjs() })}
      toBody={(v) => ({ on: toIsoDate(v.on), reason: v.reason.trim() })}
    >
      <p>{t('Sau khi đóng, không giới thiệu thêm người vào vị trí này.', 'Once closed, no more people can be referred.')}</p>
      <Form.Item label={t('Ngày đóng', 'Closing on')} name="on" rules={[{ required: true, message: t('Chọn ngày', 'Pick the date') }]}>
        <DateField />
      </Form.Item>
      <Form.Item
        label={t('Lý do', 'Reason')}
        name="reason"
        rules={[
          { required: true, whitespace: true, message: t('Nhập lý do', 'Enter the reason') },
          { max: 300, message: t('Tối đa 300 ký tự', 'At most 300 characters') },
        ]}
      >
        <Input.TextArea rows={2} placeholder={t('vd. Nhà tuyển dụng dừng tuyển', 'e.g. The employer stopped hiring')} />
      </Form.Item>
    </CommandModal>
  );
}
