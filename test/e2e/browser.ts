/** Shared Playwright helpers for the browser journeys: Debian's Chromium, headless, no network chatter. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('login-submit').click();
}

/** The data-testid of every entry in the role menu, in display order. */
export async function menuKeys(page: Page): Promise<string[]> {
  await page.getByTestId('nav').waitFor();
  return page
    .getByTestId('nav')
    .locator('[data-testid^="nav-"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.testid ?? ''));
}
