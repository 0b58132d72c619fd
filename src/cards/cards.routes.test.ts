/**
 * Participant cards over HTTP on a real database: the PDF routes scoped for every role, and the public
 * check (GET /v/<token>) answering from the live status — valid now, invalid once the participation
 * ended, invalid for a forged token or a retired key (issue #11, deliverables 4 and 9).
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
import { DEMO_USERS } from '../demo/demo-users';
import { createTestDb, type TestDb } from '../../test/support/db';
import { client, loginAs } from '../../test/support/http';
import { activeParticipant, endedYesterday, type Seeded } from '../../test/support/cards';
import { retireCardKey, rotateCardKey } from './card-keys';

const OPD = 'Dinas Pendidikan, Kepemudaan dan Olahraga';
let t: TestDb;
let app: App;
let dataDir: string;
const sessions: Record<string, ReturnType<typeof client>> = {};
let village: Seeded; // rentan in Labolewa, the demo desa account's village
let teacher: Seeded; // non-ASN in the demo OPD account's OPD
let other: Seeded; // rentan in another village

/** The QR link printed into a card PDF (pdfkit writes link annotations uncompressed). */
const linksIn = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/URI \((http[^)]+)\)/g)].map((m) => m[1]!);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext());
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-cards-'));
  app = await buildApp({ db: t.db, config: { ...loadConfig(), databaseUrl: t.url, dataDir, publicUrl: 'https://lindung.example.id' } });
  await app.ready();
  village = await activeParticipant(t.db, { nik: '5316014101900001', name: 'Maria Goreti Wea', kpj: '25010000001', villageCode: '53.16.01.2002' });
  teacher = await activeParticipant(t.db, { nik: '5316010101850002', name: 'Yohanes Dhae', kpj: '25010000002', opdName: OPD });
  other = await activeParticipant(t.db, { nik: '5316034101920003', name: 'Agustina Mbulu', kpj: '25010000003', villageCode: '53.16.03.2001' });
  for (const u of DEMO_USERS) sessions[u.username] = client(app, await loginAs(app, u.username, u.password));
}, 60_000);
afterAll(async () => { await app?.close(); await t?.drop(); fs.rmSync(dataDir, { recursive: true, force: true }); });

const cardUrl = (id: number) => `/api/v1/tenants/53.16/cards/participations/${id}`;

