import { describe, expect, it } from 'vitest';
import { diffRows } from './audit.diff';

describe('diffRows', () => {
  it('lists changed fields first and marks them', () => {
    const rows = diffRows({ name: 'A', code: 'X', parentId: 1 }, { name: 'B', code: 'X', parentId: 2 });
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['name', true],
      ['parentId', true],
      ['code', false],
    ]);
    expect(rows[0]).toMatchObject({ before: 'A', after: 'B' });
  });

  it('treats a missing field and null alike', () => {
    const rows = diffRows({ unitName: null }, { unitName: undefined, code: null });
    expect(rows.every((r) => !r.changed)).toBe(true);
  });

  it('compares nested values by content', () => {
    expect(diffRows({ grants: [{ role: 'admin' }] }, { grants: [{ role: 'admin' }] })[0]!.changed).toBe(false);
    expect(diffRows({ grants: [{ role: 'admin' }] }, { grants: [{ role: 'member' }] })[0]!.changed).toBe(true);
  });

  it('shows a creation as the after side only', () => {
    const rows = diffRows(null, { name: 'New', type: 'branch' });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.before === undefined && r.changed)).toBe(true);
  });

  it('compares plain values as one unnamed field', () => {
    expect(diffRows('zh-CN', 'en-US')).toEqual([{ field: '', before: 'zh-CN', after: 'en-US', changed: true }]);
    expect(diffRows(undefined, undefined)).toEqual([]);
  });
});
