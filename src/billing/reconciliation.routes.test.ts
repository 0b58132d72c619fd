/**
 * Reconciliation with BPJS's statement of receipts over HTTP (issue #12 item 4), on a real database: every
 * row accounted for, matched by bill number or NPP + month against what Lindung recorded as paid; the same
 * file again answers the first reconciliation; scope per role (a bpjs user matches and reads its own
 * branch's PKS only); the error sheet read back with exceljs in both languages.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBranch } from '../branches/branch-directory.service';
import { fixedClock } from '../clock/clock';
import { smallPks } from '../../test/support/enrolment';
import { CSRF, client, loginAs } from '../../test/support/http';
import { someBills } from '../../test/support/payments';
import { createTestApp, DEMO_USERS } from '../../test/support/server';

type Role = 'admin' | 'dinas' | 'opd' | 'desa' | 'bpjs' | 'viewer' | 'auditor';
const ROLES: Role[] = ['admin', 'dinas', 'opd', 'desa', 'bpjs', 'viewer', 'auditor'];
const USER: Record<Role, string> = { admin: 'admin', dinas: 'dinas.nagekeo', opd: 'opd.pendidikan', desa: 'desa.labolewa', bpjs: 'bpjs.ende', viewer: 'viewer.ntt', auditor: 'auditor.nagekeo' };
const base = '/api/v1/tenants/53.16';
const url = `${base}/billing/reconciliations`;

let env: Awaited<ReturnType<typeof createTestApp>>;
const cookie = {} as Record<Role, string>;
const as = {} as Record<Role, ReturnType<typeof client>>;
let numbers: Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1', string>;
let pksA: number;

function upload(role: Role, name: string, text: string, query = '', fields: Record<string, string> = {}) {
  const boundary = '----lindung-recon-test';
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('');
  const body = Buffer.concat([
    Buffer.from(`${parts}--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: text/csv\r\n\r\n`),
    Buffer.from(text), Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return env.app.inject({ method: 'POST', url: `${url}${query}`, headers: { cookie: cookie[role], ...CSRF, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
}

// PKS A (Cabang Ende, NPP 21000123) billed Jan–Feb 2026 for its two groups; PKS B of the same regency is
// with another BPJS branch. SP2D: January paid in full, February's PU bill only, PKS B's bill in full.
beforeAll(async () => {
  env = await createTestApp({ clock: fixedClock('2026-03-10') });
  const db = env.t.db;
  const a = await smallPks(db, '53.16', { pu: 5, bpu: 5 });
  const b = await smallPks(db, '53.16', { pu: 5, bpu: 5 }, 'TEST/PKS/B/2026');
  await ensureBranch(db, { code: 'KC-LAIN', name: 'Kantor Cabang Lain (uji)', provinceCode: '53', serves: ['53.16'] });
  await sql`UPDATE agreement SET branch_code = 'KC-LAIN' WHERE id = ${b.agreementId}`.execute(db);
  pksA = a.agreementId;
  const [a1, a2, a3, a4] = await someBills(db, '53.16', pksA, [
    { month: '2026-01', dueOn: '2026-02-16', amount: 1_000_000, groupId: a.puGroup }, { month: '2026-01', dueOn: '2026-01-15', amount: 500_000, groupId: a.bpuGroup, scheme: 'bpu' },
    { month: '2026-02', dueOn: '2026-03-16', amount: 1_000_000, groupId: a.puGroup }, { month: '2026-02', dueOn: '2026-02-16', amount: 500_000, groupId: a.bpuGroup, scheme: 'bpu' },
  ]);
  const [b1] = await someBills(db, '53.16', b.agreementId, [{ month: '2026-01', dueOn: '2026-02-16', amount: 300_000, groupId: b.puGroup }]);
  const bills = await db.selectFrom('bill').select(['id', 'number']).execute();
  const numberOf = (id: number | undefined) => bills.find((x) => x.id === id)!.number;
  numbers = { a1: numberOf(a1), a2: numberOf(a2), a3: numberOf(a3), a4: numberOf(a4), b1: numberOf(b1) };
  for (const role of ROLES) {
    const u = DEMO_USERS.find((x) => x.username === USER[role])!;
    cookie[role] = await loginAs(env.app, u.username, u.password);
    as[role] = client(env.app, cookie[role]);
  }
  const pay = (agreementId: number, sp2dNumber: string, paidOn: string, amount: number, billIds: number[]) =>
    as.dinas.post(`${base}/agreements/${agreementId}/payments`, { sp2dNumber, paidOn, amount, billIds });
  expect((await pay(pksA, 'SP2D/1', '2026-02-05', 1_500_000, [a1!, a2!])).statusCode).toBe(200);
  expect((await pay(pksA, 'SP2D/2', '2026-03-05', 1_000_000, [a3!])).statusCode).toBe(200);
  expect((await pay(b.agreementId, 'SP2D/B1', '2026-02-05', 300_000, [b1!])).statusCode).toBe(200);
  const npp = await env.app.inject({ method: 'PUT', url: `${base}/agreements/${pksA}/npp`, headers: { cookie: cookie.dinas, ...CSRF }, payload: { npp: '21000123' } });
  expect(npp.statusCode).toBe(200);
}, 180_000);
afterAll(() => env?.close());

/** A statement as BPJS might send it: a title line, Indonesian headers, semicolons, mixed date and month forms. */
const statement = () => [
  'REKAP PENERIMAAN IURAN BPJS KETENAGAKERJAAN (UJI)',
  'No Tagihan;NPP;Periode;Jumlah Diterima;Tanggal Diterima',
  `${numbers.a1};;2026-01;1.000.000;05/02/2026`, // 3: by number, = paid → cocok
  ';21000123;02/2026;1000000;2026-03-06', // 4: NPP + February: both groups, paid 1,000,000 → cocok
  `${numbers.a2};;Januari 2026;450.000;06/02/2026`, // 5: paid 500,000 → selisih −50,000
  ';99999999;2026-01;10;2026-02-06', // 6: NPP unknown → tidak-cocok
  `${numbers.b1};;2026-01;300000;2026-02-06`, // 7: PKS B (other branch): cocok for the Dinas, unknown for bpjs.ende
  ';21000123;2026-13;5;2026-02-06', // 8: month → tidak-valid
  `${numbers.a1};;2026-01;abc;2026-02-06`, // 9: amount → tidak-valid
  `${numbers.a1};;2026-01;5;31/02/2026`, // 10: date → tidak-valid
  `${numbers.a1};;2026-01;1.000.000;05/02/2026`, // 11: repeats row 3 → tidak-valid, counted once
].join('\n');

