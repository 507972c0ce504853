import { Button, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ApiError } from '../../core/api';
import type { Bilingual } from '../../core/i18n';
import { useI18n } from '../../core/i18n';
import { useCommand } from '../../core/query';

/** Generic helper (used by the training and overseas features): a button opening a Modal form that sends one command. */
export interface CommandModalProps<TValues, TBody, TResult> {
  /** Text of the button that opens the modal. */
  label: string;
  title: string;
  /** The command's path, or a function of the form's values (e.g. the course picked). */
  path: string | ((values: TValues) => string);
  invalidate: string[];
  success: Bilingual;
  toBody: (values: TValues) => TBody;
  initialValues?: Partial<TValues>;
  buttonProps?: ButtonProps;
  testId?: string;
  /** The fields; a function receives the form (for dependent fields). */
  children: ReactNode | ((form: FormInstance<TValues>) => ReactNode);
  onDone?: (result: TResult) => void;
  okText?: string;
}

/**
 * Field errors are shown at their fields; a refusal of the request itself (409: a full or closed
 * course, a wrong stage…) or one naming no field of the form is also shown in both languages in the modal.
 */
function alertFor(error: ApiError | null, form: FormInstance): ApiError | null {
  if (!error) return null;
  if (error.status === 409) return error;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  return error.fieldErrors.some((f) => known.has(f.field.split('.')[0]!)) ? null : error;
}

export function CommandModal<TValues extends object, TBody = unknown, TResult = unknown>(
  props: CommandModalProps<TValues, TBody, TResult>,
) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<TValues>();
  const [error, setError] = useState<ApiError | null>(null);
  const path = useRef('');
  const command = useCommand<TBody, TResult>({
    path: () => path.current,
    form,
    invalidate: props.invalidate,
    success: props.success,
    onSuccess: (result) => {
      setOpen(false);
      props.onDone?.(result);
    },
  });
  const close = () => {
    setOpen(false);
    setError(null);
  };
  const submit = (values: TValues) => {
    setError(null);
    path.current = typeof props.path === 'function' ? props.path(values) : props.path;
    command.mutate(props.toBody(values), { onError: (e) => setError(alertFor(e, form)) });
  };
  return (
    <>
      <Button data-testid={props.testId} {...props.buttonProps} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal
        open={open}
        title={props.title}
        okText={props.okText ?? t('Lưu', 'Save')}
        cancelText={t('Hủy', 'Cancel')}
        onOk={() => form.submit()}
        onCancel={close}
        confirmLoading={command.isPending}
        destroyOnHidden
      >
        {error && <ErrorAlert error={error} />}
        <Form<TValues>
          form={form}
          layout="vertical"
          initialValues={props.initialValues}
          onFinish={submit}
          preserve={false}
        >
          {typeof props.children === 'function' ? props.children(form) : props.children}
        </Form>
      </Modal>
    </>
  );
}
