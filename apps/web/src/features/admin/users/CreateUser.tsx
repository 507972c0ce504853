import { Alert, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { UnitSelect } from '../../../components/UnitSelect';
import { useAuth } from '../../../core/auth';
import { useI18n } from '../../../core/i18n';
import { CommandModal } from '../../../components/CommandModal';
import { useRequired } from '../shared';
import { ROLE_LABELS, ROLES, type CreatedUser, type Role } from '../types';

interface Values {
  username: string;
  displayName: string;
  password?: string;
  role: Role;
  unitCode: string;
}

export function useRoleOptions() {
  const { t } = useI18n();
  return ROLES.map((r) => ({ value: r, label: t(ROLE_LABELS[r]) }));
}

/** Creates a user with one role on one unit; a generated initial password is shown once. */
export function CreateUser({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const { homeUnit } = useAuth();
  const required = useRequired();
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const roles = useRoleOptions();

  if (created) {
    return (
      <Modal
        open
        title={t('Đã tạo người dùng', 'User created')}
        onCancel={onClose}
        mask={{ closable: false }}
        data-testid="user-created-dialog"
        footer={
          <Button type="primary" onClick={onClose}>
            {t('Đã ghi lại, đóng', 'Noted, close')}
          </Button>
        }
      >
        <Typography.Paragraph>
          {t('Tên đăng nhập', 'Username')}:{' '}
          <Typography.Text strong copyable>
            {created.username}
          </Typography.Text>
        </Typography.Paragraph>
        {created.initialPassword ? (
          <>
            <Typography.Paragraph>
              {t('Mật khẩu ban đầu', 'Initial password')}:{' '}
              <Typography.Text
                code
                copyable={{ tooltips: [t('Sao chép', 'Copy'), t('Đã sao chép', 'Copied')] }}
                data-testid="initial-password"
              >
                {created.initialPassword}
              </Typography.Text>
            </Typography.Paragraph>
            <Alert
              type="warning"
              showIcon
              title={t(
                'Mật khẩu này chỉ hiển thị một lần. Hãy trao tận tay người dùng; họ phải đổi mật khẩu ở lần đăng nhập đầu.',
                'This password is shown only once. Hand it over in person; the user must change it at first sign-in.',
              )}
            />
          </>
        ) : (
          <Alert
            type="info"
            showIcon
            title={t(
              'Người dùng đăng nhập bằng mật khẩu bạn đã đặt và phải đổi mật khẩu ở lần đăng nhập đầu.',
              'The user signs in with the password you set and must change it at first sign-in.',
            )}
          />
        )}
      </Modal>
    );
  }

  return (
    <CommandModal<Values, Values, CreatedUser>
      title={t('Tạo người dùng', 'Create a user')}
      path="/admin/users"
      invalidate={['/admin/users']}
      success={{ vi: 'Đã tạo người dùng.', en: 'The user was created.' }}
      onDone={setCreated}
      keepOpenOnSuccess
      onClose={onClose}
      modalTestId="user-create-dialog"
      initialValues={{ unitCode: homeUnit ?? undefined }}
      toBody={(v) => ({ ...v, password: v.password ? v.password : undefined })}
    >
      <Form.Item
        name="username"
        label={t('Tên đăng nhập', 'Username')}
        rules={[
          required('Vui lòng nhập tên đăng nhập.', 'Enter the username.'),
          { max: 40, message: t('Tối đa 40 ký tự.', 'At most 40 characters.') },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('Họ và tên', 'Full name')}
        rules={[
          required('Vui lòng nhập họ và tên.', 'Enter the full name.'),
          { max: 120, message: t('Tối đa 120 ký tự.', 'At most 120 characters.') },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('Vai trò', 'Role')}
        rules={[required('Vui lòng chọn vai trò.', 'Choose a role.')]}
      >
        <Select options={roles} />
      </Form.Item>
      <Form.Item
        name="unitCode"
        label={t('Đơn vị (gồm cả cấp dưới)', 'Unit (with the units below)')}
        rules={[required('Vui lòng chọn đơn vị.', 'Choose a unit.')]}
      >
        <UnitSelect />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('Mật khẩu ban đầu (không bắt buộc)', 'Initial password (optional)')}
        extra={t(
          'Để trống để hệ thống tự sinh; ít nhất 10 ký tự.',
          'Leave empty to generate one; at least 10 characters.',
        )}
        rules={[
          {
            min: 10,
            message: t('Mật khẩu phải có ít nhất 10 ký tự.', 'The password needs at least 10 characters.'),
          },
          { max: 256, message: t('Tối đa 256 ký tự.', 'At most 256 characters.') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </CommandModal>
  );
}
