import { describe, expect, it } from 'vitest';
import { cliContext, type RequestContext } from '../auth/actor';
import { DomainError } from '../domain/errors';
import { nextWorkingDay } from '../domain/working-days';
import { useTestDb } from '../../test/support/db';
import { addHoliday, listHolidays, workingDaysCalendar } from './calendar.service';

const getDb = useTestDb();
const dinas: RequestContext = { ...cliContext(), actor: { ...cliContext().actor, role: 'dinas', tenantCode: '53.16', username: 'dinas' } };

describe('the seeded calendar', () => {
  it('knows the fixed-date holidays of any year and the entered 2025/2026 movable ones', async () => {
    const y2027 = await listHolidays(getDb(), 2027);
    // 2027's movable holidays are not entered yet: only the five fixed-date ones
    expect(y2027.map((h) => h.date)).toEqual(['2027-01-01', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']);
    const y2025 = await listHolidays(getDb(), 2025);
    const idulFitri = y2025.find((h) => h.date === '2025-03-31');
    expect(idulFitri).toMatchObject({ kind: 'national', example: true, enteredBy: 'admin', source: expect.stringContaining('SKB') });
    expect(y2025.filter((h) => h.kind === 'cuti-bersama')).toHaveLength(10);
  });

  it('moves a date over the Idul Fitri 2025 break, with or without cuti bersama as days off', async () => {
    const withLeave = await workingDaysCalendar(getDb(), '2025-03-01', '2025-04-30');
    expect(nextWorkingDay(withLeave, '2025-03-29')).toBe('2025-04-08');
    const withoutLeave = await workingDaysCalendar(getDb(), '2025-03-01', '2025-04-30', { cutiBersama: 'working' });
    expect(nextWorkingDay(withoutLeave, '2025-03-29')).toBe('2025-04-02');
  });

  it('refuses a reversed range', async () => {
    await expect(workingDaysCalendar(getDb(), '2025-02-01', '2025-01-01')).rejects.toMatchObject({ code: 'HOLIDAY_RANGE_INVALID' });
  });
});

describe('addHoliday', () => {
  const input = { date: '2027-03-10', kind: 'national' as const, nameId: 'Idul Fitri', nameEn: 'Eid al-Fitr', source: 'SKB 2026 (contoh)' };

  it('an admin enters a movable holiday; it counts at once; the same again is refused', async () => {
    const added = await addHoliday(getDb(), cliContext(), input);
    expect(added).toMatchObject({ date: '2027-03-10', enteredBy: 'cli', example: false, recurring: false });
    expect(nextWorkingDay(await workingDaysCalendar(getDb(), '2027-03-01', '2027-03-31'), '2027-03-10')).toBe('2027-03-11');
    await expect(addHoliday(getDb(), cliContext(), input)).rejects.toMatchObject({ code: 'HOLIDAY_EXISTS', kind: 'conflict' });
  });

  it('is refused to a dinas user (403)', async () => {
    await expect(addHoliday(getDb(), dinas, { ...input, date: '2027-03-11' })).rejects.toSatisfy((e) => e instanceof DomainError && e.kind === 'forbidden');
  });
});
