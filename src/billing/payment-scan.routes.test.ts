/**
 * The SP2D scan end to end (issue #12 item 3): attached to a recorded payment over HTTP and served back
 * byte for byte; recorded with the payment by the CLI (`payments record --scan`); a wrong type, a renamed
 * file or one over 10 MB is a translated 400, never stored; only the Dinas attaches.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock/clock';
import { runLindung } from '../../test/support/cli';
import { smallPks } from '../../test/support/enrolment';
import { CSRF, client, loginAs } from '../../test/support/http';
import { someBills } from '../../test/support/payments';
import { createTestApp, DEMO_USERS } from '../../test/support/server';

const base = '/api/v1/tenants/53.16';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('SP2D 900/LS/2026 contoh\n%%EOF\n')]);
let env: Awaited<ReturnType<typeof createTestApp>>;
const cookie: Record<string, string> = {};
let pks: number;
let paymentId: number;

function attach(role: string, name: string, content: Buffer, id = paymentId, lang = 'id') {
  const boundary = '----lindung-scan-test';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/pdf\r\n\r\n`),
    content, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return env.app.inject({
    method: 'POST', url: `${base}/payments/${id}/scan`, payload: body,
    headers: { cookie: cookie[role]!, ...CSRF, 'accept-language': lang, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

beforeAll(async () => {
  env = await createTestApp({ clock: fixedClock('2026-03-10') });
  const p = await smallPks(env.t.db, '53.16', { pu: 5, bpu: 5 });
  pks = p.agreementId;
  await someBills(env.t.db, '53.16', pks, [{ month: '2026-01', dueOn: '2026-02-16', amount: 1_000_000, groupId: p.puGroup }]);
  for (const role of ['dinas', 'bpjs', 'auditor', 'opd']) {
    const u = DEMO_USERS.find((x) => x.role === role)!;
    cookie[role] = await loginAs(env.app, u.username, u.password);
  }
  const r = await client(env.app, cookie.dinas!).post(`${base}/agreements/${pks}/payments`, { sp2dNumber: 'SP2D/SCAN/1', paidOn: '2026-03-02', amount: 400_000 });
  paymentId = r.json().paymentId;
}, 120_000);
afterAll(() => env?.close());

describe('POST /payments/:id/scan', () => {
  it('refuses a wrong type, a renamed file and one over 10 MB with a translated 400, storing nothing', async () => {
    const cases: [string, Buffer][] = [
      ['sp2d.txt', Buffer.from('bukan pindaian')],
      ['sp2d.pdf', Buffer.from('MZ\x90\x00 a program renamed to .pdf')],
      ['sp2d.png', Buffer.from('GIF89a an image of another kind')],
      ['besar.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])],
    ];
    for (const [name, content] of cases) {
      const r = await attach('dinas', name, content);
      expect([name, r.statusCode, r.json().error.code]).toEqual([name, 400, 'PAYMENT_SCAN_INVALID']);
      expect(r.json().error.message).toContain('PDF, JPEG atau PNG');
    }
    const en = await attach('dinas', 'sp2d.txt', Buffer.from('x'), paymentId, 'en');
    expect(en.json().error.message).toBe('The SP2D scan must be a PDF, JPEG or PNG of at most 10 MB.');
    expect((await client(env.app, cookie.dinas!).get(`${base}/payments/${paymentId}`)).json().scan).toBeNull();
  });

  it('only the Dinas attaches; readers of payments may not', async () => {
    expect(await Promise.all(['bpjs', 'auditor', 'opd'].map(async (r) => (await attach(r, 'sp2d.pdf', PDF)).statusCode))).toEqual([403, 403, 403]);
  });

  it('stores the scan, shows it on the payment, serves it back byte for byte; the same scan again changes nothing', async () => {
    const r = await attach('dinas', 'SP2D 900.pdf', PDF);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ paymentId, scan: { name: 'SP2D 900.pdf' } });
    const view = (await client(env.app, cookie.dinas!).get(`${base}/payments/${paymentId}`)).json();
    expect(view.scan).toEqual(r.json().scan);
    const file = await client(env.app, cookie.auditor!).get(`${base}/payments/${paymentId}/scan`);
    expect([file.statusCode, file.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    await attach('dinas', 'lagi.pdf', PDF);
    const audits = await env.t.db.selectFrom('audit_log').select('action').where('action', '=', 'payment.scan.attach').execute();
    expect(audits).toHaveLength(1);
  });
});

describe('lindung payments record --scan', () => {
  it('records the payment with its scan; a wrong file is exit 1 with the same words', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-scan-'));
    const env2 = { LINDUNG_DATA_DIR: dir, LINDUNG_LANG: 'en' };
    fs.writeFileSync(path.join(dir, 'sp2d.pdf'), PDF);
    fs.writeFileSync(path.join(dir, 'palsu.pdf'), 'not a pdf');
    const args = ['payments', 'record', '--tenant', '53.16', '--agreement', String(pks), '--amount', '1000', '--paid-on', '2026-03-03', '--json'];
    const bad = await runLindung(env.t.url, [...args, '--sp2d', 'SP2D/CLI/1', '--scan', path.join(dir, 'palsu.pdf')], env2);
    expect([bad.code, JSON.parse(bad.stdout).error.code]).toEqual([1, 'PAYMENT_SCAN_INVALID']);
    const ok = await runLindung(env.t.url, [...args, '--sp2d', 'SP2D/CLI/2', '--scan', path.join(dir, 'sp2d.pdf')], env2);
    expect(ok.code).toBe(0);
    const { paymentId: id } = JSON.parse(ok.stdout);
    const row = await env.t.db.selectFrom('payment').select(['scan_file', 'scan_name']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.scan_name).toBe('sp2d.pdf');
    expect(fs.readFileSync(path.join(dir, row.scan_file!)).equals(PDF)).toBe(true);
    expect(await env.t.db.selectFrom('payment').select('id').where('sp2d_number', '=', 'SP2D/CLI/1').executeTakeFirst()).toBeUndefined();
  }, 60_000);
});
