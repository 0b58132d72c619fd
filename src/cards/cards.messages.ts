/** Error messages of the cards capability (id, en), registered when the service is loaded. */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const cardsMessages = {
  CARD_FILTER_REQUIRED: { id: 'Pilih satu: NIK, desa, atau OPD.', en: 'Choose one: a NIK, a village or an OPD.' },
  CARD_NONE_ACTIVE: { id: 'Tidak ada peserta aktif untuk dicetak kartunya.', en: 'There is no active participant to print a card for.' },
  CARD_NOT_ACTIVE: { id: 'Kartu hanya dicetak untuk kepesertaan aktif (status sekarang: {status}).', en: 'Cards are printed for active participations only (status now: {status}).' },
  CARD_KEY_UNKNOWN: { id: 'Kunci {kid} tidak dikenal atau masih dipakai untuk menandatangani.', en: 'Key {kid} is unknown or still the signing key.' },
} as const satisfies Catalogue;

registerMessages(cardsMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type CardsErrorCode = keyof typeof cardsMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<CardsErrorCode, true> {}
}
