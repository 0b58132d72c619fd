/**
 * The agreements journey a Dinas officer makes: create a PKS with two groups, read the plan against the
 * budget at a glance, play with the what-if (nothing saved), sign it, then change it by addendum and see
 * the history. Also: the demo Nagekeo 2025 PKS shows its Rp 5.897.856 shortfall to a BPJS officer.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/demo/demo-users';
import { logIn, useJourney } from './browser';

const j = useJourney({ viewport: { width: 1400, height: 1000 } });


async function logInAs(role: string) {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  await logIn(j.page, j.server.url, user.username, user.password);
  await j.page.getByTestId('nav').waitFor();
}

const text = (testId: string) => j.page.getByTestId(testId).first().textContent();

describe('agreements', () => {
  it('shows a BPJS officer the Nagekeo 2025 PKS falling Rp 5.897.856 short, carrying 9.308 workers or 11 months', async () => {
    await logInAs('bpjs');
    await j.page.getByTestId('nav-agreements').click();
    await j.page.getByRole('link', { name: '560/PKS/DTK-NGK/2025' }).click();
    await expect.poll(() => text('plan-verdict-headline')).toBe('Anggaran kurang Rp 5.897.856 (0,39%)');
    expect(await text('plan-verdict-carries')).toContain('9.308 dari 9.345 pekerja');
    expect(await text('plan-verdict-carries')).toContain('11 bulan');
    expect(await j.page.getByTestId('agreement-sign').count()).toBe(0); // read-only role: no actions
  });

  it('creates a PKS with two groups, checks the plan, plays what-if, signs, and amends it by addendum', async () => {
    await logInAs('dinas');
    await j.page.getByTestId('nav-agreements').click();
    await j.page.getByTestId('agreement-create').click();
    await j.page.getByTestId('field-number').fill('PKS/E2E/2026');
    await j.page.getByTestId('field-title').fill('PKS uji 2026');
    await j.page.getByTestId('field-dinasName').fill('Dinas Transmigrasi dan Tenaga Kerja');
    await j.page.getByTestId('field-periodStart').fill('01-01-2026');
    await j.page.keyboard.press('Tab');
    await j.page.getByTestId('field-periodEnd').fill('31-12-2026');
    await j.page.keyboard.press('Tab');
    for (const [i, name] of [[0, 'P. Aurelius Assan'], [1, 'Mautapaga Ode Dasanova']] as const) {
      await j.page.getByTestId('person-add').click();
      await j.page.getByTestId(`person-${i}-name`).fill(name);
      await j.page.getByTestId(`person-${i}-position`).fill('Kepala');
      await j.page.getByTestId(`person-${i}-institution`).fill(i === 0 ? 'Dinas' : 'BPJS Ketenagakerjaan');
    }
    await j.page.getByTestId('group-add-pu').click();
    await j.page.getByTestId('group-0-name').fill('Non-ASN');
    await j.page.getByTestId('group-0-target').fill('100');
    await j.page.getByTestId('group-add-bpu').click();
    await j.page.getByTestId('group-1-name').fill('Pekerja rentan');
    await j.page.getByTestId('group-1-target').fill('50');
    await j.page.getByTestId('budget-add').click();
    await j.page.getByTestId('field-budget-amount').fill('25000000');
    await j.page.getByTestId('agreement-save').click();

    // 100 non-ASN at UMP NTT 2025 (Rp 2.328.970: 5.590 + 6.987 = 12.577) + 50 × 16.800, × 12 = 25.172.400
    await expect.poll(() => text('plan-verdict-headline')).toBe('Anggaran kurang Rp 172.400 (0,69%)');
    expect(await text('plan-total')).toBe('Rp 25.172.400');
    expect(await text('agreement-status')).toBe('Draf');

    await j.page.getByTestId('what-if-budget').fill('26000000');
    await expect.poll(() => text('what-if-verdict-headline')).toBe('Anggaran cukup, sisa Rp 827.600');
    await j.page.getByTestId('what-if-headcount-0').fill('200');
    await expect.poll(() => text('what-if-total')).toBe('Rp 40.264.800');
    expect(await text('plan-verdict-headline')).toBe('Anggaran kurang Rp 172.400 (0,69%)'); // nothing saved

    await j.page.getByTestId('agreement-sign').click();
    await j.page.getByTestId('sign-place').fill('Mbay');
    await j.page.getByTestId('sign-submit').click();
    // signed inside its period (2026), so in force today (30 Nov 2026 in Nagekeo)
    await expect.poll(() => text('agreement-status')).toBe('Berlaku');
    expect(await j.page.getByTestId('agreement-edit').count()).toBe(0); // signed: edits only by addendum

    await j.page.getByTestId('agreement-addendum').click();
    await j.page.getByTestId('addendum-number').fill('ADD/E2E/1');
    await j.page.getByTestId('addendum-title').fill('Addendum I: tambahan anggaran');
    await j.page.getByTestId('addendum-date').fill('01-03-2026');
    await j.page.keyboard.press('Tab');
    await j.page.getByTestId('field-budget-amount').fill('26000000');
    await j.page.getByTestId('agreement-save').click();
    await expect.poll(() => text('plan-verdict-headline')).toBe('Anggaran cukup, sisa Rp 827.600');
    await j.page.getByTestId('tab-history').click();
    expect(await text('addendum-2')).toContain('ADD/E2E/1');
    expect(await text('addendum-2')).toContain('Anggaran APBD');
  });
});
