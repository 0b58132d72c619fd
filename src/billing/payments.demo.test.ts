/**
 * The demo pays the seed's year to the rupiah (issue #12 item 12), through the CLI contract (item 11):
 * billed 1,505,897,856, paid 1,500,000,000, December short by 5,897,856; recording the missing amount
 * settles it. Then coverage follows payment for a demo participant, and seeding again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAgreements } from '../agreements/agreements.service';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { dinasOf, NAGEKEO } from '../../test/factories';
import { runLindung } from '../../test/support/cli';
import { createTestDb, type TestDb } from '../../test/support/db';
import { contributionsPaid, coverageOn, monthsPaid } from './coverage.service';

let t: TestDb;
let pks: number;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext());
  pks = (await listAgreements(t.db, dinasOf(NAGEKEO), NAGEKEO)).find((a) => a.number === '560/PKS/DTK-NGK/2025')!.id;
}, 180_000);
afterAll(async () => { await t.drop(); });

const cli = async (...args: string[]) => {
  const r = await runLindung(t.url, [...args, '--json']);
  return { code: r.code, body: JSON.parse(r.stdout) as Record<string, unknown> };
};

describe('the demo 2025 payments, by the CLI contract', () => {
  it('billing summary: billed 1,505,897,856, paid 1,500,000,000, December kurang-bayar by 5,897,856', async () => {
    const { code, body } = await cli('billing', 'summary', '--tenant', NAGEKEO, '--agreement', String(pks));
    expect(code).toBe(0);
    expect(Object.keys(body)).toEqual(['agreementId', 'budget', 'billed', 'paid', 'outstanding', 'lateFees', 'credit', 'remainingBudget', 'runsOutIn', 'months']);
    expect(body).toMatchObject({
      agreementId: pks, budget: 1_500_000_000, billed: 1_505_897_856, paid: 1_500_000_000, outstanding: 5_897_856, lateFees: 0, credit: 0,
      remainingBudget: -5_897_856, runsOutIn: '2025-12',
    });
    const months = body.months as { month: string; billed: number; paid: number; status: string }[];
    expect(months).toHaveLength(12);
    expect(months.slice(0, 11).every((m) => m.billed === 125_491_488 && m.paid === 125_491_488 && m.status === 'lunas')).toBe(true);
    expect(months[11]).toEqual({ month: '2025-12', billed: 125_491_488, paid: 119_593_632, status: 'kurang-bayar' });
  });

  it('coverage follows payment: a paid month is active-paid; December is unpaid and past its grace today', async () => {
    // a non-ASN covered all year (the demo's first one died on 2025-06-10)
    const someone = await t.db.selectFrom('participation').select('id').where('agreement_id', '=', pks).where('worker_group', '=', 'non-asn')
      .where('ended_on', 'is', null).orderBy('id').limit(1).executeTakeFirstOrThrow();
    expect(await coverageOn(t.db, NAGEKEO, someone.id, '2025-06-15')).toMatchObject({ verdict: 'active-paid', monthStatus: 'lunas', unconfirmed: false });
    // December's PU bill is due in January 2026; with one month of grace an incident on 31 Dec is still covered
    expect(await coverageOn(t.db, NAGEKEO, someone.id, '2025-12-31')).toMatchObject({ verdict: 'active-unpaid-grace', monthStatus: 'kurang-bayar', unconfirmed: true });
    expect(await coverageOn(t.db, NAGEKEO, someone.id, '2026-01-05')).toMatchObject({ verdict: 'not-covered', reasons: ['COVERAGE_OUTSIDE_PKS', 'COVERAGE_NOT_ACTIVE'] });
    expect(await coverageOn(t.db, NAGEKEO, someone.id, '2024-12-31')).toMatchObject({ verdict: 'not-covered' });
    expect(await monthsPaid(t.db, NAGEKEO, someone.id, 2025)).toHaveLength(11);
    expect((await contributionsPaid(t.db, NAGEKEO, { year: 2025 })).total).toBe(1_500_000_000);
  });

  it('payments record of the missing 5,897,856 settles December; reverse brings it back; errors exit 1', async () => {
    const paid = await cli('payments', 'record', '--tenant', NAGEKEO, '--agreement', String(pks), '--amount', '5897856', '--paid-on', '2026-01-10', '--sp2d', 'CONTOH-SP2D/13/LS/2025');
    expect(paid.code).toBe(0);
    expect(Object.keys(paid.body)).toEqual(['paymentId', 'allocated', 'credit']);
    expect(paid.body).toMatchObject({ allocated: [{ amount: 5_897_856 }], credit: 0 });
    const settled = await cli('billing', 'summary', '--tenant', NAGEKEO, '--agreement', String(pks));
    expect(settled.body).toMatchObject({ paid: 1_505_897_856, outstanding: 0 });
    expect((settled.body.months as { status: string }[])[11]!.status).toBe('lunas');

    const reversed = await cli('payments', 'reverse', String(paid.body.paymentId), '--reason', 'uji pembatalan');
    expect(reversed).toEqual({ code: 0, body: { paymentId: paid.body.paymentId, reversed: true, reason: 'uji pembatalan' } });
    expect((await cli('billing', 'summary', '--tenant', NAGEKEO, '--agreement', String(pks))).body).toMatchObject({ outstanding: 5_897_856 });
    const bad = await cli('payments', 'record', '--tenant', NAGEKEO, '--agreement', String(pks), '--amount', '1.5', '--paid-on', '2026-01-10', '--sp2d', 'X');
    expect(bad.code).toBe(1);
    expect((bad.body.error as { code: string }).code).toBe('PAYMENT_AMOUNT_INVALID');
  }, 120_000);

  it('seeding again records no payment', async () => {
    expect((await seedDemo(t.db, cliContext())).created.payments).toBe(0);
    const sp2d = await t.db.selectFrom('payment').select(['sp2d_number', 'example']).where('agreement_id', '=', pks).where('example', '=', true).execute();
    expect(sp2d).toHaveLength(12);
  });
});
