/**
 * Looks inside an XLSX (a ZIP) before anything decompresses it: the central directory gives every
 * entry's declared sizes, so a zip bomb (a few KB that inflate to gigabytes) is refused up front, and the
 * sheet's `<dimension>` gives its row count for the progress bar. Reads at most ~130 KB of the file.
 */
import fs from 'node:fs/promises';
import zlib from 'node:zlib';
import { DomainError } from '../domain/errors';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxUncompressedBytes: number;
  /** Per entry, uncompressed ÷ compressed. Spreadsheet XML compresses 5–30×; bombs 1,000× and more. */
  readonly maxRatio: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const corrupt = () => new DomainError('IMPORT_FILE_CORRUPT', 'invalid', { field: 'file' });

export async function readZipDirectory(path: string): Promise<ZipEntry[]> {
  const handle = await fs.open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD_SIGNATURE) { eocd = i; break; }
    if (eocd < 0) throw corrupt();
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    // ZIP64 markers: no legitimate office spreadsheet within our upload limit needs them
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) throw new DomainError('IMPORT_XLSX_UNSUPPORTED', 'invalid', { field: 'file' });
    if (dirOffset + dirSize > size || dirSize > 16 * 1024 * 1024) throw corrupt();
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries: ZipEntry[] = [];
    for (let p = 0, i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw corrupt();
      const nameLength = dir.readUInt16LE(p + 28);
      entries.push({
        method: dir.readUInt16LE(p + 10),
        compressedSize: dir.readUInt32LE(p + 20),
        uncompressedSize: dir.readUInt32LE(p + 24),
        localHeaderOffset: dir.readUInt32LE(p + 42),
        name: dir.toString('utf8', p + 46, p + 46 + nameLength),
      });
      p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** Refuses a ZIP that is not a workbook or whose declared sizes are out of bounds (zip bomb). */
export function assertSafeWorkbook(entries: readonly ZipEntry[], limits: ZipLimits): void {
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new DomainError('IMPORT_FILE_TYPE', 'invalid', { field: 'file' });
  if (entries.length > limits.maxEntries) throw new DomainError('IMPORT_ZIP_BOMB', 'invalid', { field: 'file' });
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) throw new DomainError('IMPORT_ZIP_BOMB', 'invalid', { field: 'file' });
  }
  if (total > limits.maxUncompressedBytes) throw new DomainError('IMPORT_ZIP_BOMB', 'invalid', { field: 'file' });
}

/** The first bytes of one entry, inflated (enough to read a sheet's `<dimension ref="A1:P5001"/>`). */
export async function readEntryHead(path: string, entry: ZipEntry, bytes = 64 * 1024): Promise<string> {
  const handle = await fs.open(path, 'r');
  try {
    const header = Buffer.alloc(30);
    await handle.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw corrupt();
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const length = Math.min(entry.compressedSize, bytes);
    const data = Buffer.alloc(length);
    await handle.read(data, 0, length, start);
    if (entry.method === 0) return data.toString('utf8');
    return zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8').slice(0, bytes * 4);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    return '';
  } finally {
    await handle.close();
  }
}

/** Last row of a sheet's declared dimension, or null when the sheet does not declare it. */
export function dimensionRows(sheetHead: string): number | null {
  const m = /<dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(sheetHead);
  return m ? Number(m[1]) : null;
}
