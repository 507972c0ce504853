import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../core/api';
import { useAuth } from '../core/auth';
import { useI18n } from '../core/i18n';
import { LanguageSwitch } from './LanguageSwitch';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { login } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<LoginForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      void message.success(t('Đã đăng nhập', 'Signed in'));
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
      if (!(e instanceof ApiError)) void message.error(t('Đăng nhập thất bại', 'Sign-in failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        padding: 16,
        background: '#f0f2f5',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LanguageSwitch />
        </div>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>
          ViecLam Ledger
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t(
            'Theo dõi việc làm, đào tạo nghề, xuất khẩu lao động và giảm nghèo của xã',
            "A commune's jobs, vocational training, labour export and poverty reduction",
          )}
        </Typography.Paragraph>
        {error && (
          <Alert type="error" role="alert" showIcon title={t(error.messages)} style={{ marginBottom: 16 }} />
        )}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} name="login">
          <Form.Item
            label={t('Tên đăng nhập', 'Username')}
            name="username"
            rules={[
              { required: true, whitespace: true, message: t('Nhập tên đăng nhập', 'Enter your username') },
            ]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('Mật khẩu', 'Password')}
            name="password"
            rules={[{ required: true, message: t('Nhập mật khẩu', 'Enter your password') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('Đăng nhập', 'Sign in')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t(
            'Chế độ demo: mật khẩu các tài khoản demo nằm trong tệp data/demo-credentials.txt.',
            'Demo mode: the demo accounts’ passwords are in data/demo-credentials.txt.',
          )}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
