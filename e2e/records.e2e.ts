import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, PHONE, shot } from './browser';

/** Today in the deployment's zone (Asia/Shanghai), 'YYYY-MM-DD'. */
const todayInShanghai = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const uniq = () => Date.now().toString(36).slice(-5);

async function pickOption(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
}

/** A planned meeting of the secretary's branch today, listing everyone on the roll (made through the API). */
async function planMeetingToday(request: APIRequestContext, topic: string) {
  const me = (await (await request.get('/api/auth/me')).json()) as { grants: { orgId: number; role: string }[] };
  // The branch the secretary administers (their own membership may sit in one of its party groups).
  const orgId = me.grants.find((g) => g.role === 'secretary')!.orgId;
  const roll = (await (await request.get(`/api/records/roll?orgId=${orgId}&on=${todayInShanghai()}`)).json()) as {
    personId: number;
  }[];
  // Starts in an hour: a check-in now is on time.
  const startsAt = new Date(Date.now() + 3600_000).toISOString();
  const res = await request.post('/api/records', {
    data: {
      orgId,
      status: 'planned',
      kind: 'branch_assembly',
      topic,
      startsAt,
      place: '党员活动室',
      attendance: roll.map((r) => ({ personId: r.personId })),
      guests: [],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: number };
}

describe('organisational life', () => {
  it('records a meeting with attendance as a branch secretary and finds it in the list', async () => {
    const { page, context } = await newPage();
    await login(page, 's1secretary');
    await page.goto('/records');
    await page.getByTestId('records-table').waitFor();
    await page.getByTestId('record-create').click();
    await page.waitForURL(/\/records\/new/);
    // The node is the secretary's branch; its roll fills the attendance grid.
    await expect
      .poll(() => page.getByTestId('attendance-grid').locator('[data-testid^="attendance-row-"]').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(14);
    const topic = `研究本月主题党日安排 ${uniq()}`;
    await pickOption(page, 'record-kind', '支部委员会');
    await page.getByTestId('record-topic').fill(topic);
    await page.getByTestId('record-place').fill('党员活动室');
    await page.getByTestId('attendance-all-present').click();
    // One member excused: the reason is required before saving.
    const rows = page.getByTestId('attendance-grid').locator('[data-testid^="attendance-row-"]');
    const excusedId = (await rows.nth(1).getAttribute('data-testid'))!.replace('attendance-row-', '');
    await page.getByTestId(`attendance-excused-${excusedId}`).click();
    await page.getByTestId('record-save-held').click();
    await expect.poll(() => page.getByText('请假人员须填写原因').count()).toBeGreaterThan(0);
    await page.getByTestId(`attendance-reason-${excusedId}`).fill('出差');
    const listed = await rows.count();
    await shot(page, 'record-form');
    await page.getByTestId('record-save-held').click();
    await page.waitForURL(/\/records\/\d+$/);
    await expect.poll(() => page.getByTestId('record-topic-title').textContent()).toContain(topic);
    await expect.poll(() => page.getByTestId('record-present').textContent()).toContain(String(listed - 1));
    await shot(page, 'record');

    await page.goto('/records');
    await page.getByTestId('records-search').fill(topic);
    const table = page.getByTestId('records-table');
    // Only the new record matches its topic.
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => table.innerText()).toContain(topic);
    await expect.poll(() => table.innerText()).toContain(`${listed} / ${listed - 1}`);
    await shot(page, 'records');
    await context.close();
  });

  it('shows 三会一课 and 主题党日 held in all 73 branches of 东北工业集团 in Sept–Oct 2019, and drills down', async () => {
    const { page, context } = await newPage();
    await login(page, 's1admin');
    await page.goto('/compliance?from=2019-09&to=2019-10');
    const table = page.getByTestId('compliance-table');
    await table.waitFor();
    // The columns' keys come from the API; the page must show its figures, and 73 of 73 branches comply.
    const rootId = (await (await page.request.get('/api/orgs/roots')).json())[0].id as number;
    const api = await (await page.request.get(`/api/compliance?orgId=${rootId}&from=2019-09&to=2019-10`)).json();
    const columns = api.columns as { key: string; kind: string }[];
    for (const kind of ['branch_assembly', 'branch_committee_meeting', 'party_lecture', 'theme_party_day']) {
      const col = columns.find((c) => c.kind === kind)!;
      expect(col, kind).toBeDefined();
      await expect.poll(() => page.getByTestId(`compliance-cell-total-${col.key}`).textContent()).toMatch(/^73\/73/);
    }
    await expect.poll(() => table.innerText()).toContain('一东公司党委');
    await shot(page, 'compliance');
    // Drill down to a unit, then to a branch's rule × month grid.
    const unit = (api.children as { orgId: number; name: string }[]).find((c) => c.name.startsWith('一东公司'))!;
    await page.getByTestId(`compliance-open-${unit.orgId}`).click();
    await expect.poll(() => page.getByTestId('compliance-crumbs').innerText()).toContain('一东公司党委');
    await expect.poll(() => table.innerText()).toContain('一东公司装配分厂党支部');
    await table.getByText('一东公司装配分厂党支部', { exact: true }).click();
    const grid = page.getByTestId('compliance-grid');
    await expect.poll(() => grid.locator('[data-testid="grid-row-theme_party_day"] [data-status="met"]').count()).toBe(2);
    await shot(page, 'compliance-branch');
    await context.close();
  });

  it('lets a listed member check in by the rotating code the host shows', async () => {
    const host = await newPage(PHONE);
    await login(host.page, 's1secretary');
    const { id } = await planMeetingToday(host.page.request, `支部党员大会 ${uniq()}`);
    await host.page.goto(`/records/${id}`);
    await host.page.getByTestId('record-checkIn').click();
    await host.page.waitForURL(new RegExp(`/records/${id}/check-in$`));
    const image = host.page.getByTestId('check-in-code');
    await expect.poll(() => image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await shot(host.page, 'check-in-host');
    // What the QR code encodes: the member's check-in page with the current code.
    const code = await (await host.page.request.get(`/api/records/${id}/check-in/code`)).json();
    expect(code.url).toContain(`/check-in/${id}?code=`);

    const member = await newPage(PHONE);
    await login(member.page, 's1member');
    await member.page.goto(code.url);
    const result = member.page.getByTestId('check-in-result');
    await expect.poll(() => result.getAttribute('data-outcome')).toBe('on_time');
    await shot(member.page, 'check-in-member');
    // The host's count goes up (polled every 10 s).
    await expect
      .poll(() => host.page.getByTestId('check-in-count').innerText(), { timeout: 20_000 })
      .toMatch(/^[\s\S]*1\s*\/\s*\d+/);
    // The member sees the meeting with their attendance on their own page.
    await member.page.goto('/me');
    await expect.poll(() => member.page.getByTestId(`my-record-${id}`).innerText()).toContain('出席');
    await host.context.close();
    await member.context.close();
  });
});
