/**
 * The enrolment journey of issue #11 through the real server and database: a Dinas officer enrols the
 * registry into a PKS of this year, exports the registration batch, uploads BPJS's answer, sees the
 * participants active with their KPJ, prints a card, and opens its QR link: valid. After ending the
 * participation the same card's link says invalid.
 */
import { describe, expect, it } from 'vitest';
import { cliContext } from '../../src/auth/actor';
import { changeAgreementStatus, signAgreement } from '../../src/agreements/agreement-status.service';
import { createAgreement } from '../../src/agreements/agreements.service';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { seedDemo } from '../../src/demo/demo.service';
import { logIn, useJourney } from './browser';

const j = useJourney({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
const DINAS = DEMO_USERS.find((u) => u.username === 'dinas.nagekeo')!;

const today = new Date();
const year = today.getFullYear();
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const yesterday = iso(new Date(today.getTime() - 86_400_000));
const NUMBER = `PKS/E2E/${year}`;

/** A small PKS of this year (the demo's is 2025's, over by now), signed and active: 3 PU slots, 2 BPU. */
async function activePksOfThisYear(): Promise<void> {
  // the demo registry (9,345 synthetic people) is opt-in for test servers: the candidates to enrol
  await seedDemo(j.server.db, cliContext(), { participants: true });
  const ctx = { actor: { ...cliContext().actor, role: 'dinas' as const, tenantCode: '53.16' }, ip: null };
  const a = await createAgreement(j.server.db, ctx, '53.16', {
    kind: 'pks', number: NUMBER, title: 'PKS uji kepesertaan', branchCode: 'ENDE', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`,
    people: [
      { role: 'signatory', side: 'regency', name: 'A', position: 'Kepala Dinas', institution: 'Dinas' },
      { role: 'signatory', side: 'bpjs', name: 'B', position: 'Kepala Cabang', institution: 'BPJS' },
    ],
    groups: [
      { name: 'Non-ASN uji', scheme: 'pu', targetHeadcount: 3, wage: { kind: 'ump', provinceCode: '53', year: 2025 } },
      { name: 'Rentan uji', scheme: 'bpu', targetHeadcount: 2, wage: { kind: 'declared', amount: 1_000_000 } },
    ],
    budget: { fiscalYear: year, account: '5.1.02', amount: 30_000_000, dpaNumber: 'DPA-E2E' },
  } as Parameters<typeof createAgreement>[3]);
  await signAgreement(j.server.db, ctx, '53.16', a.id, { signedOn: `${year}-01-01`, signedPlace: 'Mbay' });
  await changeAgreementStatus(j.server.db, ctx, '53.16', a.id, 'activate');
}

async function pick(testId: string, option: string) {
  await j.page.getByTestId(testId).click();
  await j.page.getByRole('option', { name: option }).click();
}

/** The QR link printed into a card PDF (pdfkit writes link annotations uncompressed). */
const linkIn = (pdf: Buffer) => /\/URI \((http[^)]+)\)/.exec(pdf.toString('latin1'))?.[1] ?? null;

describe('enrolment journey', () => {
  it('enrol → export → answer → active → card → QR link valid; ended → invalid', async () => {
    await activePksOfThisYear();
    await logIn(j.page, j.server.url, DINAS.username, DINAS.password);
    await j.page.getByTestId('nav').waitFor();
    await j.page.goto(`${j.server.url}/kepesertaan`);

    // enrol: the registry's eligible members fill the 5 slots, the rest wait
    await pick('enrol-pks', NUMBER);
    await j.page.getByTestId('enrol-from').fill(`${year}-01-01`);
    await j.page.getByTestId('enrol-submit').click();
    await expect.poll(() => j.page.getByTestId('enrol-result').textContent()).toMatch(/^5 peserta didaftarkan/);

    // export: the registration batch in BPJS's layout, downloaded as CSV
    await j.page.getByTestId('tab-batches').click();
    await pick('batch-pks', NUMBER);
    await j.page.getByTestId('batch-create').click();
    await expect.poll(() => j.page.getByTestId('batch-created').textContent()).toContain('5 peserta');
    const [download] = await Promise.all([j.page.waitForEvent('download'), j.page.getByTestId('batch-csv').first().click()]);
    const csv = await download.createReadStream().then(async (s) => { const chunks: Buffer[] = []; for await (const c of s) chunks.push(c as Buffer); return Buffer.concat(chunks).toString('utf8'); });
    const niks = [...new Set(csv.match(/\b\d{16}\b/g) ?? [])];
    expect(niks).toHaveLength(5);

    // BPJS's answer: a KPJ for each, covered from the PKS start
    const answer = ['nik,kpj,tanggal_kepesertaan,status', ...niks.map((n, i) => `${n},2${String(year).slice(2)}0000000${i},01/01/${year},diterima`)].join('\n');
    await j.page.getByTestId('answer-file').click();
    await j.page.locator('input[type="file"]').setInputFiles({ name: 'jawaban-bpjs.csv', mimeType: 'text/csv', buffer: Buffer.from(answer) });
    await j.page.getByTestId('answer-submit').click();
    await expect.poll(() => j.page.getByTestId('answer-result').textContent()).toContain('5 diaktifkan');

    // active with their KPJ
    await j.page.getByTestId('tab-participants').click();
    await pick('filter-status', 'Aktif');
    const row = j.page.getByTestId('participant-row').filter({ hasText: NUMBER }).first();
    await expect.poll(() => row.getByTestId('participant-kpj').textContent()).toMatch(/^\d{11}$/);

    // print the card and open its QR link, as a phone would (no login)
    const href = await row.getByTestId('participant-card').getAttribute('href');
    const card = await j.page.request.get(`${j.server.url}${href}`);
    expect(card.headers()['content-type']).toBe('application/pdf');
    const link = linkIn(await card.body());
    expect(link).toMatch(/\/v\/[\w-]+\.[\w-]+$/);
    // a phone of its own: no session cookie; Indonesian like most phones in the regency
    const phoneContext = await j.browser.newContext({ locale: 'id-ID' });
    const phone = await phoneContext.newPage();
    await phone.goto(link!);
    expect(await phone.locator('.status').getAttribute('data-valid')).toBe('true');
    expect(await phone.locator('.status strong').textContent()).toBe('BERLAKU');

    // end the participation yesterday: the card printed before says invalid now
    await row.getByTestId('participant-end').click();
    await j.page.getByTestId('end-on').fill(yesterday);
    await j.page.getByTestId('end-on').blur(); // the date picker's calendar closes, as when a person moves on
    await pick('end-reason', 'Berhenti');
    await j.page.getByTestId('end-submit').click();
    await expect.poll(async () => { await phone.reload(); return phone.locator('.status strong').textContent(); }).toBe('TIDAK BERLAKU');
    await phoneContext.close();
  });
});
