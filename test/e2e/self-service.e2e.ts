/**
 * Self-service on a phone (issue #15 §6): a worker opens /cek on a phone-sized screen, checks their
 * coverage with a demo participant's NIK and KPJ, opens their card, goes offline, and the card is still
 * shown — with the page saying it is offline. Also: the manifest and service worker are served, the
 * public page stays small (its transferred bytes are measured from Chromium's network events), and the
 * login page links to it. An heir follows a claim with its number, the deceased's NIK and their own.
 */
import { expect, it } from 'vitest';
import { cliContext } from '../../src/auth/actor';
import { seedDemo } from '../../src/demo/demo.service';
import { addClaimHeir } from '../../src/claims/claim-heirs.service';
import { formatNik } from '../../src/domain/nik';
import { aClaim } from '../support/claim-documents';
import { dinasCtx } from '../support/enrolment';
import { useJourney } from './browser';

const j = useJourney({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** What /cek may cost a phone on first load (HTML, script, style, manifest, icon); measured ~20 kB. */
const CEK_BUDGET_BYTES = 40_000;

it('serves the manifest and the service worker, allowed by the CSP', async () => {
  const manifest = await fetch(`${j.server.url}/manifest.webmanifest`);
  expect(manifest.status).toBe(200);
  expect(await manifest.json()).toMatchObject({ start_url: '/cek', display: 'standalone', lang: 'id' });
  const sw = await fetch(`${j.server.url}/sw.js`);
  expect([sw.status, sw.headers.get('content-type')]).toEqual([200, expect.stringContaining('javascript')]);
  expect(await sw.text()).toContain('cek.html');
  const page = await fetch(`${j.server.url}/cek`);
  const csp = page.headers.get('content-security-policy') ?? '';
  // no worker-src/manifest-src of their own: both fall back to default-src 'self'
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/worker-src|manifest-src/);
});

it('keeps /cek small: the transferred bytes of a first visit stay under the budget', async () => {
  const cdp = await j.context.newCDPSession(j.page);
  await cdp.send('Network.enable');
  let bytes = 0;
  const files: string[] = [];
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; files.push(`${urls.get(e.requestId)} ${e.encodedDataLength}`); });
  await j.page.goto(`${j.server.url}/cek`, { waitUntil: 'networkidle' });
  await j.page.locator('input[name="nik"]').waitFor();
  console.info(`/cek first visit: ${bytes} bytes transferred\n  ${files.join('\n  ')}`);
  expect(bytes).toBeGreaterThan(5_000);
  expect(bytes).toBeLessThan(CEK_BUDGET_BYTES);
  expect(files.some((f) => /mantine|vendor/.test(f))).toBe(false);
});

it('links the login page to the public check', async () => {
  await j.page.goto(`${j.server.url}/login`);
  await j.page.getByTestId('public-check-link').click();
  await j.page.locator('input[name="nik"]').waitFor();
  expect(new URL(j.page.url()).pathname).toBe('/cek');
});

it('a worker checks their coverage with NIK + KPJ, opens the card, goes offline — the card is still shown', async () => {
  await seedDemo(j.server.db, cliContext(), { participants: true });
  // a participant of the whole year (the demo's first non-ASN died on 2025-06-10)
  const demo = await j.server.db.selectFrom('participation').select(['nik', 'kpj']).where('kpj', 'is not', null).where('tenant_code', '=', '53.16')
    .where('ended_on', 'is', null).orderBy('id').executeTakeFirstOrThrow();
  const page = j.page;
  await page.goto(`${j.server.url}/cek`);
  await page.locator('input[name="nik"]').fill('5316019999990009');
  await page.locator('input[name="second"]').fill(demo.kpj!);
  await page.getByTestId('check').click();
  await page.getByTestId('not-found').waitFor();

  await page.locator('input[name="nik"]').fill(demo.nik);
  await page.getByTestId('check').click();
  const result = page.getByTestId('coverage-result');
  await result.waitFor();
  expect(await result.textContent()).toContain('Masa perlindungan');
  await page.getByTestId('open-card').click();
  await page.getByTestId('card-status').waitFor();
  const name = await page.getByTestId('card').locator('dd').first().textContent();
  expect(name).toMatch(/\*/); // masked
  expect(await page.locator('.qr svg').count()).toBe(1);
  // the service worker has precached the public entry before it took control
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);

  await j.context.setOffline(true);
  await page.reload();
  await page.getByTestId('card').waitFor();
  expect(await page.getByTestId('card').locator('dd').first().textContent()).toBe(name);
  expect(await page.getByTestId('card-saved').textContent()).toContain('Salinan tersimpan');
  expect(await page.locator('.qr svg').count()).toBe(1);
  expect(await page.getByTestId('offline-banner').isVisible()).toBe(true);
  await j.context.setOffline(false);
}, 180_000);

it('an heir follows a claim: status and the documents still missing', async () => {
  await seedDemo(j.server.db, cliContext(), { participants: true });
  const pa = await j.server.db.selectFrom('participation').select(['id', 'nik']).where('tenant_code', '=', '53.16').where('worker_group', '=', 'rentan')
    .orderBy('id', 'desc').executeTakeFirstOrThrow();
  const claimId = await aClaim(j.server.db, pa.id, { type: 'jkm', incidentDate: '2025-10-02', number: 'KLM-53.16-2025-00901' });
  const widow = formatNik({ districtCode: '53.16.01', birthDate: '1988-07-05', sex: 'P', serial: '0101' });
  await addClaimHeir(j.server.db, dinasCtx('53.16'), '53.16', claimId, { name: 'Maria Goreti', relation: 'pasangan', nik: widow, birthDate: '1988-07-05' });
  const page = j.page;
  await page.goto(`${j.server.url}/cek`);
  await page.locator('details.heirs summary').click();
  await page.locator('input[name="claimNumber"]').fill('KLM-53.16-2025-00901');
  await page.locator('input[name="deceasedNik"]').fill(pa.nik);
  await page.locator('input[name="heirNik"]').fill(widow);
  await page.locator('details.heirs button[type="submit"]').click();
  const result = page.getByTestId('claim-result');
  await result.waitFor();
  const text = await result.textContent();
  expect(text).toContain('Dilaporkan — berkas sedang dilengkapi');
  expect(text).toContain('Dokumen yang masih kurang');
}, 180_000);
