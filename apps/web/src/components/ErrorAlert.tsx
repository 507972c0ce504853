import { Alert } from 'antd';
import { ApiError } from '../core/api';
import { useI18n } from '../core/i18n';

/** An API error in the user's language first, the other language underneath. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { lang } = useI18n();
  if (!error) return null;
  const messages =
    error instanceof ApiError
      ? error.messages
      : { vi: 'Đã có lỗi xảy ra.', en: 'Something went wrong.' };
  const [first, second] = lang === 'en' ? [messages.en, messages.vi] : [messages.vi, messages.en];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? first}
      description={title ? `${first} — ${second}` : second}
      style={{ marginBottom: 16 }}
    />
  );
}