describe('POST /billing/reconciliations', () => {
  it('refuses roles without payments:reconcile before anything is stored', async () => {
    const statuses = await Promise.all(['admin', 'opd', 'desa', 'viewer', 'auditor'].map(async (r) => (await upload(r as Role, 'x.csv', statement())).statusCode));
    expect(statuses).toEqual([403, 403, 403, 403, 403]);
    expect((await as.dinas.get(url)).json().items).toEqual([]);
  });

  it('accounts for every row: cocok by number and by NPP + month, selisih, tidak-cocok, tidak-valid', async () => {
    const r = await upload('dinas', 'rekap-bpjs.csv', statement());
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ rows: 9, matched: 3, amountDiffers: 1, unmatched: 1, invalid: 4, alreadyReconciled: false });
    const detail = (await as.dinas.get(`${url}/${r.json().id}`)).json();
    expect(detail).toMatchObject({ fileName: 'rekap-bpjs.csv', format: 'csv', rows: 9, agreementId: null, createdBy: 'dinas.nagekeo' });
    const byRow = Object.fromEntries(detail.items.map((i: { rowNo: number }) => [i.rowNo, i]));
    expect(byRow[3]).toMatchObject({ status: 'cocok', expected: 1_000_000, received: 1_000_000, difference: 0, bills: [{ number: numbers.a1, month: '2026-01' }] });
    expect(byRow[4]).toMatchObject({ status: 'cocok', month: '2026-02', expected: 1_000_000 });
    expect(byRow[4].bills.map((b: { number: string }) => b.number).sort()).toEqual([numbers.a3, numbers.a4].sort());
    expect(byRow[5]).toMatchObject({ status: 'selisih', reasonCode: 'RECON_AMOUNT_DIFFERS', expected: 500_000, received: 450_000, difference: -50_000, receivedOn: '2026-02-06' });
    expect(byRow[5].reason).toContain('berbeda');
    expect(byRow[6]).toMatchObject({ status: 'tidak-cocok', reasonCode: 'RECON_NPP_UNKNOWN', bills: [] });
    expect(byRow[7]).toMatchObject({ status: 'cocok', expected: 300_000 });
    expect([8, 9, 10, 11].map((n) => byRow[n].reasonCode)).toEqual(['RECON_MONTH_INVALID', 'RECON_AMOUNT_INVALID', 'RECON_DATE_INVALID', 'RECON_DUPLICATE_ROW']);
  });

  it('the same file again answers the first reconciliation and stores nothing new', async () => {
    const first = (await as.dinas.get(url)).json().items[0];
    const again = await upload('dinas', 'nama-lain.csv', statement());
    expect(again.json()).toEqual({ id: first.id, rows: 9, matched: 3, amountDiffers: 1, unmatched: 1, invalid: 4, alreadyReconciled: true });
    const stored = await sql<{ n: number }>`SELECT count(*)::int AS n FROM reconciliation_row`.execute(env.t.db);
    expect(stored.rows[0]!.n).toBe(9);
    const audits = await env.t.db.selectFrom('audit_log').select('action').where('action', '=', 'reconciliation.import').execute();
    expect(audits).toHaveLength(1);
  });

  it('agreementId narrows the match to one PKS: the other PKS\'s bill is unknown', async () => {
    const r = await upload('dinas', 'a.csv', `${statement()}\n`, '', { agreementId: String(pksA) });
    expect(r.json()).toMatchObject({ rows: 9, matched: 2, unmatched: 2 });
    expect((await as.dinas.get(`${url}/${r.json().id}`)).json()).toMatchObject({ agreementId: pksA });
  });

  it('a file without the needed columns, or no rows, is a translated 400, never a 5xx', async () => {
    const noHeader = await upload('dinas', 'x.csv', 'nama;alamat\nA;B\n');
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().error.code).toBe('RECON_HEADERS');
    const noDate = await upload('dinas', 'x.csv', 'no tagihan;bulan;jumlah\nX;2026-01;5\n');
    expect(noDate.json().error.message).toContain('tanggal diterima');
    const empty = await upload('dinas', 'x.csv', 'nomor tagihan;bulan;jumlah;tanggal diterima\n');
    expect(empty.json().error.code).toBe('RECON_EMPTY');
    const binary = await upload('dinas', 'x.csv', '%PDF-1.4 not a statement');
    expect(binary.statusCode).toBe(400);
  });
});

