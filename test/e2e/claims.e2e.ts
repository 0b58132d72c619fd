/**
 * The claim journey of issue #13 through the real server and database: a village operator reports a
 * death (JKM) of a participant of its village, records the widow as heir and uploads the papers (one of
 * them a photo); the Dinas verifies them, declares the documents complete and submits the claim to BPJS;
 * BPJS's officer records the approved amount, then the payment. The checklist, timeline and statuses
 * follow on screen, in Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { enrol } from '../../src/enrolment/enrolment-assign.service';
import { formatNik } from '../../src/domain/nik';
import { dinasCtx, register, smallPks, testNik } from '../support/enrolment';
import { logIn, useJourney } from './browser';

const j = useJourney({ viewport: { width: 1400, height: 1100 } });
const user = (name: string) => DEMO_USERS.find((u) => u.username === name)!;
const NIK = testNik(21);
const WIDOW_NIK = formatNik({ districtCode: '53.16.01', birthDate: '1986-04-02', sex: 'P', serial: '0301' });
const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A rentan of Desa Labolewa (the demo desa user's village), enrolled in a small PKS of 2026. */
async function villageParticipant() {
  const db = j.server.db;
  const pks = await smallPks(db, '53.16', { pu: 2, bpu: 2 });
  await register(db, '53.16', [{ nik: NIK, name: 'Almarhum Petrus Dhey', rentan: true, village: '53.16.01.2002' }]);
  await enrol(db, dinasCtx('53.16'), '53.16', { agreementId: pks.agreementId, from: '2026-01-01' }, '2026-06-30');
}

async function pick(testId: string, option: string | RegExp) {
  await j.page.getByTestId(testId).click();
  await j.page.getByRole('option', { name: option }).click();
}

async function upload(code: string, name: string, buffer: Buffer, mimeType = 'application/pdf') {
  const chooser = j.page.waitForEvent('filechooser');
  await j.page.getByTestId(`upload-${code}`).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
  await expect.poll(() => j.page.getByTestId(`checklist-${code}`).getAttribute('data-status')).toBe('received');
}

async function advance(step: string, amount?: string) {
  await j.page.getByTestId(`advance-${step}`).click();
  if (amount) await j.page.getByTestId('advance-amount').fill(amount);
  await j.page.getByTestId('advance-confirm').click();
  await j.page.getByTestId('advance-confirm').waitFor({ state: 'detached' });
}

const status = () => j.page.getByTestId('claim-status').first().textContent();

