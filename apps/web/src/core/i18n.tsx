import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** Vietnamese first; English is a switch kept in localStorage. */
export type Lang = 'vi' | 'en';
export interface Bilingual {
  vi: string;
  en: string;
}

const STORAGE_KEY = 'vieclam.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** `t('Xin chào', 'Hello')`, or `t({ vi, en })` for messages from the API. */
  t(vi: string | Bilingual, en?: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    document.documentElement.lang = next;
  }, []);
  const t = useCallback(
    (vi: string | Bilingual, en?: string) => {
      if (typeof vi === 'object') return lang === 'en' ? vi.en : vi.vi;
      return lang === 'en' && en !== undefined ? en : vi;
    },
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** Shorthand for components that only translate. */
export function useT(): I18n['t'] {
  return useI18n().t;
}
