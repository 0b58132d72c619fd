/**
 * The report views in a real browser on the full demo (9,345 participants of Nagekeo's 2025 PKS, its
 * bills, SP2D and claims), issue #14 §9: the Kepala Dinas's Beranda tells the 2025 story in charts; the
 * NTT province view lists all 22 regencies and cities, sortable, Nagekeo with its figures and the rest
 * "Belum ada program"; the national view lists the 38 provinces and drills down to NTT and to Nagekeo.
 * Each view is photographed at desktop and phone width (LINDUNG_E2E_ARTIFACTS, default
 * $TMPDIR/lindung-e2e-reports) and checked: a real image, no sideways scrolling on the phone, no raw
 * translation keys or codes on screen — in Bahasa Indonesia and in English.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock/clock';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { refreshReports } from '../../src/reports/report-refresh.service';
import { logIn, useJourney } from './browser';

// "Today" for the app's services: after the 2025 PKS ended, before any 2026 PKS — every view opens on 2025
const CLOCK = fixedClock('2026-03-15T04:00:00Z');
const DESKTOP = { width: 1400, height: 1000 };
const PHONE = { width: 390, height: 844 };
const ARTIFACTS = process.env.LINDUNG_E2E_ARTIFACTS ?? path.join(os.tmpdir(), 'lindung-e2e-reports');

const j = useJourney({ viewport: DESKTOP }, { participants: true, clock: CLOCK });

beforeAll(async () => {
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // the roll-up behind the dashboards is refreshed by the job queue; here once, before the first view
  await refreshReports(j.server.db, CLOCK);
}, 120_000);

async function logInAs(username: string) {
  const user = DEMO_USERS.find((u) => u.username === username)!;
  await logIn(j.page, j.server.url, user.username, user.password);
  await j.page.getByTestId('nav').waitFor();
}

const text = (testId: string) => j.page.getByTestId(testId).first().innerText();

/** Visible text that looks like an untranslated i18n key ("reports.budget.title") or a raw code. */
async function rawKeysOn(page: Page): Promise<string[]> {
  const body = await page.locator('body').innerText();
  const keys = body.match(/\b(reports|reportExport|claims|billing|agreements|common|nav|dashboard|regions)\.[a-zA-Z][\w.-]*\b/g) ?? [];
  const codes = body.match(/\b(jkk-[a-z-]+|kurang-bayar|belum-bayar|lewat-jatuh-tempo|not-billed|berkas-lengkap|[A-Z]{3,}_[A-Z_]{3,})\b/g) ?? [];
  return [...keys, ...codes];
}

/** Charts drawn: an svg with bars (or a line) inside the element. */
async function marksIn(testId: string): Promise<number> {
  const chart = j.page.getByTestId(testId).first();
  await chart.locator('svg').first().waitFor();
  return chart.locator('.recharts-bar-rectangle, .recharts-line-curve').count();
}

/** Photographs the page at desktop and at phone width, and checks each picture and the phone layout. */
async function photograph(name: string, ready: string) {
  const shots: string[] = [];
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await j.page.setViewportSize(size);
    await j.page.getByTestId(ready).waitFor();
    await j.page.waitForTimeout(400); // the charts' ResponsiveContainer redraws after a resize
    await j.page.evaluate(() => window.scrollTo(0, 0)); // else the fixed header lands mid-picture
    await j.page.mouse.move(0, 0); // no chart tooltip left open by the last click
    const file = path.join(ARTIFACTS, `${name}-${label}.png`);
    await j.page.screenshot({ path: file, fullPage: true });
    // a blank or error page compresses to a few kilobytes; a dashboard with charts is far larger
    expect(fs.statSync(file).size, file).toBeGreaterThan(40_000);
    const width = await j.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(width.scroll, `${name} ${label}: no sideways scrolling`).toBeLessThanOrEqual(width.inner);
    shots.push(file);
  }
  await j.page.setViewportSize(DESKTOP);
  return shots;
}

async function inEnglishToo(ready: string) {
  expect(await rawKeysOn(j.page)).toEqual([]);
  await j.page.getByTestId('lang-en').click();
  await j.page.getByTestId(ready).waitFor();
  await expect.poll(() => j.page.getByTestId('nav-reports').innerText()).toBe('Reports');
  expect(await rawKeysOn(j.page)).toEqual([]);
}

describe('the regency dashboard (Beranda of the Kepala Dinas)', () => {
  it('tells the 2025 story in figures and charts, and each panel opens its detail', async () => {
    await logInAs('dinas.nagekeo');
    const dashboard = j.page.getByTestId('regency-dashboard');
    await dashboard.waitFor();
    expect(await dashboard.getAttribute('data-protected')).toBe('9345');
    expect(await text('protected')).toContain('9.345');
    expect(await text('budget-billed')).toContain('Rp 1.505.897.856');
    expect(await text('budget-paid')).toContain('Rp 1.500.000.000');
    expect(await text('shortfall')).toContain('Rp 5.897.856');
    expect(await text('bills-overdue')).toContain('Rp 5.897.856');
    expect(await text('runs-out')).toBe('Anggaran habis pada Desember 2025');
    expect(await text('benefits-paid')).toBe('Rp 168.967.648');

    // every panel draws its chart: 12 months × 2 groups of bars, the cumulative lines, bills, claims, units, UCJ
    expect(await marksIn('monthly-chart')).toBe(24);
    expect(await marksIn('realisation-chart')).toBe(3);
    for (const chart of ['bills-chart', 'claims-chart', 'by-district-chart', 'by-village-chart', 'by-opd-chart', 'ucj-chart']) {
      expect(await marksIn(chart), chart).toBeGreaterThan(0);
    }
    // the 7 kecamatan each have a bar and a table row; the village panel follows the chosen kecamatan
    expect(await j.page.getByTestId('by-district-table').locator('tbody tr').count()).toBe(7);
    const villagesBefore = await text('by-village-table');
    await j.page.getByTestId('village-district').click();
    await j.page.getByRole('option', { name: 'Wolowae' }).click();
    await expect.poll(() => text('by-village-table')).not.toBe(villagesBefore);

    await photograph('regency-beranda', 'regency-dashboard');
    await inEnglishToo('regency-dashboard');
    expect(await text('runs-out')).toBe('The budget runs out in December 2025');

    // the budget panel's detail: the PKS's realisation on the billing page, paid Rp 1,500,000,000 in all
    await j.page.getByTestId('budget-panel-detail').click();
    await j.page.waitForURL(/\/tagihan\?pks=\d+&tab=realisation/);
    await expect.poll(() => j.page.getByTestId('realisation-chart').getAttribute('data-paid')).toBe('1500000000');
  });
});

