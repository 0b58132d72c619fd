/**
 * The public "Simulasi Iuran & Manfaat" page in a real browser against the real server and rule table:
 * no login, computes as you type, every line with its legal basis, total in words, Indonesian and
 * English, and the 2025 Nagekeo plan with its exact shortfall.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useJourney } from './browser';

const j = useJourney();

beforeEach(async () => {
  await j.page.goto(new URL('/simulasi', j.server.url).href);
});

const text = (testId: string) => () => j.page.getByTestId(testId).first().textContent();
const lineTexts = (testId: string) => j.page.getByTestId(testId).locator('[data-testid="calc-line"]').allTextContents();

describe('Simulasi Iuran & Manfaat (public)', () => {
  it('computes a PU contribution as you type, line by line with the legal basis, in words, then in English', async () => {
    await expect.poll(() => j.page.getByRole('heading', { level: 2 }).textContent()).toBe('Simulasi Iuran & Manfaat');
    expect(await j.page.getByTestId('public-login').isVisible()).toBe(true); // signed out: the public frame

    await j.page.getByTestId('contribution-wage').pressSequentially('2186826');
    await expect.poll(text('contribution-total-amount')).toBe('Rp 11.808');
    expect(await text('contribution-total-words')()).toBe('sebelas ribu delapan ratus delapan rupiah');
    const lines = await lineTexts('contribution-lines');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('JKK 0,24% × Rp 2.186.826');
    expect(lines[0]).toContain('Rp 5.248');
    expect(lines[0]).toContain('PP 44/2015 Lampiran I; PP 82/2019');
    expect(lines[1]).toContain('JKM 0,3% × Rp 2.186.826');
    expect(lines[1]).toContain('Rp 6.560');

    await j.page.getByTestId('lang-en').click();
    await expect.poll(text('contribution-total-words')).toBe('eleven thousand eight hundred eight rupiah');
    expect(await text('contribution-total-amount')()).toBe('Rp 11,808');
    expect((await lineTexts('contribution-lines'))[0]).toContain('JKK 0.24% × Rp 2,186,826');
    expect(await j.page.getByRole('tab', { name: 'Budget plan' }).isVisible()).toBe(true);
  });

  it('marks an unconfirmed rule: a BPU income below the minimum is raised to Rp 1.000.000', async () => {
    await j.page.getByTestId('contribution-scheme').getByText('BPU').click();
    // A day outside the PP 50/2025 window, so the only warning is the raised income.
    await j.page.getByTestId('contribution-on').fill('2025-06-01');
    await j.page.getByTestId('contribution-wage').pressSequentially('500000');
    await expect.poll(text('contribution-total-amount')).toBe('Rp 16.800');
    await expect.poll(() => j.page.getByTestId('calc-warning').count()).toBe(1);
    const warning = j.page.getByTestId('calc-warning');
    expect(await warning.textContent()).toContain('Rp 1.000.000');
    expect(await warning.getByTestId('unconfirmed-badge').textContent()).toBe('belum terkonfirmasi');
  });

  it('shows a JKK death benefit with the scholarship', async () => {
    await j.page.getByTestId('tab-benefit').click();
    await j.page.getByTestId('benefit-kind').click();
    await j.page.getByRole('option', { name: 'JKK meninggal' }).click();
    await j.page.getByTestId('benefit-wage').pressSequentially('1000000');
    await expect.poll(text('benefit-total-amount')).toBe('Rp 70.000.000');
    expect(await text('benefit-total-words')()).toBe('tujuh puluh juta rupiah');
    expect(await text('benefit-scholarship')()).toContain('Rp 87.000.000');
    expect(await lineTexts('benefit-lines')).toHaveLength(3);
  });

  it('reproduces the 2025 Nagekeo plan: Rp 5.897.856 short; a larger budget turns it into a surplus', async () => {
    await j.page.getByTestId('tab-plan').click();
    await expect.poll(text('plan-total-amount')).toBe('Rp 1.505.897.856');
    const verdict = j.page.getByTestId('plan-verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('shortfall');
    expect(await verdict.textContent()).toContain('Anggaran kurang Rp 5.897.856');
    expect(await verdict.textContent()).toContain('lima juta delapan ratus sembilan puluh tujuh ribu delapan ratus lima puluh enam rupiah');
    expect(await text('plan-heads')()).toContain('9.308 orang');

    await j.page.getByTestId('plan-budget').fill('');
    await j.page.getByTestId('plan-budget').pressSequentially('1600000000');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('surplus');
    expect(await verdict.textContent()).toContain('Anggaran lebih Rp 94.102.144');
  });

  it('shows month by month when a rule changes inside the period (PP 50/2025 for self-paid BPU from April 2026)', async () => {
    await j.page.getByTestId('tab-plan').click();
    await j.page.getByTestId('plan-start').fill('2026-01');
    await j.page.getByTestId('plan-group').nth(1).getByRole('textbox', { name: 'Sumber dana iuran' }).click();
    await j.page.getByRole('option', { name: 'Mandiri (peserta)' }).click();
    const months = j.page.getByTestId('plan-months');
    await months.waitFor();
    const rows = await months.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(12);
    expect(rows[2]).toMatch(/^Maret 2026.*Rp 16\.800/); // March: before the discount window for other BPU
    expect(rows[3]).toMatch(/^April 2026.*Rp 8\.400/); // April: PP 50/2025 halves it
    // amounts never wrap inside a cell ("Rp 125.491.488" broke after "Rp" in narrow tables)
    const wrapping = await months.locator('tbody td').evaluateAll((cells) =>
      cells.filter((c) => /Rp/.test(c.textContent ?? '') && getComputedStyle(c).whiteSpace !== 'nowrap').length);
    expect(wrapping).toBe(0);
  });
});
