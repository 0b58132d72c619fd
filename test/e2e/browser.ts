/** Shared Playwright helpers for the browser journeys: Debian's Chromium, headless, no network chatter. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startTestServer } from '../support/server';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

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

export interface Journey {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * The hooks every browser journey needs: one real server (fresh database, demo seed) and one Chromium
 * per file, and a fresh browser context per test so no cookie or stored language leaks between tests.
 * The returned object's fields are filled in by the hooks. `server`: e.g. the demo's 9,345 participants.
 */
export function useJourney(options: BrowserContextOptions = {}, server: Parameters<typeof startTestServer>[0] = {}): Journey {
  const j = {} as Journey;
  beforeAll(async () => {
    [j.server, j.browser] = await Promise.all([startTestServer(server), launchBrowser()]);
  });
  afterAll(async () => {
    await j.browser?.close();
    await j.server?.close();
  });
  beforeEach(async () => {
    j.context = await j.browser.newContext({ locale: 'id-ID', ...options });
    j.page = await j.context.newPage();
  });
  afterEach(async () => {
    await j.context?.close();
  });
  return j;
}
