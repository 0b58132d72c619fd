/**
 * Where uploads wait for their staging job: `<dataDir>/uploads`, one `<uuid>.upload` file each (0600 in a
 * 0700 folder). They hold full NIKs, so each is deleted when its staging ends or is refused (the upload
 * route and startImport's cleanup); the sweep removes what a killed process left behind — a partial upload
 * or a staging cut short — once no request can still own it (data minimisation, UU 27/2022 Pasal 16 (2)).
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** A spooled file older than this is no request's any more: staging a 100 MB upload takes about a minute. */
export const UPLOAD_ORPHAN_MS = 60 * 60 * 1000;

export const uploadsDir = (dataDir: string) => path.join(dataDir, 'uploads');

/** Deletes spooled uploads last written more than UPLOAD_ORPHAN_MS ago; answers how many went. */
export async function sweepOrphanUploads(dataDir: string, now = Date.now()): Promise<number> {
  const dir = uploadsDir(dataDir);
  const names = await fs.readdir(dir).catch((e: NodeJS.ErrnoException) => { if (e.code === 'ENOENT') return [] as string[]; throw e; });
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith('.upload')) continue;
    const file = path.join(dir, name);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile() || now - stat.mtimeMs < UPLOAD_ORPHAN_MS) continue;
    await fs.rm(file, { force: true });
    removed++;
  }
  return removed;
}
