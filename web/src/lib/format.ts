// Display formatting for rupiah, numbers and dates. Pure functions: the language is an argument
// (default Bahasa Indonesia) so they can be unit-tested and used outside React.
export type FormatLang = 'id' | 'en';

const LOCALES: Record<FormatLang, string> = { id: 'id-ID', en: 'en-GB' };

const numberFormats = new Map<FormatLang, Intl.NumberFormat>();
function numberFormat(lang: FormatLang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
    numberFormats.set(lang, format);
  }
  return format;
}

/** 9345 → "9.345" (id) / "9,345" (en). Fractions are rounded: this is for counts, not measurements. */
export function formatNumber(value: number | bigint, lang: FormatLang = 'id'): string {
  return numberFormat(lang).format(value);
}

/**
 * 1500000 → "Rp 1.500.000"; -1500000 → "-Rp 1.500.000".
 * Built from the grouped number rather than Intl's currency style, which for id-ID prints
 * "Rp 1.500.000,00" with a non-breaking space. Money is integer rupiah, so a fraction is a bug upstream.
 */
export function formatRupiah(amount: number | bigint, lang: FormatLang = 'id'): string {
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) {
    throw new RangeError(`formatRupiah expects integer rupiah, got ${amount}`);
  }
  const isNegative = amount < 0;
  const magnitude = typeof amount === 'bigint' ? (isNegative ? -amount : amount) : Math.abs(amount);
  return `${isNegative ? '-' : ''}Rp ${formatNumber(magnitude, lang)}`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-02-25" → "25 Februari 2025" (id) / "25 February 2025" (en). Calendar dates ignore time zones. */
export function formatDate(value: string | Date, lang: FormatLang = 'id'): string {
  const match = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  // A calendar date is pinned to UTC so the viewer's time zone cannot shift it by a day.
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: match ? 'UTC' : undefined,
  }).format(date);
}

/** An instant (ISO timestamp) in the viewer's time zone: "25 Februari 2025 14.05". */
export function formatDateTime(value: string | Date, lang: FormatLang = 'id', timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const day = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const time = new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${day.format(date)} ${time.format(date)}`;
}
