/**
 * "Might this NIK have come earlier in the file?" while the file streams, in a fixed 2 MB bit set: a row
 * that answers yes keeps its cells as uploaded, so when SQL later marks it an in-file duplicate the error
 * sheet returns it exactly as typed (No, Tempat Lahir, Alamat, the date and Desa as written), not rebuilt
 * from cleaned values. A false yes only keeps a few cells too many; a true repeat is never missed.
 * Pure; no per-row allocation (a million-row file must not pay for a Set of strings).
 */
const BITS = 1 << 24;

export class NikRepeats {
  private readonly seen = new Uint8Array(BITS >>> 3);

  /** True when this NIK (or one hashing alike) was offered before; records it either way. */
  offer(nik: string): boolean {
    let h = 0x811c9dc5; // FNV-1a
    for (let i = 0; i < nik.length; i++) h = Math.imul(h ^ nik.charCodeAt(i), 0x01000193);
    const slot = (h >>> 0) & (BITS - 1);
    const mask = 1 << (slot & 7);
    const index = slot >>> 3;
    const was = (this.seen[index]! & mask) !== 0;
    this.seen[index]! |= mask;
    return was;
  }
}
