import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FuzzyBlocking, PEERS_PER_KEY, type BlockableRow } from './fuzzy-blocking';

const row = (rowNo: number, nameKey: string | null, birthDate: string | null = '1985-01-12', sex: string | null = 'L', phone: string | null = null): BlockableRow =>
  ({ rowNo, nameKey, birthDate, sex, phone });

describe('FuzzyBlocking', () => {
  it('pairs rows sharing birth date, sex and a name token, and rows sharing a phone', () => {
    const b = new FuzzyBlocking();
    expect(b.peersOf(row(2, 'ndona yohanes'))).toEqual([]);
    expect(b.peersOf(row(3, 'ndona yohanis'))).toEqual([2]); // shares "ndona"
    expect(b.peersOf(row(4, 'bere maria', '1985-01-12', 'P', '081234567890'))).toEqual([]);
    expect(b.peersOf(row(5, 'wea paulus', '1990-03-03', 'L', '081234567890'))).toEqual([4]); // same phone only
  });

  it('does not pair across birth dates or sexes, nor on one-letter tokens', () => {
    const b = new FuzzyBlocking();
    b.peersOf(row(2, 'ndona y'));
    expect(b.peersOf(row(3, 'ndona yohanes', '1985-01-13'))).toEqual([]);
    expect(b.peersOf(row(4, 'ndona yohanes', '1985-01-12', 'P'))).toEqual([]);
    expect(b.peersOf(row(5, 'bere y'))).toEqual([]); // "y" is not a token
    expect(b.peersOf(row(6, 'ndona', null))).toEqual([]); // no birth date: no name key
  });

  it('never pairs a row with itself (a name repeating a token)', () => {
    const b = new FuzzyBlocking();
    expect(b.peersOf(row(2, 'maria maria'))).toEqual([]);
    expect(b.peersOf(row(3, 'maria'))).toEqual([2]);
  });

  it('lists each peer once, in ascending order, even when several keys lead to it', () => {
    const b = new FuzzyBlocking();
    b.peersOf(row(7, 'ndona yohanes', '1985-01-12', 'L', '0812'));
    b.peersOf(row(9, 'ndona paulus'));
    expect(b.peersOf(row(12, 'yohanes ndona', '1985-01-12', 'L', '0812'))).toEqual([7, 9]);
  });

  it(`remembers the ${PEERS_PER_KEY} most recent rows per key`, () => {
    const b = new FuzzyBlocking();
    for (let r = 1; r <= PEERS_PER_KEY + 2; r++) b.peersOf(row(r, 'maria'));
    const peers = b.peersOf(row(100, 'maria'));
    expect(peers).toEqual(Array.from({ length: PEERS_PER_KEY }, (_, i) => i + 3));
  });

  it('finds the same pairs as a brute-force comparison while the table grows (property)', () => {
    const tokens = ['ndona', 'maria', 'bere', 'wea', 'yohanes', 'paulus'];
    const rows = fc.array(fc.record({
      tokens: fc.uniqueArray(fc.constantFrom(...tokens), { minLength: 1, maxLength: 3 }),
      day: fc.integer({ min: 1, max: 3 }), sex: fc.constantFrom('L', 'P'), phone: fc.option(fc.constantFrom('0811', '0812'), { nil: null }),
    }), { maxLength: 60 });
    fc.assert(fc.property(rows, (rs) => {
      const b = new FuzzyBlocking();
      const seen: (BlockableRow & { toks: string[] })[] = [];
      rs.forEach((r, i) => {
        const current = { ...row(i + 1, r.tokens.join(' '), `1985-01-0${r.day}`, r.sex, r.phone), toks: r.tokens };
        // brute force: earlier rows sharing a key, limited per key to the most recent PEERS_PER_KEY
        const expected = new Set<number>();
        const keys = [...current.toks.map((t) => `${current.birthDate}|${current.sex}|${t}`), ...(current.phone ? [`tel|${current.phone}`] : [])];
        for (const key of keys) {
          const sharing = seen.filter((s) => [...s.toks.map((t) => `${s.birthDate}|${s.sex}|${t}`), ...(s.phone ? [`tel|${s.phone}`] : [])].includes(key));
          for (const s of sharing.slice(-PEERS_PER_KEY)) expected.add(s.rowNo);
        }
        expect(b.peersOf(current)).toEqual([...expected].sort((x, y) => x - y));
        seen.push(current);
      });
    }));
  });

  it('keeps its pairs across table growth (tens of thousands of keys)', () => {
    const b = new FuzzyBlocking();
    for (let r = 1; r <= 60_000; r++) b.peersOf(row(r, `name${r}`));
    expect(b.peersOf(row(60_001, 'name17'))).toEqual([17]);
    expect(b.peersOf(row(60_002, 'name59999'))).toEqual([59_999]);
  });
});
