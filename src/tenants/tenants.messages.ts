/** Messages of tenant administration. */
import { registerMessages } from '../i18n/messages';

registerMessages({
  ONBOARDING_COLUMNS: { id: 'Berkas CSV harus memuat kolom {columns}.', en: 'The CSV file must have the columns {columns}.' },
});
