import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');
export const DEMO_PASSWORD = 'Xianfeng@2026';
export const screenshotsDir = path.resolve(import.meta.dirname, '../docs/screenshots');

let browser: Browser | undefined;

/** Debian's Chromium, headless, with the flags this machine's closed network needs (Playwright gives each launch a fresh profile). */
export async function launch(): Promise<Browser> {
  if (browser) return browser;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  return browser;
}

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function newPage(viewport = DESKTOP, locale = 'zh-CN'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await (await launch()).newContext({ viewport, locale, baseURL: baseUrl() });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login page. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: false });
