/** Words for the embedded PostgreSQL failing to start (a CLI's first command answers with them), id and en. */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const embeddedPostgresMessages = {
  EMBEDDED_PG_DIR_PRIVATE: {
    id: 'Direktori data {dir} berada di dalam folder {blocked} yang hanya dapat dibuka pemiliknya (mode 0700). PostgreSQL bawaan berjalan sebagai pengguna OS "postgres" dan tidak dapat mencapainya. Pilih direktori data di luar folder itu (mis. LINDUNG_DATA_DIR=/var/lib/lindung) atau izinkan lewat: chmod o+x {blocked}',
    en: 'The data directory {dir} lies inside {blocked}, which only its owner can open (mode 0700). The embedded PostgreSQL runs as the "postgres" OS user and cannot reach it. Choose a data directory outside it (e.g. LINDUNG_DATA_DIR=/var/lib/lindung) or allow passage: chmod o+x {blocked}',
  },
  EMBEDDED_PG_START_FAILED: {
    id: 'PostgreSQL bawaan di {dir} tidak dapat dijalankan pada port {port}: {reason} (log lengkap: {log})',
    en: 'The embedded PostgreSQL in {dir} did not start on port {port}: {reason} (full log: {log})',
  },
} as const satisfies Catalogue;

registerMessages(embeddedPostgresMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type EmbeddedPostgresErrorCode = keyof typeof embeddedPostgresMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<EmbeddedPostgresErrorCode, true> {}
}
