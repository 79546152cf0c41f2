import type { Locale } from '../domain';
import { enUS, zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const catalogue = catalogues[locale];
  const text = catalogue[key] ?? catalogues['zh-CN'][key] ?? key;
  // A parameter that is itself a key (e.g. 'orgType.branch') is shown as its label.
  const show = (v: string | number) => (typeof v === 'string' && v in catalogue ? catalogue[v as MessageKey] : String(v));
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? show(params[name]!) : `{${name}}`));
}

/** Picks zh-CN or en-US from an Accept-Language header; Chinese is the default. */
export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return 'zh-CN';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}
