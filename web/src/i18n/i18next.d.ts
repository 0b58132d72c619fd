import type { id } from './id';

// Typed translation keys: t('nav.users') compiles, t('nav.user') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
