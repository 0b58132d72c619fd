/**
 * The billing journey of a Dinas officer (issue #12): run the month's billing for the demo PKS → open the
 * non-ASN bill → record the treasury's SP2D for it → the bill shows "Lunas" → the budget realisation's
 * cumulative "paid" line moves by exactly that amount. Also: the billing pages show words, never raw keys
 * or status codes, in both languages.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { aParticipant } from '../factories/participation.factory';
import { logIn, useJourney } from './browser';

const TENANT = '53.16';
const PKS = '560/PKS/DTK-NGK/2025';
const j = useJourney({ viewport: { width: 1400, height: 1000 } });

// Three non-ASN and two rentan workers active all of 2025 in the demo PKS (seeded without its 9,345).
beforeAll(async () => {
  const pks = await j.server.db.selectFrom('agreement').select('id').where('tenant_code', '=', TENANT).where('number', '=', PKS).executeTakeFirstOrThrow();
  const groups = await j.server.db.selectFrom('agreement_group').select(['id', 'scheme']).where('tenant_code', '=', TENANT).where('agreement_id', '=', pks.id).execute();
  const pu = groups.find((g) => g.scheme === 'pu')!.id;
  const bpu = groups.find((g) => g.scheme === 'bpu')!.id;
  for (let i = 0; i < 3; i++) await aParticipant(j.server.db, TENANT, { agreementId: pks.id, groupId: pu, from: '2025-01-01', to: '2025-12-31' });
  for (let i = 0; i < 2; i++) await aParticipant(j.server.db, TENANT, { agreementId: pks.id, groupId: bpu, from: '2025-01-01', to: '2025-12-31', group: 'rentan' });
});

async function logInAs(role: string) {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  await logIn(j.page, j.server.url, user.username, user.password);
  await j.page.getByTestId('nav').waitFor();
}

const text = (testId: string) => j.page.getByTestId(testId).first().textContent();

/** Visible text that looks like an untranslated i18n key ("billing.status.lunas") or a raw code. */
async function rawKeysOn(page: Page): Promise<string[]> {
  const body = await page.locator('body').innerText(); // body: modals render outside <main>
  const keys = body.match(/\b(billing|common|nav|agreements)\.[a-zA-Z][\w.-]*\b/g) ?? [];
  const codes = body.match(/\b(kurang-bayar|belum-bayar|lewat-jatuh-tempo|not-billed|[A-Z]{3,}_[A-Z_]{3,})\b/g) ?? [];
  return [...keys, ...codes];
}

describe('billing', () => {
  it('runs a month, records an SP2D for a bill, shows it paid and moves the budget chart', async () => {
    await logInAs('dinas');
    await j.page.getByTestId('nav-billing').click();
    await j.page.getByTestId('billing-tab-realisation').click();
    await expect.poll(() => j.page.getByTestId('realisation-chart').getAttribute('data-paid')).toBe('0');

    await j.page.getByTestId('billing-tab-bills').click();
    await j.page.getByTestId('run-open').click();
    await j.page.getByTestId('run-month').fill('2025-03');
    await j.page.getByTestId('run-submit').click();
    await expect.poll(() => text('run-result')).toContain('2 tagihan baru');
    await j.page.keyboard.press('Escape');

    // 3 × 11.808 (the demo PKS's non-ASN wage Rp 2.186.826: 0,24% + 0,30%) = 35.424
    const row = j.page.locator('[data-testid^="bill-row-"]', { hasText: 'Rp 35.424' });
    expect(await row.getByTestId('bill-status').textContent()).not.toBe('Lunas');
    await row.getByRole('link').click();
    await expect.poll(() => text('bill-amount')).toBe('Rp 35.424');
    await expect.poll(() => j.page.getByTestId('lines-table').locator('tbody tr').count()).toBe(3);

    await j.page.getByTestId('bill-pay').click();
    await j.page.getByTestId('payment-sp2d').fill('SP2D/E2E/0001');
    await j.page.getByTestId('payment-date').fill('2025-04-10');
    await j.page.getByTestId('payment-date').blur(); // the date picker's calendar closes, as when a person moves on
    await j.page.getByTestId('payment-amount').fill('35424');
    await j.page.getByTestId('payment-submit').click();
    await expect.poll(() => text('payment-credit')).toBe('Rp 0');
    await j.page.getByTestId('payment-done').click();
    await expect.poll(() => text('bill-status')).toBe('Lunas');
    expect(await text('bill-outstanding')).toBe('Rp 0');

    await j.page.getByText('← Kembali ke tagihan').click();
    await j.page.getByTestId('billing-tab-realisation').click();
    await expect.poll(() => j.page.getByTestId('realisation-chart').getAttribute('data-paid')).toBe('35424');
    expect(await text('real-paid')).toBe('Rp 35.424');
    expect(await rawKeysOn(j.page)).toEqual([]);
  });

  it('shows no raw keys or codes on the billing pages, in Bahasa Indonesia and English', async () => {
    await logInAs('dinas');
    for (const lang of ['id', 'en']) {
      await j.page.getByTestId(`lang-${lang}`).click();
      for (const tab of ['bills', 'payments', 'realisation', 'reconciliation']) {
        await j.page.goto(`${j.server.url}/tagihan?tab=${tab}`);
        await j.page.getByTestId(`billing-tab-${tab}`).waitFor();
        await j.page.waitForLoadState('networkidle');
        expect(await rawKeysOn(j.page), `${lang} ${tab}`).toEqual([]);
      }
      const bill = j.page.locator('[data-testid^="bill-row-"] a').first();
      await j.page.goto(`${j.server.url}/tagihan?tab=bills`);
      await bill.click();
      await j.page.getByTestId('lines-table').waitFor();
      await j.page.locator('[data-testid^="explain-"]').first().click();
      await j.page.getByTestId('line-explanation').waitFor();
      expect(await rawKeysOn(j.page), `${lang} bill`).toEqual([]);
      await j.page.keyboard.press('Escape');
    }
  });
});
