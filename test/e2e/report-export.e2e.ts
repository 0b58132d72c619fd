/**
 * The report downloads as a Kepala Dinas uses them (issue #14 §4): on the Beranda's regency dashboard the
 * export menu downloads the monthly report to the Bupati for the month picked and the coverage as XLSX,
 * each under a readable file name; the province view of the NTT viewer offers the same menu without the
 * monthly report (a regency's document).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { pdfText } from '../support/pdf-text';
import { logIn, useJourney } from './browser';

const j = useJourney({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });

async function logInAs(role: string) {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  await logIn(j.page, j.server.url, user.username, user.password);
  await j.page.getByTestId('nav').waitFor();
}

async function download(click: () => Promise<void>) {
  const [file] = await Promise.all([j.page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), content: fs.readFileSync((await file.path())!) };
}

describe('report downloads', () => {
  it('the Kepala Dinas downloads the monthly report of a picked month and the coverage XLSX from the Beranda', async () => {
    await logInAs('dinas');
    await j.page.getByTestId('report-export-menu').waitFor();
    await j.page.getByTestId('export-month').click();
    await j.page.getByRole('option', { name: 'November 2025' }).click();
    const monthly = await download(() => j.page.getByTestId('export-monthly').click());
    expect(monthly.name).toBe('laporan-bulanan-kabupaten-nagekeo-2025-11.pdf');
    expect(pdfText(monthly.content)).toContain('Bulan November 2025');

    await j.page.getByRole('button', { name: 'Unduh laporan' }).click();
    const coverage = await download(() => j.page.getByTestId('export-coverage-xlsx').click());
    expect(coverage.name).toBe('cakupan-kabupaten-nagekeo-2025.xlsx');
    expect(coverage.content.subarray(0, 2).toString()).toBe('PK'); // a zip: the XLSX container
  });

  it('the province viewer gets the menu without the monthly report', async () => {
    await logInAs('viewer');
    await j.page.goto(`${j.server.url}/laporan?region=53&year=2025`);
    await j.page.getByTestId('report-export-menu').waitFor();
    expect(await j.page.getByTestId('export-monthly').count()).toBe(0);
    await j.page.getByRole('button', { name: 'Unduh laporan' }).click();
    const budget = await download(() => j.page.getByTestId('export-budget-pdf').click());
    expect(budget.name).toBe('anggaran-provinsi-nusa-tenggara-timur-2025.pdf');
    expect(pdfText(budget.content)).toContain('Kabupaten Nagekeo');
  });
});
