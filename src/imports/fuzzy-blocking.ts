/**
 * Blocking for the in-file fuzzy duplicate search, done while the rows stream by. Each accepted row is
 * filed under its blocking keys — (birth date, sex, name token) for every token of two letters or more,
 * and its phone number — and learns the earlier rows filed under the same keys (the PEERS_PER_KEY most
 * recent ones per key). Only these peer pairs are scored, in SQL (dedup.repository.ts): the same pairs a
 * self-join on the keys would produce, without sorting or hashing millions of tokens after the COPY.
 *
 * Memory is an open-addressing table of 32-bit key hashes and row numbers in typed arrays (16 bytes per
 * slot, doubled when 75% full: 64 MB for a million rows); nothing else of a row is kept. Two keys
 * sharing a hash only add a pair that scoring then rejects (it re-checks birth date, name and the rest).
 */

/** Earlier rows remembered per key: a key shared by more rows than this is a namesake crowd, not a pair. */
export const PEERS_PER_KEY = 3;
const INITIAL_SLOTS = 1 << 16;
const MAX_LOAD = 0.75;

export interface BlockableRow {
  readonly rowNo: number;
  readonly birthDate: string | null;
  readonly sex: string | null;
  /** Lower-case name tokens separated by single spaces (domain/person-name.ts nameKey). */
  readonly nameKey: string | null;
  readonly phone: string | null;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units, continuing from `hash` (so keys need not be concatenated). */
function fnv(hash: number, text: string, from = 0, to = text.length): number {
  let h = hash;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

export class FuzzyBlocking {
  private slots = INITIAL_SLOTS;
  private used = 0;
  /** Key hash per slot; 0 marks an empty slot (a hash of 0 is stored as 1). */
  private keys = new Uint32Array(INITIAL_SLOTS);
  /** PEERS_PER_KEY row numbers per slot, most recent first; 0 = none (row numbers start at 1). */
  private rows = new Int32Array(INITIAL_SLOTS * PEERS_PER_KEY);

  /** The earlier rows sharing a key with `row` (ascending, without repeats), then files `row` under its keys. */
  peersOf(row: BlockableRow): number[] {
    const peers: number[] = [];
    if (row.birthDate && row.sex && row.nameKey) {
      const prefix = fnv(fnv(FNV_OFFSET, row.birthDate), row.sex);
      const name = row.nameKey;
      let start = 0;
      while (start <= name.length) {
        let end = name.indexOf(' ', start);
        if (end < 0) end = name.length;
        if (end - start >= 2) this.file(fnv(fnv(prefix, '|'), name, start, end), row.rowNo, peers);
        start = end + 1;
      }
    }
    if (row.phone) this.file(fnv(fnv(FNV_OFFSET, 'tel|'), row.phone), row.rowNo, peers);
    return peers.sort((a, b) => a - b);
  }

  private file(hash: number, rowNo: number, peers: number[]): void {
    const key = hash === 0 ? 1 : hash;
    const slot = this.find(key);
    const base = slot * PEERS_PER_KEY;
    if (this.keys[slot] === 0) {
      this.keys[slot] = key;
      this.used++;
    } else {
      for (let i = 0; i < PEERS_PER_KEY; i++) {
        const peer = this.rows[base + i]!;
        if (peer !== 0 && peer !== rowNo && !peers.includes(peer)) peers.push(peer);
      }
    }
    this.rows.copyWithin(base + 1, base, base + PEERS_PER_KEY - 1);
    this.rows[base] = rowNo;
    if (this.used > this.slots * MAX_LOAD) this.grow();
  }

  private find(key: number): number {
    const mask = this.slots - 1;
    let slot = key & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, rows } = this;
    this.slots *= 2;
    this.keys = new Uint32Array(this.slots);
    this.rows = new Int32Array(this.slots * PEERS_PER_KEY);
    for (let old = 0; old < keys.length; old++) {
      const key = keys[old]!;
      if (key === 0) continue;
      const slot = this.find(key);
      this.keys[slot] = key;
      this.rows.set(rows.subarray(old * PEERS_PER_KEY, (old + 1) * PEERS_PER_KEY), slot * PEERS_PER_KEY);
    }
  }
}
