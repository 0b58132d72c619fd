/**
 * The audit log reads as sentences (issue #17 item 2): every action the code records has an Indonesian and
 * an English sentence, details come out as "field: value" lines, and the list filters by who, what,
 * when and which record.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import ExcelJS from 'exceljs';
import { client, CSRF, loginAs } from '../../test/support/http';
import type { App } from '../http/types';
import { ACTION_SENTENCES, auditChanges, auditSentence } from './audit-actions';

function recordedActions(): string[] {
  const src = path.resolve(import.meta.dirname, '..');
  const found = new Set<string>();
  for (const e of fs.readdirSync(src, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts') || e.name.includes('.test.')) continue;
    const code = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
    for (const call of code.matchAll(/recordAudit\([^{]*\{\s*action: ([^,]+),/g)) {
      const expr = call[1]!.trim();
      if (expr === '`agreement.${step}`') found.add('agreement.activate').add('agreement.end');
      else if (expr === '`dedup.${d.decision}`') found.add('dedup.merge').add('dedup.keep-separate');
      else if (/^'[^']+'$/.test(expr)) found.add(expr.slice(1, -1));
      else if (/^[\w.!]+ \? '[^']+' : '[^']+'$/.test(expr)) for (const m of expr.matchAll(/'([^']+)'/g)) found.add(m[1]!);
      else found.add(`unreadable: ${expr}`); // a new computed action: list its values above
    }
  }
  return [...found];
}

describe('audit sentences', () => {
  it('cover every action the code records, in both languages', () => {
    const actions = recordedActions();
    expect(actions.length).toBeGreaterThan(25);
    expect(actions.filter((a) => !(a in ACTION_SENTENCES))).toEqual([]);
  });

  it('read as sentences with the record, and details as changes', () => {
    expect(auditSentence('agreement.activate', '12', 'id')).toBe('Memberlakukan perjanjian #12');
    expect(auditSentence('agreement.activate', '12', 'en')).toBe('Put agreement #12 in force');
    expect(auditSentence('system.backup', null, 'id')).toBe('Membuat cadangan seluruh data');
    expect(auditChanges({ signedOn: '2025-02-25', signedPlace: 'Mbay', regencies: ['53.10', '53.16'], keep: null }))
      .toEqual(['signedOn: 2025-02-25', 'signedPlace: Mbay', 'regencies: 53.10, 53.16', 'keep: –']);
  });
});

describe('GET /api/v1/audit filters', () => {
  let app: App;
  let close: () => Promise<void>;
  let admin: ReturnType<typeof client>;
  let cookie: string;
  beforeAll(async () => {
    ({ app, close } = await createTestApp());
    const u = DEMO_USERS.find((d) => d.role === 'admin')!;
    cookie = await loginAs(app, u.username, u.password);
    admin = client(app, cookie);
  });
  afterAll(() => close());

  it('by action family, by record, by actor and by time, with sentences in the asked language', async () => {
    const signs = (await admin.get('/api/v1/audit?action=agreement.sign')).json().items as { action: string; summary: string; entityId: string }[];
    expect(signs.length).toBeGreaterThan(0);
    expect(signs.every((e) => e.action === 'agreement.sign' && e.summary === `Mencatat penandatanganan perjanjian #${e.entityId}`)).toBe(true);
    const family = (await admin.get('/api/v1/audit?action=agreement&limit=500')).json().items as { action: string }[];
    expect(new Set(family.map((e) => e.action.split('.')[0]))).toEqual(new Set(['agreement']));
    const one = (await admin.get(`/api/v1/audit?entity=agreement&entityId=${signs[0]!.entityId}`)).json().items as { entityId: string }[];
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((e) => e.entityId === signs[0]!.entityId)).toBe(true);
    const cli = (await admin.get('/api/v1/audit?actor=cli&limit=500')).json().items as { actor: string }[];
    expect(cli.every((e) => e.actor === 'cli')).toBe(true);
    expect((await admin.get('/api/v1/audit?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z')).json().items).toEqual([]);
    expect((await admin.get('/api/v1/audit?from=kemarin')).statusCode).toBe(400);
  });

  it('exports the filtered log as XLSX: sentences, WITA times, formula-safe names, and the export is logged', async () => {
    await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: CSRF, payload: { username: '=HYPERLINK("x")', password: 'salah-salah' } });
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit.xlsx?action=agreement.sign', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Log audit')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('Tindakan');
    expect(String(sheet.getRow(2).getCell(3).value)).toMatch(/^Mencatat penandatanganan perjanjian #\d+$/);
    expect(String(sheet.getRow(2).getCell(1).value)).toMatch(/^\d{1,2} \w+ \d{4} \d{2}\.\d{2} WITA$/);
    const logged = (await admin.get('/api/v1/audit?action=audit.export')).json().items;
    expect(logged[0].changes).toContain(`entries: ${sheet.rowCount - 1}`);
    const failed = await app.inject({ method: 'GET', url: '/api/v1/audit.xlsx?action=login.failed', headers: { cookie } });
    const failedBook = new ExcelJS.Workbook();
    await failedBook.xlsx.load(failed.rawPayload as unknown as ArrayBuffer);
    expect(failedBook.getWorksheet('Log audit')!.getRow(2).getCell(2).value).toBe('\'=HYPERLINK("x")');
  });
});