describe('scope per role', () => {
  it('bpjs uploads too, matched against its own branch\'s PKS only; it reads its own reconciliations only', async () => {
    const r = await upload('bpjs', 'dari-bpjs.csv', `${statement()}\n\n`);
    expect(r.statusCode).toBe(200);
    // PKS B (Kantor Cabang Lain) is not Cabang Ende's: its bill is unknown to bpjs.ende
    expect(r.json()).toMatchObject({ rows: 9, matched: 2, unmatched: 2, alreadyReconciled: false });
    const seen = (await as.bpjs.get(url)).json().items.map((i: { id: number }) => i.id);
    expect(seen).toContain(r.json().id);
    const dinasFirst = (await as.dinas.get(url)).json().items.at(-1);
    expect(seen).not.toContain(dinasFirst.id); // made against PKS of two branches
    expect((await as.bpjs.get(`${url}/${dinasFirst.id}`)).statusCode).toBe(404);
    expect((await as.bpjs.get(`${url}/${dinasFirst.id}/errors.xlsx`)).statusCode).toBe(404);
    const same = await upload('bpjs', 'ulang.csv', statement());
    expect([same.statusCode, same.json().error.code]).toEqual([409, 'RECON_ALREADY_RECONCILED']);
  });

  // expected status per role, in ROLES order: admin, dinas, opd, desa, bpjs, viewer, auditor
  const READS: [string, string, number[]][] = [
    ['list', url, [200, 200, 403, 403, 200, 403, 200]],
    ['another regency', '/api/v1/tenants/53.10/billing/reconciliations', [404, 404, 404, 404, 404, 404, 404]],
  ];
  it.each(READS)('%s', async (_name, path, expected) => {
    expect(await Promise.all(ROLES.map(async (r) => (await as[r].get(path)).statusCode))).toEqual(expected);
  });
});

describe('GET /billing/reconciliations/:id/errors.xlsx', () => {
  it('holds every row not cocok as uploaded, with status, reason and amounts, in the reader\'s language', async () => {
    const id = (await as.dinas.get(url)).json().items.at(-1).id;
    for (const [lang, status, reasonHeader] of [['id', 'Jumlah berbeda', 'alasan'], ['en', 'Amount differs', 'reason']] as const) {
      // English by ?lang= (what the screen's download link sends), whatever the browser's Accept-Language
      const res = await env.app.inject({ method: 'GET', url: `${url}/${id}/errors.xlsx${lang === 'en' ? '?lang=en' : ''}`, headers: { cookie: cookie.auditor, 'accept-language': 'id' } });
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
      expect(values(1)).toEqual(['No Tagihan', 'NPP', 'Periode', 'Jumlah Diterima', 'Tanggal Diterima', 'status', reasonHeader, expect.any(String), expect.any(String), expect.any(String), expect.any(String)]);
      expect(sheet.rowCount).toBe(1 + 6);
      expect(values(2)).toEqual([numbers.a2, '', 'Januari 2026', '450.000', '06/02/2026', status, expect.stringMatching(/berbeda|differs/), 500_000, 450_000, -50_000, 5]);
      expect(values(7).at(-1)).toBe(11);
    }
    const audits = await env.t.db.selectFrom('audit_log').select('action').where('action', '=', 'reconciliation.errors').execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
  });
});
