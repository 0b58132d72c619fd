/**
 * The import journey over HTTP, as the web app will drive it: an OPD operator uploads a mixed-quality
 * sheet → polls the job → reviews the rejected rows → downloads the error sheet → the dinas approves →
 * the registry search finds the people (NIK masked; revealing it is audit-logged). Plus the refusals:
 * no file, wrong role, oversized upload.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { buildApp } from '../http/app';
import type { App } from '../http/types';
import { client, CSRF, loginAs } from '../../test/support/http';
import { createTestApp, DEMO_USERS } from '../../test/support/server';

let app: App;
let close: () => Promise<void>;
let testDb: Awaited<ReturnType<typeof createTestApp>>['t'];
// the sample list, as the Dinas Pendidikan operator would send it (one row still names RSUD Aeramo)
const sample = Buffer.from(fs.readFileSync(path.join(import.meta.dirname, '../../test/fixtures/imports/non-asn-sample.csv'), 'utf8')
  .replaceAll('Dinas Kesehatan', '"Dinas Pendidikan, Kepemudaan dan Olahraga"'));

beforeAll(async () => {
  const t = await createTestApp();
  ({ app, close } = t);
  testDb = t.t;
});
afterAll(() => close());

const as = async (role: string) => {
  const u = DEMO_USERS.find((d) => d.role === role)!;
  return { cookie: await loginAs(app, u.username, u.password), api: client(app, await loginAs(app, u.username, u.password)) };
};

function multipart(content: Buffer, filename: string) {
  const boundary = '----lindung-test';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${filename}"\r\ncontent-type: text/csv\r\n\r\n`),
    content, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(a: App, cookie: string, url: string, content: Buffer, filename = 'daftar.csv') {
  const { body, contentType } = multipart(content, filename);
  return a.inject({ method: 'POST', url, headers: { cookie, ...CSRF, 'content-type': contentType, 'accept-language': 'id' }, payload: body });
}

async function waitForJob(api: Awaited<ReturnType<typeof as>>['api'], jobId: number) {
  for (let i = 0; i < 200; i++) {
    const job = (await api.get(`/api/v1/tenants/53.16/jobs/${jobId}`)).json();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not finish');
}

describe('upload → review → error sheet → approve → search', () => {
  it('runs the whole journey with every row accounted for', async () => {
    const opd = await as('opd');
    const res = await upload(app, opd.cookie, '/api/v1/tenants/53.16/imports?group=non-asn', sample);
    expect(res.statusCode).toBe(202);
    const job = await waitForJob(opd.api, res.json().jobId);
    expect(job).toMatchObject({ status: 'succeeded', percent: 100, kind: 'import' });
    const summary = job.result.summary;
    // 9 data rows: Yohanes ×2 (exact duplicate), Petrus (Excel-mangled NIK), Yohanis (fuzzy), the formula
    // name (unknown OPD, wage below UMP) and rows naming another OPD than the operator's are refused
    expect(summary.accepted + summary.rejected + summary.duplicates.inFile + summary.duplicates.inRegistry).toBe(summary.rows);
    expect(summary).toMatchObject({ rows: 8, accepted: 3, rejected: 4, duplicates: { inFile: 1, inRegistry: 0, fuzzy: 1 } });

    const rows = (await opd.api.get(`/api/v1/tenants/53.16/imports/${summary.batchId}/rows?status=problem`)).json().items;
    expect(rows.every((r: { reasons: unknown[] }) => r.reasons.length > 0)).toBe(true);
    expect(rows.find((r: { rowNo: number }) => r.rowNo === 6).reasons[0].message).toMatch(/Excel hanya menyimpan 15 digit/);
    expect(rows.find((r: { rowNo: number }) => r.rowNo === 8).nik).toBe('5316********0001'); // masked unless revealed

    const sheet = await opd.api.get(`/api/v1/tenants/53.16/imports/${summary.batchId}/errors.xlsx`);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toContain('alasan');
    expect(ws.rowCount - 1).toBe(summary.rejected + summary.duplicates.inFile + summary.duplicates.inRegistry);
    const cells = ws.getSheetValues().flat().map(String);
    expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true); // formula injection neutralised

    // maker-checker: the OPD operator cannot approve; the dinas can, once
    expect((await opd.api.post(`/api/v1/tenants/53.16/imports/${summary.batchId}/approve`)).statusCode).toBe(403);
    const dinas = await as('dinas');
    const approved = await dinas.api.post(`/api/v1/tenants/53.16/imports/${summary.batchId}/approve`);
    expect(approved.json()).toMatchObject({ status: 'approved', alreadyApproved: false, registered: { persons: summary.accepted } });
    expect((await dinas.api.post(`/api/v1/tenants/53.16/imports/${summary.batchId}/approve`)).json().alreadyApproved).toBe(true);

    // the same file again: the same batch, nothing staged
    const again = await upload(app, opd.cookie, '/api/v1/tenants/53.16/imports?group=non-asn', sample);
    expect(again.json()).toMatchObject({ reused: true, batchId: summary.batchId });

    const found = (await dinas.api.get('/api/v1/tenants/53.16/workers?q=yohanes%20ndona')).json();
    expect(found.items[0]).toMatchObject({ name: 'Yohanes Ndona', nik: '5316********0001', nikMasked: true });
    const revealed = (await dinas.api.get(`/api/v1/tenants/53.16/workers/${found.items[0].id}?revealNik=true`)).json();
    expect(revealed.nik).toBe('5316011201850001');
    const audit = (await (await as('auditor')).api.get('/api/v1/audit?limit=20')).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toContain('person.nik.view');
    // a search without revealing anything is still a view of personal data, logged with who was shown
    const search = audit.find((a: { action: string; details: { what?: string } }) => a.action === 'person.view' && a.details.what === 'search');
    expect(search).toMatchObject({ actor: 'dinas.nagekeo', details: { personIds: expect.arrayContaining([found.items[0].id]) } });
    const history = (await dinas.api.get(`/api/v1/tenants/53.16/workers/${found.items[0].id}/history`)).json().items;
    expect(history[0]).toMatchObject({ action: 'create', actor: 'dinas.nagekeo', changes: { uploadedBy: 'opd.pendidikan', row: 4 } });

    // the desa operator sees no non-ASN; the auditor sees masked NIKs and cannot reveal them
    expect((await (await as('desa')).api.get('/api/v1/tenants/53.16/workers?q=yohanes')).json().total).toBe(0);
    const auditor = (await (await as('auditor')).api.get(`/api/v1/tenants/53.16/workers/${found.items[0].id}?revealNik=true`)).json();
    expect(auditor.nikMasked).toBe(true);

    // the fuzzy candidate (Yohanis Ndona, same birth date) waits for a decision
    const reviews = (await dinas.api.get('/api/v1/tenants/53.16/dedup-reviews?status=pending')).json();
    expect(reviews.items.length).toBeGreaterThan(0);
    const merged = await dinas.api.post(`/api/v1/tenants/53.16/dedup-reviews/${reviews.items[0].id}/decision`, { decision: 'merge' });
    expect(merged.json()).toMatchObject({ status: 'merged' });
  });
});

describe('refusals', () => {
  it('answers a desa operator importing non-ASN with 403, and a missing file with 400', async () => {
    const desa = await as('desa');
    expect((await upload(app, desa.cookie, '/api/v1/tenants/53.16/imports?group=non-asn', sample)).statusCode).toBe(403);
    const dinas = await as('dinas');
    const empty = await app.inject({ method: 'POST', url: '/api/v1/tenants/53.16/imports?group=non-asn', headers: { cookie: dinas.cookie, ...CSRF, 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x--\r\n' });
    expect(empty.statusCode).toBe(400);
  });

  it('refuses an upload over the limit with 413 and keeps nothing', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-upload-'));
    const small = await buildApp({ db: testDb.db, config: { ...loadConfig(), databaseUrl: testDb.url, uploadLimit: 1024, dataDir } });
    const dinas = await loginAs(small, 'dinas.nagekeo', DEMO_USERS.find((u) => u.role === 'dinas')!.password);
    const res = await upload(small, dinas, '/api/v1/tenants/53.16/imports?group=non-asn', Buffer.concat([sample, Buffer.alloc(2048, 32)]));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/terlalu besar/);
    expect(fs.readdirSync(path.join(dataDir, 'uploads'))).toEqual([]);
    await small.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
