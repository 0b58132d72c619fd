/**
 * One upload must not take the server down (issue #16 item 1). A real `lindung serve` process gets
 * workbooks of ~20 MB whose shared strings inflate to ~240 MB — with honest headers, and with headers
 * that state a fiftieth of that — while the test polls /api/health: each is refused with a translated
 * reason, the server answers every health check, and its resident memory stays bounded. Also: whatever
 * still runs out of memory in the parse worker ends the worker alone, refused as IMPORT_XLSX_TOO_COMPLEX.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { createTestDb, type TestDb } from '../../test/support/db';
import { DEMO_USERS } from '../../test/support/server';
import { writeWorkbook } from '../../test/fixtures/imports/imports.fixtures';
import { writeSharedStringsBomb } from '../../test/fixtures/imports/xlsx-bomb.fixtures';
import { openXlsxInWorker } from '../spreadsheet/xlsx-worker-reader';
import { FILE_LIMITS } from './import-rules';

const HEADER_TEST = { module: new URL('./header-map.ts', import.meta.url).href, name: 'looksLikeHeader' };
const BIN = path.resolve(import.meta.dirname, '../../bin/lindung.mjs');
const INFLATED = 240 * 1024 * 1024;
let t: TestDb;
let dir: string;
let server: ChildProcess;
let base: string;
let cookie: string;

const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
});
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext());
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-bomb-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('node', [BIN, 'serve', '--no-demo', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: t.url, LINDUNG_DATA_DIR: dir, LOG_LEVEL: 'warn' }, stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const dinas = DEMO_USERS.find((u) => u.role === 'dinas')!;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'lindung' }, body: JSON.stringify({ username: dinas.username, password: dinas.password }),
  });
  cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}, 120_000);
afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));
  await t.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function uploadAndWatch(file: string) {
  const start = rssMb(server.pid!);
  let peak = start;
  let healthFailures = 0;
  let slowest = 0;
  let watching = true;
  const watch = (async () => {
    while (watching) {
      const t0 = Date.now();
      const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
      slowest = Math.max(slowest, Date.now() - t0);
      if (!ok) healthFailures++;
      peak = Math.max(peak, rssMb(server.pid!));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)]), 'daftar.xlsx');
  const res = await fetch(`${base}/api/v1/tenants/53.16/imports?group=non-asn`, {
    method: 'POST', headers: { cookie, 'x-requested-with': 'lindung', 'accept-language': 'id' }, body: form,
  });
  const { jobId } = await res.json() as { jobId: number };
  let job: { status: string; error?: { code: string; message: string } } = { status: 'running' };
  for (let i = 0; i < 1200 && job.status === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    job = await (await fetch(`${base}/api/v1/tenants/53.16/jobs/${jobId}`, { headers: { cookie } })).json() as typeof job;
  }
  watching = false;
  await watch;
  return { status: res.status, job, start, peak, healthFailures, slowest };
}

describe('a workbook whose shared strings inflate to hundreds of MB', () => {
  it.each([
    ['honest headers', false, 'IMPORT_XLSX_TOO_MANY_TEXTS'],
    ['lying headers', true, 'IMPORT_ZIP_BOMB'],
  ])('%s: refused with a translated reason while the server keeps answering in bounded memory', async (_label, lie, code) => {
    const file = path.join(dir, `bomb-${lie}.xlsx`);
    const bytes = writeSharedStringsBomb(file, { inflatedBytes: INFLATED, lie });
    expect(bytes).toBeLessThan(INFLATED / 8); // a few tens of MB that inflate to ~240 MB
    const seen = await uploadAndWatch(file);
    expect(seen.peak - seen.start).toBeLessThan(300); // MB; parsed in the server's own heap it took over a GB
    expect(seen.healthFailures).toBe(0);
    expect(seen.slowest).toBeLessThan(3_000);
    expect(seen.status).toBe(202);
    expect(seen.job.status).toBe('failed');
    expect(seen.job.error!.code).toBe(code);
    expect(seen.job.error!.message).not.toBe(code); // words, not the code
    fs.rmSync(file);
  }, 180_000);
});

describe('the parse worker', () => {
  it('running out of its own memory refuses the file and leaves this process alone', async () => {
    const file = path.join(dir, 'ok.xlsx');
    await writeWorkbook(file);
    // a heap far too small for any parse: the worker dies of it, the caller gets a refusal
    const reader = openXlsxInWorker(file, null, FILE_LIMITS.zip, HEADER_TEST, 4);
    await expect(reader.rows.next()).rejects.toMatchObject({ code: 'IMPORT_XLSX_TOO_COMPLEX' });
    // the same file with the normal limit reads
    const rows = (await openXlsxInWorker(file, null, FILE_LIMITS.zip, HEADER_TEST).rows.next()).value;
    expect(rows.length).toBeGreaterThan(1);
  }, 60_000);
});
