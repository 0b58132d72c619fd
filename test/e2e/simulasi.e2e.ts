/**
 * The public "Simulasi Iuran & Manfaat" page in a real browser against the real server and rule table:
 * no login, computes as you type, every line with its legal basis, total in words, Indonesian and
 * English, and the 2025 Nagekeo plan with its exact shortfall.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server';
import { launchBrowser } from './browser';

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ locale: 'id-ID' });
  page = await context.newPage();
  await page.goto(new URL('/simulasi', server.url).href);
});
afterEach(async () => {
  await context?.close();
});

const text = (testId: string) => () => page.getByTestId(testId).first().textContent();
const lineTexts = (testId: string) => page.getByTestId(testId).locator('[data-testid="calc-line"]').allTextContents();

describe('Simulasi Iuran & Manfaat (public)', () => {
  it('computes a PU contribution as you type, line by line with the legal basis, in words, then in English', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Simulasi Iuran & Manfaat');
    expect(await page.getByTestId('public-login').isVisible()).toBe(true); // signed out: the public frame

    await page.getByTestId('contribution-wage').pressSequentially('2186826');
    await expect.poll(text('contribution-total-amount')).toBe('Rp 11.808');
    expect(await text('contribution-total-words')()).toBe('sebelas ribu delapan ratus delapan rupiah');
    const lines = await lineTexts('contribution-lines');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('JKK 0,24% × Rp 2.186.826');
    expect(lines[0]).toContain('Rp 5.248');
    expect(lines[0]).toContain('PP 44/2015 Lampiran I; PP 82/2019');
    expect(lines[1]).toContain('JKM 0,3% × Rp 2.186.826');
    expect(lines[1]).toContain('Rp 6.560');

    await page.getByTestId('lang-en').click();
    await expect.poll(text('contribution-total-words')).toBe('eleven thousand eight hundred eight rupiah');
    expect(await text('contribution-total-amount')()).toBe('Rp 11,808');
    expect((await lineTexts('contribution-lines'))[0]).toContain('JKK 0.24% × Rp 2,186,826');
    expect(await page.getByRole('tab', { name: 'Budget plan' }).isVisible()).toBe(true);
  });

  it('marks an unconfirmed rule: a BPU income below the minimum is raised to Rp 1.000.000', async () => {
    await page.getByTestId('contribution-scheme').getByText('BPU').click();
    // A day outside the PP 50/2025 window, so the only warning is the raised income.
    await page.getByTestId('contribution-on').fill('2025-06-01');
    await page.getByTestId('contribution-wage').pressSequentially('500000');
    await expect.poll(text('contribution-total-amount')).toBe('Rp 16.800');
    await expect.poll(() => page.getByTestId('calc-warning').count()).toBe(1);
    const warning = page.getByTestId('calc-warning');
    expect(await warning.textContent()).toContain('Rp 1.000.000');
    expect(await warning.getByTestId('unconfirmed-badge').textContent()).toBe('belum terkonfirmasi');
  });

  it('shows a JKK death benefit with the scholarship', async () => {
    await page.getByTestId('tab-benefit').click();
    await page.getByTestId('benefit-kind').click();
    await page.getByRole('option', { name: 'JKK meninggal' }).click();
    await page.getByTestId('benefit-wage').pressSequentially('1000000');
    await expect.poll(text('benefit-total-amount')).toBe('Rp 70.000.000');
    expect(await text('benefit-total-words')()).toBe('tujuh puluh juta rupiah');
    expect(await text('benefit-scholarship')()).toContain('Rp 87.000.000');
    expect(await lineTexts('benefit-lines')).toHaveLength(3);
  });

  it('reproduces the 2025 Nagekeo plan: Rp 5.897.856 short; a larger budget turns it into a surplus', async () => {
    await page.getByTestId('tab-plan').click();
    await expect.poll(text('plan-total-amount')).toBe('Rp 1.505.897.856');
    const verdict = page.getByTestId('plan-verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('shortfall');
    expect(await verdict.textContent()).toContain('Anggaran kurang Rp 5.897.856');
    expect(await verdict.textContent()).toContain('lima juta delapan ratus sembilan puluh tujuh ribu delapan ratus lima puluh enam rupiah');
    expect(await text('plan-heads')()).toContain('9.308 orang');

    await page.getByTestId('plan-budget').fill('');
    await page.getByTestId('plan-budget').pressSequentially('1600000000');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('surplus');
    expect(await verdict.textContent()).toContain('Anggaran lebih Rp 94.102.144');
  });

  it('shows month by month when a rule changes inside the period (PP 50/2025 for self-paid BPU from April 2026)', async () => {
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('plan-start').fill('2026-01');
    await page.getByTestId('plan-group').nth(1).getByRole('textbox', { name: 'Sumber dana iuran' }).click();
    await page.getByRole('option', { name: 'Mandiri (peserta)' }).click();
    const months = page.getByTestId('plan-months');
    await months.waitFor();
    const rows = await months.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(12);
    expect(rows[2]).toMatch(/^2026-03.*Rp 16\.800/); // March: before the discount window for other BPU
    expect(rows[3]).toMatch(/^2026-04.*Rp 8\.400/); // April: PP 50/2025 halves it
  });
});
