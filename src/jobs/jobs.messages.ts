/** Words for job error codes (id, en). */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const jobStatusMessages = {
  JOB_INTERRUPTED: {
    id: 'Proses terhenti karena server dimatikan atau gagal. Tidak ada data yang tersimpan; silakan ulangi.',
    en: 'The job stopped because the server shut down or failed. Nothing was saved; please run it again.',
  },
} as const satisfies Catalogue;

registerMessages(jobStatusMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type JobStatusErrorCode = keyof typeof jobStatusMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<JobStatusErrorCode, true> {}
}
