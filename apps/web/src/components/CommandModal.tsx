import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../core/api';
import { useI18n, type Bilingual } from '../core/i18n';
import { useCommand } from '../core/query';
import { ErrorAlert } from './ErrorAlert';

export interface CommandModalProps<TValues, TBody, TResult> {
  title: ReactNode;
  /** The command's path, or a function of the form's values (e.g. the course picked). */
  path: string | ((values: TValues) => string);
  method?: 'POST' | 'PATCH';
  /** Query key prefixes to refresh afterwards. */
  invalidate?: string[];
  success?: Bilingual;
  /** Form values → request body (the values themselves when absent). */
  toBody?: (values: TValues) => TBody;
  /** Evaluated once per opening, so dates like "today" are fresh. */
  initialValues?: Partial<TValues> | (() => Partial<TValues>);
  /** The fields; a function receives the form (for dependent fields). */
  children: ReactNode | ((form: FormInstance<TValues>) => ReactNode);
  onDone?: (result: TResult, values: TValues) => void;
  /**
   * Refresh the `invalidate` prefixes again after these delays (ms), for read models that catch
   * up with the events a little after the command returns.
   */
  refetchAfter?: number[];
  /** Submit text; "Lưu" unless given. */
  okText?: string;
  okDanger?: boolean;
  width?: number;
  /** `data-testid` of the dialog. */
  modalTestId?: string;
  onValuesChange?: (changed: Partial<TValues>, all: TValues) => void;
  /** The caller's form instance, when it needs one outside `children` (e.g. in `onValuesChange`). */
  form?: FormInstance<TValues>;
}

/**
 * Field errors are shown at their fields; a refusal of the request itself (409: a full course, a
 * wrong state…) or one naming no field of the form is shown in both languages above the form.
 */
function alertFor(error: ApiError, form: FormInstance): ApiError | null {
  if (error.status === 409) return error;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  return error.fieldErrors.some((f) => known.has(f.field.split('.')[0]!)) ? null : error;
}

/**
 * A Modal with one vertical antd Form that sends one command ("Lưu" / "Huỷ"). Mount it only while
 * open (`{open && <CommandModal …/>}`), so each opening starts with a fresh form.
 * `onClose` runs on cancel and after success (unless `keepOpenOnSuccess`).
 */
export function CommandModal<TValues extends object, TBody = unknown, TResult = unknown>(
  props: CommandModalProps<TValues, TBody, TResult> & { onClose(): void; keepOpenOnSuccess?: boolean },
) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [form] = Form.useForm<TValues>(props.form);
  const [error, setError] = useState<ApiError | null>(null);
  const [initial] = useState(() =>
    typeof props.initialValues === 'function' ? props.initialValues() : props.initialValues,
  );
  // A unique form name keeps field ids (and so label → control links) unique across the page.
  const formName = `cmd${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const sent = useRef<{ path: string; values: TValues } | null>(null);
  const command = useCommand<TBody, TResult>({
    path: () => sent.current!.path,
    method: props.method,
    form,
    invalidate: props.invalidate,
    success: props.success,
    onSuccess: (result) => {
      for (const delay of props.refetchAfter ?? []) {
        setTimeout(() => {
          for (const prefix of props.invalidate ?? []) {
            void client.invalidateQueries({
              predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith(prefix),
            });
          }
        }, delay);
      }
      props.onDone?.(result, sent.current!.values);
      if (!props.keepOpenOnSuccess) props.onClose();
    },
  });
  const submit = (values: TValues) => {
    setError(null);
    sent.current = { path: typeof props.path === 'function' ? props.path(values) : props.path, values };
    const body = props.toBody ? props.toBody(values) : (values as unknown as TBody);
    command.mutate(body, { onError: (e) => setError(alertFor(e, form)) });
  };
  return (
    <Modal
      open
      title={props.title}
      width={props.width ?? 600}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={props.okText ?? t('Lưu', 'Save')}
      cancelText={t('Huỷ', 'Cancel')}
      okButtonProps={{ loading: command.isPending, danger: props.okDanger }}
      mask={{ closable: false }}
      data-testid={props.modalTestId}
    >
      {error && <ErrorAlert error={error} />}
      <Form<TValues>
        form={form}
        name={formName}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        onValuesChange={props.onValuesChange}
      >
        {typeof props.children === 'function' ? props.children(form) : props.children}
      </Form>
    </Modal>
  );
}

export interface CommandModalButtonProps<TValues, TBody, TResult>
  extends Omit<CommandModalProps<TValues, TBody, TResult>, 'title'> {
  /** The button's text, also the modal's title unless `title` is given. */
  label: string;
  title?: ReactNode;
  icon?: ReactNode;
  buttonType?: ButtonProps['type'];
  size?: ButtonProps['size'];
  danger?: boolean;
  buttonProps?: ButtonProps;
  /** `data-testid` of the button. */
  testId?: string;
}

/** A button opening a {@link CommandModal}. */
export function CommandModalButton<TValues extends object, TBody = unknown, TResult = unknown>({
  label,
  title,
  icon,
  buttonType,
  size,
  danger,
  buttonProps,
  testId,
  ...modal
}: CommandModalButtonProps<TValues, TBody, TResult>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type={buttonType}
        size={size}
        danger={danger}
        icon={icon}
        data-testid={testId}
        {...buttonProps}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      {open && <CommandModal<TValues, TBody, TResult> {...modal} title={title ?? label} onClose={() => setOpen(false)} />}
    </>
  );
}
