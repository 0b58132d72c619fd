/**
 * The rule book the calculators read, built from the regulation_rule rows in the database and cached in
 * memory per database handle. The table is append-only, so "has anything changed?" is answered by the
 * row count and newest created_at: checked at most every few seconds, and the rows are re-read only
 * when that stamp moves. A regulation inserted into the table is therefore picked up without a restart.
 */
import type { IsoDate } from '../domain/calendar';
import type { Db } from '../db/database';
import { createRuleBook, type RuleBook } from './rule-book';
import type { RuleRow, RuleUnit } from './rule.types';
import { listRulesInForce } from './rules-in-force';
import { SEED_RULES } from './rules.seed';
import * as repo from './rules.repository';
import type { RuleStamp } from './rules.repository';
import './regulation.messages';

/** How long a loaded book is trusted before the stamp is checked again. */
const STAMP_CHECK_INTERVAL_MS = 5_000;

interface CacheEntry { book: RuleBook; stamp: RuleStamp; checkedAt: number }
const cache = new WeakMap<Db, Promise<CacheEntry>>();

/** Reference loader (bootstrap): inserts the shipped seed rows; existing rows are never touched. */
export async function loadRegulationRules(db: Db): Promise<number> {
  return repo.insertRuleRows(db, SEED_RULES);
}

function toRuleRow(row: Awaited<ReturnType<typeof repo.listRuleRows>>[number]): RuleRow {
  const scope = row.scope && Object.keys(row.scope).length > 0 ? row.scope : undefined;
  return {
    id: row.id, key: row.key, value: row.value, unit: row.unit as RuleUnit,
    effectiveFrom: row.effective_from, effectiveTo: row.effective_to, legalBasis: row.legal_basis,
    confidence: row.confidence, ...(row.note !== null ? { note: row.note } : {}), ...(scope ? { scope } : {}),
  };
}

async function loadEntry(db: Db): Promise<CacheEntry> {
  const stamp = await repo.readRuleStamp(db);
  const rows = (await repo.listRuleRows(db)).map(toRuleRow);
  return { book: createRuleBook(rows), stamp, checkedAt: Date.now() };
}

const sameStamp = (a: RuleStamp, b: RuleStamp) => a.count === b.count && a.lastCreatedAt === b.lastCreatedAt;

async function refresh(db: Db, entry: CacheEntry): Promise<CacheEntry> {
  const stamp = await repo.readRuleStamp(db);
  return sameStamp(stamp, entry.stamp) ? { ...entry, checkedAt: Date.now() } : loadEntry(db);
}

/** The current rule book (cached; re-read when rows were added). */
export async function getRuleBook(db: Db): Promise<RuleBook> {
  const pending = cache.get(db);
  const entry = pending ? await pending.catch(() => null) : null;
  if (entry && Date.now() - entry.checkedAt < STAMP_CHECK_INTERVAL_MS) return entry.book;
  const next = entry ? refresh(db, entry) : loadEntry(db);
  cache.set(db, next);
  try {
    return (await next).book;
  } catch (e) {
    cache.delete(db); // a failed load (e.g. an invalid row) must not be cached
    throw e;
  }
}

/** Drops the cache and re-reads the rows now (after inserting a regulation, in tests, …). */
export async function reloadRuleBook(db: Db): Promise<RuleBook> {
  cache.delete(db);
  return getRuleBook(db);
}

/** Every rule in force on `on`, with its legal basis and confidence (superseded rows left out). */
export async function listRules(db: Db, on: IsoDate): Promise<RuleRow[]> {
  return listRulesInForce(await getRuleBook(db), on);
}
