// i18next setup: Bahasa Indonesia by default, English on request; the choice persists in localStorage.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export const LANGUAGES = ['id', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'lindung.lang';

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : 'id';
  } catch {
    return 'id'; // storage can be blocked (private mode, policies); the default still works
  }
}

export function currentLanguage(): Lang {
  return isLang(i18n.language) ? i18n.language : 'id';
}

export async function setLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted, but the switch still applies to this page
  }
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false }, // React escapes already
  showSupportNotice: false, // keep the browser console for our own warnings
});
document.documentElement.lang = currentLanguage();

export default i18n;
