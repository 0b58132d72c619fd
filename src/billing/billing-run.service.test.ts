/**
 * The billing run on a real PostgreSQL: who is billed for which month (whole months, join/leave on any
 * day), amounts from the rules, idempotency, retroactive corrections on the next bill or a correction bill.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { aParticipant, aPks, aTenant, dinasOf, NAGEKEO } from '../../test/factories';
import { useTestDb } from '../../test/support/db';
import { endParticipation } from '../enrolment/enrolment-lifecycle.service';
import { billedMonth, billsOf } from './billing-facts.service';
import { deleteEmptyBill } from './billing-run.repository';
import { runBilling } from './billing-run.service';

const getDb = useTestDb();
const ctx = dinasOf(NAGEKEO);
const PU = 12_577; // UMP NTT 2025 Rp 2,328,970 (rounded from 2,328,969.69): JKK 0.24% 5,590 + JKM 0.30% 6,987
const BPU = 16_800; // declared Rp 1,000,000: JKK 1% 10,000 + JKM flat 6,800

let pks: Awaited<ReturnType<typeof aPks>>;
const who: Record<string, number> = {};

async function linesOf(billId: number) {
  return getDb().selectFrom('bill_line').selectAll().where('bill_id', '=', billId).orderBy('participation_id').orderBy('month').execute();
}
const nameOf = (id: number) => Object.entries(who).find(([, v]) => v === id)?.[0];

beforeAll(async () => {
  await aTenant(getDb());
  pks = await aPks(getDb(), NAGEKEO); // 2026-01-01 … 2026-12-31
  const spec = { agreementId: pks.id, groupId: pks.pu, to: '2026-12-31' };
  who.all = (await aParticipant(getDb(), NAGEKEO, { ...spec, from: '2026-01-01' })).id;
  who.lastDayJan = (await aParticipant(getDb(), NAGEKEO, { ...spec, from: '2026-01-31' })).id;
  who.fromFeb = (await aParticipant(getDb(), NAGEKEO, { ...spec, from: '2026-02-01' })).id;
  who.oneDayJan = (await aParticipant(getDb(), NAGEKEO, { ...spec, from: '2026-01-01', ended: { on: '2026-01-01', reason: 'berhenti' } })).id;
  who.toEndFeb = (await aParticipant(getDb(), NAGEKEO, { ...spec, from: '2026-01-01', ended: { on: '2026-02-28', reason: 'pindah' } })).id;
  who.rentan = (await aParticipant(getDb(), NAGEKEO, { ...spec, groupId: pks.bpu, group: 'rentan', from: '2026-01-15' })).id;
  // a candidate not yet registered with BPJS is never billed
  const calon = await aParticipant(getDb(), NAGEKEO, { ...spec, from: '2026-01-01' });
  await getDb().updateTable('participation').set({ status: 'calon', coverage_from: null, kpj: null }).where('id', '=', calon.id).execute();
});

describe('a month bills every participation active on at least one day of it (whole months)', () => {
  it.each([
    ['2026-01', ['all', 'lastDayJan', 'oneDayJan', 'toEndFeb'], ['rentan']],
    ['2026-02', ['all', 'lastDayJan', 'fromFeb', 'toEndFeb'], ['rentan']],
    ['2026-03', ['all', 'lastDayJan', 'fromFeb'], ['rentan']],
  ])('%s', async (month, puNames, bpuNames) => {
    const r = await runBilling(getDb(), ctx, NAGEKEO, { month, agreementId: pks.id });
    expect(r.created).toBe(2);
    const pu = r.bills.find((b) => b.groupId === pks.pu)!;
    const bpu = r.bills.find((b) => b.groupId === pks.bpu)!;
    expect(pu).toMatchObject({ participants: puNames.length, amount: puNames.length * PU, agreementId: pks.id });
    expect(bpu).toMatchObject({ participants: 1, amount: BPU });
    expect((await linesOf(pu.id)).map((l) => nameOf(l.participation_id)).sort()).toEqual([...puNames].sort());
    expect((await linesOf(bpu.id)).map((l) => nameOf(l.participation_id))).toEqual(bpuNames);
  });

  it('each line keeps what explains it: base and its source, scheme, risk class, funding, programmes, rule ids', async () => {
    const jan = await billedMonth(getDb(), NAGEKEO, who.all!, '2026-01');
    expect(jan).toMatchObject({ base: 2_328_970, baseSource: 'ump:53:2025', scheme: 'pu', amount: PU, programmes: { JKK: 5_590, JKM: 6_987, JHT: 0 } });
    expect(jan!.ruleIds).toEqual(expect.arrayContaining(['wage.ump.53@2025-01-01', 'pu.jkk.rate.very-low[jkp=no]@2015-07-01', 'pu.jkm.rate[jkp=no]@2015-07-01', 'rounding.mode@2015-07-01']));
    const [line] = (await getDb().selectFrom('bill_line').selectAll().where('participation_id', '=', who.rentan!).where('month', '=', '2026-01-01').execute());
    expect(line).toMatchObject({ scheme: 'bpu', funding: 'apbd', base: 1_000_000, base_source: 'declared', jkk: 10_000, jkm: 6_800, worker_group: 'rentan' });
    expect(await billedMonth(getDb(), NAGEKEO, who.fromFeb!, '2026-01')).toBeNull();
  });

  it('due dates: PU the 15th of the next month, BPU the 15th of the month, moved off weekends and holidays', async () => {
    const bills = await billsOf(getDb(), NAGEKEO, pks.id);
    const due = Object.fromEntries(bills.map((b) => [`${b.scheme} ${b.month}`, b.dueOn]));
    expect(due).toMatchObject({
      'bpu 2026-01': '2026-01-15', // Thursday
      'pu 2026-01': '2026-02-18', // 15 Feb is a Sunday, 16 Feb cuti bersama Imlek, 17 Feb Imlek
      'pu 2026-02': '2026-03-16', // 15 Mar is a Sunday
      'bpu 2026-03': '2026-03-16',
    });
    expect(bills.map((b) => b.dueOn)).toEqual([...bills.map((b) => b.dueOn)].sort()); // oldest due first
  });
});

describe('idempotency', () => {
  it('a month run again creates nothing and answers the same bills', async () => {
    const before = await billsOf(getDb(), NAGEKEO, pks.id);
    const again = await runBilling(getDb(), ctx, NAGEKEO, { month: '2026-02', agreementId: pks.id });
    expect(again.created).toBe(0);
    expect(again.bills.map((b) => b.id).sort()).toEqual(before.filter((b) => b.month === '2026-02').map((b) => b.id).sort());
    expect(await billsOf(getDb(), NAGEKEO, pks.id)).toEqual(before);
  });

  it('two runs of one month at once create each bill once (the advisory lock and the UNIQUE)', async () => {
    const [a, b] = await Promise.all([0, 1].map(() => runBilling(getDb(), ctx, NAGEKEO, { month: '2026-04', agreementId: pks.id })));
    expect(a!.created + b!.created).toBe(2);
    expect(a!.bills).toEqual(b!.bills);
  });
});

describe('an issued bill is never edited: retroactive changes become corrections on the next bill', () => {
  it('a participant ended retroactively is taken back (pengurangan, with its reason) and one added late is billed (susulan)', async () => {
    const issued = await billsOf(getDb(), NAGEKEO, pks.id);
    // ended on 20 March, after March and April were billed: April is taken back, March stays (active on 1–20 March)
    await endParticipation(getDb(), ctx, NAGEKEO, who.all!, { on: '2026-03-20', reason: 'meninggal' }, '2026-05-02');
    // registered late, covered from 10 February: February, March and April are billed afterwards
    who.late = (await aParticipant(getDb(), NAGEKEO, { agreementId: pks.id, groupId: pks.pu, from: '2026-02-10', to: '2026-12-31' })).id;

    const may = await runBilling(getDb(), ctx, NAGEKEO, { month: '2026-05', agreementId: pks.id });
    expect(may.created).toBe(2);
    expect(await billsOf(getDb(), NAGEKEO, pks.id).then((b) => b.filter((x) => x.month < '2026-05'))).toEqual(issued);
    const mayPu = may.bills.find((b) => b.groupId === pks.pu)!;
    const lines = (await linesOf(mayPu.id)).map((l) => [nameOf(l.participation_id), l.month, l.kind, l.amount, l.reason, l.reason_on]);
    expect(lines.filter((l) => l[2] !== 'regular')).toEqual([
      ['all', '2026-04-01', 'pengurangan', -PU, 'participation-ended', '2026-03-20'],
      ['late', '2026-02-01', 'susulan', PU, 'participation-added', '2026-02-10'],
      ['late', '2026-03-01', 'susulan', PU, 'participation-added', '2026-02-10'],
      ['late', '2026-04-01', 'susulan', PU, 'participation-added', '2026-02-10'],
    ]);
    // May's regular heads: lastDayJan, fromFeb, late (not 'all': ended in March)
    expect(mayPu.participants).toBe(3);
    expect(mayPu.amount).toBe(3 * PU - PU + 3 * PU);
    expect(await billedMonth(getDb(), NAGEKEO, who.all!, '2026-04')).toBeNull();
    expect(await billedMonth(getDb(), NAGEKEO, who.late!, '2026-03')).toMatchObject({ billId: mayPu.id });

    const june = await runBilling(getDb(), ctx, NAGEKEO, { month: '2026-06', agreementId: pks.id });
    const junePu = june.bills.find((b) => b.groupId === pks.pu)!;
    expect((await linesOf(junePu.id)).filter((l) => l.kind !== 'regular')).toEqual([]); // no duplicate corrections
  });

  it('when the PKS has no later month, corrections go on a correction bill; again creates nothing', async () => {
    for (const month of ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']) {
      await runBilling(getDb(), ctx, NAGEKEO, { month, agreementId: pks.id });
    }
    await endParticipation(getDb(), ctx, NAGEKEO, who.fromFeb!, { on: '2026-10-31', reason: 'berhenti' }, '2027-01-05');
    const rerun = await runBilling(getDb(), ctx, NAGEKEO, { month: '2026-12', agreementId: pks.id });
    expect(rerun.created).toBe(1);
    const correction = (await billsOf(getDb(), NAGEKEO, pks.id)).find((b) => b.kind === 'correction')!;
    expect(correction).toMatchObject({ month: '2026-12', groupId: pks.pu, amount: -2 * PU, participants: 1 });
    expect(correction.number).toMatch(/\/K$/);
    expect((await linesOf(correction.id)).map((l) => [l.month, l.kind, l.reason])).toEqual([
      ['2026-11-01', 'pengurangan', 'participation-ended'], ['2026-12-01', 'pengurangan', 'participation-ended'],
    ]);
    expect((await runBilling(getDb(), ctx, NAGEKEO, { month: '2026-12', agreementId: pks.id })).created).toBe(0);
  });
});

describe('lines and their bills (no row-level foreign key since migration 0021: kept by construction)', () => {
  it('every line belongs to a bill of its tenant, and every bill totals exactly its lines', async () => {
    const orphans = await sql<{ n: number }>`SELECT count(*)::int AS n FROM bill_line l WHERE NOT EXISTS (SELECT 1 FROM bill b WHERE b.tenant_code = l.tenant_code AND b.id = l.bill_id)`.execute(getDb());
    expect(orphans.rows[0]!.n).toBe(0);
    const off = await sql<{ id: number }>`
      SELECT b.id FROM bill b LEFT JOIN LATERAL (
        SELECT CASE WHEN bool_or(kind = 'regular') THEN count(*) FILTER (WHERE kind = 'regular') ELSE count(DISTINCT participation_id) END AS participants,
               coalesce(sum(jkk), 0) AS jkk, coalesce(sum(jkm), 0) AS jkm, coalesce(sum(amount), 0) AS amount
        FROM bill_line l WHERE l.tenant_code = b.tenant_code AND l.bill_id = b.id) s ON true
      WHERE (b.participants, b.jkk, b.jkm, b.amount) IS DISTINCT FROM (coalesce(s.participants, 0)::int, s.jkk, s.jkm, s.amount)`.execute(getDb());
    expect((await getDb().selectFrom('bill').select('id').execute()).length).toBeGreaterThan(20);
    expect(off.rows).toEqual([]);
  });

  it('a bill with lines is never dropped as an empty correction bill', async () => {
    const [line] = await getDb().selectFrom('bill_line').select(['tenant_code', 'bill_id']).limit(1).execute();
    await deleteEmptyBill(getDb(), line!.tenant_code, line!.bill_id);
    expect(await getDb().selectFrom('bill').select('id').where('id', '=', line!.bill_id).execute()).toHaveLength(1);
  });
});
