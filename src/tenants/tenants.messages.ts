/** Messages of tenant administration. */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const tenantsMessages = {
  ONBOARDING_COLUMNS: { id: 'Berkas CSV harus memuat kolom {columns}.', en: 'The CSV file must have the columns {columns}.' },
} as const satisfies Catalogue;

registerMessages(tenantsMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type TenantsErrorCode = keyof typeof tenantsMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<TenantsErrorCode, true> {}
}
