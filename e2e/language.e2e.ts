import { describe, expect, it } from 'vitest';
import { login, newPage } from './browser';

describe('the language switch', () => {
  it('switches to English, keeps it after a reload and a new sign-in, and switches back', async () => {
    const { page, context } = await newPage();
    await login(page, 's2admin');
    await page.getByTestId('home-title').waitFor();
    expect(await page.locator('body').innerText()).toContain('花名册');
    await page.getByTestId('language-en-US').click();
    await expect.poll(() => page.locator('body').innerText()).toContain('Roster');
    await page.reload();
    await expect.poll(() => page.locator('body').innerText()).toContain('Roster');
    // The choice lives on the account too: a fresh browser signs in in English.
    const other = await newPage();
    await login(other.page, 's2admin');
    await expect.poll(() => other.page.locator('body').innerText()).toContain('Roster');
    await other.context.close();
    await page.getByTestId('language-zh-CN').click();
    await expect.poll(() => page.locator('body').innerText()).toContain('花名册');
    await context.close();
  });
});
