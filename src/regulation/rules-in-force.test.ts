import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from './default-rule-book';
import { listRulesInForce } from './rules-in-force';

describe('listRulesInForce', () => {
  const book = createDefaultRuleBook();
  const ids = (on: string) => listRulesInForce(book, on).map((row) => row.id);

  it('lists one row per key and scope, superseded rows left out', () => {
    // PP 49/2023 supersedes the open-ended jkp=yes JKM row from 2023-10-06; the jkp=no row stays.
    expect(ids('2023-10-05')).toContain('pu.jkm.rate[jkp=yes]@2015-07-01');
    expect(ids('2023-10-06')).not.toContain('pu.jkm.rate[jkp=yes]@2015-07-01');
    expect(ids('2023-10-06')).toEqual(expect.arrayContaining(['pu.jkm.rate[jkp=yes]@2023-10-06', 'pu.jkm.rate[jkp=no]@2015-07-01']));
  });

  it('includes a bounded row on its first and last day only (inclusive end)', () => {
    const transport = 'bpu.discount.rate[funding=self,sector=transport]@2026-01-01';
    expect([ids('2025-12-31'), ids('2026-01-01'), ids('2027-03-31'), ids('2027-04-01')].map((list) => list.includes(transport)))
      .toEqual([false, true, true, false]);
  });

  it('is empty before the first regulation and refuses a malformed date', () => {
    expect(ids('2015-06-30')).toEqual([]);
    expect(() => ids('2025-02-30')).toThrow('DATE_INVALID');
  });
});
