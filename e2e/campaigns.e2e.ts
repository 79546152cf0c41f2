import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, PHONE, shot } from './browser';

const S1_TITLE = '东北工业集团“不忘初心、牢记使命”主题教育（第二批）';
/** Today in the deployment's zone (Asia/Shanghai), 'YYYY-MM-DD'. */
const todayInShanghai = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
/** A small PDF: the server checks a document's type by its bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

interface Campaign {
  id: number;
  version: number;
  actions: { id: number; title: string }[];
}

async function json<T>(res: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

const actionId = (c: Campaign, title: string) => c.actions.find((a) => a.title === title)!.id;

/** A launched copy of the S1 campaign starting today (as the group's staff would make next year's): the
 * units' flow runs on it, so the seeded campaign's figures stay as they are. */
async function launchCopy(request: APIRequestContext, sourceId: number, title: string): Promise<Campaign> {
  const rootId = (await json<{ id: number }[]>(await request.get('/api/orgs/roots')))[0]!.id;
  const draft = await json<Campaign>(
    await request.post(`/api/campaigns/${sourceId}/copy`, { data: { ownerOrgId: rootId, title, periodStart: todayInShanghai() } }),
    201,
  );
  const launched = await json<{ campaign: Campaign }>(await request.post(`/api/campaigns/${draft.id}/launch`, { data: { version: draft.version } }));
  return launched.campaign;
}

/** Opens an action of a campaign from the to-do list. */
async function openTask(page: Page, campaignId: number, title: string) {
  await page.goto('/tasks');
  const card = page.getByTestId(`tasks-campaign-${campaignId}`);
  await card.getByRole('link', { name: title, exact: true }).click();
  await page.waitForURL(/\/assignments\/\d+$/);
  await expect.poll(() => page.getByTestId('assignment-title').textContent()).toBe(title);
}

const tone = (page: Page) => page.getByTestId('assignment-state').getAttribute('data-tone');

/** Before a screenshot: no toast left over, the part shown scrolled to the top (below the sticky header). */
async function settle(page: Page, testId?: string) {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  if (!testId) return;
  const top = await page.getByTestId(testId).evaluate((e) => e.getBoundingClientRect().top);
  await page.mouse.wheel(0, top - 100);
  await page.waitForTimeout(300);
}

