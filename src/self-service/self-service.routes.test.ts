/**
 * The public coverage check over HTTP on a real database (issue #15 §1, §2, §4, §6): a NIK with the
 * card's KPJ, the mother's name or a one-time code shows the coverage; every kind of miss is the same
 * bytes, status and timing class; 5 tries per NIK per 15 minutes and 30 per address, then a translated
 * 429 with Retry-After; one-time codes expire, serve once and die after 3 wrong tries.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { systemClock, type Clock } from '../clock/clock';
import { loadConfig } from '../config/config';
import { seedDemo } from '../demo/demo.service';
import type { App } from '../http/types';
import { buildApp } from '../server/app';
import { createTestDb, type TestDb } from '../../test/support/db';
import { CSRF } from '../../test/support/http';
import { activeParticipant, type Seeded } from '../../test/support/cards';
import { ANSWER_FLOOR_MS } from './answer-floor';
import { useOtpSender, type OtpMessage, type OtpSender } from './otp-sender';

let t: TestDb;
let app: App;
let dataDir: string;
let maria: Seeded; // mother's name and phone in the registry
let yohanes: Seeded; // neither
let shiftMs = 0; // moves the app's clock (one-time code expiry)
const sent: OtpMessage[] = [];
let previousSender: OtpSender;
let ipSeq = 0;

const clock: Clock = { now: () => new Date(Date.now() + shiftMs), today: (zone) => systemClock.today(zone) };
/** A fresh address per test, so the per-address limit of one test does not spill into another. */
const freshIp = () => `10.1.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

const post = (url: string, payload: object, ip: string, lang = 'id') =>
  app.inject({ method: 'POST', url, payload, remoteAddress: ip, headers: { ...CSRF, 'accept-language': lang } });
const coverage = (payload: object, ip = freshIp(), lang = 'id') => post('/api/v1/public/coverage', payload, ip, lang);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext());
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-self-service-'));
  app = await buildApp({ db: t.db, config: { ...loadConfig(), databaseUrl: t.url, dataDir }, clock });
  await app.ready();
  maria = await activeParticipant(t.db, { nik: '5316014101900001', name: 'Maria Goreti Wea', kpj: '25010000001', villageCode: '53.16.01.2002' });
  yohanes = await activeParticipant(t.db, { nik: '5316010101850002', name: 'Yohanes Dhae', kpj: '25010000002', villageCode: '53.16.01.2002' });
  await sql`UPDATE person SET mother_name = 'Theresia Bupu', phone = '081234567890' WHERE tenant_code = '53.16' AND id = ${maria.personId}`.execute(t.db);
  previousSender = useOtpSender({ name: 'test', send: async (m) => { sent.push(m); } });
}, 180_000);
// each test counts its own tries: the NIK limit of one test must not refuse the next one's
beforeEach(async () => { await t.db.deleteFrom('request_throttle').execute(); });
afterAll(async () => {
  useOtpSender(previousSender);
  await app?.close(); await t?.drop(); fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('POST /api/v1/public/coverage', () => {
  it('shows a worker their coverage for their NIK and the KPJ on their card — the name masked, nothing else', async () => {
    const res = await coverage({ nik: maria.nik, kpj: maria.kpj });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ found: true, status: 'aktif', name: 'Ma*** Go**** W**', programmes: ['JKK', 'JKM'], monthsPaid: [] });
    expect(body.cardUrl).toMatch(/^\/kartu\/[\w-]+\.[\w-]+$/);
    expect(Object.keys(body).sort()).toEqual(['agreementPeriod', 'cardUrl', 'coverageFrom', 'coverageTo', 'found', 'groupName', 'monthsPaid', 'name', 'programmes', 'regencyName', 'status']);
    expect(res.body).not.toContain(maria.nik);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('accepts the mother\'s maiden name however it is typed (case, spaces, order)', async () => {
    for (const motherName of ['Theresia Bupu', '  theresia   BUPU ', 'Bupu, Theresia']) {
      expect((await coverage({ nik: maria.nik, motherName })).json().found).toBe(true);
    }
  });

  it('answers every kind of miss with the same bytes, status and headers, and in the same timing class', async () => {
    const misses = [
      { nik: '5316019999990009', kpj: '25010000001' }, // unknown NIK, someone else's KPJ
      { nik: yohanes.nik, kpj: '25010000001' }, // known NIK, wrong KPJ (Maria's)
      { nik: yohanes.nik, motherName: 'Theresia Bupu' }, // the registry holds no mother's name for him
      { nik: maria.nik, motherName: 'Maria' }, // wrong mother's name
      { nik: maria.nik, otp: '123456' }, // no code was ever sent
      { nik: '5316019999990009', otp: '123456' },
    ];
    const answers = [];
    for (const m of misses) {
      const started = performance.now();
      const res = await coverage(m);
      answers.push({ ms: performance.now() - started, status: res.statusCode, body: res.rawPayload, length: res.headers['content-length'] });
    }
    for (const a of answers) {
      expect([a.status, a.body.toString()]).toEqual([200, '{"found":false}']);
      expect(a.body.equals(answers[0]!.body)).toBe(true);
      expect(a.length).toBe(answers[0]!.length);
      expect(a.ms).toBeGreaterThanOrEqual(ANSWER_FLOOR_MS - 5);
    }
    // one timing class: the floor hides the work; the spread stays well under the floor itself
    const times = answers.map((a) => a.ms);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(150);
  });

  it('audits every lookup with the NIK as a keyed digest, never the NIK', async () => {
    const rows = await t.db.selectFrom('audit_log').select(['action', 'details', 'ip']).where('action', '=', 'self-service.coverage').execute();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(maria.nik);
    expect(text).not.toContain('5316019999990009');
    expect((rows[0]!.details as { nikDigest: string }).nikDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.every((r) => r.ip !== null)).toBe(true);
  });

  it('refuses the sixth try on one NIK within 15 minutes with a translated 429 and Retry-After — from any address', async () => {
    const nik = '5316015505800007';
    for (let i = 0; i < 5; i++) expect((await coverage({ nik, kpj: `1000${i}` })).statusCode).toBe(200);
    const sixth = await coverage({ nik, kpj: '10009' });
    expect(sixth.statusCode).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(800);
    expect(sixth.json().error).toEqual({ code: 'SELF_SERVICE_TOO_MANY', message: 'Terlalu banyak percobaan. Coba lagi dalam 15 menit.' });
    const english = await coverage({ nik, kpj: '10009' }, freshIp(), 'en');
    expect(english.json().error.message).toBe('Too many attempts. Try again in 15 minutes.');
    // the right KPJ does not get through the block either: a guess made while blocked can never succeed
    expect((await coverage({ nik: maria.nik, kpj: maria.kpj })).statusCode).toBe(200);
  });

  it('refuses an address after 30 tries in 15 minutes, whatever NIKs it tries', async () => {
    const ip = freshIp();
    const tries = Array.from({ length: 30 }, (_, i) => coverage({ nik: `53160177${String(i).padStart(8, '0')}`, kpj: '1' }, ip));
    expect((await Promise.all(tries)).map((r) => r.statusCode)).toEqual(Array(30).fill(200));
    const next = await coverage({ nik: '5316017799999999', kpj: '1' }, ip);
    expect(next.statusCode).toBe(429);
    expect(next.headers['retry-after']).toBeDefined();
  }, 30_000);

  it('turns away malformed input with a field error, not a miss', async () => {
    const res = await coverage({ nik: '123', kpj: '1' });
    expect(res.statusCode).toBe(400);
    expect((await coverage({ nik: maria.nik })).statusCode).toBe(400);
    expect((await coverage({ nik: maria.nik, kpj: '1', otp: '123456' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/v1/public/coverage', payload: { nik: maria.nik, kpj: maria.kpj } })).statusCode).toBe(403);
  });
});

describe('one-time codes', () => {
  const askCode = (nik: string, ip = freshIp()) => post('/api/v1/public/coverage/otp', { nik }, ip);
  const lastCode = () => sent.at(-1)!.code;

  it('answers 202 with the same body whether the NIK is unknown, has no phone, or gets a code — and sends only in the last case', async () => {
    sent.length = 0;
    const answers = await Promise.all([askCode('5316019999990009'), askCode(yohanes.nik), askCode(maria.nik)]);
    expect(answers.map((r) => [r.statusCode, r.body])).toEqual(Array(3).fill([202, '{"accepted":true}']));
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ phone: '081234567890', minutes: 10, lang: 'id' });
    expect(sent[0]!.code).toMatch(/^\d{6}$/);
    const stored = await t.db.selectFrom('self_service_code').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(sent[0]!.code);
    expect(JSON.stringify(stored)).not.toContain(maria.nik);
  });

  it('lets a code in once; used again it is a miss like any other', async () => {
    await askCode(maria.nik);
    await new Promise((r) => setTimeout(r, 20));
    const code = lastCode();
    expect((await coverage({ nik: maria.nik, otp: code })).json().found).toBe(true);
    expect((await coverage({ nik: maria.nik, otp: code })).body).toBe('{"found":false}');
  });

  it('refuses a code after 10 minutes', async () => {
    await askCode(maria.nik);
    await new Promise((r) => setTimeout(r, 20));
    shiftMs = 10 * 60_000 + 1000;
    try {
      expect((await coverage({ nik: maria.nik, otp: lastCode() })).body).toBe('{"found":false}');
    } finally { shiftMs = 0; }
  });

  it('kills a code after 3 wrong tries: the right one then fails too', async () => {
    await askCode(maria.nik);
    await new Promise((r) => setTimeout(r, 20));
    const code = lastCode();
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 3; i++) expect((await coverage({ nik: maria.nik, otp: wrong })).body).toBe('{"found":false}');
    expect((await coverage({ nik: maria.nik, otp: code })).body).toBe('{"found":false}');
  });
});
