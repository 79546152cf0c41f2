import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, shot } from './browser';

/** The downloaded template without its example row, filled with `rows`. */
async function orgFile(page: Page, rows: (string | null)[][]): Promise<string> {
  const res = await page.request.get('/api/imports/templates/orgs.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.body()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  ws.spliceRows(2, ws.rowCount - 1);
  for (const r of rows) ws.addRow(r);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'xf-import-')), 'orgs.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('importing the organisation tree from Excel', () => {
  it('rejects a file with bad rows whole, listing each row, then imports a good one', async () => {
    const { page, context } = await newPage();
    await login(page, 's3admin');
    await page.goto('/imports');
    const tag = Date.now().toString(36);
    // Columns: 组织名称, 组织类型, 上级组织, 组织编码, 单位名称, 成立日期, 换届日期
    const bad = await orgFile(page, [
      [`导入测试党委${tag}`, '党委', '金钼集团党委', `IMP-${tag}`, '导入测试公司', '2024-01-01', null],
      [`导入测试一支部${tag}`, '党支部', `导入测试党委${tag}`, null, null, '2024-02-01', null],
      [`导入测试二支部${tag}`, '党支部', '不存在的上级组织', null, null, '2024-02-01', null],
      [null, '党支部', `导入测试党委${tag}`, null, null, null, null],
    ]);
    await page.getByTestId('import-file-orgs').setInputFiles(bad);
    await page.getByTestId('import-dry-run-orgs').click();
    const errors = page.getByTestId('import-errors-orgs');
    await expect.poll(() => errors.innerText()).toContain('不存在的上级组织');
    const text = await errors.innerText();
    // Excel rows 4 and 5 are the bad ones (row 1 is the header).
    expect(text).toMatch(/\b4\b/);
    expect(text).toMatch(/\b5\b/);
    await shot(page, 'import-errors');
    expect((await (await page.request.get(`/api/orgs/search?q=${encodeURIComponent(`导入测试党委${tag}`)}`)).json()).length).toBe(0);

    const good = await orgFile(page, [
      [`导入测试党委${tag}`, '党委', '金钼集团党委', `IMP-${tag}`, '导入测试公司', '2024-01-01', null],
      [`导入测试一支部${tag}`, '党支部', `导入测试党委${tag}`, null, null, '2024-02-01', null],
    ]);
    await page.getByTestId('import-file-orgs').setInputFiles(good);
    await page.getByTestId('import-dry-run-orgs').click();
    await page.getByTestId('import-submit-orgs').click();
    await expect.poll(() => page.getByTestId('import-result-orgs').innerText()).toContain('2');
    await shot(page, 'import-done');
    const hits = await (await page.request.get(`/api/orgs/search?q=${encodeURIComponent(`导入测试一支部${tag}`)}`)).json();
    expect(hits).toHaveLength(1);
    expect(hits[0].pathNames).toEqual(expect.arrayContaining(['金钼集团党委', `导入测试党委${tag}`]));
    await context.close();
  });
});
