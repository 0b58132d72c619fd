/**
 * Arrangements for claim heir/document tests: a small 2026 PKS with a village rentan (Desa Labolewa, the
 * demo desa user's village) and an OPD non-ASN (the demo opd user's OPD), a claim of each inserted as the
 * claims service would leave it, and a session per role. Files go to a throw-away data directory.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../src/db/database';
import { enrol } from '../../src/enrolment/enrolment-assign.service';
import { dinasCtx, register, smallPks, testNik } from './enrolment';
import { client, loginAs } from './http';
import { createTestApp, DEMO_USERS } from './server';

export type Role = 'admin' | 'dinas' | 'opd' | 'desa' | 'bpjs' | 'viewer' | 'auditor';
export const ROLES: Role[] = ['admin', 'dinas', 'opd', 'desa', 'bpjs', 'viewer', 'auditor'];
const USER: Record<Role, string> = { admin: 'admin', dinas: 'dinas.nagekeo', opd: 'opd.pendidikan', desa: 'desa.labolewa', bpjs: 'bpjs.ende', viewer: 'viewer.ntt', auditor: 'auditor.nagekeo' };

export const RENTAN_NIK = testNik(11);
export const HONORER_NIK = testNik(12);

/** Inserts a claim row the way the claims service stores one (only what heirs and documents read matters here). */
export async function aClaim(db: Db, participationId: number, spec: { type: string; incidentDate?: string; trafficAccident?: boolean; status?: string; number: string }) {
  const pa = await db.selectFrom('participation').selectAll().where('id', '=', participationId).executeTakeFirstOrThrow();
  const row = await db.insertInto('claim').values({
    tenant_code: pa.tenant_code, number: spec.number, participation_id: pa.id, nik: pa.nik, worker_group: pa.worker_group,
    scheme: pa.worker_group === 'rentan' ? 'bpu' : 'pu', agreement_id: pa.agreement_id, group_id: pa.group_id, opd_id: pa.opd_id,
    village_code: pa.village_code, type: spec.type as 'jkm', programme: spec.type === 'jkm' || spec.type === 'beasiswa' ? 'JKM' : 'JKK',
    incident_date: spec.incidentDate ?? '2026-03-10', eligible: true, benefit: JSON.stringify({ total: 0, lines: [] }), inputs: '{}',
    reported_on: spec.incidentDate ?? '2026-03-10', traffic_accident: spec.trafficAccident ?? false, status: (spec.status ?? 'dilaporkan') as 'dilaporkan',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function claimDocumentsWorld() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lindung-claimdocs-'));
  process.env.LINDUNG_DATA_DIR = dataDir;
  const env = await createTestApp();
  const db = env.t.db;
  const pks = await smallPks(db, '53.16', { pu: 5, bpu: 5 });
  await register(db, '53.16', [
    { nik: RENTAN_NIK, name: 'Rentan Labolewa', rentan: true, village: '53.16.01.2002' },
    { nik: HONORER_NIK, name: 'Honorer Pendidikan', rentan: false, opd: 'Dinas Pendidikan, Kepemudaan dan Olahraga' },
  ]);
  const r = await enrol(db, dinasCtx('53.16'), '53.16', { agreementId: pks.agreementId, from: '2026-01-01' }, '2026-06-30');
  const rows = await db.selectFrom('participation').select(['id', 'worker_group']).where('id', 'in', r.participationIds).execute();
  const participations = { rentan: rows.find((x) => x.worker_group === 'rentan')!.id, honorer: rows.find((x) => x.worker_group === 'non-asn')!.id };
  const as = {} as Record<Role, ReturnType<typeof client> & { cookie: string }>;
  for (const role of ROLES) {
    const u = DEMO_USERS.find((x) => x.username === USER[role])!;
    const cookie = await loginAs(env.app, u.username, u.password);
    as[role] = Object.assign(client(env.app, cookie), { cookie });
  }
  /** Uploads raw bytes as the browser does (the declared type is whatever the caller says). */
  const upload = (role: Role, claimId: number, body: Buffer, query: Record<string, string | number>, contentType = 'application/octet-stream') =>
    env.app.inject({
      method: 'POST', url: `/api/v1/tenants/53.16/claims/${claimId}/documents?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`,
      headers: { cookie: as[role].cookie, 'x-requested-with': 'lindung', 'content-type': contentType, 'accept-language': 'id' }, payload: body,
    });
  const storedFiles = async () => (await fs.readdir(path.join(dataDir, 'claim-documents', '53.16')).catch(() => [] as string[])).sort();
  return {
    env, db, dataDir, participations, as, upload, storedFiles,
    async close() { await env.close(); await fs.rm(dataDir, { recursive: true, force: true }); },
  };
}

export const PDF = (text = 'x') => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
