import type { APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, newPage, shot } from './browser';

async function json<T>(request: APIRequestContext, method: 'get' | 'post', url: string, data?: object): Promise<T> {
  const res = await request[method](url, data ? { data } : undefined);
  if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

describe('restructuring the tree', () => {
  it('merges one branch into another through the node page: children and members move, the node is dissolved', async () => {
    const { page, context } = await newPage();
    // S4, so the figures other tests read for S1 stay as the demo has them.
    await login(page, 's4admin');
    const tag = Date.now().toString(36);
    const [unit] = await json<{ id: number; type: string }[]>(page.request, 'get', '/api/orgs/search?q=S4-02');
    expect(unit?.type).toBe('committee');
    const created = (name: string) =>
      json<{ id: number; version: number }>(page.request, 'post', '/api/orgs', { parentId: unit!.id, type: 'branch', name, establishedOn: '2020-01-01' });
    const from = await created(`合并测试甲支部${tag}`);
    const into = await created(`合并测试乙支部${tag}`);
    for (const name of ['李晓明', '王海燕']) {
      await json(page.request, 'post', '/api/people', { name, orgId: from.id, partyStatus: 'full_member', joinedOn: '2015-07-01', fullMemberOn: '2016-07-01', startOn: '2020-01-01' });
    }

    await page.goto(`/orgs/${from.id}`);
    await page.getByTestId('org-merge').click();
    const picker = page.getByTestId('org-merge-into');
    await picker.click();
    await page.keyboard.type(`合并测试乙支部${tag}`);
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: `合并测试乙支部${tag}` }).first().click();
    await shot(page, 'org-merge');
    await page.getByTestId('org-merge-ok').click();
    await expect.poll(() => page.getByTestId('org-title').textContent()).toContain(`合并测试乙支部${tag}`);

    const merged = await json<{ dissolvedOn: string | null }>(page.request, 'get', `/api/orgs/${from.id}`);
    expect(merged.dissolvedOn).not.toBeNull();
    const people = await json<{ total: number; items: { name: string }[] }>(page.request, 'get', `/api/people?orgId=${into.id}`);
    expect(people.items.map((p) => p.name).sort()).toEqual(['李晓明', '王海燕'].sort());
    const history = await json<{ change: string }[]>(page.request, 'get', `/api/orgs/${from.id}/history`);
    expect(history.map((h) => h.change)).toContain('merge');
    await context.close();
  });
});
