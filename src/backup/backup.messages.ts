/** Messages of the backup and restore. */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const backupMessages = {
  BACKUP_FILE_MISSING: { id: 'Berkas cadangan {file} tidak ditemukan.', en: 'Backup file {file} not found.' },
  BACKUP_FILE_INVALID: { id: 'Berkas ini bukan cadangan Lindung yang utuh ({reason}).', en: 'This file is not a complete Lindung backup ({reason}).' },
  BACKUP_VERSION_MISMATCH: {
    id: 'Cadangan dibuat oleh versi Lindung lain (skema {backup}, sistem ini {current}); pulihkan dengan versi yang sama.',
    en: 'The backup was made by another Lindung version (schema {backup}, this system {current}); restore it with the same version.',
  },
} as const satisfies Catalogue;

registerMessages(backupMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type BackupErrorCode = keyof typeof backupMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<BackupErrorCode, true> {}
}
