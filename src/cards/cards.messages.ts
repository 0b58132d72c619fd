/** Error messages of the cards capability (id, en), registered when the service is loaded. */
import { registerMessages } from '../i18n/messages';

registerMessages({
  CARD_FILTER_REQUIRED: { id: 'Pilih satu: NIK, desa, atau OPD.', en: 'Choose one: a NIK, a village or an OPD.' },
  CARD_NONE_ACTIVE: { id: 'Tidak ada peserta aktif untuk dicetak kartunya.', en: 'There is no active participant to print a card for.' },
  CARD_NOT_ACTIVE: { id: 'Kartu hanya dicetak untuk kepesertaan aktif (status sekarang: {status}).', en: 'Cards are printed for active participations only (status now: {status}).' },
  CARD_KEY_UNKNOWN: { id: 'Kunci {kid} tidak dikenal atau masih dipakai untuk menandatangani.', en: 'Key {kid} is unknown or still the signing key.' },
});
