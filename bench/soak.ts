/**
 * Endurance run (issue #16 item 17): starts a real `lindung serve` on a throw-away data directory (embedded
 * PostgreSQL, demo seeded) on 127.0.0.1 only, then for --minutes drives a bounded mixed load with four
 * paced virtual users — logins and logouts; registry searches and person views; OPD uploads of fresh
 * lists and their staging jobs; approvals by a second dinas officer (maker-checker) and their jobs;
 * reports (agreement plans, batch views and error sheets, the audit log); public pages (calculators,
 * rules, regions, health, the web app). Ends with exactly one JSON line on stdout:
 *   {"minutes","requests","errors5xx","p95Ms","rssStartMb","rssEndMb","rowsLost"}
 * rssStartMb is taken after a warm-up (10% of the run, at most a minute); rowsLost = rows the approvals
 * reported registered that the registry does not hold. Progress goes to stderr.
 *
 *   npm run soak -- --minutes 10
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { findFreePort } from '../src/db/embedded-postgres';
import { DEMO_USERS } from '../src/demo/demo-users';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, keep: { type: 'boolean', default: false } } });
const minutes = Number(values.minutes);
const log = (m: string) => process.stderr.write(`${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TENANT = '53.16';
const PACE_MS = 40; // per virtual user between requests: four users stay under ~100 requests/s

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-soak-'));
const port = await findFreePort(3900);
const base = `http://127.0.0.1:${port}`;
const serverLog = fs.openSync(path.join(dataDir, 'server.log'), 'a');
const server = spawn(process.execPath, [path.resolve(import.meta.dirname, '../bin/lindung.mjs'), 'serve', '--port', String(port), '--host', '127.0.0.1'], {
  env: { ...process.env, LINDUNG_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' }, stdio: ['ignore', serverLog, serverLog],
});
const rssMb = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024);

const latencies: number[] = [];
let errors5xx = 0;
async function call(method: string, url: string, opts: { cookie?: string; json?: unknown; form?: FormData } = {}) {
  const headers: Record<string, string> = { 'x-requested-with': 'lindung', 'accept-language': 'id' };
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.json !== undefined) headers['content-type'] = 'application/json';
  const t0 = performance.now();
  const res = await fetch(`${base}${url}`, { method, headers, body: opts.form ?? (opts.json === undefined ? undefined : JSON.stringify(opts.json)) });
  const body = await res.arrayBuffer();
  latencies.push(performance.now() - t0);
  if (res.status >= 500) { errors5xx++; log(`5xx ${res.status} ${method} ${url}: ${Buffer.from(body).toString().slice(0, 200)}`); }
  const text = Buffer.from(body).toString();
  return { status: res.status, json: () => JSON.parse(text), cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
}

const userOf = (username: string) => DEMO_USERS.find((u) => u.username === username)!;
async function login(username: string): Promise<string> {
  const u = userOf(username);
  for (;;) {
    const res = await call('POST', '/api/v1/auth/login', { json: { username: u.username, password: u.password } });
    if (res.status === 200) return res.cookie;
    await sleep(2_000); // rate-limited (429): wait, as a person would
  }
}

/** A fresh list of valid rows (unique NIKs on Nagekeo's district 53.16.01, birth date and sex encoded). */
let serial = 0;
const SYLLABLES = ['ba', 'de', 'gi', 'lo', 'mu', 'na', 're', 'si', 'to', 'wu', 'ka', 'le', 'mi', 'no', 'pu', 'ra', 'se', 'ti', 'wo', 'ya'];
const uploadedNiks: string[] = [];
function freshList(rows: number): Buffer {
  const lines = ['NIK;Nama;Tgl Lahir;JK;Gaji'];
  for (let i = 0; i < rows; i++) {
    const n = ++serial;
    const day = 1 + (n % 28);
    const month = 1 + (Math.floor(n / 28) % 12);
    const year = 1970 + (Math.floor(n / 336) % 30);
    const female = n % 2 === 1;
    const nik = `531601${String(day + (female ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(1 + (Math.floor(n / 10_080) % 9_999)).padStart(4, '0')}`;
    let tag = '';
    for (let k = n; k > 0; k = Math.floor(k / 20)) tag += SYLLABLES[k % 20];
    uploadedNiks.push(nik);
    lines.push(`'${nik};${female ? 'Maria' : 'Yohanes'} ${tag[0]!.toUpperCase()}${tag.slice(1)};${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year};${female ? 'P' : 'L'};2.455.898`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

async function waitJob(cookie: string, jobId: number) {
  for (;;) {
    await sleep(250);
    const job = (await call('GET', `/api/v1/tenants/${TENANT}/jobs/${jobId}`, { cookie })).json();
    if (job.status !== 'running') return job;
  }
}

const until = () => Date.now() < deadline;
let deadline = 0;
const staged: number[] = [];
let registeredReported = 0;

async function asUser(username: string, step: (cookie: string, i: number) => Promise<void>) {
  let cookie = await login(username);
  let loggedInAt = Date.now();
  for (let i = 0; until(); i++) {
    if (Date.now() - loggedInAt > 60_000) { // a new session each minute: logins and logouts are load too
      await call('POST', '/api/v1/auth/logout', { cookie, json: {} });
      cookie = await login(username);
      loggedInAt = Date.now();
    }
    await step(cookie, i);
    await sleep(PACE_MS);
  }
}

const uploader = () => asUser('opd.pendidikan', async (cookie) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(freshList(40))]), 'daftar.csv');
  const res = await call('POST', `/api/v1/tenants/${TENANT}/imports?group=non-asn`, { cookie, form });
  if (res.status !== 202) return;
  const job = await waitJob(cookie, res.json().jobId);
  if (job.status === 'succeeded' && job.result.summary.batchId) staged.push(job.result.summary.batchId);
  await sleep(3_000);
});

