/** Dates in messages read as dates ("Umur 17 tahun pada 30 November 2026"), not ISO. */
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../imports/row-issues';
import { paramText } from './param-text';
import { translate } from './messages';
import '../enrolment/enrolment.messages';

describe('message parameters', () => {
  it.each([
    ['2026-11-30', 'id', '30 November 2026'], ['2025-02-01', 'id', '1 Februari 2025'], ['2025-05-09', 'en', '9 May 2025'],
    ['2026-13-01', 'id', '2026-13-01'], [42, 'id', '42'], ['53.16', 'en', '53.16'],
  ] as const)('%s (%s) → %s', (value, lang, text) => expect(paramText(value, lang)).toBe(text));

  it('write dates the Indonesian way in server messages and import issues', () => {
    expect(translate('PARTICIPATION_END_BEFORE_START', 'id', { on: '2025-01-31', start: '2025-02-01' }))
      .toBe('Tanggal berakhir 31 Januari 2025 sebelum mulai kepesertaan 1 Februari 2025.');
    expect(describeIssue({ column: 'birth_date', code: 'AGE_OUT_OF_RANGE', params: { age: 17, min: 18, max: 65, on: '2026-11-30' } }, 'id'))
      .toBe('Tanggal lahir: Umur 17 tahun pada 30 November 2026 di luar batas 18–65 tahun.');
  });

  it('say a birth date lies in the future instead of a negative age', () => {
    expect(describeIssue({ column: 'birth_date', code: 'BIRTHDATE_IN_FUTURE', params: { on: '2026-11-30' } }, 'id'))
      .toBe('Tanggal lahir: Tanggal lahir sesudah 30 November 2026.');
  });
});
