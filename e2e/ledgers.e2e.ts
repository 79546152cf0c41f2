import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, PHONE, shot } from './browser';

// A list of its own (the demo's ledgers are left alone): 一东公司's staff keep it, an 装配分厂 branch is responsible.
const LEDGER_TITLE = '一东公司“我为群众办实事”项目清单（浏览器测试）';
const ITEM_TITLE = '为装配分厂职工食堂增设夜班热餐窗口';

/** A day in the deployment's zone (Asia/Shanghai), 'YYYY-MM-DD', `days` from today. */
const dayInShanghai = (days = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
/** As the Chinese date pickers write it: 2026年3月5日. */
const zhDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

/** Before a screenshot: no toast left over, the charts' entry animation over. */
async function settle(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await page.waitForTimeout(1200);
}

const status = (page: Page) => page.getByTestId('item-status').getAttribute('data-status');

/** Takes a workflow step on the item page: the button, the dialog's fields, OK. */
async function step(page: Page, name: string, text: string, percent?: number) {
  await page.getByTestId(`item-step-${name}`).click();
  if (percent !== undefined) await page.getByTestId('item-step-percent').locator('xpath=descendant-or-self::input').fill(String(percent));
  await page.getByTestId('item-step-text').fill(text);
  await page.getByTestId('item-step-ok').click();
  await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
}

describe('ledgers', () => {
  let ledgerId = 0;
  let itemId = 0;
  let branch = { id: 0, name: '' };
  let unitId = 0;

  it('lets a unit’s staff create a list and register an item for a branch', async () => {
    const secretary = await newPage();
    await login(secretary.page, 's1secretary');
    // The secretary's grant is their branch (their own node may be a party group inside it).
    const me = await json<{ orgId: number; orgName: string; grants: { orgId: number; orgName: string; role: string }[] }>(secretary.page.request, '/api/auth/me');
    const grant = me.grants.find((g) => g.role === 'secretary')!;
    branch = { id: grant.orgId, name: grant.orgName };
    await secretary.context.close();

    const { page, context } = await newPage();
    await login(page, 's1staff');
    unitId = (await json<{ id: number }[]>(page.request, '/api/orgs/roots'))[0]!.id;
    await page.goto('/ledgers');
    await page.getByTestId('ledger-create').click();
    // The owner is the current node (一东公司党委); 办实事 offers the five categories of S2.
    await expect.poll(() => page.locator('.ant-modal').innerText()).toContain('关爱员工');
    await page.getByTestId('ledger-form-title').fill(LEDGER_TITLE);
    await page.getByTestId('ledger-save').click();
    await page.waitForURL(/\/ledgers\/\d+$/);
    ledgerId = Number(/\/ledgers\/(\d+)$/.exec(page.url())![1]);
    await expect.poll(() => page.getByTestId('ledger-title').textContent()).toBe(LEDGER_TITLE);
    await expect.poll(() => page.getByTestId('figure-total').getAttribute('data-value')).toBe('0');

    // 登记事项: the common fields and the kind's own (source, beneficiaries).
    await page.getByTestId('item-create').click();
    await page.getByTestId('item-form-title').fill(ITEM_TITLE);
    await page.getByTestId('item-category').click();
    await page.locator('.ant-select-item-option', { hasText: '关爱员工' }).click();
    await page.getByTestId('item-responsible').click();
    await page.keyboard.type(branch.name);
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: branch.name }).first().click();
    const deadline = page.getByTestId('item-deadline');
    await deadline.click();
    await deadline.fill(zhDate(dayInShanghai(30)));
    await deadline.press('Enter');
    await page.getByTestId('item-field-source').click();
    await page.locator('.ant-select-item-option', { hasText: '走下去听' }).click();
    await page.getByTestId('item-field-beneficiaries').fill('装配分厂夜班职工');
    await page.getByTestId('item-save').click();
    await page.waitForURL(/\/ledger-items\/\d+$/);
    itemId = Number(/\/ledger-items\/(\d+)$/.exec(page.url())![1]);
    await expect.poll(() => status(page)).toBe('registered');
    await expect.poll(() => page.getByTestId('item-colour').getAttribute('data-colour')).toBe('on_track');
    const item = await json<{ responsibleOrgId: number; deadline: string; fields: Record<string, unknown> }>(page.request, `/api/ledger-items/${itemId}`);
    expect(item).toMatchObject({ responsibleOrgId: branch.id, deadline: dayInShanghai(30), fields: { source: '走下去听', beneficiaries: '装配分厂夜班职工' } });
    await context.close();
  });

  it('lets the branch secretary add progress and ask to close, and the staff close it', async () => {
    expect(itemId).toBeGreaterThan(0);
    const secretary = await newPage();
    await login(secretary.page, 's1secretary');
    const { page } = secretary;
    await page.goto(`/ledger-items/${itemId}`);
    await expect.poll(() => page.getByTestId('item-title').textContent()).toContain(ITEM_TITLE);
    await step(page, 'progress', '已与食堂承包方签订补充协议，窗口改造完成六成。', 60);
    await expect.poll(() => status(page)).toBe('in_progress');
    await expect.poll(() => page.getByTestId('item-progress').innerText()).toContain('60%');
    // The responsible unit asks; it cannot close its own item.
    await expect.poll(() => page.getByTestId('item-step-close').count()).toBe(0);
    await step(page, 'request-close', '夜班热餐窗口已于本周开放，职工满意度调查 96%。');
    await expect.poll(() => status(page)).toBe('close_requested');
    const detail = await json<{ version: number }>(page.request, `/api/ledger-items/${itemId}`);
    const refused = await page.request.post(`/api/ledger-items/${itemId}/close`, { data: { version: detail.version } });
    expect(refused.status()).toBe(403);

    // The list's owner verifies and closes (销号).
    const staff = await newPage();
    await login(staff.page, 's1staff');
    await staff.page.goto(`/ledger-items/${itemId}`);
    await staff.page.getByTestId('item-step-close').waitFor();
    await expect.poll(() => staff.page.getByTestId('item-history').innerText()).toContain('申请销号');
    await settle(staff.page);
    await shot(staff.page, 'ledger-item');
    await staff.page.getByTestId('item-step-close').click();
    await staff.page.getByTestId('item-step-ok').click();
    await expect.poll(() => status(staff.page)).toBe('closed');
    await expect.poll(() => staff.page.getByTestId('item-colour').getAttribute('data-colour')).toBe('closed');
    await expect.poll(() => staff.page.getByTestId('item-history').innerText()).toContain('销号');

    // The list shows it closed, in its figures and its items.
    await staff.page.goto(`/ledgers/${ledgerId}`);
    await expect.poll(() => staff.page.getByTestId('figure-closed').getAttribute('data-value')).toBe('1');
    await expect.poll(() => staff.page.getByTestId(`item-status-${itemId}`).getAttribute('data-status')).toBe('closed');
    await staff.page.getByTestId('chart-colour').waitFor();
    await settle(staff.page);
    await shot(staff.page, 'ledger');
    await secretary.context.close();
    await staff.context.close();
  });

  it('shows the item closed in the figures at the unit, drilling down to the branch’s line', async () => {
    expect(itemId).toBeGreaterThan(0);
    const { page, context } = await newPage();
    await login(page, 's1staff');
    await page.goto(`/ledger-figures?org=${unitId}&ledgerId=${ledgerId}`);
    await expect.poll(() => page.getByTestId('figure-total').getAttribute('data-value')).toBe('1');
    await expect.poll(() => page.getByTestId('figure-closed').getAttribute('data-value')).toBe('1');
    await expect.poll(() => page.getByTestId('figure-closedOnTime').getAttribute('data-value')).toBe('1');
    await expect.poll(() => page.getByTestId('figure-open').getAttribute('data-value')).toBe('0');
    await page.getByTestId('chart-trend').waitFor();
    await settle(page);
    await shot(page, 'ledger-figures');
    // One responsible child carries the item: open the same figures there.
    const unit = page.locator('[data-testid^="figures-unit-"]').first();
    const childId = Number((await unit.getAttribute('data-testid'))!.replace('figures-unit-', ''));
    await unit.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('org')).toBe(String(childId));
    await expect.poll(() => page.getByTestId('figure-closed').getAttribute('data-value')).toBe('1');
    // As of yesterday, the item did not exist yet.
    await page.goto(`/ledger-figures?org=${unitId}&ledgerId=${ledgerId}&asOf=${dayInShanghai(-1)}`);
    await expect.poll(() => page.getByTestId('ledger-key-figures').getAttribute('data-asof')).toBe(dayInShanghai(-1));
    await expect.poll(() => page.getByTestId('figure-total').getAttribute('data-value')).toBe('0');
    await context.close();
  });

  it('shows a member the item struck off on their branch’s board, on a phone', async () => {
    expect(itemId).toBeGreaterThan(0);
    const { page, context } = await newPage(PHONE);
    await login(page, 's1member');
    // A member reads no items, only the board.
    expect((await page.request.get(`/api/ledger-items/${itemId}`)).status()).toBe(404);
    // /board opens the member's branch (one held at a 党小组 lands on the branch above it, where the items are);
    // the unit's and the group's boards are one tap up the line.
    await page.goto('/board');
    await page.waitForURL(new RegExp(`/board/${branch.id}$`));
    await expect.poll(() => page.getByTestId('board-title').textContent()).toContain(branch.name);
    await page.getByTestId(`board-line-${unitId}`).click();
    await page.waitForURL(new RegExp(`/board/${unitId}$`));
    await page.goBack();
    await expect.poll(() => page.getByTestId('board-title').textContent()).toContain(branch.name);
    await page.getByRole('tab', { name: /已销号/ }).click();
    const card = page.getByTestId(`board-item-${itemId}`);
    await expect.poll(() => card.innerText()).toContain(ITEM_TITLE);
    await expect.poll(() => page.getByTestId(`board-colour-${itemId}`).getAttribute('data-colour')).toBe('closed');
    await expect.poll(() => card.innerText()).toContain(branch.name);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await settle(page);
    await shot(page, 'ledger-board-phone');
    await context.close();
  });

  it('lists the unit’s items across lists on a phone without sideways scrolling', async () => {
    expect(itemId).toBeGreaterThan(0);
    const { page, context } = await newPage(PHONE);
    await login(page, 's1secretary');
    await page.goto(`/ledger-items?orgId=${branch.id}&status=closed`);
    await expect.poll(() => page.getByTestId(`item-row-${itemId}`).innerText()).toContain(ITEM_TITLE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    // A filter from the URL is kept and changing one goes back to the first page.
    const search = page.getByTestId('items-search').locator('xpath=descendant-or-self::input');
    await search.fill('热餐');
    await search.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('热餐');
    expect(new URL(page.url()).searchParams.get('status')).toBe('closed');
    await expect.poll(() => page.getByTestId(`item-row-${itemId}`).count()).toBe(1);
    await context.close();
  });

  it('imports items from the list’s template, rejecting a file with a bad row whole, and exports them', async () => {
    expect(ledgerId).toBeGreaterThan(0);
    const { page, context } = await newPage();
    await login(page, 's1staff');
    // The list's own template, its example row replaced by ours, each value put under its header.
    const template = await page.request.get(`/api/ledgers/${ledgerId}/import-template`);
    const fileOf = async (rows: Record<string, string>[]) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await template.body()) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const headers = (ws.getRow(1).values as (string | undefined)[]).map((h) => h?.replace('*', ''));
      ws.spliceRows(2, ws.rowCount - 1);
      for (const r of rows) ws.addRow(headers.slice(1).map((h) => (h ? (r[h] ?? null) : null)));
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'xf-items-')), 'items.xlsx');
      await wb.xlsx.writeFile(file);
      return file;
    };
    const tag = Date.now().toString(36);
    const row = (no: string, responsible: string) => ({
      编号: `E2E-${tag}-${no}`,
      事项名称: `为班组配备应急药箱 ${no}`,
      分类: '关爱员工',
      责任单位: responsible,
      完成时限: dayInShanghai(60),
      来源: '坐下来议',
    });
    await page.goto(`/ledgers/${ledgerId}`);
    await page.getByTestId('items-import').click();
    await page.getByTestId('items-import-file').setInputFiles(await fileOf([row('1', branch.name), row('2', '不存在的党支部')]));
    await page.getByTestId('items-import-check').click();
    const errors = page.getByTestId('items-import-errors');
    await expect.poll(() => errors.innerText()).toContain('不存在的党支部');
    // Excel row 3 (row 1 is the header) is the bad one; nothing was written.
    expect(await errors.innerText()).toMatch(/\b3\b/);
    expect((await json<{ total: number }>(page.request, `/api/ledger-items?ledgerId=${ledgerId}&q=E2E-${tag}`)).total).toBe(0);

    await page.getByTestId('items-import-file').setInputFiles(await fileOf([row('1', branch.name), row('2', branch.name)]));
    await page.getByTestId('items-import-check').click();
    await expect.poll(() => page.getByTestId('items-import-result').innerText()).toContain('2');
    await page.getByTestId('items-import-submit').click();
    await expect.poll(() => page.getByTestId('items-import-result').innerText()).toContain('导入完成');
    expect((await json<{ total: number }>(page.request, `/api/ledger-items?ledgerId=${ledgerId}&q=E2E-${tag}`)).total).toBe(2);
    await page.keyboard.press('Escape');

    // 导出: the list's items as .xlsx, the imported ones among them.
    const download = page.waitForEvent('download');
    await page.getByTestId('items-export').click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toEqual(expect.arrayContaining([`E2E-${tag}-1`, `E2E-${tag}-2`, ITEM_TITLE]));
    await context.close();
  });
});
