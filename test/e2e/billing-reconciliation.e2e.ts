/**
 * The reconciliation journey of a Dinas officer (issue #12 items 4 and 9): open Tagihan → Rekonsiliasi BPJS →
 * upload BPJS's statement of receipts → the counts (every row accounted for) → the rows with their status
 * in words → download the error sheet (read back with exceljs) → switch to English: the words follow, no
 * raw codes anywhere.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBilling } from '../../src/billing/billing-run.service';
import { setNpp } from '../../src/billing/payment-npp.service';
import { recordPayment } from '../../src/billing/payments.service';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { aParticipant } from '../factories/participation.factory';
import { dinasCtx } from '../support/enrolment';
import { logIn, useJourney } from './browser';

const TENANT = '53.16';
const PKS = '560/PKS/DTK-NGK/2025';
const j = useJourney({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });

// Three non-ASN in the demo PKS billed January and February 2025 (3 × 11,808 = 35,424 a month); the
// treasury paid January in full and Rp 30,000 of February. The PKS's NPP is E2E-5316.
const STATEMENT = [
  'NPP;Periode;Jumlah Diterima;Tanggal Diterima',
  'E2E-5316;2025-01;35.424;13/01/2025', // cocok
  'E2E-5316;2025-02;35.424;12/02/2025', // selisih: Lindung recorded 30,000 paid
  'E2E-5316;2025-05;35.424;12/05/2025', // tidak-cocok: May is not billed
  'E2E-5316;2025-03;tiga puluh ribu;12/03/2025', // tidak-valid: amount
].join('\n');

beforeAll(async () => {
  const db = j.server.db;
  const ctx = dinasCtx(TENANT);
  const pks = await db.selectFrom('agreement').select('id').where('tenant_code', '=', TENANT).where('number', '=', PKS).executeTakeFirstOrThrow();
  const pu = await db.selectFrom('agreement_group').select('id').where('agreement_id', '=', pks.id).where('scheme', '=', 'pu').executeTakeFirstOrThrow();
  for (let i = 0; i < 3; i++) await aParticipant(db, TENANT, { agreementId: pks.id, groupId: pu.id, from: '2025-01-01', to: '2025-12-31' });
  const jan = await runBilling(db, ctx, TENANT, { month: '2025-01', agreementId: pks.id });
  const feb = await runBilling(db, ctx, TENANT, { month: '2025-02', agreementId: pks.id });
  const pay = (sp2dNumber: string, paidOn: string, amount: number, billIds: number[]) =>
    recordPayment(db, ctx, TENANT, pks.id, { sp2dNumber, paidOn, amount, billIds }, '2025-12-31');
  await pay('SP2D/E2E/01', '2025-01-10', 35_424, jan.bills.map((b) => b.id));
  await pay('SP2D/E2E/02', '2025-02-10', 30_000, feb.bills.map((b) => b.id));
  await setNpp(db, ctx, TENANT, pks.id, 'E2E-5316');
});

const text = (testId: string) => j.page.getByTestId(testId).first().textContent();

async function rawKeysOn(page: Page): Promise<string[]> {
  const body = await page.locator('body').innerText();
  return [...(body.match(/\b(billing|common|nav)\.[a-zA-Z][\w.-]*\b/g) ?? []), ...(body.match(/\b(tidak-cocok|tidak-valid|[A-Z]{3,}_[A-Z_]{3,})\b/g) ?? [])];
}

describe('reconciliation with BPJS', () => {
  it('uploads a statement, shows every row accounted for, gives the error sheet, in Bahasa Indonesia and English', async () => {
    const user = DEMO_USERS.find((u) => u.role === 'dinas')!;
    await logIn(j.page, j.server.url, user.username, user.password);
    await j.page.getByTestId('nav').waitFor();
    await j.page.getByTestId('nav-billing').click();
    await j.page.getByTestId('billing-tab-reconciliation').click();
    await j.page.locator('input[type="file"]').setInputFiles({ name: 'rekap-bpjs.csv', mimeType: 'text/csv', buffer: Buffer.from(STATEMENT) });
    await j.page.getByTestId('recon-upload').click();

    await expect.poll(() => text('recon-rows')).toBe('4');
    expect([await text('recon-matched'), await text('recon-amountDiffers'), await text('recon-unmatched'), await text('recon-invalid')]).toEqual(['1', '1', '1', '1']);
    const row = (n: number) => j.page.getByTestId(`recon-row-${n}`);
    await row(3).waitFor();
    expect(await row(3).getByTestId('recon-status').textContent()).toBe('Jumlah berbeda');
    expect(await row(3).textContent()).toContain('Rp 5.424'); // BPJS received 35,424; Lindung recorded 30,000
    expect(await row(4).getByTestId('recon-status').textContent()).toBe('Tidak ditemukan');
    expect(await rawKeysOn(j.page)).toEqual([]);

    const [download] = await Promise.all([j.page.waitForEvent('download'), j.page.getByTestId('recon-errors').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(['NPP', 'Periode', 'Jumlah Diterima', 'Tanggal Diterima', 'status', 'alasan']);
    expect(sheet.rowCount).toBe(1 + 3);
    expect((sheet.getRow(2).values as unknown[]).slice(5, 10)).toEqual(['Jumlah berbeda', expect.stringContaining('berbeda'), 30_000, 35_424, 5_424]);

    await j.page.getByTestId('lang-en').click();
    await expect.poll(() => row(3).getByTestId('recon-status').textContent()).toBe('Amount differs');
    await expect.poll(() => row(5).textContent()).toContain('whole number of rupiah');
    expect(await rawKeysOn(j.page)).toEqual([]);
  });

  it('attaches the SP2D scan on the payments tab and opens it; a file that is not a scan is refused in words', async () => {
    const user = DEMO_USERS.find((u) => u.role === 'dinas')!;
    await logIn(j.page, j.server.url, user.username, user.password);
    await j.page.getByTestId('nav').waitFor();
    await j.page.goto(`${j.server.url}/tagihan?tab=payments`);
    const attach = j.page.getByTestId('payment-attach-SP2D/E2E/01');
    const [renamed] = await Promise.all([j.page.waitForEvent('filechooser'), attach.click()]);
    await renamed.setFiles({ name: 'sp2d.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf') });
    await j.page.getByRole('alert').filter({ hasText: 'Pindaian SP2D harus PDF, JPEG atau PNG' }).waitFor();
    const [chooser] = await Promise.all([j.page.waitForEvent('filechooser'), attach.click()]);
    await chooser.setFiles({ name: 'sp2d-01.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nSP2D E2E 01\n%%EOF\n') });
    const link = j.page.getByTestId('payment-scan-SP2D/E2E/01');
    await link.waitFor();
    const [download] = await Promise.all([j.page.waitForEvent('download'), link.click()]);
    expect(fs.readFileSync((await download.path())!).toString('latin1')).toContain('SP2D E2E 01');
    expect(await rawKeysOn(j.page)).toEqual([]);
  });
});
