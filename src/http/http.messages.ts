/** Messages of the HTTP layer's own refusals: request text, body encoding, security gates, store conflicts. */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const httpMessages = {
  TEXT_CONTROL_CHAR: { id: 'Teks memuat karakter kontrol (mis. NUL) yang tidak boleh disimpan.', en: 'The text contains a control character (e.g. NUL) that cannot be stored.' },
  TEXT_LONE_SURROGATE: { id: 'Teks memuat karakter Unicode yang rusak.', en: 'The text contains a broken Unicode character.' },
  BODY_NOT_UTF8: { id: 'Isi permintaan bukan UTF-8 yang sah.', en: 'The request body is not valid UTF-8.' },
  BODY_CHARSET_UNSUPPORTED: { id: 'Isi permintaan harus berenkode UTF-8.', en: 'The request body must be encoded as UTF-8.' },
  PASSWORD_CHANGE_REQUIRED: { id: 'Ganti kata sandi sementara Anda terlebih dahulu.', en: 'Please change your temporary password first.' },
  DATE_OUT_OF_RANGE: { id: 'Tanggal harus antara {min} dan {max}.', en: 'The date must be between {min} and {max}.' },
  DATE_NOT_EXISTING: { id: 'Tanggal tidak ada di kalender (format YYYY-MM-DD).', en: 'That day does not exist (format YYYY-MM-DD).' },
  CONFLICT: { id: 'Data bertabrakan dengan data yang sudah ada.', en: 'This conflicts with existing data.' },
  REFERENCE_UNKNOWN: { id: 'Data yang dirujuk tidak ada.', en: 'A referenced record does not exist.' },
} as const satisfies Catalogue;

registerMessages(httpMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type HttpErrorCode = keyof typeof httpMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<HttpErrorCode, true> {}
}
