/**
 * Words for the NIK error and warning codes (Bahasa Indonesia first, English second), so the i18n layer
 * and exports reuse one wording. Codes are what the domain returns; words never drive logic.
 */
export type NikErrorCode =
  | 'NIK_LENGTH'
  | 'NIK_NOT_DIGITS'
  | 'NIK_PROVINCE_UNKNOWN'
  | 'NIK_REGENCY_UNKNOWN'
  | 'NIK_DATE_INVALID'
  | 'NIK_DATE_IN_FUTURE'
  | 'NIK_SERIAL_ZERO'
  | 'NIK_BIRTHDATE_MISMATCH'
  | 'NIK_SEX_MISMATCH'
  | 'NIK_DECLARED_BIRTHDATE_INVALID';

export type NikWarningCode = 'NIK_DISTRICT_UNKNOWN' | 'NIK_CENTURY_UNRESOLVED';

export const nikMessages: Readonly<Record<NikErrorCode | NikWarningCode, { readonly id: string; readonly en: string }>> = {
  NIK_LENGTH: { id: 'NIK harus 16 digit.', en: 'NIK must be 16 digits.' },
  NIK_NOT_DIGITS: { id: 'NIK hanya boleh berisi angka.', en: 'NIK may contain digits only.' },
  NIK_PROVINCE_UNKNOWN: { id: 'Kode provinsi pada NIK tidak dikenal.', en: 'The province code in the NIK is unknown.' },
  NIK_REGENCY_UNKNOWN: { id: 'Kode kabupaten/kota pada NIK tidak dikenal.', en: 'The regency/city code in the NIK is unknown.' },
  NIK_DATE_INVALID: { id: 'Tanggal lahir pada NIK tidak valid.', en: 'The birth date in the NIK is not a valid date.' },
  NIK_DATE_IN_FUTURE: { id: 'Tanggal lahir pada NIK berada di masa depan.', en: 'The birth date in the NIK lies in the future.' },
  NIK_SERIAL_ZERO: { id: 'Nomor urut NIK tidak boleh 0000.', en: 'The NIK serial number cannot be 0000.' },
  NIK_BIRTHDATE_MISMATCH: { id: 'Tanggal lahir tidak sesuai dengan NIK.', en: 'The birth date does not match the NIK.' },
  NIK_SEX_MISMATCH: { id: 'Jenis kelamin tidak sesuai dengan NIK.', en: 'The sex does not match the NIK.' },
  NIK_DECLARED_BIRTHDATE_INVALID: { id: 'Tanggal lahir yang diisi tidak valid.', en: 'The declared birth date is not a valid date.' },
  NIK_DISTRICT_UNKNOWN: {
    id: 'Kode kecamatan pada NIK tidak ada dalam daftar saat ini (NIK memakai wilayah pendaftaran pertama).',
    en: 'The district code in the NIK is not in the current list (a NIK keeps the region of first registration).',
  },
  NIK_CENTURY_UNRESOLVED: {
    id: 'Abad tahun lahir tidak dapat ditentukan tanpa tanggal lahir.',
    en: 'The century of the birth year cannot be resolved without a birth date.',
  },
};
