/**
 * A purged batch over HTTP, as the web app meets it: the batch view carries the purge date and no error
 * sheet link, while the rows page and the error sheet answer 410 Gone with a translated reason (id, en)
 * — not a 200 with no rows, which would read as "this file had nothing wrong".
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../auth/actor';
import { dayOf } from '../clock/clock';
import type { App } from '../http/types';
import { client, loginAs } from '../../test/support/http';
import { checkerOf, contextOf, decidedDaysAgo, stage, tempDir } from '../../test/support/imports';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { writeTextFixtures } from '../../test/fixtures/imports/imports.fixtures';
import { purgeImportRows } from './import-retention.service';
import { approveBatch } from './imports.service';
import { paramText } from '../i18n/param-text';

let app: App;
let close: () => Promise<void>;
let dir: string;
let cookie: string;
const ids = { purged: 0, kept: 0 };
let purgedOn: string;

beforeAll(async () => {
  const t = await createTestApp();
  ({ app, close } = t);
  const dinas = await contextOf(t.t.db, 'dinas');
  dir = tempDir();
  const fixtures = writeTextFixtures(dir);
  const sample = path.join(import.meta.dirname, '../../test/fixtures/imports/non-asn-sample.csv');
  for (const [key, file] of [['purged', sample], ['kept', path.join(dir, fixtures.commaNoBom!.file)]] as const) {
    ids[key] = (await stage(t.t.db, dinas, file)).summary.batchId!;
    await approveBatch(t.t.db, checkerOf(), '53.16', ids[key]);
  }
  await decidedDaysAgo(t.t.db, ids.purged, 91);
  expect(await purgeImportRows(t.t.db, cliContext(), { olderThanDays: 90 })).toMatchObject({ batches: 1 });
  const batch = await t.t.db.selectFrom('import_batch').select('rows_purged_at').where('id', '=', ids.purged).executeTakeFirstOrThrow();
  purgedOn = dayOf(batch.rows_purged_at!);
  const user = DEMO_USERS.find((u) => u.role === 'dinas')!;
  cookie = await loginAs(app, user.username, user.password);
});
afterAll(async () => {
  await close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a batch whose rows were purged', () => {
  it('is still shown, with its counts and the purge date, and no error sheet', async () => {
    const res = await client(app, cookie).get(`/api/v1/tenants/53.16/imports/${ids.purged}`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(dayOf(new Date(view.rowsPurgedAt))).toBe(purgedOn); // an ISO instant on the purge's day
    expect(view.rows).toBeGreaterThan(0);
    expect(view.rejected).toBeGreaterThan(0);
    expect(view.errorsFile).toBeNull();
  });

  it.each([
    ['id', 'rows', /^Baris-baris batch (\d+) telah dihapus pada (.+?) sesuai kebijakan retensi data/],
    ['en', 'rows', /^The rows of batch (\d+) were removed on (.+?) under the data retention policy/],
    ['id', 'errors.xlsx', /^Baris-baris batch (\d+) telah dihapus pada (.+?) sesuai kebijakan retensi data/],
    ['en', 'errors.xlsx', /^The rows of batch (\d+) were removed on (.+?) under the data retention policy/],
  ])('answers 410 Gone in %s on /%s, saying when and why', async (lang, endpoint, message) => {
    const res = await client(app, cookie, lang).get(`/api/v1/tenants/53.16/imports/${ids.purged}/${endpoint}`);
    expect(res.statusCode).toBe(410);
    const { error } = res.json();
    expect(error.code).toBe('IMPORT_ROWS_PURGED');
    const [, batchId, on] = message.exec(error.message) ?? [];
    // the day as people write it ("30 November 2026"), not ISO
    expect([Number(batchId), on]).toEqual([ids.purged, paramText(purgedOn, lang as 'id' | 'en')]);
  });

  it('leaves a batch decided within the retention period readable', async () => {
    const res = await client(app, cookie).get(`/api/v1/tenants/53.16/imports/${ids.kept}/rows`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
    expect((await client(app, cookie).get(`/api/v1/tenants/53.16/imports/${ids.kept}`)).json().rowsPurgedAt).toBeNull();
  });
});
