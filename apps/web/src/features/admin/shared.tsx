import { Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useI18n } from '../../core/i18n';

/** A required-field rule with a bilingual message: `required('Vui lòng nhập tên.', 'Enter the name.')`. */
export function useRequired() {
  const { t } = useI18n();
  return (vi: string, en: string) => ({ required: true, message: t(vi, en) });
}

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * A labelled file chooser with a Vietnamese/English button (the browser's own input speaks the
 * browser's language). Put it in a `Form.Item` whose `htmlFor` is `id`; `onText` gets the file's text.
 */
export function FilePicker({
  id,
  accept,
  onText,
}: {
  id: string;
  accept: string;
  onText(text: string): void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  return (
    <Flex gap={8} align="center" wrap="wrap">
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        tabIndex={-1}
        style={VISUALLY_HIDDEN}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setName(file.name);
          void file.text().then(onText);
          e.target.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()}>{t('Chọn tệp…', 'Choose a file…')}</Button>
      <Typography.Text type="secondary">{name ?? t('Chưa chọn tệp', 'No file chosen')}</Typography.Text>
    </Flex>
  );
}
