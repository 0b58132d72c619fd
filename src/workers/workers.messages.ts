/** Words for the registry's error codes (id, en). */
import { registerMessages } from '../i18n/messages';

registerMessages({
  REVIEW_DECIDED: { id: 'Tinjauan data ganda ini sudah diputuskan.', en: 'This duplicate review has already been decided.' },
  REVIEW_KEEP_INVALID: { id: 'Peserta yang dipertahankan harus salah satu dari pasangan ini.', en: 'The person kept must be one of the pair.' },
  PERSON_MERGED: { id: 'Peserta ini sudah digabung ke peserta lain.', en: 'This person has been merged into another.' },
  MEMBERSHIP_END_BEFORE_START: { id: 'Tanggal berakhir tidak boleh sebelum keanggotaan dimulai ({startedOn}).', en: 'A membership cannot end before it started ({startedOn}).' },
  MEMBERSHIP_ENDED: { id: 'Keanggotaan ini sudah berakhir.', en: 'This membership has already ended.' },
});
