// 中文 / English: switches the UI, remembers it in the cookie and, when signed in, on the account.
import { Segmented } from 'antd';
import { LOCALES, type Locale } from '@xianfeng/shared/domain';
import { api } from './api';
import { useAuth } from './auth';
import { useLocale, useT } from './i18n';

export function LanguageSwitch({ onSwitch, size = 'small' }: { onSwitch?: (locale: Locale) => void; size?: 'small' | 'middle' }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { me, refresh } = useAuth();
  return (
    <Segmented<Locale>
      data-testid="language-switch"
      size={size}
      value={locale}
      options={LOCALES.map((l) => ({ value: l, label: <span data-testid={`language-${l}`}>{t(`lang.${l}`)}</span> }))}
      onChange={(next) => {
        setLocale(next);
        onSwitch?.(next);
        if (me) void api.put('/auth/locale', { locale: next }).then(() => refresh());
      }}
    />
  );
}