describe('campaigns', () => {
  let campaignId = 0;

  it('shows the S1 campaign’s key figures as of 2019-10-29 and its progress matrix, drilling into a unit', async () => {
    const { page, context } = await newPage();
    await login(page, 's1admin');
    await page.goto('/campaigns');
    await page.getByTestId('campaigns-table').getByText(S1_TITLE).click();
    await page.waitForURL(/\/campaigns\/\d+/);
    campaignId = Number(/\/campaigns\/(\d+)/.exec(page.url())![1]);
    const campaign = await json<Campaign>(await page.request.get(`/api/campaigns/${campaignId}`));

    // 截至日期: typed into the picker as the locale writes dates.
    const asOf = page.getByTestId('overview-asof');
    await page.getByTestId('overview-figures').waitFor();
    await asOf.click();
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor();
    await asOf.fill('2019年10月29日');
    await expect.poll(() => page.locator('.ant-picker-cell-selected').first().getAttribute('title')).toBe('2019-10-29');
    await asOf.press('Enter');
    await expect.poll(() => page.getByTestId('overview-figures').getAttribute('data-asof')).toBe('2019-10-29');
    await asOf.blur();
    const units = (title: string) => page.getByTestId(`figure-units-${actionId(campaign, title)}`).textContent();
    await expect.poll(() => units('召开调研成果交流会')).toBe('8 / 9 个单位');
    await expect.poll(() => units('主要领导讲专题党课')).toBe('7 / 9 个单位');
    await expect.poll(() => units('召开对照党章党规找差距专题会')).toBe('2 / 9 个单位');
    await expect.poll(() => units('召开动员部署会')).toBe('9 / 9 个单位');
    await expect.poll(() => page.getByTestId('overview-acknowledged').innerText()).toContain('/');
    await page.getByTestId('overview-chart').waitFor();
    await settle(page, 'overview-asof');
    await shot(page, 'campaign-overview');

    // 进度: the units × actions matrix, totals of units done, then one unit's branches.
    await page.getByRole('tab', { name: '进度' }).click();
    const matrix = page.getByTestId('progress-matrix');
    await expect.poll(() => matrix.innerText()).toContain('一东公司党委');
    await expect.poll(() => page.getByTestId(`progress-total-${actionId(campaign, '召开对照党章党规找差距专题会')}`).textContent()).toBe('2/9');
    const unit = (await json<{ rows: { orgId: number; name: string }[] }>(await page.request.get(`/api/campaigns/${campaignId}/progress`))).rows.find(
      (r) => r.name === '一东公司党委',
    )!;
    // A unit's own action is one assignment: its cell shows the state and opens it.
    const cell = page.getByTestId(`progress-cell-${unit.orgId}-${actionId(campaign, '制定工作方案')}`);
    await expect.poll(() => cell.getAttribute('data-tone')).toBe('done');
    await settle(page, 'progress-org');
    await shot(page, 'campaign-progress');
    await cell.click();
    await page.waitForURL(/\/assignments\/\d+$/);
    await expect.poll(() => page.getByTestId('assignment-title').textContent()).toBe('制定工作方案');
    await expect.poll(() => page.getByTestId('assignment-documents').innerText()).toContain('一东公司');
    await page.goBack();
    await page.getByTestId(`progress-open-${unit.orgId}`).click();
    await expect.poll(() => page.getByTestId('progress-crumbs').innerText()).toContain('一东公司党委');
    await expect.poll(() => matrix.innerText()).toContain('一东公司装配分厂党支部');
    await context.close();
  });

  it('lets a unit’s staff complete and submit tasks with a document uploaded once, and the group approve', async () => {
    expect(campaignId).toBeGreaterThan(0);
    const admin = await newPage();
    await login(admin.page, 's1admin');
    // Each run starts from fresh demo data: the copy's names need no suffix.
    const title = '东北工业集团“不忘初心、牢记使命”主题教育（复制）';
    const copy = await launchCopy(admin.page.request, campaignId, title);

    // 一东公司党委's staff: the new campaign's tasks on /tasks; 制定工作方案 is done by uploading the plan.
    const staff = await newPage();
    await login(staff.page, 's1staff');
    const { page } = staff;
    await openTask(page, copy.id, '制定工作方案');
    await expect.poll(() => tone(page)).toBe('notStarted');
    await page.getByTestId('assignment-link-document').click();
    await page.getByRole('tab', { name: '上传新材料' }).click();
    const docTitle = '一东公司主题教育工作方案';
    await page.getByTestId('upload-document-title').fill(docTitle);
    await page.locator('.ant-modal input[type=file]').setInputFiles({ name: '工作方案.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId('upload-document-save').click();
    await expect.poll(() => tone(page)).toBe('done');
    await expect.poll(() => page.getByTestId('assignment-documents').innerText()).toContain(docTitle);

    // Uploaded once, the plan also serves 成立领导小组及办公室 (it names the leading group).
    await openTask(page, copy.id, '成立领导小组及办公室');
    await page.getByTestId('assignment-link-document').click();
    await page.getByTestId('link-document-list').locator('.ant-list-item').filter({ hasText: docTitle }).locator('[data-testid^="link-document-"]').click();
    await expect.poll(() => tone(page)).toBe('done');
    await page.keyboard.press('Escape');

    // The research action needs two documents and the group's approval: 提交 waits for the second.
    await openTask(page, copy.id, '确定调研题目并提交调研报告和A3报告');
    for (const [i, name] of ['调研报告', 'A3报告'].entries()) {
      await expect.poll(() => page.getByTestId('assignment-submit').isDisabled()).toBe(true);
      await page.getByTestId('assignment-link-document').click();
      await page.getByRole('tab', { name: '上传新材料' }).click();
      await page.getByTestId('upload-document-title').fill(`一东公司${name}`);
      await page.locator('.ant-modal input[type=file]').setInputFiles({ name: `${name}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await page.getByTestId('upload-document-save').click();
      await expect.poll(() => page.getByTestId('assignment-evidence-count').textContent()).toBe(`${i + 1} / 2`);
    }
    await page.getByTestId('assignment-submit').click();
    await page.getByTestId('assignment-comment').fill('调研报告和A3报告已上传');
    await page.getByTestId('assignment-step-ok').click();
    await expect.poll(() => tone(page)).toBe('submitted');
    await settle(page);
    await shot(page, 'assignment');
    const assignmentUrl = page.url();

    // The group's staff find it under 待审核 and approve it.
    await admin.page.goto('/tasks');
    const review = admin.page.getByTestId('tasks-review');
    await expect.poll(() => review.innerText()).toContain('一东公司党委');
    await admin.page.goto(new URL(assignmentUrl).pathname);
    await admin.page.getByTestId('assignment-approve').click();
    await admin.page.getByTestId('assignment-step-ok').click();
    await expect.poll(() => tone(admin.page)).toBe('done');
    await expect.poll(() => admin.page.getByTestId('assignment-history').innerText()).toContain('审核通过');

    // The unit's list now shows both done; the seeded campaign is untouched.
    await page.goto('/tasks');
    const card = page.getByTestId(`tasks-campaign-${copy.id}`);
    await expect.poll(() => card.innerText()).toContain('召开动员部署会');
    await admin.context.close();
    await staff.context.close();
  });

  it('shows a unit’s tasks on a phone without sideways scrolling', async () => {
    const { page, context } = await newPage(PHONE);
    await login(page, 's1staff');
    await page.goto('/tasks');
    await page.getByTestId('tasks-open').waitFor();
    await expect.poll(() => page.locator('[data-testid^="task-state-"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'tasks-phone');
    await context.close();
  });
});
