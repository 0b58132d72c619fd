/**
 * Rules as data, on a real database: the seed rows are in regulation_rule, loading them again changes
 * nothing, the table refuses edits (history is never edited), and a row inserted for a later regulation
 * changes results from its first day only — the day before still computes with the old rule.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../test/support/db';
import { SEED_RULES } from './rules.seed';
import { calculateContribution, listRulesInForce } from '../calc/calc.service';
import { calculatePlan } from '../calc/plan.service';
import { getRuleBook, loadRegulationRules, reloadRuleBook } from './rule-book.service';

const getDb = useTestDb();
const JKM_PU_ID = 'pu.jkm.rate[jkp=no]@2015-07-01';

describe('regulation_rule seed', () => {
  it('holds every shipped seed row, and loading again inserts nothing', async () => {
    const db = getDb();
    const { count } = await db.selectFrom('regulation_rule').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(Number(count)).toBe(SEED_RULES.length);
    expect(await loadRegulationRules(db)).toBe(0);
  });

  it('round-trips a scoped row exactly (scope, inclusive end date, note, confidence)', async () => {
    const book = await getRuleBook(getDb());
    const seeded = SEED_RULES.find((row) => row.id === 'bpu.discount.rate[funding=self,sector=transport]@2026-01-01');
    expect(book.rows.find((row) => row.id === seeded?.id)).toEqual(seeded);
  });
});

describe('history is never edited', () => {
  it.each([
    ['UPDATE', sql`UPDATE regulation_rule SET value = 31 WHERE id = ${JKM_PU_ID}`],
    ['DELETE', sql`DELETE FROM regulation_rule WHERE id = ${JKM_PU_ID}`],
    ['TRUNCATE', sql`TRUNCATE regulation_rule`],
  ])('refuses %s', async (_, statement) => {
    await expect(statement.execute(getDb())).rejects.toThrow(/append-only/);
    const row = await getDb().selectFrom('regulation_rule').select('value').where('id', '=', JKM_PU_ID).executeTakeFirst();
    expect(row?.value).toBe(30);
  });
});

describe('a new regulation inserted as a row', () => {
  // A hypothetical future regulation raising PU JKM from 0.30% to 0.40% from 2031-01-01.
  const NEW_ROW = sql`
    INSERT INTO regulation_rule (id, key, value, unit, effective_from, effective_to, legal_basis, confidence, scope)
    VALUES ('pu.jkm.rate[jkp=no]@2031-01-01', 'pu.jkm.rate', 40, 'bp', '2031-01-01', NULL, 'PP 99/2030 (test)', 'unconfirmed', '{"jkp":"no"}')`;
  const wage = 2_186_826;

  it('changes results from its first day only', async () => {
    const db = getDb();
    const before = await calculateContribution(db, { scheme: 'pu', wage, risk: 'very-low', jkp: false, funding: 'apbd', sector: 'other', on: '2031-01-01' });
    expect(before.jkm).toBe(6_560); // 0.30% of 2,186,826 = 6,560.478 → half up

    await NEW_ROW.execute(db);
    await reloadRuleBook(db);

    const dayBefore = await calculateContribution(db, { scheme: 'pu', wage, risk: 'very-low', jkp: false, funding: 'apbd', sector: 'other', on: '2030-12-31' });
    const firstDay = await calculateContribution(db, { scheme: 'pu', wage, risk: 'very-low', jkp: false, funding: 'apbd', sector: 'other', on: '2031-01-01' });
    expect(dayBefore.jkm).toBe(6_560);
    expect(dayBefore.lines.find((line) => line.program === 'JKM')?.rule).toBe(JKM_PU_ID);
    expect(firstDay.jkm).toBe(8_747); // 0.40% of 2,186,826 = 8,747.304
    expect(firstDay.lines.find((line) => line.program === 'JKM')).toMatchObject({
      rule: 'pu.jkm.rate[jkp=no]@2031-01-01', legalBasis: 'PP 99/2030 (test)', confidence: 'unconfirmed',
    });
  });

  it('splits a plan across the change month by month', async () => {
    const plan = await calculatePlan(getDb(), {
      start: '2030-11', months: 4, budget: 100_000_000, groups: [{ name: 'non-ASN', scheme: 'pu', headcount: 10, wage }],
    });
    expect(plan.perHeadVaries).toBe(true);
    expect(plan.months.map((month) => month.groups[0]?.perHead)).toEqual([11_808, 11_808, 13_995, 13_995]);
    expect(plan.total).toBe(2 * 118_080 + 2 * 139_950);
  });

  it('lists the new row as in force from that day and the old one before', async () => {
    const ids = async (on: string) => (await listRulesInForce(getDb(), on)).items.map((row) => row.id);
    expect(await ids('2030-12-31')).toContain(JKM_PU_ID);
    expect(await ids('2031-01-01')).not.toContain(JKM_PU_ID);
    expect(await ids('2031-01-01')).toContain('pu.jkm.rate[jkp=no]@2031-01-01');
  });

  it('is picked up without an explicit reload once the cache re-checks the table', async () => {
    // getRuleBook trusts its cache for a few seconds, then compares count + newest created_at.
    const db = getDb();
    await sql`INSERT INTO regulation_rule (id, key, value, unit, effective_from, effective_to, legal_basis, confidence)
      VALUES ('claim.sla.working-days@2032-01-01', 'claim.sla.working-days', 5, 'working-days', '2032-01-01', NULL, 'test', 'unconfirmed')`.execute(db);
    await expect.poll(async () => (await getRuleBook(db)).findRuleAt('claim.sla.working-days', '2032-01-01')?.value, { timeout: 8_000, interval: 500 }).toBe(5);
  }, 15_000);
});
