import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { resolveWageBase } from './wage-base';

const book = createDefaultRuleBook();

describe('resolveWageBase', () => {
  it('reads "UMP NTT 2024" from the rule book, with the rule that gave it (REGULATIONS.md §6)', () => {
    const base = resolveWageBase({ kind: 'ump', provinceCode: '53', year: 2024 }, book);
    expect(base.amount).toBe(2_186_826);
    expect(base.rule).toMatch(/^wage\.ump\.53@2024-01-01/);
  });

  it('rounds the sen of UMP NTT 2025 half up (Rp 2,328,969.69 → 2,328,970)', () => {
    expect(resolveWageBase({ kind: 'ump', provinceCode: '53', year: 2025 }, book).amount).toBe(2_328_970);
  });

  it('takes a per-person wage or a declared income as stated, without a rule', () => {
    expect(resolveWageBase({ kind: 'fixed', amount: 2_500_000 }, book)).toEqual({ amount: 2_500_000, rule: null, legalBasis: null });
    expect(resolveWageBase({ kind: 'declared', amount: 1_000_000 }, book).amount).toBe(1_000_000);
  });

  it('says which UMP is missing instead of a bare RULE_NOT_FOUND', () => {
    expect(() => resolveWageBase({ kind: 'ump', provinceCode: '53', year: 2019 }, book))
      .toThrow(expect.objectContaining({ code: 'WAGE_UMP_UNKNOWN', details: { province: '53', year: 2019 } }));
  });
});
