import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../core/i18n';

/**
 * A modal holding one vertical antd Form; "Lưu" submits it (validation first). Mount it only while
 * open (`{open && <FormModal …/>}`) so its form instance never outlives its Form element.
 */
export function FormModal<T extends object>({
  title,
  form,
  onClose,
  onSubmit,
  pending,
  initialValues,
  okText,
  danger,
  width,
  testId,
  onValuesChange,
  children,
}: {
  title: string;
  form: FormInstance<T>;
  onClose(): void;
  onSubmit(values: T): void;
  pending: boolean;
  initialValues?: Partial<T>;
  okText?: string;
  danger?: boolean;
  width?: number;
  testId?: string;
  onValuesChange?(changed: Partial<T>, all: T): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('Lưu', 'Save')}
      cancelText={t('Huỷ', 'Cancel')}
      okButtonProps={{ loading: pending, danger }}
      width={width}
      maskClosable={false}
      data-testid={testId}
    >
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} onValuesChange={onValuesChange}>
        {children}
      </Form>
    </Modal>
  );
}

/** A required-field rule with a bilingual message: `required('Vui lòng nhập tên.', 'Enter the name.')`. */
export function useRequired() {
  const { t } = useI18n();
  return (vi: string, en: string) => ({ required: true, message: t(vi, en) });
}
