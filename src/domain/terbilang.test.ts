import { describe, expect, it } from 'vitest';
import { spellNumberEn, spellNumberId, spellRupiahEn, spellRupiahId } from './terbilang';

describe('spellRupiahId', () => {
  // The irregular Indonesian forms are the ones documents get wrong: se-, sebelas, belas.
  it.each<[number | bigint, string]>([
    [0, 'nol rupiah'],
    [1, 'satu rupiah'],
    [10, 'sepuluh rupiah'],
    [11, 'sebelas rupiah'],
    [12, 'dua belas rupiah'],
    [19, 'sembilan belas rupiah'],
    [20, 'dua puluh rupiah'],
    [21, 'dua puluh satu rupiah'],
    [100, 'seratus rupiah'],
    [101, 'seratus satu rupiah'],
    [111, 'seratus sebelas rupiah'],
    [250, 'dua ratus lima puluh rupiah'],
    [1_000, 'seribu rupiah'],
    [1_001, 'seribu satu rupiah'],
    [11_000, 'sebelas ribu rupiah'],
    [16_800, 'enam belas ribu delapan ratus rupiah'],
    [100_000, 'seratus ribu rupiah'],
    [1_000_000, 'satu juta rupiah'], // "satu juta", never "sejuta" in official text
    [1_001_000, 'satu juta seribu rupiah'],
    [2_186_826, 'dua juta seratus delapan puluh enam ribu delapan ratus dua puluh enam rupiah'],
    [1_500_000_000, 'satu miliar lima ratus juta rupiah'],
    [42_000_000, 'empat puluh dua juta rupiah'],
    [1_000_000_000_000, 'satu triliun rupiah'],
    [1_000_000_000_000_000n, 'seribu triliun rupiah'],
    [-5_897_856, 'minus lima juta delapan ratus sembilan puluh tujuh ribu delapan ratus lima puluh enam rupiah'],
  ])('%d', (amount, words) => expect(spellRupiahId(amount)).toBe(words));
});

describe('spellRupiahEn', () => {
  it.each<[number | bigint, string]>([
    [0, 'zero rupiah'],
    [15, 'fifteen rupiah'],
    [40, 'forty rupiah'],
    [99, 'ninety-nine rupiah'],
    [1_000, 'one thousand rupiah'],
    [16_800, 'sixteen thousand eight hundred rupiah'],
    [1_500_000_000, 'one billion five hundred million rupiah'],
    [2_000_000_000_000, 'two trillion rupiah'],
    [-1, 'minus one rupiah'],
  ])('%d', (amount, words) => expect(spellRupiahEn(amount)).toBe(words));
});

describe('numbers without the currency', () => {
  it('spells bare numbers', () => {
    expect(spellNumberId(174_000_000)).toBe('seratus tujuh puluh empat juta');
    expect(spellNumberEn(87_000_000)).toBe('eighty-seven million');
  });
  it('rejects non-integers', () => expect(() => spellNumberId(1.5)).toThrow(expect.objectContaining({ code: 'AMOUNT_NOT_INTEGER' })));
});
