/**
 * Uploaded files hold full NIKs, so none may outlive its staging (issue #16 item 10): a refused upload
 * (empty, wrong type), a reused one and a staged one leave nothing under <dataDir>/uploads, and what a
 * killed upload left behind (a partial file no request owns any more) goes with the retention sweep.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { loadConfig } from '../config/config';
import { seedDemo } from '../demo/demo.service';
import { buildApp } from '../server/app';
import type { App } from '../http/types';
import { CSRF, loginAs } from '../../test/support/http';
import { createTestDb, type TestDb } from '../../test/support/db';
import { DEMO_USERS } from '../../test/support/server';
import { sweepOrphanUploads, UPLOAD_ORPHAN_MS } from './upload-spool';

let app: App;
let t: TestDb;
let dataDir: string;
let cookie: string;
const uploads = () => path.join(dataDir, 'uploads');
const left = () => (fs.existsSync(uploads()) ? fs.readdirSync(uploads()) : []);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext());
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-spool-'));
  app = await buildApp({ db: t.db, config: { ...loadConfig(), dataDir, databaseUrl: t.url } });
  await app.ready();
  const dinas = DEMO_USERS.find((u) => u.role === 'dinas')!;
  cookie = await loginAs(app, dinas.username, dinas.password);
});
afterAll(async () => {
  await app.close();
  await t.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function upload(content: Buffer) {
  const boundary = '----lindung-spool';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="daftar.csv"\r\ncontent-type: text/csv\r\n\r\n`),
    content, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST', url: '/api/v1/tenants/53.16/imports?group=non-asn',
    headers: { cookie, ...CSRF, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload,
  });
}

async function settle(jobId: number | null) {
  for (let i = 0; jobId !== null && i < 200; i++) {
    const job = (await app.inject({ method: 'GET', url: `/api/v1/tenants/53.16/jobs/${jobId}`, headers: { cookie } })).json();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

describe('nothing uploaded outlives its staging', () => {
  it('an empty file is refused at once and removed', async () => {
    const res = await upload(Buffer.alloc(0));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMPORT_EMPTY');
    expect(left()).toEqual([]);
  });

  it('a file of the wrong type is refused by its job and removed', async () => {
    const res = await upload(Buffer.from('%PDF-1.7\n' + 'x'.repeat(1000)));
    expect(res.statusCode).toBe(202);
    expect((await settle(res.json().jobId)).error.code).toBe('IMPORT_FILE_TYPE');
    expect(left()).toEqual([]);
  });

  it('a staged file and the same file again (reused) are removed', async () => {
    const csv = Buffer.from('NIK;Nama;Tgl Lahir;JK;Unit Kerja;Gaji\n5316011201850001;Yohanes Ndona;12/01/1985;L;Dinas Kesehatan;2455898\n');
    const first = await upload(csv);
    expect((await settle(first.json().jobId)).status).toBe('succeeded');
    const again = await upload(csv);
    expect(again.json().reused).toBe(true);
    expect(left()).toEqual([]);
  });
});

describe('the sweep of what a killed upload left', () => {
  it('deletes spooled files older than the grace period and keeps a fresh one (a request may own it)', async () => {
    fs.mkdirSync(uploads(), { recursive: true });
    const stale = path.join(uploads(), 'killed.upload');
    const fresh = path.join(uploads(), 'running.upload');
    fs.writeFileSync(stale, '5316011201850001;Yohanes');
    fs.writeFileSync(fresh, '5316024503900002;Maria');
    const old = new Date(Date.now() - UPLOAD_ORPHAN_MS - 60_000);
    fs.utimesSync(stale, old, old);
    expect(await sweepOrphanUploads(dataDir)).toBe(1);
    expect(left()).toEqual(['running.upload']);
    fs.rmSync(fresh);
  });

  it('runs with the server\'s retention purge, at start-up', async () => {
    fs.mkdirSync(uploads(), { recursive: true });
    const stale = path.join(uploads(), 'crashed.upload');
    fs.writeFileSync(stale, '5316011201850001;Yohanes');
    const old = new Date(Date.now() - UPLOAD_ORPHAN_MS - 60_000);
    fs.utimesSync(stale, old, old);
    const serving = await buildApp({ db: t.db, config: { ...loadConfig(), dataDir, databaseUrl: t.url }, runsSchedules: true });
    await serving.ready();
    for (let i = 0; i < 600 && fs.existsSync(stale); i++) await new Promise((r) => setTimeout(r, 50));
    await serving.close();
    expect(fs.existsSync(stale)).toBe(false);
  });
});
