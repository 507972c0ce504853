import { Button, Flex, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Bilingual } from '../../core/i18n';
import { useI18n } from '../../core/i18n';
import { useCommand } from '../../core/query';

export interface ActionModalProps<TForm> {
  /** The button that opens it. */
  label: string;
  icon?: ReactNode;
  danger?: boolean;
  primary?: boolean;
  title: ReactNode;
  path: string;
  invalidate: string[];
  success: Bilingual;
  initialValues?: Partial<TForm>;
  /** Form values → the request body. */
  toBody: (values: TForm) => unknown;
  children: ReactNode | ((form: ReturnType<typeof Form.useForm<TForm>>[0]) => ReactNode);
  testId?: string;
  width?: number;
}

/**
 * One command as a button and a Modal form with "Lưu": server refusals go next to their field, and
 * those about the whole action (a 409 for the state, say) above the form. The form lives only while
 * the Modal is open, so each opening starts clean.
 */
export function ActionModal<TForm extends object>(props: ActionModalProps<TForm>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={props.icon}
        danger={props.danger}
        type={props.primary ? 'primary' : 'default'}
        onClick={() => setOpen(true)}
        data-testid={props.testId}
      >
        {props.label}
      </Button>
      <Modal
        open={open}
        title={props.title}
        width={props.width ?? 560}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={null}
      >
        <ActionForm {...props} close={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function ActionForm<TForm extends object>(props: ActionModalProps<TForm> & { close: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<TForm>();
  const command = useCommand<unknown, unknown>({
    path: props.path,
    form,
    invalidate: props.invalidate,
    success: props.success,
    onSuccess: props.close,
  });
  const fieldNames = new Set(Object.keys(props.initialValues ?? {}).concat(Object.keys(form.getFieldsValue(true) as object)));
  const general = command.error && !command.error.fieldErrors.some((e) => fieldNames.has(e.field.split('.')[0]!));

  return (
    <Form<TForm>
      form={form}
      layout="vertical"
      initialValues={props.initialValues}
      onFinish={(values) => command.mutate(props.toBody(values))}
      disabled={command.isPending}
    >
      {general && <ErrorAlert error={command.error} />}
      {typeof props.children === 'function' ? props.children(form) : props.children}
      <Flex gap={8} justify="flex-end">
        <Button onClick={props.close}>{t('Huỷ', 'Cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={command.isPending}>
          {t('Lưu', 'Save')}
        </Button>
      </Flex>
    </Form>
  );
}
