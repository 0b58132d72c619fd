/**
 * The bulk-import journey of issue #5 through the real server and database: a Dinas officer uploads a
 * spreadsheet of mixed quality, sees every row accounted for and each rejection explained in Bahasa
 * Indonesia, downloads the error sheet, and cannot approve their own batch (four eyes); a second Dinas
 * officer approves it, watching the approval job's progress, and the people are then found in the
 * registry — once each. A failed approval says so and registers nothing. An OPD operator's upload waits
 * for the Dinas.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { formatNik } from '../../src/domain/nik';
import { holdRegistryWrites } from '../support/imports';
import { logIn, useJourney } from './browser';

const j = useJourney({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });

// Maker-checker: the uploader cannot approve; the demo's second Dinas officer does.
const CHECKER = DEMO_USERS.find((u) => u.username === 'kabid.nagekeo')!;


async function logInAs(username: string, password: string) {
  await logIn(j.page, j.server.url, username, password);
  await j.page.getByTestId('nav').waitFor();
}
const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;
const text = (testId: string) => j.page.getByTestId(testId).first().textContent();

// Nagekeo (53.16), kecamatan 01; women's birth day + 40 in the NIK (Permendagri 108/2019).
const nik = (birthDate: string, sex: 'L' | 'P', serial: string) => formatNik({ districtCode: '53.16.01', birthDate, sex, serial });
const YOHANES = nik('1985-01-12', 'L', '0001');
const MARIA = nik('1990-03-05', 'P', '0002');

/** Three good rows, a NIK Excel turned into 5.31601E+15, an impossible date, and Yohanes twice. */
function mixedCsv(): string {
  return [
    'NIK,Nama,Tanggal Lahir,Jenis Kelamin,Jabatan,Upah',
    `${YOHANES},Yohanes Bosco Dhae,12/01/1985,L,Staf Administrasi,3500000`,
    `${MARIA},Maria Goreti Ngole,05/03/1990,P,Perawat,3500000`,
    `${nik('1988-07-20', 'L', '0003')},Petrus Wea,20/07/1988,L,Sopir Ambulans,3500000`,
    '5.31601E+15,Agustinus Lado,01/02/1987,L,Staf,3500000',
    `${nik('1992-06-15', 'P', '0004')},Kristina Bupu,31/02/1992,P,Bidan,3500000`,
    `${YOHANES},Yohanes B. Dhae,12/01/1985,L,Staf Administrasi,3500000`,
  ].join('\n');
}

async function upload(name: string, csv: string) {
  await j.page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await j.page.getByTestId('import-submit').click();
  await j.page.getByTestId('batch-panel').waitFor();
}

async function reasonOfRow(rowNo: number) {
  return j.page.getByTestId(`import-row-${rowNo}`).textContent();
}

