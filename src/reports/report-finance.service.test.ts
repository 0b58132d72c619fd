/**
 * The money roll-up behind the province and national views, against the demo's hand-known 2025 figures:
 * Nagekeo's PKS budget Rp 1,500,000,000, 24 bills Rp 1,505,897,856, 12 SP2D Rp 1,500,000,000, December short
 * Rp 5,897,856 (due in January 2026: overdue on 2026-03-15); claims JKK death Rp 126,967,648 and JKM
 * Rp 42,000,000 paid, the scholarship found ineligible (still `dilaporkan`, not `ditolak`), the STMB submitted (4 filed). Then a change of each kind — the
 * December shortfall paid, the STMB approved and paid — shows after one refresh, and not before.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { pksOfYear } from '../agreements/agreement-reports.service';
import { billsOf } from '../billing/billing-facts.service';
import { recordPayment } from '../billing/payments.service';
import { advanceClaim } from '../claims/claim-advance.service';
import { listClaims } from '../claims/claims.service';
import { fixedClock } from '../clock/clock';
import { seedDemo } from '../demo/demo.service';
import { dinasOf } from '../../test/factories';
import { useTestDb } from '../../test/support/db';
import { regionView } from './region-view.service';
import { refreshReports } from './report-refresh.service';

const getDb = useTestDb();
const NAGEKEO = '53.16';
const TODAY = '2026-03-15';
const CLOCK = fixedClock(`${TODAY}T04:00:00Z`);
const admin: RequestContext = { ...cliContext(), clock: CLOCK };
const viewerOf = (regionScope: string): RequestContext => ({ actor: { ...cliContext().actor, role: 'viewer', tenantCode: null, regionScope }, ip: null, clock: CLOCK });

const nagekeoRow = async (ctx: RequestContext = admin) => (await regionView(getDb(), ctx, { region: '53', year: 2025 })).rows.find((r) => r.code === NAGEKEO)!;
const nttRow = async () => (await regionView(getDb(), admin, { year: 2025 })).rows.find((r) => r.code === '53')!;

describe('the money roll-up (province and national views)', () => {
  beforeAll(async () => {
    await seedDemo(getDb(), cliContext(), { participants: true });
    await refreshReports(getDb(), CLOCK);
  }, 120_000);

  it('Nagekeo\'s row carries the PKS money and the claims of 2025; regencies without a programme carry none', async () => {
    const view = await regionView(getDb(), admin, { region: '53', year: 2025 });
    expect(view.rows.find((r) => r.code === NAGEKEO)).toMatchObject({
      money: { budget: 1_500_000_000, billed: 1_505_897_856, paid: 1_500_000_000, outstanding: 5_897_856, overdue: 5_897_856, lateFees: 0, realisation: 100 },
      claims: { filed: 4, approved: 2, paid: 2, refused: 0, benefitsPaid: 126_967_648 + 42_000_000 },
    });
    const others = view.rows.filter((r) => r.code !== NAGEKEO);
    expect(others).toHaveLength(21);
    expect(others.every((r) => r.money === null && r.claims?.filed === 0)).toBe(true);
  });

  it('the national row of NTT sums its regencies; other provinces have none', async () => {
    expect(await nttRow()).toMatchObject({ withProgramme: 1, money: { billed: 1_505_897_856, overdue: 5_897_856 }, claims: { filed: 4, benefitsPaid: 168_967_648 } });
    const java = (await regionView(getDb(), admin, { year: 2025 })).rows.find((r) => r.code === '35')!;
    expect(java).toMatchObject({ money: null, claims: { filed: 0, benefitsPaid: 0 } });
  });

  it('a viewer of another province never receives Nagekeo\'s money, even in the national roll-up', async () => {
    const east = await regionView(getDb(), viewerOf('35'), { region: '35', year: 2025 });
    expect(east.rows.every((r) => r.money === null && r.claims?.filed === 0)).toBe(true);
    await expect(regionView(getDb(), viewerOf('35'), { region: '53', year: 2025 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a payment and a paid claim show after the next refresh, not before', async () => {
    const db = getDb();
    const [pks] = await pksOfYear(db, 2025, [NAGEKEO]);
    const december = (await billsOf(db, NAGEKEO, pks!.agreementId)).filter((b) => b.month === '2025-12').map((b) => b.id);
    await recordPayment(db, dinasOf(), NAGEKEO, pks!.agreementId, { sp2dNumber: 'SP2D/TEST/KURANG', paidOn: '2026-03-14', amount: 5_897_856, billIds: december }, TODAY);
    const stmb = (await listClaims(db, dinasOf(), NAGEKEO, { type: 'jkk-stmb', limit: 10, offset: 0 }, TODAY)).items[0]!;
    await advanceClaim(db, dinasOf(), NAGEKEO, stmb.claimId, { to: 'disetujui', on: '2026-03-10', amount: 3_000_000 }, TODAY);
    await advanceClaim(db, dinasOf(), NAGEKEO, stmb.claimId, { to: 'dibayar', on: '2026-03-14', amount: 3_000_000 }, TODAY);

    expect((await nagekeoRow()).money).toMatchObject({ paid: 1_500_000_000, overdue: 5_897_856 });
    const run = await refreshReports(db, CLOCK);
    expect(run).toMatchObject({ ran: true, tenants: 1 });
    expect(await nagekeoRow()).toMatchObject({
      money: { paid: 1_505_897_856, outstanding: 0, overdue: 0, realisation: 100.39 },
      claims: { filed: 4, approved: 3, paid: 3, benefitsPaid: 171_967_648 },
    });
    expect(await nttRow()).toMatchObject({ money: { paid: 1_505_897_856, overdue: 0 }, claims: { paid: 3 } });
    // nothing changed since: the next run rebuilds nobody
    expect(await refreshReports(db, CLOCK)).toMatchObject({ ran: true, tenants: 0 });
  });

  it('an installation upgraded to the money roll-up (its tables empty, the watermark set) builds it at the next run', async () => {
    const db = getDb();
    await sql`DELETE FROM report_pks_finance; DELETE FROM report_tenant_claims`.execute(db);
    expect((await nagekeoRow()).money).toBeNull();
    expect(await refreshReports(db, CLOCK)).toMatchObject({ ran: true, tenants: 1 });
    expect(await nagekeoRow()).toMatchObject({ money: { billed: 1_505_897_856, paid: 1_505_897_856 }, claims: { filed: 4, paid: 3 } });
  });
});
