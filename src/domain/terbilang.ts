/**
 * Terbilang: an amount written out in words for official documents (kuitansi, PKS, SP2D), in Bahasa
 * Indonesia ("satu miliar lima ratus juta rupiah") and English ("one billion five hundred million
 * rupiah"). Whole numbers only; any safe integer or bigint, scales up to triliun (1,000 triliun and
 * beyond are spelled "seribu triliun", "one thousand trillion").
 */
import { DomainError } from './errors';

interface Language {
  readonly zero: string;
  readonly minus: string;
  readonly scales: readonly (readonly [bigint, string])[];
  readonly spellBelowThousand: (n: number) => string;
  /** Indonesian says "seribu", not "satu ribu". */
  readonly spellOneThousand: string | null;
}

const ID_UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

function spellBelowThousandId(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(`${ID_UNITS[hundreds]} ratus`);
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(`${ID_UNITS[rest - 10]} belas`);
  else if (rest >= 20) words.push(`${ID_UNITS[Math.floor(rest / 10)]} puluh`, ID_UNITS[rest % 10] ?? '');
  else words.push(ID_UNITS[rest] ?? '');
  return words.filter(Boolean).join(' ');
}

const EN_SMALL = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function spellBelowThousandEn(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = hundreds > 0 ? [`${EN_SMALL[hundreds]} hundred`] : [];
  if (rest >= 20) words.push(rest % 10 === 0 ? (EN_TENS[rest / 10] ?? '') : `${EN_TENS[Math.floor(rest / 10)]}-${EN_SMALL[rest % 10]}`);
  else if (rest > 0) words.push(EN_SMALL[rest] ?? '');
  return words.join(' ');
}

const INDONESIAN: Language = {
  zero: 'nol',
  minus: 'minus',
  scales: [[10n ** 12n, 'triliun'], [10n ** 9n, 'miliar'], [10n ** 6n, 'juta'], [1000n, 'ribu']],
  spellBelowThousand: spellBelowThousandId,
  spellOneThousand: 'seribu',
};

const ENGLISH: Language = {
  zero: 'zero',
  minus: 'minus',
  scales: [[10n ** 12n, 'trillion'], [10n ** 9n, 'billion'], [10n ** 6n, 'million'], [1000n, 'thousand']],
  spellBelowThousand: spellBelowThousandEn,
  spellOneThousand: null,
};

function spellPositive(n: bigint, language: Language): string {
  const words: string[] = [];
  let rest = n;
  for (const [scale, name] of language.scales) {
    const count = rest / scale;
    rest %= scale;
    if (count === 0n) continue;
    if (count === 1n && scale === 1000n && language.spellOneThousand) words.push(language.spellOneThousand);
    else words.push(`${spellPositive(count, language)} ${name}`);
  }
  if (rest > 0n) words.push(language.spellBelowThousand(Number(rest)));
  return words.join(' ');
}

function spell(value: number | bigint, language: Language): string {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new DomainError('AMOUNT_NOT_INTEGER', 'invalid', { value: String(value) });
  }
  const n = BigInt(value);
  if (n === 0n) return language.zero;
  return n < 0n ? `${language.minus} ${spellPositive(-n, language)}` : spellPositive(n, language);
}

/** 1500000000 → 'satu miliar lima ratus juta'. */
export function spellNumberId(value: number | bigint): string {
  return spell(value, INDONESIAN);
}

/** 1500000000 → 'satu miliar lima ratus juta rupiah'. */
export function spellRupiahId(value: number | bigint): string {
  return `${spellNumberId(value)} rupiah`;
}

/** 1500000000 → 'one billion five hundred million'. */
export function spellNumberEn(value: number | bigint): string {
  return spell(value, ENGLISH);
}

/** 1500000000 → 'one billion five hundred million rupiah'. */
export function spellRupiahEn(value: number | bigint): string {
  return `${spellNumberEn(value)} rupiah`;
}
