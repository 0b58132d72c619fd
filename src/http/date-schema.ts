/**
 * The one schema for a calendar day in any request: 'YYYY-MM-DD', a day that exists (2025-02-30 does
 * not) and within a sane range, so PostgreSQL never sees an impossible date (22008) and a typo like 2205
 * or 9999 is refused at the door instead of being stored. Routes narrow the range where the domain knows
 * better (an agreement's dates, a membership's end).
 */
import { z } from 'zod';
import { isValidDate } from '../domain/calendar';

export interface DateRange { min?: string; max?: string }

export const DEFAULT_DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

export function isoDate({ min = DEFAULT_DATE_RANGE.min, max = DEFAULT_DATE_RANGE.max }: DateRange = {}) {
  return z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').superRefine((value, ctx) => {
    if (!isValidDate(value)) ctx.addIssue({ code: 'custom', message: 'DATE_NOT_EXISTING', params: { code: 'DATE_NOT_EXISTING' } });
    else if (value < min || value > max) ctx.addIssue({ code: 'custom', message: 'DATE_OUT_OF_RANGE', params: { code: 'DATE_OUT_OF_RANGE', min, max } });
  });
}
