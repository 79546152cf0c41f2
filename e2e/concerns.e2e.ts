import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, PHONE, shot } from './browser';

// 急难愁盼 end to end: 一东公司's staff open a channel for the 装配分厂 branch, an employee without an account
// submits a concern on a phone, the staff accept it into a 办实事 list of their own, the follow page shows the item.
const LEDGER_TITLE = '一东公司职工急难愁盼办实事清单（浏览器测试）';
const CONCERN = '装配分厂夜班下班后已过末班公交时间，希望开通夜班通勤车';

const dayInShanghai = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
const zhDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

async function json<T>(request: APIRequestContext, url: string, body?: object, status = 200): Promise<T> {
  const res = body ? await request.post(url, { data: body }) : await request.get(url);
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

async function settle(page: Page) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

/** 装配分厂党支部: the branch of the demo's s1secretary (whose own node may be one of its 党小组). */
async function branchOfSecretary() {
  const secretary = await newPage();
  await login(secretary.page, 's1secretary');
  const me = await json<{ orgId: number }>(secretary.page.request, '/api/auth/me');
  const own = await json<{ id: number; name: string; type: string; ancestors: { id: number; name: string; type: string }[] }>(
    secretary.page.request,
    `/api/orgs/${me.orgId}`,
  );
  await secretary.context.close();
  return [own, ...own.ancestors.slice().reverse()].find((o) => o.type === 'branch')!;
}

describe('concerns (急难愁盼)', () => {
  it('takes a concern from a phone without an account, and follows it into a 办实事 item', async () => {
    const staff = await newPage();
    const { page } = staff;
    await login(page, 's1staff');
    const found = await branchOfSecretary();
    const branch = { orgId: found.id, orgName: found.name };
    const unitId = (await json<{ id: number }[]>(page.request, '/api/orgs/roots'))[0]!.id;
    // A 办实事 list of the test's own, owned by the unit (the demo's lists stay as they are).
    const ledger = await json<{ id: number }>(
      page.request,
      '/api/ledgers',
      { ownerOrgId: unitId, kind: 'practical_matter', title: LEDGER_TITLE, categories: ['服务基层', '关爱员工'] },
      201,
    );

    // The staff open the branch's channel from the triage page (the menu shows it to ledger managers).
    await page.goto('/');
    await page.getByTestId('nav-concerns').click();
    await page.waitForURL(/\/concerns$/);
    await page.getByTestId('channel-org').click();
    await page.keyboard.type(branch.orgName);
    // Search hits read "… / parent / node": the branch itself, not its 党小组 whose path also names it.
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: new RegExp(`${branch.orgName}$`) }).first().click();
    await page.getByTestId('channel-open').click();
    const card = page.getByTestId(`channel-${branch.orgId}`);
    await card.waitFor();
    const token = (await card.getAttribute('data-token'))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    await expect.poll(() => card.getByTestId('channel-link').innerText()).toContain(`/concern/${token}`);
    await card.getByTestId('channel-qr').waitFor();

    // An employee scans it: a phone, no session.
    const employee = await newPage(PHONE);
    const phone = employee.page;
    await phone.goto(`/concern/${token}`);
    await expect.poll(() => phone.getByTestId('concern-org').textContent()).toContain(branch.orgName);
    // Empty text is refused on the page, in Chinese.
    await phone.getByTestId('concern-submit').click();
    await expect.poll(() => phone.locator('.ant-form-item-explain-error').first().textContent()).toBe('请填写您的诉求。');
    await phone.getByTestId('concern-text').fill(CONCERN);
    await phone.getByTestId('concern-category').click();
    await phone.locator('.ant-select-item-option', { hasText: '关爱员工' }).click();
    await phone.getByTestId('concern-name').fill('赵师傅');
    await phone.getByTestId('concern-contact').fill('13700003333');
    // Blur the last field and let the category's dropdown finish closing before the picture.
    await phone.getByTestId('concern-org').click();
    await phone.evaluate('window.scrollTo(0, 0)');
    await phone.waitForTimeout(400);
    await shot(phone, 'concern-form-phone');
    await phone.getByTestId('concern-submit').click();
    const code = (await phone.getByTestId('concern-follow-code').getAttribute('data-code'))!;
    expect(code).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}$/);
    await phone.getByTestId('concern-follow-link').click();
    await phone.waitForURL(new RegExp(`/concern/follow/${code}$`));
    await expect.poll(() => phone.getByTestId('concern-status').getAttribute('data-status')).toBe('new');
    expect(await phone.getByTestId('follow-result').innerText()).not.toContain('赵师傅');

    // The staff triage it: the drawer shows who sent it; accept into the list with a deadline.
    await page.goto(`/concerns?status=new&orgId=${branch.orgId}`);
    const concern = (await json<{ items: { id: number; text: string }[] }>(page.request, `/api/concerns?status=new&orgId=${branch.orgId}`)).items.find(
      (c) => c.text === CONCERN,
    )!;
    await page.getByTestId(`concern-row-${concern.id}`).click();
    const drawer = page.getByTestId('concern-drawer');
    await expect.poll(() => drawer.innerText()).toContain('13700003333');
    await page.getByTestId('concern-ledger').click();
    await page.locator('.ant-select-item-option', { hasText: LEDGER_TITLE }).click();
    // The submitter's category is preselected (the list has it); the API check after accepting proves it.
    const deadline = page.getByTestId('concern-deadline');
    await deadline.click();
    await deadline.fill(zhDate(dayInShanghai(45)));
    // Tab, not Enter: Enter in a field submits the form.
    await deadline.press('Tab');
    await drawer.getByTestId('concern-text-full').click();
    await page.locator('.ant-picker-dropdown').waitFor({ state: 'hidden' });
    await settle(page);
    await shot(page, 'concerns-triage');
    await page.getByTestId('concern-accept').click();
    await expect.poll(() => drawer.getByTestId('concern-status').getAttribute('data-status')).toBe('accepted');
    await expect.poll(() => drawer.getByTestId('concern-item-link').textContent()).toBe(CONCERN);
    const items = await json<{ items: { title: string; responsibleOrgId: number; deadline: string; category: string }[] }>(
      page.request,
      `/api/ledger-items?ledgerId=${ledger.id}`,
    );
    expect(items.items).toMatchObject([{ title: CONCERN, responsibleOrgId: branch.orgId, deadline: dayInShanghai(45), category: '关爱员工' }]);

    // The employee's follow page now shows the item: title, responsible unit, deadline, progress.
    await phone.reload();
    await expect.poll(() => phone.getByTestId('concern-status').getAttribute('data-status')).toBe('accepted');
    await expect.poll(() => phone.getByTestId('follow-item-title').textContent()).toBe(CONCERN);
    await expect.poll(() => phone.getByTestId('follow-item-status').getAttribute('data-status')).toBe('registered');
    const shown = await phone.getByTestId('follow-result').innerText();
    expect(shown).toContain(branch.orgName);
    expect(shown).toContain(zhDate(dayInShanghai(45)));
    expect(shown).not.toContain('赵师傅');
    expect(shown).not.toContain('13700003333');
    // Typed by hand on the follow page, in lower case with a dash.
    await phone.goto('/concern/follow');
    await phone.getByTestId('follow-code-input').fill(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
    await phone.getByTestId('follow-search').click();
    await expect.poll(() => phone.getByTestId('follow-item-title').textContent()).toBe(CONCERN);

    await employee.context.close();
    await staff.context.close();
  }, 150_000);
});
