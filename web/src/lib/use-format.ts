// The format helpers bound to the current UI language.
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber, formatRupiah, type FormatLang } from './format';

export function useFormat() {
  const { i18n } = useTranslation();
  const lang: FormatLang = i18n.language === 'en' ? 'en' : 'id';
  return {
    rupiah: (amount: number | bigint) => formatRupiah(amount, lang),
    number: (value: number | bigint) => formatNumber(value, lang),
    date: (value: string | Date) => formatDate(value, lang),
    /** '2025-03' → 'Maret 2025' / 'March 2025'. */
    month: (month: string) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)),
    dateTime: (value: string | Date) => formatDateTime(value, lang),
  };
}
