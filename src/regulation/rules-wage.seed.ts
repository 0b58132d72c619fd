/**
 * Provincial minimum wages (UMP) — REGULATIONS.md §6, key 'wage.ump.<province code>'.
 * Stored in SEN because the 2025 decree gives sen (Rp 2,328,969.69); src/domain/minimum-wage.ts turns
 * it into whole rupiah, rounding half up (→ Rp 2,328,970), and keeps the exact value for the record.
 */
import { defineRule } from './define-rule';
import type { RuleRow } from './rule.types';

/** One calendar year of a province's UMP (in force 1 January – 31 December). */
const ump = (province: string, year: number, sen: number, legalBasis: string, note: string) =>
  defineRule({
    key: `wage.ump.${province}`, value: sen, unit: 'sen', effectiveFrom: `${year}-01-01`, effectiveTo: `${year}-12-31`,
    legalBasis, confidence: 'confirmed', note,
  });

export const WAGE_RULES: readonly RuleRow[] = [
  ump('53', 2024, 218_682_600, 'Keputusan Gubernur NTT tentang UMP 2024', 'Rp 2,186,826; decree number not recorded'),
  ump('53', 2025, 232_896_969, 'Kepgub NTT 430/KEP/HK/2024', 'Rp 2,328,969.69'),
  ump('53', 2026, 245_589_800, 'Keputusan Gubernur NTT tentang UMP 2026', 'Rp 2,455,898; decree number not recorded'),
];