describe('card PDF routes', () => {
  it('gives the Dinas a card-sized PDF whose QR link points at the public check, and audits the export', async () => {
    const res = await sessions['dinas.nagekeo']!.get(cardUrl(village.participationId));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`kartu-peserta-${village.kpj}.pdf`);
    const links = linksIn(res.rawPayload);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^https:\/\/lindung\.example\.id\/v\/[\w-]+\.[\w-]+$/);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_username']).where('action', '=', 'card.export').execute();
    expect(audit).toEqual([{ action: 'card.export', actor_username: 'dinas.nagekeo' }]);
  });

  // scope like the registry: outside it the card "does not exist" (404); no enrolment permission → 403
  it.each([
    ['dinas.nagekeo', 200, 200], ['opd.pendidikan', 404, 200], ['desa.labolewa', 200, 404],
    ['bpjs.ende', 200, 200], ['auditor.nagekeo', 200, 200], ['viewer.ntt', 403, 403], ['admin', 200, 200],
  ])('%s: village card %i, OPD card %i', async (username, villageStatus, opdStatus) => {
    const s = sessions[username]!;
    expect((await s.get(cardUrl(village.participationId))).statusCode).toBe(villageStatus);
    expect((await s.get(cardUrl(teacher.participationId))).statusCode).toBe(opdStatus);
  });

  it.each([
    ['dinas.nagekeo', '53.16.03.2001', 200], ['desa.labolewa', '53.16.01.2002', 200],
    // another village's sheet holds nobody the desa account may see
    ['desa.labolewa', '53.16.03.2001', 404], ['opd.pendidikan', '53.16.01.2002', 404],
  ])('%s: sheet of village %s → %i', async (username, code, status) => {
    const res = await sessions[username]!.get(`/api/v1/tenants/53.16/cards/sheet?villageCode=${code}`);
    expect(res.statusCode).toBe(status);
    if (status === 200) expect(linksIn(res.rawPayload)).toHaveLength(1);
  });

  it('prints an OPD sheet on A4 and refuses a sheet without a village or OPD', async () => {
    const opdId = teacher && (await t.db.selectFrom('opd').select('id').where('name', '=', OPD).executeTakeFirstOrThrow()).id;
    const res = await sessions['opd.pendidikan']!.get(`/api/v1/tenants/53.16/cards/sheet?opdId=${opdId}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect((await sessions['dinas.nagekeo']!.get('/api/v1/tenants/53.16/cards/sheet')).statusCode).toBe(400);
  });
});

describe('public card check', () => {
  const tokenOf = async (id: number) => {
    const res = await sessions['dinas.nagekeo']!.get(cardUrl(id));
    return linksIn(res.rawPayload)[0]!.split('/v/')[1]!;
  };

  it('says valid now, with the name partly masked and nothing else about the person — without a login', async () => {
    const token = await tokenOf(other.participationId);
    const res = await app.inject({ method: 'GET', url: `/v/${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('BERLAKU');
    expect(res.body).not.toContain('TIDAK BERLAKU');
    expect(res.body).toContain('Ag****** Mb***');
    for (const secret of ['Agustina', other.nik, other.nik.slice(-4), other.kpj]) expect(res.body).not.toContain(secret);
    const en = await app.inject({ method: 'GET', url: `/v/${token}?lang=en` });
    expect(en.body).toContain('>VALID<');
    const json = await app.inject({ method: 'GET', url: `/api/v1/card-checks/${token}` });
    expect(json.json()).toMatchObject({ valid: true, reason: 'valid', person: { maskedName: 'Ag****** Mb***', regencyName: 'Kabupaten Nagekeo' } });
  });

  it('turns invalid once the participation ended — the card printed earlier included — and prints no new card', async () => {
    const token = await tokenOf(village.participationId);
    await endedYesterday(t.db, village.participationId);
    const res = await app.inject({ method: 'GET', url: `/api/v1/card-checks/${token}` });
    expect(res.json()).toMatchObject({ valid: false, reason: 'ended' });
    expect((await app.inject({ method: 'GET', url: `/v/${token}` })).body).toContain('TIDAK BERLAKU');
    const again = await sessions['dinas.nagekeo']!.get(cardUrl(village.participationId));
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'CARD_NOT_ACTIVE']);
  });

  it('says invalid, and names nobody, for a forged token', async () => {
    const token = await tokenOf(teacher.participationId);
    const [payload, signature] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = `${Buffer.from(JSON.stringify({ ...claims, p: other.participationId })).toString('base64url')}.${signature}`;
    const res = await app.inject({ method: 'GET', url: `/api/v1/card-checks/${forged}` });
    expect(res.json()).toEqual({ valid: false, reason: 'unknown', checkedOn: expect.any(String), person: null });
    expect((await app.inject({ method: 'GET', url: '/v/not-a-token' })).body).toContain('Kartu tidak dikenali');
  });

  it('keeps old cards valid after a key rotation and invalid once their key is retired', async () => {
    const token = await tokenOf(teacher.participationId);
    const oldKid = (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { k: string }).k;
    const fresh = rotateCardKey(dataDir);
    expect((await app.inject({ method: 'GET', url: `/api/v1/card-checks/${token}` })).json()).toMatchObject({ valid: true });
    const newToken = await tokenOf(teacher.participationId);
    expect(JSON.parse(Buffer.from(newToken.split('.')[0]!, 'base64url').toString())).toMatchObject({ k: fresh.kid });
    retireCardKey(dataDir, oldKid);
    expect((await app.inject({ method: 'GET', url: `/api/v1/card-checks/${token}` })).json()).toMatchObject({ valid: false, reason: 'unknown' });
    expect((await app.inject({ method: 'GET', url: `/api/v1/card-checks/${newToken}` })).json()).toMatchObject({ valid: true });
  });

  it('records each check of a genuine card in the audit log with the caller’s address', async () => {
    const rows = await t.db.selectFrom('audit_log').select(['actor_username', 'ip', 'entity_id']).where('action', '=', 'card.verify').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.actor_username === 'publik' && r.ip !== null)).toBe(true);
  });

  it('is rate-limited per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await app.inject({ method: 'GET', url: '/v/x', remoteAddress: '10.9.8.7' })).statusCode);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses[0]).toBe(200);
  });
});
