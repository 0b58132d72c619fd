/** Words for job error codes (id, en). */
import { registerMessages } from '../i18n/messages';

registerMessages({
  JOB_INTERRUPTED: {
    id: 'Proses terhenti karena server dimatikan atau gagal. Tidak ada data yang tersimpan; silakan ulangi.',
    en: 'The job stopped because the server shut down or failed. Nothing was saved; please run it again.',
  },
});
