/**
 * Running an installation from the browser (issue #17 "Done when"): an admin registers a BPJS branch,
 * onboards a second regency with its Dinas account served by that branch from the form, a third from a
 * CSV (every row reported), renames one; the new Dinas officer signs in with the handed-over password;
 * the users list shows the new account's scope by name; the audit log downloads as XLSX.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { logIn, useJourney } from './browser';

const j = useJourney();
const admin = DEMO_USERS.find((user) => user.role === 'admin')!;

async function pick(page: Page, testId: string, typed: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('installation pages', () => {
  it('branch, regency with its Dinas account from the form and from a CSV, rename, scope by name, audit export', async () => {
    const page = j.page;
    await logIn(page, j.server.url, admin.username, admin.password);
    await page.getByTestId('nav-tenants').click();

    // a BPJS branch, serving nothing yet
    await page.getByTestId('tab-branches').click();
    await page.getByTestId('branch-code').fill('RUTENG');
    await page.getByTestId('branch-name').fill('Kantor Cabang Ruteng');
    await pick(page, 'branch-province', 'Nusa', 'Nusa Tenggara Timur');
    await page.getByTestId('branch-submit').click();
    await expect.poll(() => page.getByTestId('branch-RUTENG').textContent(), { timeout: 15_000 }).toContain('belum ada');

    // a second regency with its first Dinas account, served by that branch
    await page.getByTestId('tab-regencies').click();
    await pick(page, 'add-province', 'Nusa Tenggara T', 'Nusa Tenggara Timur');
    await pick(page, 'add-regency', 'Manggarai', 'Kabupaten Manggarai (53.10)');
    await page.getByTestId('add-branch').click();
    await page.getByRole('option', { name: 'Kantor Cabang Ruteng' }).click();
    await page.getByTestId('add-username').fill('dinas.manggarai');
    await page.getByTestId('add-display-name').fill('Dinas Nakertrans Manggarai');
    await page.getByTestId('add-submit').click();
    await expect.poll(() => page.getByTestId('onboarding-summary').textContent(), { timeout: 15_000 }).toBe('1 terdaftar, 0 sudah ada, 0 ditolak');
    const password = (await page.getByTestId('onboarding-password').textContent())!;
    await expect.poll(() => page.getByTestId('tenant-53.10').textContent()).toContain('Kantor Cabang Ruteng');

    // a CSV: one new regency with the branch, one already there, one refused with its reason
    await page.getByTestId('tab-csv').click();
    const csv = 'kode,nama_pengguna,nama_lengkap,kata_sandi,kantor_cabang\n53.11,dinas.sumbatimur,Dinas Sumba Timur,,RUTENG\n53.10,dinas.manggarai,Dinas Manggarai,,\n53.99,dinas.salah,Kode Salah,,\n';
    await page.getByTestId('onboarding-file').click();
    await page.locator('input[type="file"]').setInputFiles({ name: 'ntt.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('onboarding-submit').click();
    await expect.poll(() => page.getByTestId('onboarding-summary').textContent(), { timeout: 15_000 }).toBe('1 terdaftar, 1 sudah ada, 1 ditolak');
    expect(await page.getByTestId('onboarding-row-4').textContent()).toContain('Kode wilayah bukan kabupaten/kota.');
    expect(await page.getByTestId('onboarding-row-2').textContent()).toContain('Kabupaten Sumba Timur');

    // rename
    await page.getByTestId('tab-regencies').click();
    await page.getByTestId('rename-53.11').click();
    await page.getByTestId('rename-name').fill('Kabupaten Sumba Timur (NTT)');
    await page.getByTestId('rename-save').click();
    await expect.poll(() => page.getByTestId('tenant-53.11').textContent(), { timeout: 15_000 }).toContain('Kabupaten Sumba Timur (NTT)Nusa Tenggara TimurKantor Cabang Ruteng');

    // the users list shows the new account's scope by name
    await page.getByTestId('nav-users').click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'dinas.manggarai' }).textContent(), { timeout: 15_000 }).toContain('Kabupaten Manggarai');

    // the audit log downloads as XLSX (the link carries the filter)
    await page.getByTestId('nav-audit').click();
    const href = await page.getByTestId('audit-xlsx').getAttribute('href');
    const xlsx = await page.request.get(new URL(href!, j.server.url).href);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

    // the new Dinas officer signs in with the handed-over password and must choose a new one
    await page.getByTestId('logout').click().catch(() => undefined);
    await j.context.clearCookies();
    await logIn(page, j.server.url, 'dinas.manggarai', password);
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/kata-sandi');
  });
});
