import { describe, expect, it } from 'vitest';
import { defineRule, formatRuleId } from './define-rule';
import { createRuleBook, findRuleAt, ruleAt } from './rule-book';
import type { RuleRow } from './rule.types';

const rate = (value: number, effectiveFrom: string, effectiveTo: string | null, scope?: Record<string, string>): RuleRow =>
  defineRule({ key: 'x.rate', value, unit: 'bp', effectiveFrom, effectiveTo, legalBasis: 'test', confidence: 'confirmed', ...(scope ? { scope } : {}) });

describe('ruleAt: effective periods (effectiveTo inclusive)', () => {
  // A later regulation only ADDS a row; the open-ended one is superseded the day before.
  const book = createRuleBook([rate(24, '2015-07-01', null), rate(10, '2023-10-06', null), rate(50, '2026-01-01', '2026-12-31', { sector: 'transport' })]);

  it.each([
    ['2015-06-30', null],
    ['2015-07-01', 24],
    ['2023-10-05', 24],
    ['2023-10-06', 10],
    ['2030-01-01', 10],
  ])('on %s → %s', (on, value) => expect(findRuleAt(book, 'x.rate', on)?.value ?? null).toBe(value));

  // The most specific matching scope wins; an unscoped row matches every request.
  it.each([
    ['2026-01-01', { sector: 'transport' }, 50],
    ['2026-12-31', { sector: 'transport' }, 50],
    ['2027-01-01', { sector: 'transport' }, 10], // the bounded row has ended
    ['2026-06-01', { sector: 'other' }, 10],
    ['2026-06-01', {}, 10],
  ])('on %s with %j → %s', (on, scope, value) => expect(ruleAt(book, 'x.rate', on, scope).value).toBe(value));

  it('throws RULE_NOT_FOUND with the key, date and scope', () => {
    expect(() => ruleAt(book, 'x.rate', '2015-06-30')).toThrow(expect.objectContaining({ code: 'RULE_NOT_FOUND', kind: 'invalid', details: { key: 'x.rate', on: '2015-06-30', scope: {} } }));
    expect(() => ruleAt(book, 'no.such.key', '2025-01-01')).toThrow(expect.objectContaining({ code: 'RULE_NOT_FOUND' }));
  });

  it('a superseded bounded row does not resurrect the older open-ended one', () => {
    const bounded = createRuleBook([rate(24, '2015-07-01', null), rate(12, '2020-01-01', '2020-12-31')]);
    expect(findRuleAt(bounded, 'x.rate', '2021-01-01')).toBeNull();
  });

  it('two equally specific matches are ambiguous', () => {
    const ambiguous = createRuleBook([rate(1, '2020-01-01', null, { sector: 'transport' }), rate(2, '2020-01-01', null, { funding: 'self' })]);
    expect(() => ruleAt(ambiguous, 'x.rate', '2020-01-01', { sector: 'transport', funding: 'self' })).toThrow(expect.objectContaining({ code: 'RULE_AMBIGUOUS' }));
  });

  it('rejects an invalid lookup date', () => {
    expect(() => ruleAt(book, 'x.rate', '2025-02-30')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
  });
});

describe('createRuleBook: validation', () => {
  it.each<[string, RuleRow[]]>([
    ['same start', [rate(1, '2020-01-01', null), rate(2, '2020-01-01', '2020-12-31', {})]],
    ['bounded row runs into the next', [rate(1, '2020-01-01', '2021-01-01'), rate(2, '2021-01-01', null)]],
  ])('RULE_OVERLAP: %s', (_, rows) => {
    const unique = rows.map((row, i) => ({ ...row, id: `${row.id}#${i}` }));
    expect(() => createRuleBook(unique)).toThrow(expect.objectContaining({ code: 'RULE_OVERLAP' }));
  });

  it('adjacent bounded rows and different scopes do not overlap', () => {
    expect(() => createRuleBook([rate(1, '2020-01-01', '2020-12-31'), rate(2, '2021-01-01', null), rate(3, '2020-01-01', null, { sector: 'transport' })])).not.toThrow();
  });

  it('RULE_DUPLICATE_ID', () => {
    expect(() => createRuleBook([rate(1, '2020-01-01', null), rate(1, '2020-01-01', null)])).toThrow(expect.objectContaining({ code: 'RULE_DUPLICATE_ID' }));
  });

  const base = rate(1, '2020-01-01', null);
  it.each<[string, Partial<RuleRow>]>([
    ['key', { key: 'Bad Key' }],
    ['id', { id: '' }],
    ['value must be an integer', { value: 0.24 }], // rates are basis points, never floats
    ['unit', { unit: 'percent' as RuleRow['unit'] }],
    ['effectiveFrom', { effectiveFrom: '2020-02-30' }],
    ['effectiveTo', { effectiveTo: '2019-12-31' }], // ends before it starts
    ['legalBasis', { legalBasis: ' ' }],
    ['confidence', { confidence: 'maybe' as RuleRow['confidence'] }],
  ])('RULE_INVALID: %s', (reason, override) => {
    expect(() => createRuleBook([{ ...base, ...override }])).toThrow(expect.objectContaining({ code: 'RULE_INVALID', details: expect.objectContaining({ reason }) }));
  });
});

describe('rule ids', () => {
  it('are stable and name the scope in a canonical order', () => {
    expect(formatRuleId('pu.jkk.rate.very-low', '2015-07-01')).toBe('pu.jkk.rate.very-low@2015-07-01');
    expect(formatRuleId('bpu.discount.rate', '2026-01-01', { sector: 'transport', funding: 'self' })).toBe('bpu.discount.rate[funding=self,sector=transport]@2026-01-01');
  });
});
