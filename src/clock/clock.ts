/**
 * The one source of "now" and "today". Services never read the system clock themselves: the server
 * assembly passes a Clock down (RouteDeps, the CLI), so tests pin the date with `fixedClock`. "Today" is
 * a calendar day in a zone: a regency's (`timeZoneOfRegion`, e.g. Asia/Makassar for Nagekeo) or, with
 * no zone given, the server's own (the behaviour of the earlier `today()`).
 */
import { formatDate, type IsoDate } from '../domain/calendar';
import { timeZoneOfRegion, type TimeZone } from '../domain/time-zone';

export interface Clock {
  now(): Date;
  /** The calendar day of `now()` in `zone` (default: the server's zone). */
  today(zone?: TimeZone): IsoDate;
}

/** The calendar day of an instant in a zone (the server's zone when none is given). */
export function dayOf(instant: Date, zone?: TimeZone): IsoDate {
  if (!zone) return formatDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
  // en-CA writes YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant) as IsoDate;
}

/** Today for a regency or village: the day on its own clock (WIB, WITA or WIT). */
export const todayIn = (clock: Clock, regionCode: string): IsoDate => clock.today(timeZoneOfRegion(regionCode));

export const systemClock: Clock = { now: () => new Date(), today: (zone) => dayOf(new Date(), zone) };

/** A clock stopped at one instant ('2025-06-30' is that day at noon UTC: the same day in every Indonesian zone). */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === 'string' ? new Date(at.length === 10 ? `${at}T12:00:00Z` : at) : at;
  return { now: () => new Date(instant), today: (zone) => dayOf(instant, zone) };
}
