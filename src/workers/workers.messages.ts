/** Words for the registry's error codes (id, en). */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const workersMessages = {
  REVIEW_DECIDED: { id: 'Tinjauan data ganda ini sudah diputuskan.', en: 'This duplicate review has already been decided.' },
  REVIEW_KEEP_INVALID: { id: 'Pekerja yang dipertahankan harus salah satu dari pasangan ini.', en: 'The person kept must be one of the pair.' },
  PERSON_MERGED: { id: 'Pekerja ini sudah digabung ke pekerja lain.', en: 'This person has been merged into another.' },
  MEMBERSHIP_END_BEFORE_START: { id: 'Tanggal berakhir tidak boleh sebelum keanggotaan dimulai ({startedOn}).', en: 'A membership cannot end before it started ({startedOn}).' },
  MEMBERSHIP_ENDED: { id: 'Keanggotaan ini sudah berakhir.', en: 'This membership has already ended.' },
} as const satisfies Catalogue;

registerMessages(workersMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type WorkersErrorCode = keyof typeof workersMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<WorkersErrorCode, true> {}
}
