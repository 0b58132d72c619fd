/**
 * Claim documents over HTTP (issue #13 §5, §9): bad uploads are refused in words and leave nothing on disk;
 * a good one leaves exactly one file whose SHA-256 is the row's; the checklist follows uploads, rejections
 * and verification, and gates `berkas-lengkap`; bytes go only to roles allowed to see claim papers, in the
 * claim's scope, each read audit-logged.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aClaim, claimDocumentsWorld, JPEG, PDF, PNG, ROLES } from '../../test/support/claim-documents';
import { assertDocumentsComplete, missingDocuments } from './claim-documents.service';

let w: Awaited<ReturnType<typeof claimDocumentsWorld>>;
let stmb: number; // a JKK STMB claim of the OPD's non-ASN: a traffic accident, so the police report is asked
let jkm: number; // a JKM death claim of the village's rentan
const base = '/api/v1/tenants/53.16/claims';

beforeAll(async () => {
  w = await claimDocumentsWorld();
  stmb = await aClaim(w.db, w.participations.honorer, { type: 'jkk-stmb', trafficAccident: true, number: 'KLM-53.16-2026-00001' });
  jkm = await aClaim(w.db, w.participations.rentan, { type: 'jkm', number: 'KLM-53.16-2026-00002' });
}, 120_000);
afterAll(() => w?.close());

const codeOf = (res: { json: () => { error: { code: string } } }) => res.json().error.code;

describe('upload: bad input is refused in words and leaves no file', () => {
  it.each([
    ['an empty body', Buffer.alloc(0), 'x.pdf', 'CLAIM_DOCUMENT_EMPTY'],
    ['HTML named .pdf (spoofed extension)', Buffer.from('<html><script>alert(1)</script></html>'), 'akta.pdf', 'CLAIM_DOCUMENT_TYPE'],
    ['a Word file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), 'kronologi.docx', 'CLAIM_DOCUMENT_TYPE'],
    ['11 MB', Buffer.concat([PDF(), Buffer.alloc(11 * 1024 * 1024 - 100)]), 'big.pdf', 'CLAIM_DOCUMENT_TOO_LARGE'],
  ])('%s', async (_what, body, filename, code) => {
    const res = await w.upload('dinas', stmb, body, { requirementCode: 'kronologi', filename }, 'application/pdf');
    expect(res.statusCode).toBe(400);
    expect(codeOf(res)).toBe(code);
    expect(res.json().error.message).not.toMatch(/CLAIM_/);
    expect(await w.storedFiles()).toEqual([]);
  });

  it('refuses a paper not on the claim type\'s checklist', async () => {
    const res = await w.upload('dinas', stmb, PDF('akta'), { requirementCode: 'akta-kematian', filename: 'akta.pdf' });
    expect([res.statusCode, codeOf(res)]).toEqual([400, 'CLAIM_DOCUMENT_NOT_REQUIRED']);
  });

  it('a body far over the limit is cut off by the server with a translated 413', async () => {
    const res = await w.upload('dinas', stmb, Buffer.alloc(12 * 1024 * 1024, 1), { requirementCode: 'kronologi', filename: 'x.pdf' });
    expect([res.statusCode, codeOf(res)]).toEqual([413, 'BODY_TOO_LARGE']);
    expect(await w.storedFiles()).toEqual([]);
  });
});

describe('upload: stored with its checksum, one file per row', () => {
  it('keeps a JPEG sent as "laporan.pdf" as a JPEG named laporan.jpg, whatever Content-Type was declared', async () => {
    const res = await w.upload('opd', stmb, JPEG, { requirementCode: 'laporan-kecelakaan', filename: 'laporan.pdf' }, 'application/pdf');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ filename: 'laporan.jpg', contentType: 'image/jpeg', status: 'received', size: JPEG.length, uploadedBy: 'opd.pendidikan' });
    const row = await w.db.selectFrom('claim_document').select(['storage_key', 'sha256']).where('id', '=', res.json().id).executeTakeFirstOrThrow();
    const onDisk = await fs.readFile(path.join(w.dataDir, 'claim-documents', '53.16', `${row.storage_key}.bin`));
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(row.sha256);
    expect(await w.storedFiles()).toEqual([`${row.storage_key}.bin`]);
  });

  it('refuses the same file twice for one claim (409) and keeps one file', async () => {
    const first = await w.upload('dinas', stmb, PDF('kronologi'), { requirementCode: 'kronologi', filename: 'kronologi.pdf' });
    expect(first.statusCode).toBe(201);
    const again = await w.upload('dinas', stmb, PDF('kronologi'), { requirementCode: 'kronologi', filename: 'lagi.pdf' });
    expect([again.statusCode, codeOf(again)]).toEqual([409, 'CLAIM_DOCUMENT_DUPLICATE']);
    const rows = await w.db.selectFrom('claim_document').select('storage_key').where('claim_id', '=', stmb).execute();
    expect(await w.storedFiles()).toEqual(rows.map((r) => `${r.storage_key}.bin`).sort());
  });

  it('audit-logs the upload', async () => {
    const logged = await w.db.selectFrom('audit_log').select(['actor_username', 'details']).where('action', '=', 'claim.document.upload').execute();
    expect(logged.map((l) => l.actor_username).sort()).toEqual(['dinas.nagekeo', 'opd.pendidikan']);
  });
});

describe('checklist', () => {
  it('asks the police report of a traffic accident, tracks received → rejected → verified, and gates berkas-lengkap', async () => {
    const before = await w.as.dinas.get(`${base}/${stmb}/checklist`);
    expect(before.statusCode).toBe(200);
    const status = (code: string) => before.json().items.find((i: { code: string }) => i.code === code)?.status;
    expect([status('laporan-kecelakaan'), status('kronologi'), status('laporan-polisi'), status('surat-dokter')]).toEqual(['received', 'received', 'missing', 'missing']);
    expect((await missingDocuments(w.db, '53.16', stmb)).map((m) => m.code)).toEqual(['laporan-polisi', 'surat-dokter', 'ktp-peserta', 'buku-tabungan']);
    await expect(assertDocumentsComplete(w.db, '53.16', stmb)).rejects.toMatchObject({ code: 'CLAIM_DOCUMENTS_MISSING' });

    for (const [code, body] of [['laporan-polisi', PDF('polisi')], ['surat-dokter', PNG], ['ktp-peserta', PDF('ktp')], ['buku-tabungan', PDF('tabungan')]] as const) {
      expect((await w.upload('opd', stmb, body, { requirementCode: code, filename: `${code}.pdf` })).statusCode).toBe(201);
    }
    expect(await missingDocuments(w.db, '53.16', stmb)).toEqual([]);
    await expect(assertDocumentsComplete(w.db, '53.16', stmb)).rejects.toMatchObject({ code: 'CLAIM_DOCUMENTS_UNVERIFIED' });

    const docs = (await w.as.dinas.get(`${base}/${stmb}/checklist`)).json().documents as { id: number; requirementCode: string }[];
    const police = docs.find((d) => d.requirementCode === 'laporan-polisi')!;
    // a rejection needs its reason, and a rejected paper is missing again
    expect(codeOf(await w.as.dinas.post(`${base}/${stmb}/documents/${police.id}/decision`, { verdict: 'rejected' }))).toBe('CLAIM_DOCUMENT_REJECT_NOTE');
    expect((await w.as.dinas.post(`${base}/${stmb}/documents/${police.id}/decision`, { verdict: 'rejected', note: 'Tidak terbaca' })).statusCode).toBe(200);
    expect((await missingDocuments(w.db, '53.16', stmb)).map((m) => m.code)).toEqual(['laporan-polisi']);
    expect(codeOf(await w.as.dinas.post(`${base}/${stmb}/documents/${police.id}/decision`, { verdict: 'verified' }))).toBe('CLAIM_DOCUMENT_DECIDED');

    // only the Dinas verifies
    const other = docs.find((d) => d.requirementCode === 'kronologi')!;
    expect((await w.as.opd.post(`${base}/${stmb}/documents/${other.id}/decision`, { verdict: 'verified' })).statusCode).toBe(403);
    expect((await w.as.bpjs.post(`${base}/${stmb}/documents/${other.id}/decision`, { verdict: 'verified' })).statusCode).toBe(403);

    expect((await w.upload('opd', stmb, PDF('polisi-2'), { requirementCode: 'laporan-polisi', filename: 'polisi.pdf' })).statusCode).toBe(201);
    const all = (await w.as.dinas.get(`${base}/${stmb}/checklist`)).json().documents as { id: number; status: string }[];
    for (const d of all.filter((x) => x.status === 'received')) {
      expect((await w.as.dinas.post(`${base}/${stmb}/documents/${d.id}/decision`, { verdict: 'verified' })).statusCode).toBe(200);
    }
    await expect(assertDocumentsComplete(w.db, '53.16', stmb)).resolves.toBeUndefined();
    expect((await w.as.dinas.get(`${base}/${stmb}/checklist`)).json().complete).toBe(true);
  });

  it('does not ask the police report when the accident was not on the road', async () => {
    const items = (await w.as.dinas.get(`${base}/${jkm}/checklist`)).json().items as { code: string }[];
    expect(items.map((i) => i.code)).not.toContain('laporan-polisi');
    expect(items.map((i) => i.code)).toContain('surat-ahli-waris');
  });
});

describe('download: only in scope, only to roles that handle claim papers, audit-logged', () => {
  // expected status per role, in ROLES order: admin, dinas, opd, desa, bpjs, viewer, auditor
  it.each([
    ['the OPD non-ASN\'s claim', () => stmb, [403, 200, 200, 404, 200, 403, 403]],
    ['the village rentan\'s claim', () => jkm, [403, 200, 404, 200, 200, 403, 403]],
  ] as const)('%s', async (_what, claimOf, expected) => {
    const claimId = claimOf();
    const up = await w.upload('dinas', claimId, PDF(`scope-${claimId}`), { requirementCode: claimId === jkm ? 'kk' : 'surat-dokter', filename: 'scope.pdf' });
    const docId = up.statusCode === 201 ? up.json().id : (await w.db.selectFrom('claim_document').select('id').where('claim_id', '=', claimId).executeTakeFirstOrThrow()).id;
    const before = await w.db.selectFrom('audit_log').select('id').where('action', '=', 'claim.document.download').execute();
    const got: number[] = [];
    for (const role of ROLES) {
      const res = await w.as[role].get(`${base}/${claimId}/documents/${docId}`);
      got.push(res.statusCode);
      if (res.statusCode === 200) {
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toMatch(/^attachment;/);
        expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      } else {
        expect(res.body).not.toContain('%PDF');
      }
    }
    expect(got).toEqual(expected);
    const after = await w.db.selectFrom('audit_log').select('id').where('action', '=', 'claim.document.download').execute();
    expect(after.length - before.length).toBe(expected.filter((s) => s === 200).length);
  });

  it('answers 410 in words, not the bytes, when a stored file was changed on disk', async () => {
    const up = await w.upload('dinas', jkm, PDF('akta'), { requirementCode: 'akta-kematian', filename: 'akta.pdf' });
    const row = await w.db.selectFrom('claim_document').select('storage_key').where('id', '=', up.json().id).executeTakeFirstOrThrow();
    await fs.writeFile(path.join(w.dataDir, 'claim-documents', '53.16', `${row.storage_key}.bin`), PDF('forged'));
    const res = await w.as.dinas.get(`${base}/${jkm}/documents/${up.json().id}`);
    expect([res.statusCode, codeOf(res)]).toEqual([410, 'CLAIM_DOCUMENT_FILE_MISSING']);
  });
});
