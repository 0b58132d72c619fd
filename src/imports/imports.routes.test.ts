/**
 * The import journey over HTTP, as the web app will drive it: an OPD operator uploads a mixed-quality
 * sheet → polls the job → reviews the rejected rows → downloads the error sheet → the dinas approves →
 * the registry search finds the people (NIK masked; revealing it is audit-logged). Approval as a job:
 * 202 and its phases while it runs, 200 at once when already approved, refusals before any job. Plus the
 * upload refusals: no file, wrong role, oversized upload.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import { formatNik } from '../domain/nik';
import { buildApp } from '../server/app';
import type { App } from '../http/types';
import { client, CSRF, loginAs } from '../../test/support/http';
import { holdRegistryWrites } from '../../test/support/imports';
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

// one session per role for the whole file: logins are rate-limited
const sessions = new Map<string, Promise<{ cookie: string; api: ReturnType<typeof client> }>>();
const as = (role: string) => {
  if (!sessions.has(role)) {
    const u = DEMO_USERS.find((d) => d.role === role)!;
    sessions.set(role, loginAs(app, u.username, u.password).then((cookie) => ({ cookie, api: client(app, cookie) })));
  }
  return sessions.get(role)!;
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

    // maker-checker: the OPD operator cannot approve; the dinas can (a job to poll), once
    expect((await opd.api.post(`/api/v1/tenants/53.16/imports/${summary.batchId}/approve`)).statusCode).toBe(403);
    const dinas = await as('dinas');
    const approving = await dinas.api.post(`/api/v1/tenants/53.16/imports/${summary.batchId}/approve`);
    expect(approving.statusCode).toBe(202);
    const approved = await waitForJob(dinas.api, approving.json().jobId);
    expect(approved).toMatchObject({ kind: 'approve', status: 'succeeded', result: { status: 'approved', alreadyApproved: false, registered: { persons: summary.accepted } } });
    expect((await dinas.api.post(`/api/v1/tenants/53.16/imports/${summary.batchId}/approve`)).json()).toMatchObject({ jobId: null, alreadyApproved: true });

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

describe('approval as a job', () => {
  const list = (...rows: string[]) => Buffer.from(['NIK;Nama;Tgl Lahir;JK;Unit Kerja;Gaji', ...rows].join('\n'));
  const row = (serial: string, name: string, opd = '') => `${formatNik({ districtCode: '53.16.02', birthDate: '1989-10-03', sex: 'P', serial })};${name};03/10/1989;P;${opd};2455898`;
  const approveJobs = async () =>
    Number((await testDb.db.selectFrom('job').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'approve').executeTakeFirstOrThrow()).n);

  /** Uploads a list as `who` and waits for its staging job; answers the batch id. */
  async function staged(who: Awaited<ReturnType<typeof as>>, csv: Buffer): Promise<number> {
    const res = await upload(app, who.cookie, '/api/v1/tenants/53.16/imports?group=non-asn', csv, `daftar-${Date.now()}.csv`);
    const job = await waitForJob(who.api, res.json().jobId);
    expect(job.result.summary.accepted).toBeGreaterThan(0);
    return job.result.summary.batchId;
  }

  it('answers 202 with a job that shows its phase, registers the batch at the end, then answers 200 without a job', async () => {
    const [opd, dinas] = [await as('opd'), await as('dinas')];
    const id = await staged(opd, list(row('0301', 'Elisabeth Tuga'), row('0302', 'Magdalena Wula')));
    const release = await holdRegistryWrites(testDb.db); // the registry insert waits, so the job can be watched
    const res = await dinas.api.post(`/api/v1/tenants/53.16/imports/${id}/approve`);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ jobId: expect.any(Number), batchId: id, alreadyApproved: false, result: null });
    const jobUrl = `/api/v1/tenants/53.16/jobs/${res.json().jobId}`;
    await expect.poll(async () => (await dinas.api.get(jobUrl)).json().phase).toBe('registering');
    expect((await dinas.api.get(jobUrl)).json()).toMatchObject({ kind: 'approve', status: 'running', percent: 15, total: 2 });
    // all or nothing: until the job commits, the batch is staged and the registry does not know her
    expect((await dinas.api.get(`/api/v1/tenants/53.16/imports/${id}`)).json().status).toBe('staged');
    await release();

    const job = await waitForJob(dinas.api, res.json().jobId);
    expect(job).toMatchObject({
      status: 'succeeded', phase: 'done', percent: 100,
      result: { batchId: id, status: 'approved', alreadyApproved: false, registered: { persons: 2, memberships: 2 } },
    });
    expect((await dinas.api.get(`/api/v1/tenants/53.16/imports/${id}`)).json()).toMatchObject({ status: 'approved', decidedBy: 'dinas.nagekeo', approval: { persons: 2 } });
    const found = (await dinas.api.get('/api/v1/tenants/53.16/workers?q=elisabeth%20tuga')).json();
    expect(found.items.map((p: { name: string }) => p.name)).toEqual(['Elisabeth Tuga']);

    const jobs = await approveJobs();
    const again = await dinas.api.post(`/api/v1/tenants/53.16/imports/${id}/approve`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ jobId: null, batchId: id, alreadyApproved: true, result: { status: 'approved', alreadyApproved: true, registered: { persons: 2 } } });
    expect(await approveJobs()).toBe(jobs);
  });

  it.each([
    ['the uploader (four eyes)', 'dinas', 403, 'IMPORT_SELF_APPROVAL', async (): Promise<number> => staged(await as('dinas'), list(row('0311', 'Yuliana Bhara', 'Dinas Kesehatan')))],
    ['a discarded batch', 'dinas', 409, 'IMPORT_NOT_STAGED', async (): Promise<number> => {
      const id = await staged(await as('opd'), list(row('0321', 'Fransiska Dhiu')));
      expect((await (await as('dinas')).api.post(`/api/v1/tenants/53.16/imports/${id}/discard`)).statusCode).toBe(200);
      return id;
    }],
    ['an OPD operator', 'opd', 403, 'FORBIDDEN', async (): Promise<number> => staged(await as('opd'), list(row('0331', 'Skolastika Ine')))],
    ['a batch that does not exist', 'dinas', 404, 'NOT_FOUND', async (): Promise<number> => 999_999],
  ] as const)('refuses %s at once, without a job', async (_label, role, status, code, batch) => {
    const id = await batch();
    const jobs = await approveJobs();
    const res = await (await as(role)).api.post(`/api/v1/tenants/53.16/imports/${id}/approve`);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(await approveJobs()).toBe(jobs);
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
