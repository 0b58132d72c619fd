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
    dateTime: (value: string | Date) => formatDateTime(value, lang),
  };
}
