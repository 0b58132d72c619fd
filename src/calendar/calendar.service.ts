/**
 * The working-day calendar: national holidays and cuti bersama as data an admin can extend (REGULATIONS.md
 * §8). `workingDaysCalendar` loads the value the pure src/domain/working-days.ts computes over — billing
 * moves due dates with it, claims count deadlines with it. No actor there: callers scope themselves.
 */
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { requirePermission } from '../auth/scope.service';
import type { Db } from '../db/database';
import type { HolidayKind } from '../db/schema';
import { assertDate, type IsoDate } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import type { WorkingCalendar } from '../domain/working-days';
import './calendar.messages';
import * as repo from './calendar.repository';

export interface CalendarOptions {
  /**
   * Whether cuti bersama (collective leave) are days off. Government offices close on them, so by default
   * they are; whether BPJS counts them is unconfirmed (REGULATIONS.md §8).
   */
  cutiBersama?: 'day-off' | 'working';
}

/** The calendar for dates in [from, to] (fixed-date holidays hold for every year). */
export async function workingDaysCalendar(db: Db, from: IsoDate, to: IsoDate, opts: CalendarOptions = {}): Promise<WorkingCalendar> {
  assertDate(from, 'from');
  assertDate(to, 'to');
  if (to < from) throw new DomainError('HOLIDAY_RANGE_INVALID', 'invalid', { field: 'to', from, to });
  const rows = await repo.listHolidays(db, from, to);
  const counted = rows.filter((r) => r.kind === 'national' || opts.cutiBersama !== 'working');
  return {
    dates: new Set(counted.filter((r) => !r.recurring).map((r) => r.date)),
    fixed: counted.filter((r) => r.recurring).map((r) => ({ monthDay: r.date.slice(5), fromYear: Number(r.date.slice(0, 4)) })),
  };
}

export interface HolidayView {
  date: string; kind: HolidayKind; nameId: string; nameEn: string; recurring: boolean; source: string; enteredBy: string; example: boolean;
}

const toView = (r: repo.HolidayRow): HolidayView => ({
  date: r.date, kind: r.kind, nameId: r.name_id, nameEn: r.name_en, recurring: r.recurring, source: r.source, enteredBy: r.entered_by, example: r.example,
});

/** Holidays of a year: the dated ones of that year and the fixed-date ones in force (dated in that year). */
export async function listHolidays(db: Db, year: number): Promise<HolidayView[]> {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const rows = await repo.listHolidays(db, from, `${String(year).padStart(4, '0')}-12-31`);
  return rows
    .filter((r) => !r.recurring || Number(r.date.slice(0, 4)) <= year)
    .map((r) => (r.recurring ? { ...toView(r), date: `${from.slice(0, 4)}${r.date.slice(4)}` } : toView(r)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

export interface HolidayInput { date: string; kind: HolidayKind; nameId: string; nameEn: string; source: string; recurring?: boolean }

/** An admin enters a year's movable holidays (SKB of three ministers). Same date + kind again → HOLIDAY_EXISTS. */
export async function addHoliday(db: Db, ctx: RequestContext, input: HolidayInput): Promise<HolidayView> {
  requirePermission(ctx.actor, 'calendar:write');
  assertDate(input.date, 'date');
  return db.transaction().execute(async (tx) => {
    const { row, created } = await repo.insertHoliday(tx, {
      date: input.date, kind: input.kind, name_id: input.nameId.trim(), name_en: input.nameEn.trim(), source: input.source.trim(),
      recurring: input.recurring ?? false, entered_by: ctx.actor.username,
    });
    if (!created) throw new DomainError('HOLIDAY_EXISTS', 'conflict', { field: 'date', date: row.date, kind: row.kind, name: row.name_id });
    await recordAudit(tx, ctx, { action: 'holiday.add', entity: 'holiday', entityId: `${row.date} ${row.kind}`, tenantCode: null, details: { ...input } });
    return toView(row);
  });
}
