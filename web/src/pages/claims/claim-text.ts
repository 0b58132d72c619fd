// Server texts that come in both languages ({id, en}: checklist labels, heir relations) shown in the UI's.
import { useTranslation } from 'react-i18next';

export function useLangText() {
  const { i18n } = useTranslation();
  return (words: { id: string; en: string }) => (i18n.language === 'en' ? words.en : words.id);
}
