// Search keys for people's names: 张三丰 → initials 'zsf', pinyin 'zhangsanfeng'.
import { pinyin } from 'pinyin-pro';

export interface NameSearchKeys {
  initials: string;
  pinyin: string;
}

// Names repeat a lot in generated data; a bounded memo halves seeding time for a million people.
const memo = new Map<string, NameSearchKeys>();
const MEMO_LIMIT = 100_000;

/**
 * Lowercase, toneless, without spaces; ü is written 'v' (吕 → 'lv') as on Chinese keyboards.
 * `surname: 'head'` reads a leading surname by its surname reading (单 shàn, 曾 zēng, 解 xiè).
 * Latin letters and digits are kept; other symbols (the · in 阿依古丽·买买提) are dropped.
 */
export function nameSearchKeys(name: string): NameSearchKeys {
  const trimmed = name.trim();
  const hit = memo.get(trimmed);
  if (hit) return hit;
  let initials = '';
  let full = '';
  for (const c of pinyin(trimmed, { toneType: 'none', type: 'all', surname: 'head', v: true })) {
    if (c.isZh) {
      initials += c.first.toLowerCase();
      full += c.pinyin.toLowerCase();
    } else {
      const kept = c.origin.toLowerCase().replace(/[^a-z0-9]/g, '');
      initials += kept;
      full += kept;
    }
  }
  const keys: NameSearchKeys = { initials, pinyin: full };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(trimmed, keys);
  return keys;
}
