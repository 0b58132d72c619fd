/**
 * Inflates every entry of an XLSX once, counting the bytes that actually come out and keeping none of
 * them, before any parser sees the file: the sizes in a ZIP's headers are the sender's word, so a bomb
 * that states small sizes (or honest ones below the ratio limit) is caught by what it really inflates to.
 * Refuses as soon as an entry inflates past what its headers declared, the shared strings (which a reader
 * must hold in memory whole) pass SHARED_STRINGS_MAX_BYTES, or the total passes the workbook limit. Also
 * checks that the entries are laid end to end as the central directory says (no hidden local entry that a
 * streaming unzipper would read but the directory does not list). Memory: one inflate window and a chunk.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import zlib from 'node:zlib';
import { DomainError } from '../domain/errors';
import type { ZipEntry, ZipLimits } from './zip-inspect';

/** Shared strings are kept in memory by every XLSX reader; beyond this a list belongs in a CSV. */
export const SHARED_STRINGS_MAX_BYTES = 64 * 1024 * 1024;

const LOCAL_SIGNATURE = 0x04034b50;
const bomb = () => new DomainError('IMPORT_ZIP_BOMB', 'invalid', { field: 'file' });
const corrupt = () => new DomainError('IMPORT_FILE_CORRUPT', 'invalid', { field: 'file' });
const tooManyTexts = () => new DomainError('IMPORT_XLSX_TOO_MANY_TEXTS', 'invalid', { field: 'file', maxMb: SHARED_STRINGS_MAX_BYTES / 1024 / 1024 });

interface Located { entry: ZipEntry; dataStart: number; dataEnd: number; usesDescriptor: boolean }

async function locate(path: string, entries: readonly ZipEntry[]): Promise<Located[]> {
  const handle = await fsp.open(path, 'r');
  try {
    const located: Located[] = [];
    for (const entry of entries) {
      const header = Buffer.alloc(30);
      const { bytesRead } = await handle.read(header, 0, 30, entry.localHeaderOffset);
      if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw corrupt();
      const usesDescriptor = (header.readUInt16LE(6) & 0x08) !== 0;
      // without a data descriptor the local header states the sizes too: both must agree
      if (!usesDescriptor && (header.readUInt32LE(18) !== entry.compressedSize || header.readUInt32LE(22) !== entry.uncompressedSize)) throw corrupt();
      const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      located.push({ entry, dataStart, dataEnd: dataStart + entry.compressedSize, usesDescriptor });
    }
    return located;
  } finally {
    await handle.close();
  }
}

const CENTRAL_SIGNATURE = 0x02014b50;
const fits = (at: Located, gap: number) => gap === 0 || (at.usesDescriptor && (gap === 12 || gap === 16));

/**
 * Entries end to end — the gap after one is nothing or its data descriptor (12 or 16 bytes) — and the
 * central directory right after the last: no room for an entry the directory does not list.
 */
async function assertContiguous(path: string, located: readonly Located[]): Promise<void> {
  const byOffset = located.toSorted((a, b) => a.entry.localHeaderOffset - b.entry.localHeaderOffset);
  for (let i = 0; i + 1 < byOffset.length; i++) {
    if (!fits(byOffset[i]!, byOffset[i + 1]!.entry.localHeaderOffset - byOffset[i]!.dataEnd)) throw corrupt();
  }
  const last = byOffset.at(-1);
  if (!last) return;
  const handle = await fsp.open(path, 'r');
  try {
    for (const gap of last.usesDescriptor ? [0, 12, 16] : [0]) {
      const sig = Buffer.alloc(4);
      const { bytesRead } = await handle.read(sig, 0, 4, last.dataEnd + gap);
      if (bytesRead === 4 && sig.readUInt32LE(0) === CENTRAL_SIGNATURE) return;
    }
    throw corrupt();
  } finally {
    await handle.close();
  }
}

/** Bytes one entry really inflates to, stopping (and refusing) past `cap`. */
function inflatedSize(path: string, at: Located, cap: number, onCap: () => DomainError): Promise<number> {
  if (at.entry.compressedSize === 0) return Promise.resolve(0);
  return new Promise((resolve, reject) => {
    const source = fs.createReadStream(path, { start: at.dataStart, end: at.dataEnd - 1, highWaterMark: 256 * 1024 });
    const inflate = at.entry.method === 0 ? null : zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    if (at.entry.method !== 0 && at.entry.method !== 8) { source.destroy(); reject(new DomainError('IMPORT_XLSX_UNSUPPORTED', 'invalid', { field: 'file' })); return; }
    let total = 0;
    let settled = false;
    const fail = (e: DomainError) => { if (settled) return; settled = true; source.destroy(); inflate?.destroy(); reject(e); };
    const out = inflate ?? source;
    out.on('data', (chunk: Buffer) => { total += chunk.length; if (total > cap) fail(onCap()); });
    out.on('error', () => fail(corrupt()));
    source.on('error', () => fail(corrupt()));
    out.on('end', () => { if (!settled) { settled = true; resolve(total); } });
    if (inflate) source.pipe(inflate);
  });
}

export async function assertInflatesWithin(path: string, entries: readonly ZipEntry[], limits: ZipLimits): Promise<void> {
  const located = await locate(path, entries);
  await assertContiguous(path, located);
  let total = 0;
  for (const at of located) {
    const isSharedStrings = /(^|\/)sharedStrings\d*\.xml$/i.test(at.entry.name);
    if (isSharedStrings && at.entry.uncompressedSize > SHARED_STRINGS_MAX_BYTES) throw tooManyTexts();
    // an entry may not inflate past its declared size (a lying header), nor past what the workbook may still hold
    const declaredCap = Math.min(at.entry.uncompressedSize, limits.maxUncompressedBytes - total);
    const actual = await inflatedSize(path, at, declaredCap, bomb);
    if (actual !== at.entry.uncompressedSize) throw corrupt();
    total += actual;
  }
}
