/** SQL on the `holiday` reference table (migration 0014). */
import type { Db } from '../db/database';
import type { HolidayKind } from '../db/schema';

export interface HolidayRow {
  date: string; kind: HolidayKind; name_id: string; name_en: string; recurring: boolean; source: string; entered_by: string; example: boolean;
}

const COLUMNS = ['date', 'kind', 'name_id', 'name_en', 'recurring', 'source', 'entered_by', 'example'] as const;

/** Dated holidays in [from, to] plus every fixed-date (recurring) one. */
export function listHolidays(db: Db, from: string, to: string): Promise<HolidayRow[]> {
  return db.selectFrom('holiday').select(COLUMNS)
    .where((eb) => eb.or([eb('recurring', '=', true), eb.and([eb('date', '>=', from), eb('date', '<=', to)])]))
    .orderBy('recurring', 'desc').orderBy('date').orderBy('kind').execute();
}

/** Inserts unless the same date and kind exist; answers the row that is there afterwards. */
export async function insertHoliday(db: Db, row: Omit<HolidayRow, 'example'>): Promise<{ row: HolidayRow; created: boolean }> {
  const inserted = await db.insertInto('holiday').values(row).onConflict((oc) => oc.columns(['date', 'kind']).doNothing())
    .returning(COLUMNS).executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const existing = await db.selectFrom('holiday').select(COLUMNS).where('date', '=', row.date).where('kind', '=', row.kind).executeTakeFirstOrThrow();
  return { row: existing, created: false };
}
