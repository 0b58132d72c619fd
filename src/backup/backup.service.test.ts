/**
 * Backup and restore on a real PostgreSQL (issue #17 item 3): a backup of the demo installation, then a
 * second regency, a new and a renamed OPD and an audit entry — the restore brings back exactly the old
 * state, identity sequences included (the next OPD gets the id after the backup's last one, not a reused
 * or colliding one), and refuses a foreign or cut-off file without touching the data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { seedDemo } from '../demo/demo.service';
import { createOpd, createTenant, listOpds, listTenants, updateOpd } from '../tenants/tenants.service';
import { useTestDb } from '../../test/support/db';
import { createBackup, restoreBackup } from './backup.service';
import { runDailyBackup } from './backup-rotation.service';

const getDb = useTestDb();
const ctx = cliContext();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-backup-'));
const file = path.join(dir, 'before.backup.gz');

const snapshot = async () => ({
  tenants: (await listTenants(getDb(), ctx)).map((t) => t.code),
  opds: (await listOpds(getDb(), ctx, '53.16')).map((o) => [o.id, o.name]),
  audit: Number((await getDb().selectFrom('audit_log').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
});

beforeAll(async () => { await seedDemo(getDb(), ctx); });

describe('backup → change → restore', () => {
  it('returns the old state, and identities continue after the restored rows', async () => {
    const before = await snapshot();
    const backup = await createBackup(getDb(), ctx, file);
    expect(backup.rows).toBeGreaterThan(80_000); // the Kemendagri regions alone are ~91,000 rows
    expect(fs.existsSync(`${file}.part`)).toBe(false);

    await createTenant(getDb(), ctx, '53.10');
    const added = await createOpd(getDb(), ctx, '53.16', { name: 'Dinas Baru Setelah Cadangan', kind: 'dinas' });
    const [firstId] = before.opds[0] as [number, string];
    await updateOpd(getDb(), ctx, '53.16', firstId, { name: 'Nama Diubah' });
    expect((await snapshot()).tenants).toContain('53.10');

    const restored = await restoreBackup(getDb(), ctx, file);
    expect(restored).toMatchObject({ tables: backup.tables, rows: backup.rows });
    const after = await snapshot();
    expect(after.tenants).toEqual(before.tenants);
    expect(after.opds).toEqual(before.opds);
    // the log as it was in the snapshot, plus the restore's own entry
    expect(after.audit).toBe(before.audit + 1);
    const last = await getDb().selectFrom('audit_log').select(['action', 'details']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'system.restore', details: { file: 'before.backup.gz' } });

    const next = await createOpd(getDb(), ctx, '53.16', { name: 'Dinas Sesudah Pemulihan', kind: 'dinas' });
    expect(next.id).toBe(added.id); // the sequence is back at the backup's value, so the id is handed out again
  });

  it('refuses a file that is not a backup, or one cut short, and leaves the data as it was', async () => {
    const before = await snapshot();
    const foreign = path.join(dir, 'foreign.gz');
    fs.writeFileSync(foreign, gzipSync('nama,nik\nA,1\n'));
    await expect(restoreBackup(getDb(), ctx, foreign)).rejects.toMatchObject({ code: 'BACKUP_FILE_INVALID' });
    const cut = path.join(dir, 'cut.gz');
    const text = gunzipSync(fs.readFileSync(file)).toString('utf8');
    fs.writeFileSync(cut, gzipSync(text.slice(0, Math.floor(text.length * 0.6))));
    await expect(restoreBackup(getDb(), ctx, cut)).rejects.toMatchObject({ code: 'BACKUP_FILE_INVALID' });
    await expect(restoreBackup(getDb(), ctx, path.join(dir, 'none.gz'))).rejects.toMatchObject({ code: 'BACKUP_FILE_MISSING' });
    expect(await snapshot()).toEqual(before);
  });

  it('the daily backup writes one file per day and removes those older than the retention', async () => {
    const daily = path.join(dir, 'daily');
    fs.mkdirSync(daily);
    for (const day of ['2026-11-01', '2026-11-15', '2026-11-16']) fs.writeFileSync(path.join(daily, `lindung-${day}.backup.gz`), 'old');
    fs.writeFileSync(path.join(daily, 'notes.txt'), 'not a backup: kept');
    const result = await runDailyBackup(getDb(), ctx, { dir: daily, keepDays: 14, now: new Date('2026-11-30T01:00:00Z') });
    expect(result.removed).toEqual(['lindung-2026-11-01.backup.gz', 'lindung-2026-11-15.backup.gz']);
    expect(fs.readdirSync(daily).sort()).toEqual(['lindung-2026-11-16.backup.gz', 'lindung-2026-11-30.backup.gz', 'notes.txt']);
  });
});
