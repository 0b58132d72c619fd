/**
 * Heirs follow a claim without an account (issue #15 §3): the claim number, the deceased's NIK and an
 * heir's own NIK show the status, the missing documents and the deadlines — nothing else; every kind of
 * mismatch is the same `{found:false}`, byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNik } from '../domain/nik';
import { aClaim, claimDocumentsWorld, HONORER_NIK, RENTAN_NIK } from '../../test/support/claim-documents';
import { CSRF } from '../../test/support/http';

let w: Awaited<ReturnType<typeof claimDocumentsWorld>>;
const NUMBER = 'KLM-53.16-2026-00031';
const OTHER = 'KLM-53.16-2026-00032';
const WIDOW = { name: 'Maria Goreti', relation: 'pasangan', nik: formatNik({ districtCode: '53.16.01', birthDate: '1988-07-05', sex: 'P', serial: '0101' }), birthDate: '1988-07-05' };
const STRANGER = formatNik({ districtCode: '53.16.01', birthDate: '1990-01-01', sex: 'L', serial: '0301' });
let ipSeq = 0;

const follow = (body: object) => w.env.app.inject({
  method: 'POST', url: '/api/v1/public/claims/status', payload: body, remoteAddress: `10.2.0.${++ipSeq}`, headers: { ...CSRF, 'accept-language': 'id' },
});

beforeAll(async () => {
  w = await claimDocumentsWorld();
  const jkm = await aClaim(w.db, w.participations.rentan, { type: 'jkm', incidentDate: '2026-03-10', number: NUMBER });
  await aClaim(w.db, w.participations.honorer, { type: 'jkm', incidentDate: '2026-04-01', number: OTHER });
  expect((await w.as.desa.post(`/api/v1/tenants/53.16/claims/${jkm}/heirs`, WIDOW)).statusCode).toBe(201);
}, 120_000);
afterAll(() => w?.close());

describe('POST /api/v1/public/claims/status', () => {
  it('shows an heir the claim\'s status, missing documents and deadlines — and nothing else', async () => {
    const res = await follow({ claimNumber: NUMBER, nik: RENTAN_NIK, heirNik: WIDOW.nik });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ found: true, claimNumber: NUMBER, status: 'dilaporkan' });
    expect(Object.keys(body).sort()).toEqual(['claimNumber', 'deadlines', 'found', 'missingDocuments', 'status']);
    expect(body.missingDocuments.length).toBeGreaterThan(0);
    expect(body.missingDocuments[0]).toEqual({ code: expect.any(String), label: expect.any(String) });
    expect(res.body).not.toMatch(/amount|benefit|Maria|Rentan/);
    const audit = await w.db.selectFrom('audit_log').select(['tenant_code', 'details']).where('action', '=', 'self-service.claim').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(WIDOW.nik);
  });

  it('answers every kind of mismatch with the same bytes', async () => {
    const misses = [
      { claimNumber: 'KLM-53.16-2026-09999', nik: RENTAN_NIK, heirNik: WIDOW.nik }, // unknown number
      { claimNumber: NUMBER, nik: HONORER_NIK, heirNik: WIDOW.nik }, // another participant's NIK
      { claimNumber: NUMBER, nik: RENTAN_NIK, heirNik: STRANGER }, // not an heir
      { claimNumber: OTHER, nik: HONORER_NIK, heirNik: WIDOW.nik }, // an heir, of another claim
    ];
    const answers = await Promise.all(misses.map(follow));
    for (const a of answers) {
      expect(a.statusCode).toBe(200);
      expect(a.rawPayload.equals(Buffer.from('{"found":false}'))).toBe(true);
    }
  });
});
