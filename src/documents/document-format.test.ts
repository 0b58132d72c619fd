import { describe, expect, it } from 'vitest';
import { dateText, monthText, percentText, rupiahText } from './document-format';

describe('document formats (Bahasa Indonesia, locale-independent)', () => {
  it.each([
    [1_500_000_000, 'Rp 1.500.000.000'],
    [-5_897_856, '-Rp 5.897.856'],
    [0, 'Rp 0'],
    [999, 'Rp 999'],
  ])('rupiahText(%i) = %s', (value, text) => expect(rupiahText(value)).toBe(text));

  it('writes dates, months and basis points the Indonesian way', () => {
    expect(dateText('2025-01-01')).toBe('1 Januari 2025');
    expect(dateText(null)).toBe('-');
    expect(monthText('2025-12')).toBe('Desember 2025');
    expect(percentText(-39)).toBe('-0,39%');
    expect(percentText(1250)).toBe('12,50%');
  });
});
