// Pinyin search keys of names (拼音): one function for the API, the imports and the demo data,
// so that a name is found the same way whichever path wrote it.
export { nameSearchKeys, type NameSearchKeys } from '../../demo/pinyin';

/**
 * A search term as the pinyin keys are written (lowercase, no spaces or apostrophes, ü as v),
 * or undefined when it is not pinyin (Chinese characters, digits only, …).
 */
export function pinyinTerm(q: string): string | undefined {
  const term = q.toLowerCase().replace(/[\s']/g, '').replace(/ü/g, 'v');
  return /^[a-z]+$/.test(term) ? term : undefined;
}
