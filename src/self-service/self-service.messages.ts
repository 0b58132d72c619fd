/** Translated messages of the public self-service pages' refusals (issue #15). */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const selfServiceMessages = {
  SELF_SERVICE_TOO_MANY: {
    id: 'Terlalu banyak percobaan. Coba lagi dalam {minutes} menit.',
    en: 'Too many attempts. Try again in {minutes} minutes.',
  },
} as const satisfies Catalogue;

registerMessages(selfServiceMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type SelfServiceErrorCode = keyof typeof selfServiceMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<SelfServiceErrorCode, true> {}
}
