/** Messages of tenant administration. */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const tenantsMessages = {
  ONBOARDING_USERNAME: { id: 'Nama pengguna harus 3–50 huruf, angka, titik, garis bawah atau tanda hubung.', en: 'A username is 3–50 letters, digits, dots, underscores or hyphens.' },
  TENANT_NAME_INVALID: { id: 'Nama kabupaten/kota harus 3–200 huruf.', en: 'A regency/city name is 3–200 characters.' },
  ONBOARDING_COLUMNS: { id: 'Berkas CSV harus memuat kolom {columns}.', en: 'The CSV file must have the columns {columns}.' },
} as const satisfies Catalogue;

registerMessages(tenantsMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type TenantsErrorCode = keyof typeof tenantsMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<TenantsErrorCode, true> {}
}
