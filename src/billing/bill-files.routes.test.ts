/**
 * Billing documents over HTTP on a real PostgreSQL: the bill PDF and lines XLSX read back with the bill's
 * own numbers (per OPD, in words, with the legal basis); an OPD operator's copy holds their OPD only;
 * the receipt shows where the SP2D went and the credit it left; outside scope answers 404, a role
 * without the permission 403; every download is in the audit log.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aParticipant, anOpd, dinasOf } from '../../test/factories';
import { pdfText } from '../../test/support/pdf-text';
import { client, loginAs } from '../../test/support/http';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import type { Db } from '../db/database';
import type { App } from '../http/types';
import { runBilling } from './billing-run.service';
import { recordPayment } from './payments.service';

const TENANT = '53.16';
const BASE = `/api/v1/tenants/${TENANT}`;
const PU = 11_808; // the demo PKS's non-ASN wage Rp 2,186,826: JKK 0.24% 5,248 + JKM 0.30% 6,560
let app: App;
let db: Db;
let close: () => Promise<void>;
let puBill: { id: number; number: string };
let paymentId: number;
const cookies: Record<string, string> = {};

async function as(role: string) {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  cookies[role] ??= await loginAs(app, user.username, user.password);
  return client(app, cookies[role]);
}

beforeAll(async () => {
  let t;
  ({ app, t, close } = await createTestApp());
  db = t.db;
  const pks = await db.selectFrom('agreement').select('id').where('tenant_code', '=', TENANT).where('kind', '=', 'pks').executeTakeFirstOrThrow();
  const groups = await db.selectFrom('agreement_group').select(['id', 'scheme']).where('agreement_id', '=', pks.id).execute();
  const pu = groups.find((g) => g.scheme === 'pu')!.id;
  const school = await db.selectFrom('opd').select('id').where('tenant_code', '=', TENANT).where('name', '=', DEMO_USERS.find((u) => u.role === 'opd')!.opdName!).executeTakeFirstOrThrow();
  const other = await anOpd(db, TENANT, 'Dinas Perikanan');
  const spec = { agreementId: pks.id, groupId: pu, from: '2025-01-01', to: '2025-12-31' };
  for (const opdId of [school.id, school.id, other.id]) await aParticipant(db, TENANT, { ...spec, opdId });
  const run = await runBilling(db, dinasOf(TENANT), TENANT, { month: '2025-03', agreementId: pks.id });
  puBill = run.bills.find((b) => b.groupId === pu)!;
  paymentId = (await recordPayment(db, dinasOf(TENANT), TENANT, pks.id, { sp2dNumber: 'SP2D/00042/2025', paidOn: '2025-04-10', amount: 3 * PU + 1_000, billIds: [puBill.id] }, '2026-11-30')).paymentId;
});
afterAll(() => close());

describe('bill PDF', () => {
  it('prints the bill per OPD with the total in words and the legal basis', async () => {
    const res = await (await as('dinas')).get(`${BASE}/bills/${puBill.id}/bill.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    for (const expected of [`Nomor: ${puBill.number}`, 'Maret 2025', 'PEMERINTAH KABUPATEN NAGEKEO', 'Ringkasan per perangkat daerah (OPD)',
      'Dinas Pendidikan, Kepemudaan dan Olahraga', 'Dinas Perikanan', 'Rp 23.616', 'Rp 11.808', 'Rp 35.424', 'tiga puluh lima ribu empat ratus dua puluh empat rupiah',
      'PP 44/2015 Lampiran I; PP 82/2019', 'belum dikonfirmasi']) {
      expect(text).toContain(expected);
    }
  });

  it("gives an OPD operator their own OPD's part only", async () => {
    const text = pdfText((await (await as('opd')).get(`${BASE}/bills/${puBill.id}/bill.pdf`)).rawPayload);
    expect(text).toContain('Dinas Pendidikan, Kepemudaan dan Olahraga');
    expect(text).not.toContain('Dinas Perikanan');
    expect(text).toContain('Rp 23.616');
    expect(text).not.toContain('Rp 35.424');
  });
});

describe('bill lines XLSX', () => {
  it('lists every line with masked NIK, base, rates, amounts and rule ids', async () => {
    const res = await (await as('dinas')).get(`${BASE}/bills/${puBill.id}/lines.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Rincian')!;
    expect(sheet.rowCount).toBe(4);
    const row = sheet.getRow(2).values as unknown[];
    expect(row[1]).toMatch(/^\d{4}\*{8}\d{4}$/);
    expect(row[6]).toBe(2_186_826);
    expect(row[10]).toBeCloseTo(0.0024);
    expect(row[11]).toBeCloseTo(0.003);
    expect(row[13]).toBe(5_248);
    expect(row[16]).toBe(PU);
    expect(String(row[17])).toContain('pu.jkk.rate');
  });

  it("gives an OPD operator their own OPD's lines only", async () => {
    const res = await (await as('opd')).get(`${BASE}/bills/${puBill.id}/lines.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet('Rincian')!.rowCount).toBe(3);
  });
});

describe('payment receipt PDF', () => {
  it('shows the SP2D, its allocation to the bill and the credit left', async () => {
    const text = pdfText((await (await as('dinas')).get(`${BASE}/payments/${paymentId}/receipt.pdf`)).rawPayload);
    for (const expected of ['SP2D/00042/2025', '10 April 2025', 'Rp 36.424', puBill.number, 'Rp 35.424', 'Rp 1.000']) expect(text).toContain(expected);
  });
});

describe('scope, permission and audit', () => {
  it.each([
    ['an unknown bill', `${BASE}/bills/999999/bill.pdf`, 'dinas', 404],
    ['another regency', `/api/v1/tenants/53.01/bills/1/lines.xlsx`, 'dinas', 404],
    ['a role without billing', `${BASE}/bills/{bill}/bill.pdf`, 'viewer', 403],
    ['a village operator, the receipt', `${BASE}/payments/{payment}/receipt.pdf`, 'desa', 403],
  ])('refuses %s', async (_what, url, role, status) => {
    const res = await (await as(role)).get(url.replace('{bill}', String(puBill.id)).replace('{payment}', String(paymentId)));
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBeTruthy();
  });

  it('records every download in the audit log', async () => {
    const rows = await db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', 'in', ['bill.export.pdf', 'bill.export.xlsx', 'payment.receipt.export']).execute();
    expect(rows.filter((r) => r.action === 'bill.export.pdf')).toHaveLength(2);
    expect(rows.filter((r) => r.action === 'bill.export.xlsx')).toHaveLength(2);
    expect(rows.filter((r) => r.action === 'payment.receipt.export').map((r) => r.entity_id)).toEqual([String(paymentId)]);
  });
});
