/**
 * Files of an agreement over HTTP: attached scans must really be PDFs (magic bytes, not the name), stay
 * under 10 MB, come back byte-identical with their SHA-256; the summary PDF and plan XLSX render, and a
 * user-typed group name can never become a spreadsheet formula.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/types';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { client, CSRF, loginAs } from '../../test/support/http';
import { twoGroups } from '../../test/support/agreements';

let app: App;
let close: () => Promise<void>;
let cookie: string;
let pksId: number;
const BASE = '/api/v1/tenants/53.16/agreements';

beforeAll(async () => {
  ({ app, close } = await createTestApp());
  const dinas = DEMO_USERS.find((u) => u.role === 'dinas')!;
  cookie = await loginAs(app, dinas.username, dinas.password);
  pksId = (await client(app, cookie).get(BASE)).json().items.find((a: { kind: string }) => a.kind === 'pks').id;
});
afterAll(() => close());

const upload = (content: Buffer, filename = 'pks.pdf', contentType = 'application/pdf') =>
  app.inject({ method: 'POST', url: `${BASE}/${pksId}/documents?filename=${encodeURIComponent(filename)}&title=Naskah%20PKS`,
    headers: { cookie, ...CSRF, 'content-type': contentType }, payload: content });

describe('attached documents', () => {
  const pdf = Buffer.from('%PDF-1.4\n% a tiny but real-looking scan\n%%EOF\n');

  it('stores a PDF with its checksum and returns it byte for byte', async () => {
    const res = await upload(pdf);
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ title: 'Naskah PKS', filename: 'pks.pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') });
    const back = await app.inject({ method: 'GET', url: `${BASE}/${pksId}/documents/${doc.id}`, headers: { cookie } });
    expect(back.rawPayload.equals(pdf)).toBe(true);
    expect(back.headers['content-disposition']).toContain('pks.pdf');
    expect((await upload(pdf, 'lagi.pdf')).json().error.code).toBe('DOCUMENT_DUPLICATE');
  });

  it.each([
    ['a renamed text file', Buffer.from('not a pdf at all'), 'DOCUMENT_NOT_PDF'],
    ['an empty body', Buffer.alloc(0), 'DOCUMENT_NOT_PDF'],
    ['a PDF over 10 MB', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]), 'DOCUMENT_TOO_LARGE'],
  ])('refuses %s', async (_what, content, code) => {
    expect((await upload(content)).json().error.code).toBe(code);
  });

  it('refuses another content type outright', async () => {
    expect((await upload(pdf, 'x.png', 'image/png')).statusCode).toBe(415);
  });

  it('lets a read-only role download but not attach or remove', async () => {
    const auditor = DEMO_USERS.find((u) => u.role === 'auditor')!;
    const auditorCookie = await loginAs(app, auditor.username, auditor.password);
    const api = client(app, auditorCookie);
    const docs = (await api.get(`${BASE}/${pksId}/documents`)).json().items;
    expect(docs).toHaveLength(1);
    expect((await app.inject({ method: 'DELETE', url: `${BASE}/${pksId}/documents/${docs[0].id}`, headers: { cookie: auditorCookie, ...CSRF } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'DELETE', url: `${BASE}/${pksId}/documents/${docs[0].id}`, headers: { cookie, ...CSRF } })).statusCode).toBe(204);
  });
});

describe('exports', () => {
  it('renders the summary PDF', async () => {
    const res = await app.inject({ method: 'GET', url: `${BASE}/${pksId}/summary.pdf`, headers: { cookie } });
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports the plan as XLSX with numeric amounts and the shortfall', async () => {
    const res = await app.inject({ method: 'GET', url: `${BASE}/${pksId}/plan.xlsx`, headers: { cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const summary = book.getWorksheet('Ringkasan')!;
    const valueOf = (label: string) => summary.getColumn(1).values.indexOf(label);
    expect(summary.getRow(valueOf('Sisa (+) / kekurangan (−) (Rp)')).getCell(2).value).toBe(-5_897_856);
    expect(book.getWorksheet('Per bulan')!.rowCount).toBe(13);
  });

  it('writes the rules behind each amount as a sentence: the rate as a rate, the amount as an amount', async () => {
    const res = await app.inject({ method: 'GET', url: `${BASE}/${pksId}/plan.xlsx`, headers: { cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Kelompok')!;
    const rules = String(sheet.getRow(2).getCell(sheet.getRow(1).cellCount).value);
    expect(rules).toMatch(/^JKK 0,24% × Rp [\d.]+ = Rp [\d.]+ per orang per bulan \(PP 44\/2015/);
    expect(rules).not.toMatch(/rate:|JKK rate/);
  });

  it('neutralises a group name that would run as a formula', async () => {
    const api = client(app, cookie);
    const input = twoGroups('PKS/FORMULA');
    const created = (await api.post(BASE, { ...input, groups: [{ ...input.groups[0], name: '=HYPERLINK("http://evil","klik")' }] })).json();
    const res = await app.inject({ method: 'GET', url: `${BASE}/${created.id}/plan.xlsx`, headers: { cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cell = book.getWorksheet('Kelompok')!.getRow(2).getCell(1);
    expect(cell.value).toBe('\'=HYPERLINK("http://evil","klik")');
    expect(cell.formula).toBeUndefined();
  });
});