describe('a regency viewer (Bappeda)', () => {
  it('sees the same Beranda, without links into pages its role may not open', async () => {
    await logInAs('viewer.nagekeo');
    await expect.poll(() => j.page.getByTestId('regency-dashboard').getAttribute('data-protected')).toBe('9345');
    expect(await text('budget-billed')).toContain('Rp 1.505.897.856');
    // billing, participants and claims pages are not the viewer's: their "see details" links are absent
    expect(await j.page.getByTestId('budget-panel-detail').count()).toBe(0);
    expect(await j.page.getByTestId('claims-panel-detail').count()).toBe(0);
    expect(await j.page.getByTestId('ucj-card-detail').count()).toBe(1);
  });
});

describe('the province view (NTT)', () => {
  it('lists all 22 regencies and cities — Nagekeo with its figures, the rest without a programme — sorts, drills down', async () => {
    await logInAs('viewer.ntt');
    await j.page.getByTestId('nav-reports').click();
    const view = j.page.getByTestId('region-view-province');
    await view.waitFor();
    expect(await view.getAttribute('data-rows')).toBe('22');
    const rows = j.page.getByTestId('region-row');
    expect(await rows.count()).toBe(22);
    const nagekeo = j.page.locator('[data-testid="region-row"][data-code="53.16"]');
    const cells = await nagekeo.locator('td').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual(['Kabupaten Nagekeo', '9.345', '6.311', '3.034']);
    expect(cells.slice(5, 9)).toEqual(['Rp 1.500.000.000', '100 %', 'Rp 5.897.856', '4']);
    expect(cells[4]).toContain('560/PKS/DTK-NGK/2025');
    expect(await j.page.getByTestId('no-programme').count()).toBe(21);
    expect(await j.page.getByTestId('no-programme').first().innerText()).toMatch(/^belum ada program$/i);
    expect(await marksIn('region-chart')).toBeGreaterThan(0);
    expect(await marksIn('region-money-chart')).toBe(3);

    // sorting: most participants first (the default), by name A→Z and Z→A
    expect(await rows.first().getAttribute('data-code')).toBe('53.16');
    await j.page.getByTestId('sort-name').click();
    expect(await rows.first().locator('td').first().innerText()).toBe('Kabupaten Alor');
    expect(await rows.last().locator('td').first().innerText()).toBe('Kota Kupang');
    await j.page.getByTestId('sort-name').click();
    expect(await rows.first().locator('td').first().innerText()).toBe('Kota Kupang');
    await j.page.getByTestId('sort-overdue').click();
    expect(await rows.first().getAttribute('data-code')).toBe('53.16');

    await photograph('province-ntt', 'region-view-province');
    await inEnglishToo('region-view-province');
    expect(await j.page.getByTestId('no-programme').first().innerText()).toMatch(/^no programme yet$/i);

    await j.page.getByTestId('drill-53.16').click();
    await expect.poll(() => j.page.getByTestId('regency-dashboard').getAttribute('data-protected')).toBe('9345');
    // back up to the province; the nation is above this viewer's scope, so it is no link
    expect(await j.page.getByTestId('crumb-ID').count()).toBe(0);
    await j.page.getByTestId('crumb-53').click();
    await j.page.getByTestId('region-view-province').waitFor();
  });
});

describe('the national view', () => {
  it('lists the 38 provinces and drills down to NTT, then to Nagekeo', async () => {
    await logInAs('viewer.nasional');
    await j.page.getByTestId('nav-reports').click();
    const view = j.page.getByTestId('region-view-nation');
    await view.waitFor();
    expect(await view.getAttribute('data-rows')).toBe('38');
    expect(await j.page.getByTestId('region-row').count()).toBe(38);
    const ntt = await j.page.locator('[data-testid="region-row"][data-code="53"] td').allInnerTexts();
    expect(ntt.slice(0, 5)).toEqual(['Nusa Tenggara Timur', '9.345', '6.311', '3.034', '1']);
    expect(await marksIn('region-chart')).toBeGreaterThan(0);

    await photograph('nation', 'region-view-nation');
    expect(await rawKeysOn(j.page)).toEqual([]);

    await j.page.getByTestId('drill-53').click();
    await j.page.waitForURL(/region=53&/);
    await expect.poll(() => j.page.getByTestId('region-view-province').getAttribute('data-rows')).toBe('22');
    await j.page.getByTestId('drill-53.16').click();
    await expect.poll(() => j.page.getByTestId('regency-dashboard').getAttribute('data-protected')).toBe('9345');
    // a national viewer may climb back to the nation
    await j.page.getByTestId('crumb-ID').click();
    await j.page.getByTestId('region-view-nation').waitFor();
  });
});
