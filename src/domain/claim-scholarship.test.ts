/**
 * The scholarship's children on the incident date (PP 82/2019, REGULATIONS §4): a child holds a line until
 * the day it turns 23 (rule `scholarship.max-age`), unless married or working; at most two children count,
 * oldest first as given; children given only by their level (no heirs recorded) are taken as declared.
 */
import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { claimScholarship, type ScholarshipChild } from './claim-scholarship';

const BOOK = createDefaultRuleBook();
const ON = '2025-06-10';
const WORK = { kind: 'work-accident' } as const;
const child = (birthDate: string, extra: Partial<ScholarshipChild> = {}): ScholarshipChild => ({ level: 'sd', name: `anak ${birthDate}`, birthDate, ...extra });

describe('claimScholarship: which children hold a line', () => {
  it.each<[string, ScholarshipChild[], string[], number, string[]]>([
    ['22 on the incident date (turns 23 the next day)', [child('2002-06-11', { level: 's1' })], ['eligible'], 12_000_000, []],
    ['23 on the incident date', [child('2002-06-10', { level: 's1' })], ['too-old'], 0, ['SCHOLARSHIP_NO_CHILDREN', 'SCHOLARSHIP_CHILD_NOT_ELIGIBLE']],
    ['married', [child('2008-01-01', { level: 'sma', married: true })], ['married'], 0, ['SCHOLARSHIP_NO_CHILDREN', 'SCHOLARSHIP_CHILD_NOT_ELIGIBLE']],
    ['working', [child('2007-01-01', { level: 'sma', working: true })], ['working'], 0, ['SCHOLARSHIP_NO_CHILDREN', 'SCHOLARSHIP_CHILD_NOT_ELIGIBLE']],
    ['three children: the first two count', [child('2010-01-01', { level: 'smp' }), child('2014-01-01'), child('2016-01-01')],
      ['eligible', 'eligible', 'over-max-children'], 3_500_000, ['SCHOLARSHIP_MAX_CHILDREN']],
    ['a child too old does not take one of the two places', [child('2001-01-01', { level: 's1' }), child('2014-01-01'), child('2016-01-01', { level: 'tk' })],
      ['too-old', 'eligible', 'eligible'], 3_000_000, ['SCHOLARSHIP_CHILD_NOT_ELIGIBLE']],
    ['levels only (no heirs recorded): taken as declared', [{ level: 'smp' }, { level: 'sma' }], ['eligible', 'eligible'], 5_000_000, []],
  ])('%s', (_what, children, verdicts, total, reasons) => {
    const r = claimScholarship({ on: ON, children, cause: WORK }, BOOK);
    expect(r.children.map((c) => c.verdict)).toEqual(verdicts);
    expect(r.lines.reduce((s, l) => s + l.amount, 0)).toBe(total);
    expect(r.reasons).toEqual(reasons);
    expect(r.maxAge).toBe(23);
    expect(r.lines.every((l) => l.basis.includes('PP 82/2019'))).toBe(true);
  });

  it('names the child on its line and keeps its age on the incident date', () => {
    const r = claimScholarship({ on: ON, children: [child('2002-06-11', { level: 's1', name: 'Yuliana' })], cause: WORK }, BOOK);
    expect(r.lines[0]!.label).toBe('Beasiswa S1/pelatihan (per anak per tahun) — Yuliana');
    expect(r.children[0]!.ageOnIncident).toBe(22);
  });

  it('JKM with too few contribution months refuses whatever the children', () => {
    const r = claimScholarship({ on: ON, children: [child('2014-01-01')], cause: { kind: 'jkm', contributionMonths: 35 } }, BOOK);
    expect([r.lines.length, r.reasons]).toEqual([0, ['SCHOLARSHIP_TOO_FEW_MONTHS']]);
  });
});
