import { describe, expect, it } from 'vitest';
import { type DataRow, type RowIssue, parseDate, plain, readValues, textOf } from './imports.parse';
import { PEOPLE_COLUMNS } from './imports.templates';

describe('import cell parsing', () => {
  it('reads dates from Excel date cells, serials and the usual written forms', () => {
    expect(parseDate(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(parseDate(45352)).toBe('2024-03-01'); // Excel serial
    expect(parseDate(20240301)).toBe('2024-03-01');
    for (const s of [
      '2024-03-01',
      '2024/3/1',
      '2024.3.1',
      '2024.03',
      '2024-3',
      '2024年3月1日',
      '2024年3月',
      '20240301',
      '2024-03-01 00:00:00',
    ]) {
      expect(parseDate(s), s).toBe('2024-03-01');
    }
    for (const bad of ['2024-02-30', '2024-13', '03/01/2024', '1899-12-31', 'soon', '2024', -1, 99999999]) {
      expect(parseDate(bad), String(bad)).toBeUndefined();
    }
  });

  it('flattens rich text, formulas and hyperlinks; keeps long numbers whole', () => {
    expect(plain({ richText: [{ text: '第一' }, { text: '支部' }] })).toBe('第一支部');
    expect(plain({ formula: 'A1', result: '党委' })).toBe('党委');
    expect(plain({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect(textOf(13800001111)).toBe('13800001111');
    expect(textOf('  张三 ')).toBe('张三');
  });

  it('reads enumerations by label in either language, by code, or by alias', () => {
    const row = (status: string): DataRow => ({
      row: 7,
      cells: new Map<string, string | null>([
        ['name', '张三'],
        ['partyStatus', status],
        ['org', '支部'],
        ['gender', 'Female'],
      ]),
    });
    const issues: RowIssue[] = [];
    expect(readValues(row('预备党员'), PEOPLE_COLUMNS, issues).partyStatus).toBe('probationary_member');
    expect(readValues(row('full member'), PEOPLE_COLUMNS, issues).partyStatus).toBe('full_member');
    expect(readValues(row('中共党员'), PEOPLE_COLUMNS, issues).partyStatus).toBe('full_member');
    expect(readValues(row('non_member'), PEOPLE_COLUMNS, issues)).toMatchObject({ partyStatus: 'non_member', gender: 'female' });
    expect(issues).toEqual([]);
    readValues(row('团员'), PEOPLE_COLUMNS, issues);
    expect(issues).toEqual([{ row: 7, field: 'partyStatus', key: 'import.badValue', params: { value: '团员' } }]);
  });
});
