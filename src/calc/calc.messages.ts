/**
 * Words for the codes only the calculators answer with (Bahasa Indonesia first). The domain's codes and
 * the rule book's are registered by src/regulation/regulation.messages.ts (loaded with the rule book).
 */
import { registerMessages } from '../i18n/messages';

registerMessages({
  FUNDING_INVALID: { id: 'Sumber dana harus apbd, apbn atau self.', en: 'Funding must be apbd, apbn or self.' },
  SECTOR_INVALID: { id: 'Sektor harus transport atau other.', en: 'The sector must be transport or other.' },
  SEX_INVALID: { id: 'Jenis kelamin harus L atau P.', en: 'Sex must be L or P.' },
  DISABILITY_KIND_REQUIRED: {
    id: 'Pilih cacat total tetap atau sebutkan persentase cacat sebagian.',
    en: 'Choose total permanent disability or give the partial disability percentage.',
  },
  PLAN_INPUT_INVALID: { id: 'Rencana anggaran tidak valid pada {field}: {reason}', en: 'Invalid plan at {field}: {reason}' },
  PLAN_FILE_INVALID: { id: 'Berkas rencana tidak dapat dibaca sebagai JSON: {reason}', en: 'The plan file is not readable JSON: {reason}' },
});
