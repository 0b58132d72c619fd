/** The participation lifecycle as data: shown status by date, card validity, allowed transitions, slot occupancy. */
import { describe, expect, it } from 'vitest';
import { canTransition, dayAfter, occupiesOn, statusOn, validOn, type ParticipationDates } from './participation';

const aktif2025: ParticipationDates = { status: 'aktif', coverageFrom: '2025-01-01', coverageTo: '2025-12-31', endedOn: null, endReason: null };
const ended = (on: string): ParticipationDates => ({ status: 'berakhir', coverageFrom: '2025-01-01', coverageTo: on, endedOn: on, endReason: 'meninggal' });

describe('statusOn / validOn', () => {
  it.each([
    // [case, participation, day, shown status, end reason, card valid]
    ['active inside its PKS', aktif2025, '2025-06-01', 'aktif', null, true],
    ['active on the last covered day', aktif2025, '2025-12-31', 'aktif', null, true],
    ['active after the PKS ended: ended by date', aktif2025, '2026-11-30', 'berakhir', 'akhir-pks', false],
    ['active before its coverage starts: active, card not yet valid', { ...aktif2025, coverageFrom: '2025-12-01' }, '2025-11-15', 'aktif', null, false],
    ['ended ahead of time, before the end date', ended('2025-11-30'), '2025-11-30', 'aktif', null, true],
    ['ended, the day after', ended('2025-11-30'), '2025-12-01', 'berakhir', 'meninggal', false],
    ['calon: never valid', { ...aktif2025, status: 'calon', coverageFrom: null }, '2025-06-01', 'calon', null, false],
    ['diajukan: never valid', { ...aktif2025, status: 'diajukan', coverageFrom: null }, '2025-06-01', 'diajukan', null, false],
    ['ditolak stays ditolak', { ...aktif2025, status: 'ditolak', coverageFrom: null }, '2025-06-01', 'ditolak', null, false],
    ['calon ended before activation: ended', { ...ended('2025-03-01'), coverageFrom: null }, '2025-02-01', 'berakhir', 'meninggal', false],
  ] as const)('%s', (_case, p, day, status, reason, valid) => {
    expect(statusOn(p, day)).toEqual({ status, endReason: reason });
    expect(validOn(p, day)).toBe(valid);
  });
});

describe('transitions', () => {
  it.each([
    ['submit', 'calon', true], ['submit', 'diajukan', false], ['activate', 'diajukan', true], ['activate', 'calon', false],
    ['refuse', 'diajukan', true], ['refuse', 'aktif', false], ['end', 'aktif', true], ['end', 'calon', true], ['end', 'diajukan', true],
    ['end', 'berakhir', false], ['end', 'ditolak', false],
  ] as const)('%s from %s: %s', (action, from, allowed) => {
    expect(canTransition(action, from)).toBe(allowed);
  });
});

describe('quota slots', () => {
  it.each([
    ['ended on 30 Nov holds its slot on 30 Nov', { status: 'berakhir', coverageTo: '2025-11-30', endedOn: '2025-11-30' }, '2025-11-30', true],
    ['... and frees it on 1 Dec', { status: 'berakhir', coverageTo: '2025-11-30', endedOn: '2025-11-30' }, '2025-12-01', false],
    ['a calon holds a slot through the PKS end', { status: 'calon', coverageTo: '2025-12-31', endedOn: null }, '2025-12-01', true],
    ['a refusal never holds a slot', { status: 'ditolak', coverageTo: '2025-12-31', endedOn: null }, '2025-06-01', false],
  ] as const)('%s', (_case, p, day, holds) => {
    expect(occupiesOn(p, day)).toBe(holds);
  });

  it('counts the day after across months and years', () => {
    expect([dayAfter('2025-11-30'), dayAfter('2025-12-31'), dayAfter('2024-02-28')]).toEqual(['2025-12-01', '2026-01-01', '2024-02-29']);
  });
});
