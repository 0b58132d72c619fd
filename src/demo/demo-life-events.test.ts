/**
 * The demo year's deaths and replacements (issue #13 §11, CONTRACTS.md "Demo numbers are invariant"): the two
 * deceased participations end on the day of death, two example people take their slots from the next month,
 * and everything the other helpers assert stays: 9,345 covered at the end of 2025, 24 bills of
 * Rp 1,505,897,856 (whole-month billing), the claims as before. Seeding again changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { billsOf } from '../billing/billing-facts.service';
import { getClaim, listClaims } from '../claims/claims.service';
import { activeHeadcounts } from '../enrolment/participation-facts.service';
import { dinasOf, NAGEKEO } from '../../test/factories';
import { createTestDb, type TestDb } from '../../test/support/db';
import { seedDemo } from './demo.service';

let t: TestDb;
let pksId: number;
const DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-life-events-'));
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, cliContext(), { dataDir: DATA_DIR });
  pksId = (await t.db.selectFrom('agreement').select('id').where('number', '=', '560/PKS/DTK-NGK/2025').executeTakeFirstOrThrow()).id;
}, 180_000);
afterAll(async () => { await t.drop(); fs.rmSync(DATA_DIR, { recursive: true, force: true }); });

const participations = () => t.db.selectFrom('participation')
  .select(['id', 'group_id', 'worker_group', 'status', 'starts_on', 'coverage_from', 'coverage_to', 'ended_on', 'end_reason', 'replaces_id', 'kpj', 'example', 'updated_at'])
  .orderBy('id').execute();

const covered = async (on: string) => [...(await activeHeadcounts(t.db, NAGEKEO, pksId, on)).values()].reduce((a, b) => a + b, 0);

describe('the demo year with its deaths and replacements', () => {
  it('ends the two deceased on the day of death and enrols a replacement in each slot from the next month', async () => {
    const rows = await participations();
    expect(rows).toHaveLength(9_347);
    const ended = rows.filter((r) => r.status === 'berakhir');
    expect(ended.map((r) => [r.worker_group, r.ended_on, r.coverage_to, r.end_reason])).toEqual([
      ['non-asn', '2025-06-10', '2025-06-10', 'meninggal'],
      ['rentan', '2025-08-01', '2025-08-01', 'meninggal'],
    ]);
    const replacements = rows.filter((r) => r.replaces_id !== null);
    expect(replacements.map((r) => [r.replaces_id, r.worker_group, r.status, r.starts_on, r.coverage_from, r.coverage_to, r.example])).toEqual([
      [ended[0]!.id, 'non-asn', 'aktif', '2025-07-01', '2025-07-01', '2025-12-31', true],
      [ended[1]!.id, 'rentan', 'aktif', '2025-09-01', '2025-09-01', '2025-12-31', true],
    ]);
    // in the deceased's group, with a KPJ number like everyone the demo activated
    expect(replacements.map((r) => r.group_id)).toEqual(ended.map((r) => r.group_id));
    expect(replacements.every((r) => /^\d{11}$/.test(r.kpj ?? ''))).toBe(true);
  });

  it('keeps 9,345 covered at the end of 2025 (one fewer between a death and its replacement)', async () => {
    expect(await covered('2025-12-31')).toBe(9_345);
    expect(await covered('2025-06-10')).toBe(9_345); // covered through the day of death
    expect(await covered('2025-06-11')).toBe(9_344);
    expect(await covered('2025-07-01')).toBe(9_345);
    expect(await covered('2025-08-15')).toBe(9_344);
  });

  it('bills the deceased for the month of death and the replacement from the next: the same 24 bills, Rp 1,505,897,856', async () => {
    const bills = await billsOf(t.db, NAGEKEO, pksId);
    expect(bills).toHaveLength(24);
    expect(bills.reduce((sum, b) => sum + b.amount, 0)).toBe(1_505_897_856);
    expect(bills.filter((b) => b.scheme === 'pu').map((b) => b.participants)).toEqual(Array(12).fill(6_311));
    expect(bills.filter((b) => b.scheme === 'bpu').map((b) => b.participants)).toEqual(Array(12).fill(3_034));
  });

  it('files the claims as before; the death claim shows the freed slot and who took it', async () => {
    const ctx = dinasOf(NAGEKEO);
    const claims = (await listClaims(t.db, ctx, NAGEKEO, { limit: 10, offset: 0 }, '2025-12-31')).items;
    expect(claims.map((c) => [c.type, c.status, c.eligible, c.benefit.total]).sort()).toEqual([
      ['beasiswa', 'dilaporkan', false, 0], ['jkk-death', 'dibayar', true, 126_967_648], ['jkk-stmb', 'diajukan', true, 6_560_478], ['jkm', 'dibayar', true, 42_000_000],
    ]);
    expect(claims.every((c) => c.participantName.length > 0)).toBe(true);
    const death = await getClaim(t.db, ctx, NAGEKEO, claims.find((c) => c.type === 'jkk-death')!.claimId, '2025-12-31');
    expect(death.participation).toMatchObject({ status: 'berakhir', endedOn: '2025-06-10', endReason: 'meninggal', slotFreeFrom: '2025-06-11',
      replacement: { startsOn: '2025-07-01', status: 'aktif', name: 'Yosef Meo Ndona' } });
  });

  it('seeding again creates and changes nothing', async () => {
    const before = await participations();
    const again = await seedDemo(t.db, cliContext(), { dataDir: DATA_DIR });
    expect(again.created).toEqual({ opds: 0, users: 0, agreements: 0, workers: 0, participants: 0, bills: 0, payments: 0 });
    expect(await participations()).toEqual(before);
  });
});
