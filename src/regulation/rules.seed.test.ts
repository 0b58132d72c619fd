import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar';
import { createDefaultRuleBook } from './default-rule-book';
import { ruleAt } from './rule-book';
import { SEED_RULES } from './rules.seed';

const book = createDefaultRuleBook();

describe('seed rules', () => {
  it('build a valid rule book (no overlaps, unique ids, integer values)', () => {
    expect(book.rows.length).toBe(SEED_RULES.length);
  });

  // REGULATIONS.md: every number carries its legal basis and a [C]/[U] confidence mark.
  it('every row has a legal basis and a confidence', () => {
    for (const row of SEED_RULES) {
      expect(row.legalBasis.length, row.id).toBeGreaterThan(3);
      expect(['confirmed', 'unconfirmed'], row.id).toContain(row.confidence);
    }
  });

  it.each([
    ['pu.jkk.rate.very-low', '2025-01-01', { jkp: 'no' }, 24],
    ['pu.jkk.rate.very-high', '2025-01-01', { jkp: 'yes' }, 160],
    ['pu.jkm.rate', '2025-01-01', { jkp: 'no' }, 30],
    ['bpu.jkk.rate', '2025-01-01', {}, 100],
    ['bpu.jkm.flat', '2025-01-01', {}, 6_800],
    ['bpu.income.minimum', '2025-01-01', {}, 1_000_000],
    ['jkm.benefit.lump-sum', '2025-01-01', {}, 20_000_000],
    ['jkk.benefit.death.multiplier', '2025-01-01', {}, 48],
    ['scholarship.s1.per-year', '2025-01-01', {}, 12_000_000],
    ['payment.pu.due-day', '2025-01-01', {}, 15],
    ['payment.pu.due-month-offset', '2025-01-01', {}, 1],
    ['payment.bpu.due-month-offset', '2025-01-01', {}, 0],
    ['payment.pu.late-fee.rate', '2025-01-01', { employer: 'penyelenggara-negara' }, 200],
    ['claim.sla.working-days', '2025-01-01', {}, 7],
    ['claim.late-penalty.rate', '2025-01-01', {}, 100],
    ['wage.ump.53', '2025-01-01', {}, 232_896_969],
  ])('%s on %s %j = %d', (key, on, scope, value) => expect(ruleAt(book, key, on, scope).value).toBe(value));

  it('marks [U] rows unconfirmed', () => {
    for (const key of ['bpu.income.minimum', 'bpu.jkm.full-benefit.min-contribution-months', 'jkk.benefit.transport.air', 'rounding.mode']) {
      expect(ruleAt(book, key, '2025-01-01').confidence, key).toBe('unconfirmed');
    }
    expect(ruleAt(book, 'payment.pu.late-fee.rate', '2025-01-01', { employer: 'other' }).confidence).toBe('confirmed');
  });

  // The package regencies pay for pekerja rentan (Rp 16,800) follows from the rows, it is not a row.
  it('JKK 1% of the minimum income + JKM flat = Rp 16,800', () => {
    const income = ruleAt(book, 'bpu.income.minimum', '2025-01-01').value;
    expect((income * ruleAt(book, 'bpu.jkk.rate', '2025-01-01').value) / 10_000 + ruleAt(book, 'bpu.jkm.flat', '2025-01-01').value).toBe(16_800);
  });

  // Each effective date: nothing (or the old value) the day before, the new value on the day.
  it.each([
    ['pu.jkk.rate.low', '2023-10-06', { jkp: 'yes' }, 54, 40],
    ['pu.jkm.rate', '2023-10-06', { jkp: 'yes' }, 30, 20],
    ['pu.jkm.rate', '2023-10-06', { jkp: 'no' }, 30, 30],
    ['wage.ump.53', '2025-01-01', {}, 218_682_600, 232_896_969],
    ['wage.ump.53', '2026-01-01', {}, 232_896_969, 245_589_800],
  ])('%s changes on %s %j: %d → %d', (key, day, scope, before, after) => {
    expect(ruleAt(book, key, addDays(day, -1), scope).value).toBe(before);
    expect(ruleAt(book, key, day, scope).value).toBe(after);
  });

  it.each([
    ['2025-12-31', 'transport', false],
    ['2026-01-01', 'transport', true],
    ['2027-03-31', 'transport', true],
    ['2027-04-01', 'transport', false],
    ['2026-03-31', 'other', false],
    ['2026-04-01', 'other', true],
    ['2026-12-31', 'other', true],
    ['2027-01-01', 'other', false],
  ])('PP 50/2025 discount on %s for self-funded %s: %s', (on, sector, exists) => {
    expect(book.findRuleAt('bpu.discount.rate', on, { sector, funding: 'self' }) !== null).toBe(exists);
    // APBN/APBD-funded BPU are excluded on every day
    expect(book.findRuleAt('bpu.discount.rate', on, { sector, funding: 'apbd' })).toBeNull();
    expect(book.findRuleAt('bpu.discount.rate', on, { sector, funding: 'apbn' })).toBeNull();
  });
});
