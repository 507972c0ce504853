import { Button, Flex, Form, Modal, type FormInstance } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import type { Bilingual } from '../../../core/i18n';
import { useI18n } from '../../../core/i18n';
import { useCaseCommand } from '../useCaseCommand';

export interface CommandModalProps<TValues> {
  /** The button's text, also the modal's title unless `title` is given. */
  label: string;
  title?: string;
  icon?: ReactNode;
  buttonType?: 'primary' | 'default' | 'link';
  size?: 'small' | 'middle';
  danger?: boolean;
  path: string;
  method?: 'POST' | 'PATCH';
  success: Bilingual;
  initialValues?: () => Partial<TValues>;
  /** Form values → request body. */
  toBody: (values: TValues) => unknown;
  children: (form: FormInstance<TValues>) => ReactNode;
}

/** A button opening a modal form that sends one command on the case; the submit button says "Lưu". */
export function CommandModalButton<TValues extends object>(props: CommandModalProps<TValues>) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [initial, setInitial] = useState<Partial<TValues>>({});
  const [form] = Form.useForm<TValues>();
  // A unique form name keeps field ids (and so label → control links) unique across the page's modals.
  const formName = `cmd${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const command = useCaseCommand<unknown, unknown>({
    path: props.path,
    method: props.method,
    form,
    success: props.success,
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button
        type={props.buttonType ?? 'default'}
        size={props.size}
        danger={props.danger}
        icon={props.icon}
        onClick={() => {
          setInitial(props.initialValues?.() ?? {});
          setOpen(true);
        }}
      >
        {props.label}
      </Button>
      <Modal
        open={open}
        title={props.title ?? props.label}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
        width={640}
      >
        <Form<TValues>
          form={form}
          name={formName}
          initialValues={initial}
          layout="vertical"
          onFinish={(values) => command.mutate(props.toBody(values))}
        >
          {props.children(form)}
          <Flex justify="end" gap={8}>
            <Button onClick={() => setOpen(false)}>{t('Huỷ', 'Cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={command.isPending}>
              {t('Lưu', 'Save')}
            </Button>
          </Flex>
        </Form>
      </Modal>
    </>
  );
}
