/**
 * Coverage figures against the demo's hand-known counts (6,311 non-ASN in OPDs + 3,034 rentan in villages
 * = 9,345 covered at the end of 2025; the two who died in June and August were replaced from the next month) and a
 * hand-made change: two participations ended mid-June.
 * Also the refresh's "what is due" rules and the scope of the report per role.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { fixedClock } from '../clock/clock';
import { seedDemo } from '../demo/demo.service';
import { endParticipation } from '../enrolment/enrolment-lifecycle.service';
import { useTestDb } from '../../test/support/db';
import { coverageReport } from './coverage.service';
import { monthlyCounts } from './coverage.repository';
import { refreshReports } from './report-refresh.service';

const getDb = useTestDb();
const NAGEKEO = '53.16';
const as = (role: RequestContext['actor']['role'], scope: Partial<RequestContext['actor']> = {}): RequestContext =>
  ({ actor: { ...cliContext().actor, role, ...scope }, ip: null, clock: fixedClock('2026-03-15T04:00:00Z') });
const admin = as('admin');

describe('coverage from the roll-up', () => {
  beforeAll(async () => {
    await seedDemo(getDb(), cliContext(), { participants: true });
    const first = await refreshReports(getDb(), fixedClock('2026-03-15T04:00:00Z'));
    expect(first).toMatchObject({ ran: true, tenants: 1 });
  }, 120_000);

  it('the nation lists the 38 provinces; NTT holds Nagekeo 9,345 at the end of 2025', async () => {
    const r = await coverageReport(getDb(), admin, { year: 2025 });
    expect(r.level).toBe('nation');
    expect(r.rows).toHaveLength(38);
    // the demo's example employed population of NTT (2024, flagged example): 9,345 ÷ 2,750,000 = 0.34 %
    expect(r.rows.find((x) => x.code === '53')).toMatchObject({ participants: 9345, nonAsn: 6311, rentan: 3034, employed: 2_750_000, ucj: 0.34 });
    expect(r.rows.find((x) => x.code === '52')).toMatchObject({ participants: 0, employed: null, ucj: null });
    expect(r.rows.filter((x) => x.participants > 0)).toHaveLength(1);
    expect(r.total).toMatchObject({ participants: 9345, nonAsn: 6311, rentan: 3034 });
  });

  it('a province lists every regency and city, those without a programme at zero', async () => {
    const r = await coverageReport(getDb(), admin, { region: '53', year: 2025 });
    expect(r.level).toBe('province');
    expect(r.rows).toHaveLength(22); // NTT: 21 kabupaten + Kota Kupang
    expect(r.rows.find((x) => x.code === NAGEKEO)?.participants).toBe(9345);
    expect(r.rows.filter((x) => x.code !== NAGEKEO).every((x) => x.participants === 0)).toBe(true);
  });

  it('a regency lists its kecamatan; rentan add up to 3,034, the total keeps the OPDs\' non-ASN', async () => {
    const r = await coverageReport(getDb(), admin, { region: NAGEKEO, year: 2025 });
    expect(r.level).toBe('regency');
    expect(r.rows).toHaveLength(7);
    expect(r.rows.reduce((s, x) => s + x.rentan, 0)).toBe(3034);
    expect(r.total).toMatchObject({ participants: 9345, nonAsn: 6311, rentan: 3034 });
  });

  it('a year without coverage counts nobody (2024), and 2026 counts nobody after the PKS ended', async () => {
    expect((await coverageReport(getDb(), admin, { region: '53', year: 2024 })).total.participants).toBe(0);
    expect((await coverageReport(getDb(), admin, { region: '53', year: 2026 })).total.participants).toBe(0);
  });

  it('two participations ended on 2025-06-15 leave June onwards at 9,343 once the refresh ran', async () => {
    const db = getDb();
    // two of the year's rentan (not the demo's one who died on 2025-08-01: already ended)
    const ids = await db.selectFrom('participation').select('id').where('tenant_code', '=', NAGEKEO).where('worker_group', '=', 'rentan')
      .where('ended_on', 'is', null).orderBy('id').limit(2).execute();
    for (const { id } of ids) {
      await endParticipation(db, as('dinas', { tenantCode: NAGEKEO }), NAGEKEO, id, { on: '2025-06-15', reason: 'meninggal' }, '2026-03-15');
    }
    expect((await coverageReport(db, admin, { year: 2025 })).total.participants).toBe(9345); // not refreshed yet
    expect(await refreshReports(db, fixedClock('2026-03-15T04:05:00Z'))).toMatchObject({ ran: true, tenants: 1 });
    const months = await monthlyCounts(db, 2025, NAGEKEO);
    const total = (m: string) => months.filter((x) => x.month === m).reduce((s, x) => s + x.active, 0);
    // June also lacks the demo's non-ASN who died on 2025-06-10 (replaced from July): 9,345 − 1 − 2
    expect([total('2025-05'), total('2025-06'), total('2025-07'), total('2025-12')]).toEqual([9345, 9342, 9343, 9343]);
    expect((await coverageReport(db, admin, { region: NAGEKEO, year: 2025 })).total).toMatchObject({ participants: 9343, rentan: 3032 });
  });

  it('nothing changed and the same day: the refresh rebuilds nobody; the next day rebuilds the tenant', async () => {
    expect(await refreshReports(getDb(), fixedClock('2026-03-15T05:00:00Z'))).toMatchObject({ ran: true, tenants: 0 });
    expect(await refreshReports(getDb(), fixedClock('2026-03-16T05:00:00Z'))).toMatchObject({ ran: true, tenants: 1 });
  });

  it('scope: a regency user sees its regency only, the NTT viewer NTT only, OPD staff nothing', async () => {
    const db = getDb();
    const dinas = as('dinas', { tenantCode: NAGEKEO });
    expect((await coverageReport(db, dinas, { region: NAGEKEO, year: 2025 })).total.participants).toBe(9343);
    await expect(coverageReport(db, dinas, { region: '53', year: 2025 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(coverageReport(db, dinas, { year: 2025 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(coverageReport(db, as('dinas', { tenantCode: '53.10' }), { region: NAGEKEO })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const viewer = as('viewer', { regionScope: '53' });
    expect((await coverageReport(db, viewer, { region: '53', year: 2025 })).total.participants).toBe(9343);
    await expect(coverageReport(db, viewer, { region: '52', year: 2025 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(coverageReport(db, viewer, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(coverageReport(db, as('opd', { tenantCode: NAGEKEO, opdId: 1 }), { region: NAGEKEO })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a village as the region and a year out of range', async () => {
    await expect(coverageReport(getDb(), admin, { region: '53.16.01' })).rejects.toMatchObject({ code: 'REPORT_REGION_LEVEL' });
    await expect(coverageReport(getDb(), admin, { year: 1999 })).rejects.toMatchObject({ code: 'REPORT_YEAR' });
  });
});
