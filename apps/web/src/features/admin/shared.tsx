import { Button, Flex, Form, Modal, Typography, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
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
      mask={{ closable: false }}
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

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * A labelled file chooser with a Vietnamese/English button (the browser's own input speaks the
 * browser's language). Put it in a `Form.Item` whose `htmlFor` is `id`; `onText` gets the file's text.
 */
export function FilePicker({ id, accept, onText }: { id: string; accept: string; onText(text: string): void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  return (
    <Flex gap={8} align="center" wrap="wrap">
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        tabIndex={-1}
        style={VISUALLY_HIDDEN}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setName(file.name);
          void file.text().then(onText);
          e.target.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()}>{t('Chọn tệp…', 'Choose a file…')}</Button>
      <Typography.Text type="secondary">{name ?? t('Chưa chọn tệp', 'No file chosen')}</Typography.Text>
    </Flex>
  );
}
