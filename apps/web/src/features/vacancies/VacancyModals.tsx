/** Edit (PATCH) and close a vacancy, each in a modal form. */
import { Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { DateField } from '../../components/DateField';
import { fromIsoDate, toIsoDate } from '../../core/format';
import { useI18n } from '../../core/i18n';
import { useCommand } from '../../core/query';
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
  const [form] = Form.useForm<TermValues>();
  useEffect(() => {
    if (open) form.setFieldsValue(termsToForm(vacancy));
  }, [open, vacancy, form]);
  const update = useCommand({
    path: `/vacancies/${vacancy.vacancyId}`,
    method: 'PATCH',
    form,
    invalidate: ['/vacancies', '/job-seekers'],
    success: { vi: 'Đã cập nhật vị trí việc làm', en: 'Vacancy updated' },
    onSuccess: onClose,
  });
  const submit = (v: TermValues) =>
    update.mutate({
      title: v.title.trim(),
      count: v.count,
      wage: toRange(v.wage),
      minEducation: v.minEducation?.level ? { level: v.minEducation.level, hard: Boolean(v.minEducation.hard) } : null,
      skills: (v.skills ?? []).map((s) => s.trim()).filter(Boolean),
      startDate: toIsoDate(v.startDate) ?? null,
      closingDate: toIsoDate(v.closingDate),
    });
  return (
    <Modal
      open={open}
      title={t('Sửa vị trí việc làm', 'Edit the vacancy')}
      okText={t('Lưu', 'Save')}
      cancelText={t('Hủy', 'Cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      width={760}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <TermFields />
      </Form>
    </Modal>
  );
}

interface CloseValues {
  on: dayjs.Dayjs;
  reason: string;
}

export function CloseVacancyModal({ vacancy, open, onClose }: ModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<CloseValues>();
  const close = useCommand<{ on?: string; reason: string }>({
    path: `/vacancies/${vacancy.vacancyId}/close`,
    form,
    invalidate: ['/vacancies', '/job-seekers'],
    success: { vi: 'Đã đóng vị trí việc làm', en: 'Vacancy closed' },
    onSuccess: onClose,
  });
  return (
    <Modal
      open={open}
      title={t('Đóng vị trí việc làm', 'Close the vacancy')}
      okText={t('Đóng vị trí', 'Close vacancy')}
      okButtonProps={{ danger: true }}
      cancelText={t('Hủy', 'Cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={close.isPending}
      forceRender
    >
      <p>{t('Sau khi đóng, không giới thiệu thêm người vào vị trí này.', 'Once closed, no more people can be referred.')}</p>
      <Form<CloseValues>
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs() }}
        onFinish={(v) => close.mutate({ on: toIsoDate(v.on), reason: v.reason.trim() })}
      >
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
      </Form>
    </Modal>
  );
}
