import { EyeOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../core/format';
import { useT } from '../../core/i18n';
import { useCommand } from '../../core/query';
import type { ReportParams, SubmitResult } from './types';

function periodText(params: ReportParams, t: ReturnType<typeof useT>): string {
  return params.kind === 'annual'
    ? t(`báo cáo năm ${params.year}`, `the annual report ${params.year}`)
    : t(`báo cáo tháng ${params.month}/${params.year}`, `the monthly report ${params.month}/${params.year}`);
}

/** Submits (freezes) the report on screen with an optional note; a second submission is refused (409). */
export function SubmitReport({
  params,
  unitName,
  onSubmitted,
  onShowSubmitted,
}: {
  params: ReportParams;
  unitName: string;
  onSubmitted(result: SubmitResult): void;
  /** Shows the report already submitted (after a 409). */
  onShowSubmitted(): void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note?: string }>();
  const submit = useCommand<Record<string, unknown>, SubmitResult>({
    path: '/reports/submit',
    form,
    invalidate: ['/reports/submitted'],
    success: { vi: 'Đã gửi báo cáo.', en: 'The report was submitted.' },
    onSuccess: (result) => {
      setOpen(false);
      form.resetFields();
      onSubmitted(result);
    },
  });
  const close = () => {
    setOpen(false);
    submit.reset();
  };
  const send = (values: { note?: string }) =>
    submit.mutate({
      unit: params.unit,
      year: params.year,
      ...(params.kind === 'monthly' ? { month: params.month } : {}),
      ...(params.asKnownOn ? { asKnownOn: params.asKnownOn } : {}),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    });
  return (
    <>
      <Button type="primary" icon={<SendOutlined />} onClick={() => setOpen(true)}>
        {t('Gửi báo cáo', 'Submit report')}
      </Button>
      <Modal
        open={open}
        title={t('Gửi báo cáo', 'Submit report')}
        okText={t('Gửi', 'Submit')}
        cancelText={t('Huỷ', 'Cancel')}
        confirmLoading={submit.isPending}
        onOk={() => form.submit()}
        onCancel={close}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t(
            `Gửi ${periodText(params, t)} của ${unitName}? Sau khi gửi, số liệu được chốt và không gửi lại được.`,
            `Submit ${periodText(params, t)} of ${unitName}? Once submitted, the figures are frozen and cannot be submitted again.`,
          )}
          {params.asKnownOn &&
            ' ' + t(`Số liệu tính đến ngày ${formatDate(params.asKnownOn)}.`, `Figures as known on ${formatDate(params.asKnownOn)}.`)}
        </Typography.Paragraph>
        {submit.error && !submit.error.fieldErrors.length && <ErrorAlert error={submit.error} />}
        {submit.error?.status === 409 && (
          <Button
            icon={<EyeOutlined />}
            style={{ marginBottom: 16 }}
            onClick={() => {
              close();
              onShowSubmitted();
            }}
          >
            {t('Xem bản đã gửi', 'View submitted')}
          </Button>
        )}
        <Form form={form} layout="vertical" onFinish={send}>
          <Form.Item label={t('Ghi chú (không bắt buộc)', 'Note (optional)')} name="note" rules={[{ max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
