import { describe, expect, it } from 'vitest';
import { login, newPage, PHONE, shot } from './browser';

describe('signing in', () => {
  it('refuses a wrong password with a message in Chinese, then lands on the home page with the subtree figures', async () => {
    const { page, context } = await newPage();
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await shot(page, 'login');
    await page.getByTestId('login-username').fill('s1admin');
    await page.getByTestId('login-password').fill('wrong-password-1');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');

    await login(page, 's1admin');
    await expect.poll(() => page.getByTestId('home-title').textContent()).toContain('东北工业集团');
    // The S1 group: 73 branches and 1,252 members, counted from the records.
    const card = (label: string) => page.getByTestId(`stat-${label}`);
    await expect.poll(() => card('org-branch').innerText()).toMatch(/\b73\b/);
    await expect.poll(() => card('members').innerText()).toMatch(/1,?252/);
    await page.getByTestId('status-chart').locator('canvas').first().waitFor();
    await shot(page, 'home');
    await context.close();
  });

  it('works on a phone: the menu folds into a drawer', async () => {
    const { page, context } = await newPage(PHONE);
    await login(page, 's1admin');
    await page.getByTestId('home-title').waitFor();
    await shot(page, 'home-phone');
    await page.getByTestId('menu-toggle').click();
    await page.getByRole('menuitem', { name: '花名册' }).click();
    await page.waitForURL(/\/people/);
    await page.getByTestId('roster-table').waitFor();
    await shot(page, 'roster-phone');
    await context.close();
  });

  it('a branch secretary sees only the branch', async () => {
    const { page, context } = await newPage();
    await login(page, 's1secretary');
    await page.goto('/orgs');
    const tree = page.getByTestId('org-tree');
    await tree.waitFor();
    await expect.poll(() => tree.innerText()).toContain('装配分厂党支部');
    expect(await tree.innerText()).not.toContain('东北工业集团党委');
    const res = await page.request.get('/api/orgs/search?q=' + encodeURIComponent('蓬翔'));
    expect(await res.json()).toEqual([]);
    await context.close();
  });
});
