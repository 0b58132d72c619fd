/**
 * How a message parameter is written into a sentence: a calendar date as people write it ("30 November
 * 2026", not "2026-11-30"), everything else as it is. Shared by the server's messages and the import's row
 * issues, so no message shows an ISO date (issue #17 item 7). Pure.
 */
/** The languages of messages (the same union as messages.ts's Lang; not imported, to keep the modules acyclic). */
type Lang = 'id' | 'en';

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function paramText(value: unknown, lang: Lang): string {
  const date = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (date) {
    const month = MONTHS[lang][Number(date[2]) - 1];
    if (month) return `${Number(date[3])} ${month} ${date[1]}`;
  }
  return String(value);
}
