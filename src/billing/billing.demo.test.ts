/** The demo's 2025 year billed to the rupiah (CONTRACTS.md "Demo"), and seeding it again changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAgreements } from '../agreements/agreements.service';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { dinasOf, NAGEKEO } from '../../test/factories';
import { createTestDb, type TestDb } from '../../test/support/db';
import { billsOf } from './billing-facts.service';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext());
}, 120_000);
afterAll(async () => { await t.drop(); });

describe('the demo PKS 2025', () => {
  it('has its 24 regular bills: Rp 125,491,488 a month (6,311 × 11,808 + 3,034 × 16,800), Rp 1,505,897,856 in all', async () => {
    const pks = (await listAgreements(t.db, dinasOf(NAGEKEO), NAGEKEO)).find((a) => a.number === '560/PKS/DTK-NGK/2025')!;
    const bills = await billsOf(t.db, NAGEKEO, pks.id);
    expect(bills).toHaveLength(24);
    expect(bills.every((b) => b.kind === 'regular')).toBe(true);
    expect(bills.reduce((sum, b) => sum + b.amount, 0)).toBe(1_505_897_856);
    const byMonth = new Map<string, number>();
    for (const b of bills) byMonth.set(b.month, (byMonth.get(b.month) ?? 0) + b.amount);
    expect([...byMonth.values()]).toEqual(Array(12).fill(125_491_488));
    expect(bills.filter((b) => b.scheme === 'pu').map((b) => [b.participants, b.amount])).toEqual(Array(12).fill([6_311, 6_311 * 11_808]));
    expect(bills.filter((b) => b.scheme === 'bpu').map((b) => [b.participants, b.amount])).toEqual(Array(12).fill([3_034, 3_034 * 16_800]));
    const example = await t.db.selectFrom('bill').select('example').distinct().execute();
    expect(example).toEqual([{ example: true }]); // invented data is marked as such
  });

  it('seeding again creates no bill', async () => {
    const again = await seedDemo(t.db, cliContext());
    expect(again.created.bills).toBe(0);
    expect(await t.db.selectFrom('bill').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 24 });
  });
});
