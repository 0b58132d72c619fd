/**
 * The claims API through HTTP as each role calls it: response schemas keep every key (benefit lines with
 * legal basis, reasons in the caller's language), unknown NIK 404, illegal transition 409, scope per role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/clock';
import { aCoveredYear, type CoveredYear } from '../../test/support/claims';
import { client, loginAs } from '../../test/support/http';
import { createTestApp, DEMO_USERS } from '../../test/support/server';

let env: Awaited<ReturnType<typeof createTestApp>>;
let year: CoveredYear;
const base = '/api/v1/tenants/53.16/claims';

async function as(username: string, lang = 'id') {
  const u = DEMO_USERS.find((x) => x.username === username)!;
  return client(env.app, await loginAs(env.app, u.username, u.password), lang);
}

beforeAll(async () => {
  env = await createTestApp({ clock: fixedClock('2025-12-31T03:00:00Z') });
  year = await aCoveredYear(env.t.db, ['2025-06']);
}, 120_000);
afterAll(() => env.close());

describe('claims API', () => {
  it('files, shows and lists with every key; refuses an unknown NIK (404) and an illegal step (409)', async () => {
    const dinas = await as('dinas.nagekeo');
    const filed = await dinas.post(base, { nik: year.nonAsn.nik, type: 'jkk-death', incidentDate: '2025-06-10', chronology: 'uji', trafficAccident: false });
    expect(filed.statusCode).toBe(201);
    const body = filed.json();
    expect([body.eligible, body.wageBase, body.benefit.total, body.chronology]).toEqual([true, 2_186_826, 126_967_648, 'uji']);
    expect(body.benefit.lines[0]).toMatchObject({ code: 'jkk-death-wage', amount: 104_967_648, basis: expect.stringContaining('PP 82/2019'), rule: expect.any(String) });
    expect(body.deadlines[0]).toMatchObject({ code: 'report-bpjs', due: '2025-06-12' });
    expect((await dinas.get(`${base}/${body.claimId}`)).json().timeline).toHaveLength(1);
    expect((await dinas.get(`${base}?type=jkk-death`)).json().total).toBe(1);
    const unknown = await dinas.post(base, { nik: '5316070101900999', type: 'jkm', incidentDate: '2025-06-10' });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'CLAIM_PARTICIPANT_UNKNOWN']);
    const bpjs = await as('bpjs.ende');
    const illegal = await bpjs.post(`${base}/${body.claimId}/advance`, { to: 'disetujui', amount: 1 });
    expect([illegal.statusCode, illegal.json().error.code]).toEqual([409, 'CLAIM_TRANSITION']);
  });

  it('reasons in the caller\'s language; scope per role', async () => {
    const en = await as('dinas.nagekeo', 'en');
    const early = (await en.post(base, { nik: year.nonAsn.nik, type: 'jkm', incidentDate: '2024-12-15' })).json();
    expect(early.eligible).toBe(false);
    expect(early.reasonTexts.find((r: { code: string }) => r.code === 'COVERAGE_NOT_ACTIVE').message).toMatch(/not active/);
    const opd = await as('opd.pendidikan');
    expect((await opd.get(`${base}/${early.claimId}`)).statusCode).toBe(404);
    expect((await opd.get(base)).json().total).toBe(0);
    const viewer = await as('viewer.ntt');
    expect((await viewer.get(base)).statusCode).toBe(403);
    const util = await viewer.get(`${base}/utilisation?year=2025`);
    expect([util.statusCode, util.json().contributionsPaid]).toEqual([200, 28_608]);
  });
});
