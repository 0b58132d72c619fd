/**
 * The limits a row is checked against, read from the rule book on the import date: age range, the
 * non-ASN wage floor (UMP of the tenant's province, REGULATIONS.md §2 [U]) and the BPU minimum declared
 * income (Rp 1,000,000 [U]). Plus the file limits every upload is held to.
 */
import type { IsoDate } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import { findMinimumWage } from '../domain/minimum-wage';
import { requireValueAt, type RuleLookup } from '../domain/rule-lookup';
import type { Issue } from './import.types';

export interface Floor { readonly amount: number; readonly rule: string }

export interface ImportRules {
  readonly on: IsoDate;
  readonly minAge: number;
  readonly maxAge: number;
  /** null when no UMP is in force for the province on that date (then only a batch note says so). */
  readonly wageFloor: Floor | null;
  readonly incomeFloor: Floor;
  readonly notes: Issue[];
}

export const FILE_LIMITS = {
  maxRows: 2_000_000,
  maxColumns: 200,
  zip: { maxEntries: 5_000, maxUncompressedBytes: 2 * 1024 ** 3, maxRatio: 200 },
} as const;

export function resolveImportRules(book: RuleLookup, provinceCode: string, on: IsoDate): ImportRules {
  const notes: Issue[] = [];
  let wageFloor: Floor | null = null;
  try {
    const ump = findMinimumWage(provinceCode, on, book);
    wageFloor = { amount: ump.amount, rule: ump.rule };
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'RULE_NOT_FOUND') throw e;
    notes.push({ code: 'WAGE_FLOOR_UNKNOWN', params: { province: provinceCode, on } });
  }
  const income = requireValueAt(book, 'bpu.income.minimum', on, 'rupiah');
  return {
    on,
    minAge: requireValueAt(book, 'registry.age.minimum-years', on, 'count').value,
    maxAge: requireValueAt(book, 'registry.age.maximum-years', on, 'count').value,
    wageFloor,
    incomeFloor: { amount: income.value, rule: income.id },
    notes,
  };
}
