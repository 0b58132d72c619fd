/**
 * Provincial minimum wages (UMP) — REGULATIONS.md §6, key 'wage.ump.<province code>'.
 * Stored in SEN because the 2025 decree gives sen (Rp 2,328,969.69); src/domain/minimum-wage.ts turns
 * it into whole rupiah, rounding half up (→ Rp 2,328,970), and keeps the exact value for the record.
 */
import { defineRule } from './define-rule';
import type { RuleRow } from './rule.types';

export const WAGE_RULES: readonly RuleRow[] = [
  defineRule({ key: 'wage.ump.53', value: 218_682_600, unit: 'sen', effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31', legalBasis: 'Keputusan Gubernur NTT tentang UMP 2024', confidence: 'confirmed', note: 'Rp 2,186,826; decree number not recorded' }),
  defineRule({ key: 'wage.ump.53', value: 232_896_969, unit: 'sen', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31', legalBasis: 'Kepgub NTT 430/KEP/HK/2024', confidence: 'confirmed', note: 'Rp 2,328,969.69' }),
  defineRule({ key: 'wage.ump.53', value: 245_589_800, unit: 'sen', effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31', legalBasis: 'Keputusan Gubernur NTT tentang UMP 2026', confidence: 'confirmed', note: 'Rp 2,455,898; decree number not recorded' }),
];
