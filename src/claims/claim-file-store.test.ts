// Why: "no file without row and no row without file" rests on these steps; a sweep that deleted a held
// file would lose a death certificate, one that kept orphans would keep personal data without purpose.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimFilesDir, ORPHAN_GRACE_MS, readClaimFile, removeClaimFile, sha256Of, storeClaimFile, sweepClaimFiles } from './claim-file-store';

let dataDir: string;
beforeEach(async () => { dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'claim-files-')); });
afterEach(async () => { await fs.rm(dataDir, { recursive: true, force: true }); });

const PDF = Buffer.from('%PDF-1.4\nhello\n%%EOF');

describe('claim file store', () => {
  it('stores private files under the tenant and reads them back only while the checksum matches', async () => {
    const key = await storeClaimFile(dataDir, '53.16', PDF);
    const file = path.join(claimFilesDir(dataDir), '53.16', `${key}.bin`);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect(await readClaimFile(dataDir, '53.16', key, sha256Of(PDF))).toEqual(PDF);
    // a file changed on disk is not served as the document that was verified
    await fs.writeFile(file, Buffer.from('%PDF-1.4\ntampered'));
    expect(await readClaimFile(dataDir, '53.16', key, sha256Of(PDF))).toBeNull();
    await removeClaimFile(dataDir, '53.16', key);
    expect(await readClaimFile(dataDir, '53.16', key, sha256Of(PDF))).toBeNull();
  });

  it('leaves no temporary part behind', async () => {
    await storeClaimFile(dataDir, '53.16', PDF);
    const names = await fs.readdir(path.join(claimFilesDir(dataDir), '53.16'));
    expect(names.filter((n) => !n.endsWith('.bin'))).toEqual([]);
  });

  it('sweeps old files no row holds (and stale parts), keeps held and young ones', async () => {
    const held = await storeClaimFile(dataDir, '53.16', PDF);
    const orphan = await storeClaimFile(dataDir, '53.16', Buffer.from('%PDF-orphan'));
    const young = await storeClaimFile(dataDir, '53.16', Buffer.from('%PDF-young'));
    const dir = path.join(claimFilesDir(dataDir), '53.16');
    await fs.writeFile(path.join(dir, '.cut-short.part'), 'x');
    const past = new Date(Date.now() - ORPHAN_GRACE_MS - 1000);
    for (const name of [`${held}.bin`, `${orphan}.bin`, '.cut-short.part']) await fs.utimes(path.join(dir, name), past, past);
    const asked: string[][] = [];
    const removed = await sweepClaimFiles(dataDir, '53.16', async (keys) => { asked.push(keys); return new Set([held]); });
    expect(removed).toBe(2);
    expect(asked[0]?.sort()).toEqual([held, orphan].sort());
    expect((await fs.readdir(dir)).sort()).toEqual([`${held}.bin`, `${young}.bin`].sort());
  });
});
