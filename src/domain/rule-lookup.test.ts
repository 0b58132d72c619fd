import { describe, expect, it } from 'vitest';
import { citeRule, findRoundingModeAt, requireRuleAt, requireValueAt, type RuleLookup, type RuleRef } from './rule-lookup';

// A fake lookup keeps this test inside the domain: the port is all the domain knows about rules.
function fakeLookup(rows: readonly RuleRef[]): RuleLookup {
  return { findRuleAt: (key) => rows.find((row) => row.key === key) ?? null };
}
const row = (key: string, value: number, unit: RuleRef['unit']): RuleRef => ({ id: `${key}@2015-07-01`, key, value, unit, legalBasis: 'test', confidence: 'confirmed' });

describe('rule lookup helpers', () => {
  const book = fakeLookup([row('a.rate', 24, 'bp'), row('rounding.mode', 2, 'rounding-mode'), row('bad.rounding', 9, 'rounding-mode')]);

  it('requireRuleAt throws RULE_NOT_FOUND with the key and date', () => {
    expect(() => requireRuleAt(book, 'missing', '2025-01-01')).toThrow(expect.objectContaining({ code: 'RULE_NOT_FOUND', details: { key: 'missing', on: '2025-01-01', scope: {} } }));
  });

  // A row filed with the wrong unit (rupiah where bp is expected) must not be used as a rate.
  it('requireValueAt checks the unit', () => {
    expect(requireValueAt(book, 'a.rate', '2025-01-01', 'bp').value).toBe(24);
    expect(() => requireValueAt(book, 'a.rate', '2025-01-01', 'rupiah')).toThrow(expect.objectContaining({ code: 'RULE_UNIT_MISMATCH' }));
  });

  it('reads the rounding mode code', () => {
    expect(findRoundingModeAt(book, '2025-01-01').mode).toBe('half-even');
    const bad = fakeLookup([{ ...row('rounding.mode', 9, 'rounding-mode') }]);
    expect(() => findRoundingModeAt(bad, '2025-01-01')).toThrow(expect.objectContaining({ code: 'RULE_VALUE_INVALID' }));
  });

  it('cites a rule by id, legal basis and confidence', () => {
    expect(citeRule(row('a.rate', 24, 'bp'))).toEqual({ rule: 'a.rate@2015-07-01', legalBasis: 'test', confidence: 'confirmed' });
  });
});
