import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Table, Tag } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../core/api';
import { useAuth, type Grant } from '../../../core/auth';
import { useI18n } from '../../../core/i18n';
import { useCommand } from '../../../core/query';
import { useRequired } from '../shared';

/** Same rule as the API (`minPasswordLength`). */
export const MIN_PASSWORD_LENGTH = 10;

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** My roles and units, and changing my password (then signing in again). */
export function AccountPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('Tài khoản của tôi', 'My account')} />
      {me.user.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(
            'Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.',
            'Please change your password before you go on.',
          )}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Card title={t('Thông tin tài khoản', 'Account')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'name', label: t('Họ và tên', 'Full name'), children: me.user.displayName },
                { key: 'username', label: t('Tên đăng nhập', 'Username'), children: me.user.username },
              ]}
            />
            <Table<Grant>
              style={{ marginTop: 16 }}
              size="small"
              rowKey={(g) => `${g.role}-${g.unitCode}`}
              pagination={false}
              scroll={{ x: true }}
              dataSource={me.grants}
              data-testid="my-grants"
              columns={[
                {
                  title: t('Vai trò', 'Role'),
                  dataIndex: 'roleLabel',
                  render: (label: Grant['roleLabel']) => <Tag color="blue">{t(label)}</Tag>,
                },
                {
                  title: t('Đơn vị (gồm cả cấp dưới)', 'Unit (with the units below)'),
                  key: 'unit',
                  render: (_, g) => `${g.unitName ?? g.unitCode} (${g.unitCode})`,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <Card title={t('Đổi mật khẩu', 'Change password')}>
            <ChangePassword />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function ChangePassword() {
  const { t } = useI18n();
  const { logout } = useAuth();
  const required = useRequired();
  const [form] = Form.useForm<PasswordValues>();
  const { modal } = App.useApp();
  const command = useCommand<Omit<PasswordValues, 'confirmPassword'>>({
    path: '/auth/password',
    form,
    onSuccess: () => {
      // The dialog lives in the app root, so it stays over the sign-in page.
      modal.success({
        title: t('Đã đổi mật khẩu', 'Password changed'),
        content: t(
          'Mật khẩu đã được đổi và các phiên đăng nhập khác đã kết thúc. Vui lòng đăng nhập lại bằng mật khẩu mới.',
          'Your password was changed and your other sessions were ended. Please sign in again with the new password.',
        ),
        okText: t('Đã hiểu', 'OK'),
      });
      void logout();
    },
  });

  const submit = (v: PasswordValues) =>
    command.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'invalid_credentials') {
            form.setFields([
              {
                name: 'currentPassword',
                errors: [t('Mật khẩu hiện tại không đúng.', 'The current password is wrong.')],
              },
            ]);
          }
        },
      },
    );

  return (
    <>
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="change-password-form"
      >
        <Form.Item
          name="currentPassword"
          label={t('Mật khẩu hiện tại', 'Current password')}
          rules={[required('Vui lòng nhập mật khẩu hiện tại.', 'Enter your current password.')]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('Mật khẩu mới', 'New password')}
          dependencies={['currentPassword']}
          extra={t(
            `Ít nhất ${MIN_PASSWORD_LENGTH} ký tự, khác mật khẩu hiện tại.`,
            `At least ${MIN_PASSWORD_LENGTH} characters, different from the current one.`,
          )}
          rules={[
            required('Vui lòng nhập mật khẩu mới.', 'Enter a new password.'),
            {
              min: MIN_PASSWORD_LENGTH,
              message: t(
                `Mật khẩu mới phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
                `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
              ),
            },
            { max: 256, message: t('Tối đa 256 ký tự.', 'At most 256 characters.') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                value && value === getFieldValue('currentPassword')
                  ? Promise.reject(
                      new Error(
                        t(
                          'Mật khẩu mới phải khác mật khẩu hiện tại.',
                          'The new password must differ from the current one.',
                        ),
                      ),
                    )
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('Nhập lại mật khẩu mới', 'Repeat the new password')}
          dependencies={['newPassword']}
          rules={[
            required('Vui lòng nhập lại mật khẩu mới.', 'Repeat the new password.'),
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('Hai mật khẩu không khớp.', 'The two passwords differ.'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={command.isPending}>
          {t('Đổi mật khẩu', 'Change password')}
        </Button>
      </Form>
    </>
  );
}
