// Why: heirs decide who is paid; a wrong account, a deceased listed as their own heir or a child past the
// age limit counted for a scholarship all turn into money paid to the wrong person.
import { describe, expect, it } from 'vitest';
import { ageOn, entitledRank, heirIssues, scholarshipCandidates, type ChildHeir, type HeirInput } from './heir';

const RELATIONS = [{ code: 'pasangan', rank: 1, isChild: false }, { code: 'anak', rank: 2, isChild: true }, { code: 'orang-tua', rank: 3, isChild: false }];
const CONTEXT = { relations: RELATIONS, participantNik: '5316014101850001', otherHeirNiks: ['5316015505100002'], today: '2025-06-20' };
const valid: HeirInput = { name: 'Maria Goreti', relation: 'pasangan', nik: '5316014507880003', birthDate: '1988-07-05', bankName: 'Bank NTT', bankAccount: '001-02.03 4567' };

describe('heirIssues', () => {
  it('accepts a complete heir (account digits may be grouped)', () => expect(heirIssues(valid, CONTEXT)).toEqual([]));
  it('accepts an heir without any bank details', () => expect(heirIssues({ ...valid, bankName: null, bankAccount: null }, CONTEXT)).toEqual([]));

  it.each<[string, Partial<HeirInput>, string, string]>([
    ['a blank name', { name: '  ' }, 'HEIR_NAME_REQUIRED', 'name'],
    ['an unknown relation', { relation: 'tetangga' }, 'HEIR_RELATION_UNKNOWN', 'relation'],
    ['a birth date in the future', { birthDate: '2025-06-21' }, 'HEIR_BIRTHDATE_INVALID', 'birthDate'],
    ['a non-existing birth date', { birthDate: '1990-02-30' }, 'HEIR_BIRTHDATE_INVALID', 'birthDate'],
    ['the participant\'s own NIK', { nik: '5316014101850001' }, 'HEIR_NIK_IS_PARTICIPANT', 'nik'],
    ['a NIK already an heir of the claim', { nik: '5316015505100002' }, 'HEIR_NIK_DUPLICATE', 'nik'],
    ['letters in the account', { bankAccount: '12345A789' }, 'HEIR_BANK_ACCOUNT_INVALID', 'bankAccount'],
    ['a 5-digit account', { bankAccount: '12345' }, 'HEIR_BANK_ACCOUNT_INVALID', 'bankAccount'],
    ['an account without its bank', { bankName: ' ' }, 'HEIR_BANK_INCOMPLETE', 'bankName'],
    ['a bank without an account', { bankAccount: null }, 'HEIR_BANK_INCOMPLETE', 'bankAccount'],
    ['a school level for a spouse', { schoolLevel: 'sma' }, 'HEIR_SCHOOL_LEVEL_NOT_CHILD', 'schoolLevel'],
  ])('refuses %s', (_what, change, code, field) => {
    expect(heirIssues({ ...valid, ...change }, CONTEXT)).toEqual([{ code, field }]);
  });
});

describe('ageOn', () => {
  it.each([
    ['2002-06-10', '2025-06-09', 22], ['2002-06-10', '2025-06-10', 23], ['2004-02-29', '2025-02-28', 20], ['2004-02-29', '2025-03-01', 21],
  ])('born %s is %s years old on %s', (born, on, age) => expect(ageOn(born, on)).toBe(age));
});

describe('entitledRank', () => {
  it('is the first in line present', () => expect(entitledRank([{ rank: 3 }, { rank: 2 }, { rank: 2 }])).toBe(2));
  it('is null without heirs', () => expect(entitledRank([])).toBeNull());
});

describe('scholarshipCandidates', () => {
  const child = (id: number, birthDate: string, extra: Partial<ChildHeir> = {}): ChildHeir =>
    ({ id, name: `anak ${id}`, birthDate, isChild: true, schoolLevel: 'sd', married: false, working: false, ...extra });
  it('keeps school-age children under the limit on the incident date, oldest first', () => {
    const heirs = [
      child(1, '2015-03-01'), child(2, '2002-06-11'), // 22 on 2025-06-10: still in
      child(3, '2002-06-10'), // turns 23 that day: out
      child(4, '2010-01-01', { married: true }), child(5, '2011-01-01', { working: true }),
      child(6, '2012-01-01', { schoolLevel: null }), child(7, '2013-01-01', { isChild: false }),
    ];
    expect(scholarshipCandidates(heirs, '2025-06-10', 23).map((c) => [c.id, c.ageOnIncident])).toEqual([[2, 22], [1, 10]]);
  });
});
