import { describe, expect, it } from 'vitest';
import { login, newPage, shot } from './browser';

describe('the organisation tree', () => {
  it('expands lazily, finds a node by search and opens it', async () => {
    const { page, context } = await newPage();
    await login(page, 's1admin');
    await page.goto('/orgs');
    const tree = page.getByTestId('org-tree');
    await expect.poll(() => tree.innerText()).toContain('东北工业集团党委');
    // Units appear only once the root is expanded (lazy), then the search jumps to a branch.
    await expect.poll(() => tree.innerText()).toContain('一东公司');
    await page.getByTestId('org-search').locator('input').fill('装配分厂');
    await page.getByTestId('org-search').locator('input').press('Enter');
    await page.getByText('一东公司装配分厂党支部', { exact: false }).first().click();
    await expect.poll(() => page.getByTestId('org-title').textContent()).toContain('装配分厂党支部');
    await expect.poll(() => page.getByTestId('org-breadcrumb').textContent()).toContain('一东公司');
    await shot(page, 'orgs');
    await page.getByRole('tab', { name: '班子成员' }).click();
    await expect.poll(() => page.getByTestId('org-leadership-table').innerText()).toContain('书记');
    await context.close();
  });
});