const approver = () => asUser('kabid.nagekeo', async (cookie) => {
  const batchId = staged.shift();
  if (batchId === undefined) {
    await call('GET', `/api/v1/tenants/${TENANT}/imports?limit=20`, { cookie });
    await sleep(500);
    return;
  }
  await call('GET', `/api/v1/tenants/${TENANT}/imports/${batchId}`, { cookie });
  await call('GET', `/api/v1/tenants/${TENANT}/imports/${batchId}/rows?limit=50`, { cookie });
  await call('GET', `/api/v1/tenants/${TENANT}/imports/${batchId}/errors.xlsx`, { cookie });
  const res = await call('POST', `/api/v1/tenants/${TENANT}/imports/${batchId}/approve`, { cookie, json: {} });
  if (res.status !== 202) return;
  const job = await waitJob(cookie, res.json().jobId);
  if (job.status === 'succeeded') registeredReported += job.result.registered.persons;
});

const QUERIES = ['maria', 'yohanes', 'ba', 'ndona', '5316', 'wea'];
const reader = () => asUser('dinas.nagekeo', async (cookie, i) => {
  const found = (await call('GET', `/api/v1/tenants/${TENANT}/workers?q=${QUERIES[i % QUERIES.length]}&limit=20`, { cookie })).json();
  const first = found.items?.[0];
  if (first && i % 3 === 0) {
    await call('GET', `/api/v1/tenants/${TENANT}/workers/${first.id}`, { cookie });
    await call('GET', `/api/v1/tenants/${TENANT}/workers/${first.id}/history`, { cookie });
  }
  if (i % 5 === 0) {
    const agreements = (await call('GET', `/api/v1/tenants/${TENANT}/agreements`, { cookie })).json();
    const agreement = agreements.items?.[0];
    if (agreement) await call('GET', `/api/v1/tenants/${TENANT}/agreements/${agreement.id}/plan`, { cookie });
    await call('GET', `/api/v1/tenants/${TENANT}/dedup-reviews`, { cookie });
  }
  if (i % 7 === 0) await call('GET', '/api/v1/audit?limit=50', { cookie });
});

const visitor = () => asUser('viewer.ntt', async (cookie, i) => {
  const pages: [string, string, unknown?][] = [
    ['GET', '/api/health'], ['GET', '/'], ['GET', '/api/v1/rules?on=2025-06-01'], ['GET', '/api/v1/regions?parent=53'],
    ['POST', '/api/v1/calc/contribution', { scheme: 'pu', wage: 2_455_898, on: '2025-06-01' }],
    ['POST', '/api/v1/calc/benefit/jkm', { contributionMonths: 36, on: '2025-06-01' }],
    ['POST', '/api/v1/calc/nik', { nik: '5316011201850001' }],
  ];
  const [method, url, json] = pages[i % pages.length]!;
  await call(method, url, { cookie, json });
});

try {
  for (let i = 0; i < 1200; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}); see ${dataDir}/server.log`);
    await sleep(250);
  }
  log(`server up on ${base} (data ${dataDir}); load for ${minutes} min`);
  const started = Date.now();
  deadline = started + minutes * 60_000;
  let rssStartMb = rssMb();
  const warmup = Math.min(60_000, minutes * 6_000);
  const sampler = setInterval(() => log(`${Math.round((Date.now() - started) / 1000)} s: ${latencies.length} requests, ${errors5xx} 5xx, rss ${rssMb()} MB, ${registeredReported} registered`), 30_000);
  const warm = setTimeout(() => { rssStartMb = rssMb(); }, warmup);
  await Promise.all([uploader(), approver(), reader(), visitor()]);
  clearInterval(sampler);
  clearTimeout(warm);
  const rssEndMb = rssMb();

  const { port: pgPort, password } = JSON.parse(fs.readFileSync(path.join(dataDir, 'pg.json'), 'utf8')) as { port: number; password: string };
  const client = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${pgPort}/lindung` });
  await client.connect();
  const held = (await client.query('SELECT count(*)::int AS n FROM person WHERE tenant_code = $1 AND nik = ANY($2)', [TENANT, uploadedNiks])).rows[0].n as number;
  await client.end();
  const sorted = latencies.toSorted((a, b) => a - b);
  const p95Ms = Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? 0);
  log(`uploaded ${uploadedNiks.length} rows; approvals reported ${registeredReported} registered; the registry holds ${held} of them`);
  process.stdout.write(`${JSON.stringify({ minutes, requests: latencies.length, errors5xx, p95Ms, rssStartMb, rssEndMb, rowsLost: Math.max(0, registeredReported - held) })}\n`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  if (!values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
}
