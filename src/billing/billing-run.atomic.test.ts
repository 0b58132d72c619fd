/**
 * A billing run is one transaction: killed half-way (its bill row written, its lines not), it leaves
 * nothing behind, and the next run bills the month whole.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aParticipant, aPks, aTenant, dinasOf, NAGEKEO } from '../../test/factories';
import { createTestDb, type TestDb } from '../../test/support/db';
import { createDb, poolOf } from '../db/database';
import { runBilling } from './billing-run.service';

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('a run killed after writing its bill and before its lines leaves no bill; the next run bills the month', { timeout: 180_000 }, async () => {
  await aTenant(t.db);
  const pks = await aPks(t.db, NAGEKEO);
  for (let i = 0; i < 3; i++) await aParticipant(t.db, NAGEKEO, { agreementId: pks.id, groupId: pks.pu, from: '2026-01-01', to: '2026-12-31' });

  // Another session holds bill_line in SHARE mode (reads pass, writes wait): the run inserts its bill, then
  // its lines wait — half-way.
  const holder = new pg.Client({ connectionString: t.url });
  await holder.connect();
  await holder.query('BEGIN; LOCK TABLE bill_line IN SHARE MODE');
  // the run gets its own pool: its connection is the one killed (its 'error' event is expected here)
  const victim = createDb(t.url, 1);
  poolOf(victim)!.on('connect', (client) => client.on('error', () => {}));
  const running = runBilling(victim, dinasOf(NAGEKEO), NAGEKEO, { month: '2026-01', agreementId: pks.id }).then(() => 'finished', (e: Error) => e.message);
  const pid = await waitFor(async () => {
    await holder.query('SELECT pg_stat_clear_snapshot()'); // inside a transaction the activity view is a snapshot
    const r = await holder.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%insert into bill_line%'`);
    return r.rows[0]?.pid;
  });
  // the bill row exists inside the run's transaction (it got past the bill insert)
  const inside = await holder.query(`SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND locktype = 'transactionid' AND granted`, [pid]);
  expect(inside.rows[0].n).toBeGreaterThan(0);
  await holder.query('SELECT pg_terminate_backend($1)', [pid]);
  expect(await running).not.toBe('finished');
  await holder.query('ROLLBACK');
  await holder.end();
  await victim.destroy();

  expect(await t.db.selectFrom('bill').selectAll().execute()).toEqual([]);
  expect(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'billing.run').execute()).toEqual([]);
  const again = await runBilling(t.db, dinasOf(NAGEKEO), NAGEKEO, { month: '2026-01', agreementId: pks.id });
  expect(again.created).toBe(2);
  expect(again.bills.find((b) => b.groupId === pks.pu)?.participants).toBe(3);
});
