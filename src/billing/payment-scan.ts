/**
 * The optional scan of an SP2D: a PDF, JPEG or PNG (recognised by its magic bytes, not its name) of at most
 * 10 MB, stored under the data directory by its SHA-256 (`payments/<tenant>/<sha256>.<ext>`), so the same
 * scan is stored once and a changed file is recognisable. Written before the payment's transaction: a
 * failed transaction leaves at most an unreferenced file with the same content next time.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../domain/errors';
import './payments.messages';

export const SCAN_LIMIT_BYTES = 10 * 1024 * 1024;
const KINDS = [
  { ext: 'pdf', type: 'application/pdf', magic: Buffer.from('%PDF-', 'latin1') },
  { ext: 'jpg', type: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { ext: 'png', type: 'image/png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
] as const;

export interface StoredScan { file: string; name: string; sha256: string }

export async function storeScan(dataDir: string, tenantCode: string, scan: { content: Buffer; name: string }): Promise<StoredScan> {
  const kind = KINDS.find((k) => scan.content.subarray(0, k.magic.length).equals(k.magic));
  if (!kind || scan.content.length > SCAN_LIMIT_BYTES) throw new DomainError('PAYMENT_SCAN_INVALID', 'invalid', { field: 'scan', maxMb: SCAN_LIMIT_BYTES / 1024 / 1024 });
  const sha256 = createHash('sha256').update(scan.content).digest('hex');
  const relative = path.join('payments', tenantCode, `${sha256}.${kind.ext}`);
  const full = path.join(dataDir, relative);
  await fs.mkdir(path.dirname(full), { recursive: true, mode: 0o700 });
  await fs.writeFile(full, scan.content, { mode: 0o600 });
  return { file: relative, name: scan.name.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200) || `sp2d.${kind.ext}`, sha256 };
}

export function scanType(file: string): string {
  return KINDS.find((k) => file.endsWith(`.${k.ext}`))?.type ?? 'application/octet-stream';
}

export async function readScan(dataDir: string, file: string): Promise<Buffer> {
  return fs.readFile(path.join(dataDir, file));
}