describe('bulk import of workers', () => {
  it('imports a mixed-quality file with every row accounted for, the error sheet, four-eyes approval and the registry', async () => {
    await logInAs(demo('dinas').username, demo('dinas').password);
    await j.page.getByTestId('nav-imports').click();
    await j.page.getByTestId('import-opd').click();
    await j.page.getByRole('option', { name: 'Dinas Kesehatan', exact: true }).click();
    await upload('pegawai-dinkes.csv', mixedCsv());

    // 6 rows = 3 accepted + 2 rejected + 1 duplicate in the file
    expect(await text('summary-rows')).toBe('6');
    expect(await text('summary-accepted')).toBe('3');
    expect(await text('summary-rejected')).toBe('2');
    expect(await text('summary-dup-file')).toBe('1');
    expect(await text('summary-equation')).toBe('3 + 2 + 1 = 6');
    expect(await text('summary-reconcile')).toContain('Semua baris tercatat');

    // each refusal says which column and why, in Bahasa Indonesia (row numbers as Excel shows them)
    await j.page.getByTestId('import-rows-problem').waitFor();
    expect(await reasonOfRow(5)).toContain('Excel hanya menyimpan 15 digit');
    expect(await reasonOfRow(6)).toContain('Tanggal Lahir');
    expect(await reasonOfRow(6)).toContain('Tanggal tidak dikenali: "31/02/1992"');
    expect(await reasonOfRow(7)).toContain('NIK ganda dalam berkas: sama dengan baris 2');
    expect(await j.page.getByTestId('import-row-2').count()).toBe(0); // accepted rows are not in this tab

    const [download] = await Promise.all([j.page.waitForEvent('download'), j.page.getByTestId('import-error-sheet').click()]);
    expect(download.suggestedFilename()).toBe('pegawai-dinkes-ditolak.xlsx');
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lindung-e2e-')), download.suggestedFilename());
    await download.saveAs(file);
    const bytes = await fs.readFile(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // an XLSX is a ZIP
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').toLowerCase());
    expect(header).toContain('alasan');
    expect(sheet.actualRowCount).toBe(1 + 3); // header + the three refused rows, nothing else

    // the uploader cannot approve their own batch
    expect(await j.page.getByTestId('import-approve').isDisabled()).toBe(true);
    expect(await text('import-approve-blocked')).toContain('prinsip empat mata');
    const batchTitle = await text('batch-title');
    const batchId = /#(\d+)/.exec(batchTitle ?? '')![1];

    // a second Dinas officer approves it: all or nothing
    await j.page.getByTestId('logout').click();
    await j.page.waitForURL(`${j.server.url}/login`);
    await logInAs(CHECKER.username, CHECKER.password);
    await j.page.getByTestId('nav-imports').click();
    await j.page.getByTestId(`open-batch-${batchId}`).click();
    await j.page.getByTestId('import-approve').click();
    // approval runs on the server as a job; while the registry insert waits (another session holds the
    // table), the officer watches its phase instead of a spinner, and cannot approve or discard twice
    const release = await holdRegistryWrites(j.server.db);
    await j.page.getByTestId('import-approve-confirm').click();
    await expect.poll(() => text('approve-job-phase')).toBe('Mendaftarkan pekerja dan keanggotaan');
    expect(await text('approve-job-percent')).toBe('15%');
    expect(await j.page.getByTestId('import-approve').count()).toBe(0);
    expect(await j.page.getByTestId('import-discard').count()).toBe(0);
    expect(await text('batch-status')).toBe('Menunggu persetujuan'); // all or nothing: not yet
    await release();
    await expect.poll(() => text('batch-status')).toBe('Disetujui');
    await j.page.getByText(`Batch #${batchId} disetujui.`).waitFor();
    expect(await text('batch-registered')).toContain('3 orang baru');
    expect(await j.page.getByTestId('import-approve').count()).toBe(0);
    expect(await j.page.getByTestId('approve-job').count()).toBe(0);
    await j.page.getByTestId(`recent-batch-${batchId}`).getByText('Disetujui').waitFor(); // the list was refreshed too

    // the registry finds an approved person by a misspelt name; the NIK stays masked unless revealed
    await j.page.getByTestId('nav-workers').click();
    await j.page.getByTestId('registry-search').fill('Maria Goretti Ngole');
    await expect.poll(() => j.page.getByTestId('registry-table').textContent()).toContain('Maria Goreti Ngole');
    expect(await j.page.getByTestId('registry-table').textContent()).toContain(`5316********${MARIA.slice(12)}`);
    await j.page.getByTestId('person-name').first().click();
    await j.page.getByTestId('person-history').waitFor();
    expect(await text('person-detail')).toContain('Dinas Kesehatan');
    expect(await text('person-history')).toContain('Didaftarkan');
    expect(await text('person-history')).toContain(CHECKER.username); // who approved
    expect(await text('person-history')).toContain('pegawai-dinkes.csv'); // from which file
    await j.page.keyboard.press('Escape');

    // Yohanes was in the file twice and is registered once
    await j.page.getByTestId('registry-search').fill(YOHANES);
    await expect.poll(() => text('registry-total')).toBe('1 pekerja');
  });

  it('queues two records of one person for review and merges them', async () => {
    // the same woman twice in one list, once with an abbreviated name and a mistyped NIK serial
    const born = '1993-11-26';
    await logInAs(CHECKER.username, CHECKER.password);
    await j.page.getByTestId('nav-imports').click();
    await j.page.getByTestId('import-opd').click();
    await j.page.getByRole('option', { name: 'Dinas Sosial', exact: true }).click();
    await upload('pendamping-sosial.csv', [
      'NIK,Nama,Tanggal Lahir,Jenis Kelamin,Jabatan,Upah',
      `${nik(born, 'P', '0201')},Veronika Bhoko Wea,26/11/1993,P,Pendamping,3500000`,
      `${nik(born, 'P', '0210')},Veronika B. Wea,26/11/1993,P,Pendamping,3500000`,
    ].join('\n'));
    expect(await text('summary-accepted')).toBe('2'); // a possible duplicate is accepted, not refused
    expect(await text('summary-fuzzy')).toBe('1'); // the second row, flagged against the first
    const batchId = /#(\d+)/.exec((await text('batch-title')) ?? '')![1];
    await j.page.getByTestId('logout').click();
    await j.page.waitForURL(`${j.server.url}/login`);

    await logInAs(demo('dinas').username, demo('dinas').password);
    await j.page.goto(`${j.server.url}/impor?batch=${batchId}`);
    await j.page.getByTestId('import-approve').click();
    await j.page.getByTestId('import-approve-confirm').click();
    await expect.poll(() => text('batch-registered')).toContain('1 pasangan untuk ditinjau');

    await j.page.getByTestId('nav-workers').click();
    await j.page.getByTestId('tab-reviews').click();
    const pair = j.page.locator('[data-testid^="review-"]').filter({ hasText: 'Veronika B. Wea' });
    expect(await pair.textContent()).toContain('Veronika Bhoko Wea');
    expect(await pair.textContent()).toContain('tanggal lahir sama');
    await pair.getByRole('button', { name: 'Gabungkan' }).click();
    await j.page.getByTestId('review-confirm').click();
    await expect.poll(() => pair.count()).toBe(0); // decided: off the pending list

    // the earlier record stays in the registry; the later one is only found among the merged
    await j.page.getByTestId('tab-registry').click();
    await j.page.getByTestId('registry-search').fill('Veronika Wea');
    await expect.poll(() => text('registry-total')).toBe('1 pekerja');
    expect(await j.page.getByTestId('registry-table').textContent()).toContain('Veronika Bhoko Wea');
    await j.page.getByTestId('registry-status').click();
    await j.page.getByRole('option', { name: 'Digabung', exact: true }).click();
    await expect.poll(() => j.page.getByTestId('registry-table').textContent()).toContain('Veronika B. Wea');
    expect(await text('registry-total')).toBe('1 pekerja');
  });

  it('shows a failed approval with its reason, registers nothing and lets the officer try again', async () => {
    const rows = [nik('1991-02-02', 'P', '0111'), nik('1991-02-02', 'P', '0112')];
    await logInAs(demo('opd').username, demo('opd').password);
    await j.page.getByTestId('nav-imports').click();
    await upload('guru-kontrak.csv', [
      'NIK,Nama,Tanggal Lahir,Jenis Kelamin,Jabatan,Upah',
      `${rows[0]},Agnes Dhema,02/02/1991,P,Guru Kontrak,3500000`,
      `${rows[1]},Sisilia Rangga,02/02/1991,P,Guru Kontrak,3500000`,
    ].join('\n'));
    const batchId = /#(\d+)/.exec((await text('batch-title')) ?? '')![1];
    await j.page.getByTestId('logout').click();
    await j.page.waitForURL(`${j.server.url}/login`);
    // the second row spoiled behind the application's back: the registry insert fails half-way
    await j.server.db.updateTable('import_row').set({ sex: 'X' as 'L' }).where('batch_id', '=', Number(batchId)).where('row_no', '=', 3).execute();

    await logInAs(demo('dinas').username, demo('dinas').password);
    await j.page.goto(`${j.server.url}/impor?batch=${batchId}`);
    await j.page.getByTestId('import-approve').click();
    await j.page.getByTestId('import-approve-confirm').click();
    const failure = j.page.getByRole('alert').filter({ hasText: 'Persetujuan gagal — tidak ada data yang masuk registri' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain('Terjadi kesalahan pada server. Silakan coba lagi.');
    expect(await text('batch-status')).toBe('Menunggu persetujuan');
    expect(await j.page.getByTestId('import-approve').isEnabled()).toBe(true); // the officer may try again
    const registered = await j.server.db.selectFrom('person').select('id').where('nik', 'in', rows).execute();
    expect(registered).toEqual([]);
  });

  it("keeps an OPD operator's upload in their OPD, waiting for the Dinas", async () => {
    await logInAs(demo('opd').username, demo('opd').password);
    await j.page.getByTestId('nav-imports').click();
    expect(await j.page.getByTestId('import-group-rentan').count()).toBe(0); // an OPD imports non-ASN only
    expect(await j.page.getByTestId('import-opd').count()).toBe(0); // and only into its own OPD
    await upload('guru-honorer.csv', [
      'NIK,Nama,Tanggal Lahir,Jenis Kelamin,Jabatan,Upah',
      `${nik('1995-08-17', 'P', '0101')},Theresia Dhiu,17/08/1995,P,Guru Honorer,3500000`,
    ].join('\n'));
    expect(await text('summary-accepted')).toBe('1');
    expect(await text('batch-status')).toBe('Menunggu persetujuan');
    expect(await j.page.getByTestId('import-approve').isDisabled()).toBe(true);
    expect(await text('import-approve-blocked')).toContain('setelah petugas Dinas menyetujui');
  });
});
