// The user's language: shared catalogues, antd and dayjs follow one locale held here.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LOCALES, type Locale } from '@xianfeng/shared/domain';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import { setApiLanguage } from './api';
import { inZone } from './timeZone';

export const LOCALE_COOKIE = 'xf_locale';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

function readCookieLocale(): Locale | null {
  const match = document.cookie.match(/(?:^|;\s*)xf_locale=([^;]+)/);
  const value = match ? decodeURIComponent(match[1]!) : null;
  return LOCALES.includes(value as Locale) ? (value as Locale) : null;
}

function writeCookieLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(locale)}; path=/; max-age=${365 * 86400}; samesite=lax`;
}

function applyLocale(locale: Locale) {
  setApiLanguage(locale);
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
}

interface LocaleState {
  locale: Locale;
  /** Switches the language here and remembers it in the cookie (the server reads it too). */
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [initial] = useState(readCookieLocale);
  const [locale, setLocaleState] = useState<Locale>(initial ?? 'zh-CN');
  applyLocale(locale);

  const setLocale = useCallback((next: Locale) => {
    writeCookieLocale(next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.title = translate(locale, 'app.name');
  }, [locale]);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}

/** `t(key, params)` in the current language. */
export function useT(): Translate {
  const { locale } = useLocale();
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
}

/** Dates as the locale writes them: 2026年3月5日 in Chinese, 2026-03-05 in English. */
export function formattersOf(locale: Locale) {
  const zh = locale === 'zh-CN';
  const dateFormat = zh ? 'YYYY年M月D日' : 'YYYY-MM-DD';
  const dateTimeFormat = zh ? 'YYYY年M月D日 HH:mm:ss' : 'YYYY-MM-DD HH:mm:ss';
  return {
    dateFormat,
    // A day ('2026-03-05') is shown as it is; an instant as its day or time in the deployment's zone.
    date: (value: string | null | undefined) => (value ? (value.length > 10 ? inZone(value) : dayjs(value)).format(dateFormat) : ''),
    dateTime: (value: string | null | undefined) => (value ? inZone(value).format(dateTimeFormat) : ''),
    number: (n: number) => n.toLocaleString(locale),
  };
}

export function useFormat() {
  const { locale } = useLocale();
  return useMemo(() => formattersOf(locale), [locale]);
}
