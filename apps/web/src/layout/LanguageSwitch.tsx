import { Segmented } from 'antd';
import { useI18n, type Lang } from '../core/i18n';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      aria-label={t('Ngôn ngữ', 'Language')}
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
