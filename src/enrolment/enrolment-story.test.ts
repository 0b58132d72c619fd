/**
 * The Done-when of issue #11, played over the API as a new user would on the demo: ending five rentan
 * participants on 2025-11-30 frees five slots; five newly imported and approved rentan workers are
 * enrolled from 2025-12-01 as their replacements (a sixth waits); the export holds exactly those five;
 * BPJS's answer activates them with their KPJ numbers and every bad row is accounted for with a reason;
 * the same answer again changes nothing; the card check says valid, and invalid after the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveBatch } from '../imports/imports.service';
import { liveStatus } from './enrolment.service';
import { checkerOf, stage, TENANT } from '../../test/support/imports';
import { multipart, rentanFile, testNik } from '../../test/support/enrolment';
import { CSRF, client, loginAs } from '../../test/support/http';
import { createTestApp, DEMO_USERS } from '../../test/support/server';
import { contextOf } from '../../test/support/imports';

let env: Awaited<ReturnType<typeof createTestApp>>;
let dinas: ReturnType<typeof client>;
let dinasCookie: string;
const base = `/api/v1/tenants/${TENANT}`;
const NEW = [1, 2, 1, 3, 2, 4].map((decile, i) => ({ nik: testNik(i + 1), name: `Pengganti Contoh ${'ABCDEF'[i]}`, decile }));

beforeAll(async () => {
  env = await createTestApp({ participants: true });
  const u = DEMO_USERS.find((x) => x.username === 'dinas.nagekeo')!;
  dinasCookie = await loginAs(env.app, u.username, u.password);
  dinas = client(env.app, dinasCookie);
}, 120_000);
afterAll(() => env?.close());

describe('the 2025 replacement story (issue #11 Done-when)', () => {
  it('ends five, enrols five replacements from the next day, exports them, and takes BPJS’s answer', async () => {
    const pks = (await dinas.get(`${base}/agreements`)).json().items.find((a: { kind: string }) => a.kind === 'pks');
    const before = (await dinas.get(`${base}/agreements/${pks.id}/enrolment-groups`)).json();
    const rentan = before.groups.find((g: { scheme: string }) => g.scheme === 'bpu');
    // the demo filled the PKS: every rentan slot taken, nobody waiting
    expect(rentan).toMatchObject({ quota: 3034, active: 3034, waiting: 0, free: 0 });

    // 1. five rentan participants end on 2025-11-30 (not the demo's deceased of 2025-08-01: already ended)
    const five = (await dinas.get(`${base}/participants?groupId=${rentan.groupId}&limit=6`)).json().items
      .filter((p: { endedOn: string | null }) => p.endedOn === null).slice(0, 5);
    expect(five).toHaveLength(5);
    for (const p of five) {
      const res = await dinas.post(`${base}/participants/${p.id}/end`, { on: '2025-11-30', reason: 'meninggal' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ storedStatus: 'berakhir', endedOn: '2025-11-30', coverageTo: '2025-11-30', endReason: 'meninggal' });
    }

    // 2. six new rentan workers imported and approved (maker-checker: the Dinas uploads, another approves)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-story-'));
    const staged = await stage(env.t.db, await contextOf(env.t.db, 'dinas'), rentanFile(dir, NEW), { group: 'rentan' });
    expect(staged.summary.accepted).toBe(6);
    await approveBatch(env.t.db, checkerOf(), TENANT, staged.summary.batchId!);

    // asking for one more slot than is free is refused with the numbers
    const byNik = async (nik: string) => (await env.t.db.selectFrom('person').select('id').where('nik', '=', nik).executeTakeFirstOrThrow()).id;
    const ids = await Promise.all(NEW.map((p) => byNik(p.nik)));
    const tooMany = await dinas.post(`${base}/enrolment/enrol`, { agreementId: pks.id, groupId: rentan.groupId, from: '2025-12-01', personIds: ids });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().error.code).toBe('ENROL_QUOTA_EXCEEDED');
    expect(tooMany.json().error.message).toContain('3034');
    // ... and the day of the end itself has no free slot yet
    const early = await dinas.post(`${base}/enrolment/enrol`, { agreementId: pks.id, groupId: rentan.groupId, from: '2025-11-30' });
    expect(early.json()).toMatchObject({ enrolled: 0, waitlisted: 6 });

    // 3. enrolment from 2025-12-01: five take the freed slots, the sixth (decile 4) waits
    const enrolled = await dinas.post(`${base}/enrolment/enrol`, { agreementId: pks.id, groupId: rentan.groupId, from: '2025-12-01' });
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json()).toMatchObject({ enrolled: 5, waitlisted: 1, groups: [{ groupId: rentan.groupId, quota: 3034, active: 3034, free: 0 }] });
    const waitlist = (await dinas.get(`${base}/enrolment/waitlist?agreementId=${pks.id}&groupId=${rentan.groupId}`)).json();
    expect(waitlist.items.map((w: { personId: number }) => w.personId)).toEqual([ids[5]]);
    const fresh = (await dinas.get(`${base}/participants?agreementId=${pks.id}&status=calon&limit=50&revealNik=true`)).json().items;
    expect(fresh.map((p: { nik: string }) => p.nik).sort()).toEqual(NEW.slice(0, 5).map((p) => p.nik).sort());
    // each replaces one of the ended five, from the day after the end
    expect(fresh.map((p: { replacesId: number }) => p.replacesId).sort()).toEqual(five.map((p: { id: number }) => p.id).sort());
    expect(new Set(fresh.map((p: { startsOn: string }) => p.startsOn))).toEqual(new Set(['2025-12-01']));

    // 4. the registration batch holds exactly those five, in the SIPP layout
    const batch = (await dinas.post(`${base}/enrolment/batches`, { agreementId: pks.id })).json();
    expect(batch).toMatchObject({ participants: 5, template: 'sipp-kolektif@1', status: 'open' });
    const csv = await dinas.get(`${base}/enrolment/batches/${batch.id}/export?format=csv`);
    const lines = csv.body.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toContain('NO_IDENTITAS');
    const nikColumn = lines[0]!.split(',').indexOf('NO_IDENTITAS');
    expect(lines.slice(1).map((l) => l.split(',')[nikColumn]).sort()).toEqual(NEW.slice(0, 5).map((p) => p.nik).sort());
    const xlsx = await dinas.get(`${base}/enrolment/batches/${batch.id}/export?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(6);

    // 5. BPJS's answer: five accepted, and one of each bad row that does not touch them
    const other = five[0].id; // an ended demo participant: in no open batch
    const otherNik = (await dinas.get(`${base}/participants/${other}?revealNik=true`)).json().nik;
    const answer = [
      'no_identitas,no_kpj,tanggal_kepesertaan,status,alasan',
      ...NEW.slice(0, 5).map((p, i) => `${p.nik},2600000000${i + 1},01-12-2025,diterima,`),
      `${NEW[0]!.nik},26000000001,01-12-2025,diterima,`, // duplicate row
      `${otherNik},26000000099,01-12-2025,diterima,`, // unmatched: not in an open batch
      `${NEW[5]!.nik},123,01-12-2025,diterima,`, // invalid: KPJ not 11 digits
      `${testNik(40)},26000000098,01-12-2025,mungkin,`, // invalid: unknown status
      'bukan-nik,26000000097,01-12-2025,diterima,', // invalid: NIK
    ].join('\n');
    const upload = multipart('jawaban.csv', Buffer.from(answer));
    const post = () => env.app.inject({ method: 'POST', url: `${base}/enrolment/answers`, headers: { cookie: dinasCookie, ...CSRF, 'content-type': upload.contentType }, payload: upload.body });
    const first = await post();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ rows: 10, activated: 5, refused: 0, unmatched: 1, invalid: 3, duplicates: 1, alreadyImported: false });
    const active = await Promise.all(NEW.slice(0, 5).map(async (n) => (await dinas.get(`${base}/participants?nik=${n.nik}&revealNik=true`)).json().items[0]));
    expect(active.map((p: { storedStatus: string; kpj: string; coverageFrom: string }) => [p.storedStatus, p.kpj.slice(0, 4), p.coverageFrom]))
      .toEqual(Array(5).fill(['aktif', '2600', '2025-12-01']));
    expect((await dinas.get(`${base}/enrolment/batches/${batch.id}`)).json().status).toBe('answered');

    // every bad row comes back with its reason
    const errors = await dinas.get(`${base}/enrolment/answers/${first.json().answerId}/errors.xlsx`);
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(errors.rawPayload as unknown as ArrayBuffer);
    const rows = sheet.worksheets[0]!.getSheetValues().slice(2).map((r) => (r as string[]).slice(1));
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => typeof r[5] === 'string' && r[5].length > 5)).toBe(true);

    // 6. the same answer again changes nothing
    const again = await post();
    expect(again.json()).toMatchObject({ answerId: first.json().answerId, activated: 5, alreadyImported: true });

    // 7. the card check: valid while covered, invalid after the participation ends
    const card = active[0];
    expect(await liveStatus(env.t.db, TENANT, card.id, '2025-12-15')).toMatchObject({ status: 'aktif', validNow: true });
    await dinas.post(`${base}/participants/${card.id}/end`, { on: '2025-12-20', reason: 'pindah' });
    expect(await liveStatus(env.t.db, TENANT, card.id, '2025-12-21')).toMatchObject({ status: 'berakhir', validNow: false });
    // today (after the PKS) every 2025 participation shows as ended by date
    expect((await liveStatus(env.t.db, TENANT, active[1].id, '2026-11-30')).validNow).toBe(false);
  }, 120_000);
});
