/**
 * The CSP (src/http/security-headers.ts) against the built web app and the API docs in Chromium: every
 * page of every menu entry renders with no Content-Security-Policy violation, and the Swagger UI at
 * /api/docs still draws the operations. A CSP too tight for Mantine or Swagger shows up here first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { logIn, menuKeys, useJourney } from './browser';

const j = useJourney();

/** Collects CSP violations reported by the page (the event) and by Chromium (the console). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) console.push(m.text()); });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

describe('Content-Security-Policy in the browser', () => {
  it.each(['dinas', 'admin'])('%s: every menu page renders without a CSP violation', async (role) => {
    const violations = await watchCsp(j.page);
    const user = DEMO_USERS.find((u) => u.role === role)!;
    await logIn(j.page, j.server.url, user.username, user.password);
    for (const key of await menuKeys(j.page)) {
      await j.page.getByTestId(key).click();
      await j.page.waitForLoadState('networkidle');
      await expect(j.page.locator('main, [data-testid="nav"]').first().isVisible()).resolves.toBe(true);
    }
    expect(await violations()).toEqual([]);
  });

  it('keeps the Swagger UI at /api/docs working', async () => {
    const violations = await watchCsp(j.page);
    await j.page.goto(`${j.server.url}/api/docs`);
    await j.page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    expect(await j.page.locator('.opblock').count()).toBeGreaterThan(50);
    expect(await violations()).toEqual([]);
  });
});