describe('claim journey', () => {
  it('report → heir → upload documents → verified → complete → submitted → approved → paid', async () => {
    await villageParticipant();
    await logIn(j.page, j.server.url, user('desa.labolewa').username, user('desa.labolewa').password);
    await j.page.getByTestId('nav-claims').click();
    await j.page.getByTestId('claim-report').click();

    // report: the participant by NIK, the type, the date, the chronology
    await j.page.getByTestId('report-nik').fill(NIK);
    await expect.poll(() => j.page.getByTestId('report-person').textContent()).toContain('Almarhum Petrus Dhey');
    await pick('report-type', 'Kematian (JKM)');
    await j.page.getByTestId('report-date').fill('2026-03-10');
    await j.page.getByTestId('report-date').blur(); // the date picker's calendar closes, as when a person moves on
    await j.page.getByTestId('report-chronology').fill('Meninggal dunia di rumah karena sakit.');
    await j.page.getByTestId('report-submit').click();
    await j.page.getByTestId('claim-verdict').waitFor();
    expect(await status()).toBe('Dilaporkan');
    await expect.poll(() => j.page.getByTestId('claim-participant').textContent()).toBe('Almarhum Petrus Dhey');
    expect(await j.page.getByTestId('checklist-summary').textContent()).toContain('5 dokumen wajib belum ada');
    // the death ended the participation that day; its slot is free from the next day, nobody has taken it yet (§11)
    expect(await j.page.getByTestId('claim-slot').textContent()).toMatch(/berakhir pada 10 Maret 2026.*kosong mulai 11 Maret 2026.*Belum ada pengganti/);
    expect(await j.page.getByTestId('claim-fill-slot').count()).toBe(1);

    // the widow as heir
    await j.page.getByTestId('heir-add').click();
    await j.page.getByTestId('heir-name').fill('Maria Dhey');
    await pick('heir-relation', /Janda\/duda/);
    await j.page.getByTestId('heir-nik-input').fill(WIDOW_NIK);
    await j.page.getByTestId('heir-birth').fill('1986-04-02');
    await j.page.getByTestId('heir-birth').blur(); // the date picker's calendar closes, as when a person moves on
    await j.page.getByTestId('heir-bank').fill('Bank NTT');
    await j.page.getByTestId('heir-account').fill('0012345678');
    await j.page.getByTestId('heir-submit').click();
    await expect.poll(() => j.page.getByTestId('heir-row').count()).toBe(1);
    expect(await j.page.getByTestId('heir-nik').textContent()).toBe(`${WIDOW_NIK.slice(0, 4)}********${WIDOW_NIK.slice(12)}`);

    // the papers; the KK is a phone photo
    await upload('akta-kematian', 'akta kematian.pdf', PDF('akta'));
    await upload('kk', 'kk.png', PNG, 'image/png');
    await upload('ktp-ahli-waris', 'ktp.pdf', PDF('ktp'));
    await upload('surat-ahli-waris', 'surat waris.pdf', PDF('waris'));
    await upload('buku-tabungan', 'tabungan.pdf', PDF('tabungan'));
    expect(await j.page.getByTestId('checklist-summary').textContent()).toContain('5 menunggu verifikasi');
    // the village operator cannot verify
    expect(await j.page.getByTestId('document-verify').count()).toBe(0);

    // the Dinas verifies, completes, submits
    await j.context.clearCookies();
    await logIn(j.page, j.server.url, user('dinas.nagekeo').username, user('dinas.nagekeo').password);
    await j.page.getByTestId('nav').waitFor();
    await j.page.getByTestId('nav-claims').click();
    // the list names the participant (§8)
    expect(await j.page.getByTestId('claim-row').first().textContent()).toContain('Almarhum Petrus Dhey');
    await j.page.getByTestId('claim-row').first().getByRole('link').click();
    await j.page.getByTestId('claim-checklist').waitFor();
    while (await j.page.getByTestId('document-verify').count()) {
      const before = await j.page.getByTestId('document-verify').count();
      await j.page.getByTestId('document-verify').first().click();
      await j.page.getByTestId('verify-confirm').click();
      await expect.poll(() => j.page.getByTestId('document-verify').count()).toBe(before - 1);
    }
    await expect.poll(() => j.page.getByTestId('checklist-summary').textContent()).toBe('Semua dokumen wajib sudah diverifikasi.');
    await advance('berkas-lengkap');
    await expect.poll(status).toBe('Berkas lengkap');
    await advance('diajukan');
    await expect.poll(status).toBe('Diajukan ke BPJS');
    await expect.poll(() => j.page.getByTestId('deadline-bpjs-payment').count()).toBe(1);

    // BPJS approves and pays
    await j.context.clearCookies();
    await logIn(j.page, j.server.url, user('bpjs.ende').username, user('bpjs.ende').password);
    await j.page.getByTestId('nav').waitFor();
    await j.page.getByTestId('nav-claims').click();
    await j.page.getByTestId('claim-row').first().getByRole('link').click();
    await j.page.getByTestId('claim-actions').waitFor();
    await advance('disetujui', '42000000');
    await expect.poll(status).toBe('Disetujui BPJS');
    await advance('dibayar');
    await expect.poll(status).toBe('Dibayar');
    expect(await j.page.getByTestId('claim-paid').textContent()).toBe('Rp 42.000.000');
    expect(await j.page.getByTestId('claim-actions').count()).toBe(0);
  });
});
