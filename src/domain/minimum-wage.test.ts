import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { findMinimumWage } from './minimum-wage';

const book = createDefaultRuleBook();

describe('findMinimumWage: UMP Nusa Tenggara Timur (53)', () => {
  // Each year's UMP applies from 1 January: test the last day of one year and the first of the next.
  it.each([
    ['2024-01-01', 2_186_826, 218_682_600],
    ['2024-12-31', 2_186_826, 218_682_600],
    ['2025-01-01', 2_328_970, 232_896_969], // Rp 2,328,969.69 rounded half up to whole rupiah
    ['2025-12-31', 2_328_970, 232_896_969],
    ['2026-01-01', 2_455_898, 245_589_800],
    ['2026-12-31', 2_455_898, 245_589_800],
  ])('%s → Rp %d (%d sen)', (on, amount, sen) => {
    expect(findMinimumWage('53', on, book)).toMatchObject({ provinceCode: '53', amount, sen });
  });

  // No UMP is known outside the table: the caller must decide, not silently reuse an old year.
  it.each(['2023-12-31', '2027-01-01'])('%s → RULE_NOT_FOUND', (on) => {
    expect(() => findMinimumWage('53', on, book)).toThrow(expect.objectContaining({ code: 'RULE_NOT_FOUND' }));
  });

  it('cites the decree', () => {
    expect(findMinimumWage('53', '2025-06-01', book)).toMatchObject({ legalBasis: 'Kepgub NTT 430/KEP/HK/2024', rule: 'wage.ump.53@2025-01-01' });
  });
});
