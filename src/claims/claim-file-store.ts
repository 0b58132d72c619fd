/**
 * Where the bytes of claim documents live: `<dataDir>/claim-documents/<tenant>/<uuid>.bin` (0600 files in
 * 0700 folders: they hold death certificates and medical statements, specific personal data under
 * UU 27/2022). A file is written to a temporary name, flushed to disk and renamed before its row is
 * inserted, so a committed row always has its whole file; a file whose row never committed (a crash
 * between the two) is an orphan the sweep deletes. Reads check the SHA-256 the row recorded.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** An orphan younger than this may still be waiting for its row's transaction to commit. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

export const claimFilesDir = (dataDir: string) => path.join(dataDir, 'claim-documents');
const tenantDir = (dataDir: string, tenantCode: string) => path.join(claimFilesDir(dataDir), tenantCode.replace(/[^0-9.]/g, '_'));
const fileOf = (dataDir: string, tenantCode: string, key: string) => path.join(tenantDir(dataDir, tenantCode), `${key}.bin`);

export const sha256Of = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

/** Writes the bytes durably under a fresh key; the caller inserts the row next, or calls `removeClaimFile`. */
export async function storeClaimFile(dataDir: string, tenantCode: string, content: Uint8Array): Promise<string> {
  const dir = tenantDir(dataDir, tenantCode);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const key = randomUUID();
  const temporary = path.join(dir, `.${key}.part`);
  const handle = await fs.open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, fileOf(dataDir, tenantCode, key));
  return key;
}

/** The stored bytes, or null when the file is gone or no longer matches its checksum. */
export async function readClaimFile(dataDir: string, tenantCode: string, key: string, sha256: string): Promise<Buffer | null> {
  const content = await fs.readFile(fileOf(dataDir, tenantCode, key)).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  return content && sha256Of(content) === sha256 ? content : null;
}

export const removeClaimFile = (dataDir: string, tenantCode: string, key: string) => fs.rm(fileOf(dataDir, tenantCode, key), { force: true });

/**
 * Deletes files (and temporary parts) of a tenant older than the grace period whose key no row holds.
 * `keysHeld` answers which of the given keys are rows; answers how many files went.
 */
export async function sweepClaimFiles(dataDir: string, tenantCode: string, keysHeld: (keys: string[]) => Promise<Set<string>>, now = Date.now()): Promise<number> {
  const dir = tenantDir(dataDir, tenantCode);
  const names = await fs.readdir(dir).catch((e: NodeJS.ErrnoException) => { if (e.code === 'ENOENT') return [] as string[]; throw e; });
  const old: { name: string; key: string }[] = [];
  for (const name of names) {
    const stat = await fs.stat(path.join(dir, name)).catch(() => null);
    if (stat?.isFile() && now - stat.mtimeMs >= ORPHAN_GRACE_MS) old.push({ name, key: name.replace(/^\./, '').replace(/\.(bin|part)$/, '') });
  }
  const held = await keysHeld(old.filter((f) => f.name.endsWith('.bin')).map((f) => f.key));
  const orphans = old.filter((f) => !(f.name.endsWith('.bin') && held.has(f.key)));
  await Promise.all(orphans.map((f) => fs.rm(path.join(dir, f.name), { force: true })));
  return orphans.length;
}

/** The tenants that have a folder of claim files (for a sweep over the installation). */
export async function tenantsWithClaimFiles(dataDir: string): Promise<string[]> {
  const entries = await fs.readdir(claimFilesDir(dataDir), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}
