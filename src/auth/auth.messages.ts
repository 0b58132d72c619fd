/** Words for the account codes added with the password policy and login throttling (id, en). */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const authMessages = {
  PASSWORD_TOO_WEAK: {
    id: 'Kata sandi terlalu mudah ditebak (kata umum, nama, pola papan ketik, atau pengulangan). Gunakan frasa yang lebih panjang dan tidak umum.',
    en: 'The password is too easy to guess (a common word, name, keyboard pattern or repetition). Use a longer, uncommon phrase.',
  },
  PASSWORD_REUSED: { id: 'Kata sandi baru harus berbeda dari kata sandi saat ini.', en: 'The new password must differ from the current one.' },
  NIK_LOOKUP_LIMITED: { id: 'Batas pencarian NIK lengkap tercapai. Coba lagi setelah {until}.', en: 'Full-NIK search limit reached. Try again after {until}.' },
  NIK_SEARCH_FULL_ONLY: { id: 'Cari dengan NIK lengkap (16 angka) atau dengan nama.', en: 'Search by the full 16-digit NIK or by name.' },
} as const satisfies Catalogue;

registerMessages(authMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type AuthErrorCode = keyof typeof authMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<AuthErrorCode, true> {}
}
