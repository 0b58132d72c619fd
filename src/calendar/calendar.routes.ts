/** /api/v1/holidays — the working-day calendar: list a year's holidays (any user), add one (admin). */
import { z } from 'zod';
import { isoDate } from '../http/date-schema';
import { requireContext } from '../http/context';
import type { Covered } from '../http/response-contract';
import type { App, RouteDeps } from '../http/types';
import { addHoliday, listHolidays } from './calendar.service';

const tags = ['calendar'];
const holiday = z.object({
  date: z.string(), kind: z.enum(['national', 'cuti-bersama']), nameId: z.string(), nameEn: z.string(), recurring: z.boolean(), source: z.string(),
  enteredBy: z.string(), example: z.boolean(),
});
const holidayBody = z.object({
  date: isoDate(), kind: z.enum(['national', 'cuti-bersama']), nameId: z.string().trim().min(1).max(120), nameEn: z.string().trim().min(1).max(120),
  source: z.string().trim().min(1).max(300), recurring: z.boolean().optional(),
});

const _list: Covered<ReturnType<typeof listHolidays>, z.ZodArray<typeof holiday>> = true;
void _list;

export function calendarRoutes(app: App, { db }: RouteDeps) {
  app.get('/api/v1/holidays', {
    schema: { tags, summary: "A year's holidays and cuti bersama (fixed-date ones every year; movable ones as entered)", querystring: z.object({ year: z.coerce.number().int().min(1900).max(2100) }), response: { 200: z.object({ items: z.array(holiday) }) } },
  }, async (request) => {
    requireContext(request);
    return { items: await listHolidays(db, request.query.year) };
  });

  app.post('/api/v1/holidays', {
    schema: { tags, summary: "Enter a holiday (admin): a year's movable holidays are set by an SKB each year", body: holidayBody, response: { 201: holiday } },
  }, async (request, reply) => {
    reply.code(201);
    return addHoliday(db, requireContext(request), request.body);
  });
}
