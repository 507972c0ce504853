import { Button, Space } from 'antd';
import { useI18n, type Lang } from '../core/i18n';

const CHOICES: { value: Lang; short: string; name: string }[] = [
  { value: 'vi', short: 'VI', name: 'Tiếng Việt' },
  { value: 'en', short: 'EN', name: 'English' },
];

/** Two toggle buttons (not radios): each has a name a screen reader reads, and `aria-pressed`. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Space.Compact aria-label={t('Ngôn ngữ', 'Language')} role="group">
      {CHOICES.map((c) => (
        <Button
          key={c.value}
          size="small"
          type={lang === c.value ? 'primary' : 'default'}
          aria-pressed={lang === c.value}
          aria-label={c.name}
          lang={c.value}
          onClick={() => setLang(c.value)}
        >
          {c.short}
        </Button>
      ))}
    </Space.Compact>
  );
}
