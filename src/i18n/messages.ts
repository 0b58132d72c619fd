/**
 * User-facing messages for error codes, in Bahasa Indonesia (default) and English. Capabilities add their
 * own catalogues with `registerMessages`; the HTTP layer and the CLI translate codes through `translate`.
 */
import { paramText } from './param-text';

export type Lang = 'id' | 'en';
export type Catalogue = Record<string, { id: string; en: string }>;

/** Codes every part of the system answers with (HTTP, sessions, accounts, tenants). */
const coreMessages = {
  INTERNAL: { id: 'Terjadi kesalahan pada server. Silakan coba lagi.', en: 'Something went wrong on the server. Please try again.' },
  VALIDATION: { id: 'Data yang dikirim tidak valid.', en: 'The submitted data is invalid.' },
  NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { id: 'Alamat API tidak ditemukan.', en: 'API route not found.' },
  FORBIDDEN: { id: 'Anda tidak berwenang melakukan tindakan ini.', en: 'You are not allowed to do this.' },
  UNAUTHENTICATED: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  CSRF: { id: 'Permintaan ditolak (header keamanan tidak ada).', en: 'Request refused (security header missing).' },
  RATE_LIMITED: { id: 'Terlalu banyak permintaan. Coba lagi dalam {after}.', en: 'Too many requests. Try again in {after}.' },
  BODY_TOO_LARGE: { id: 'Data yang dikirim terlalu besar.', en: 'The request body is too large.' },
  AUTH_INVALID: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  AUTH_LOCKED: { id: 'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi setelah {until}.', en: 'The account is temporarily locked after too many failed attempts. Try again after {until}.' },
  PASSWORD_TOO_SHORT: { id: 'Kata sandi minimal {min} karakter.', en: 'The password must have at least {min} characters.' },
  PASSWORD_CONTAINS_USERNAME: { id: 'Kata sandi tidak boleh memuat nama pengguna.', en: 'The password must not contain the username.' },
  PASSWORD_CURRENT_WRONG: { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
  USERNAME_TAKEN: { id: 'Nama pengguna sudah dipakai.', en: 'That username is taken.' },
  ROLE_SCOPE_REQUIRED: { id: 'Peran {role} memerlukan isian {field}.', en: 'Role {role} requires {field}.' },
  TENANT_UNKNOWN: { id: 'Kabupaten/kota belum terdaftar sebagai pengguna sistem.', en: 'That regency/city is not a registered tenant.' },
  TENANT_NOT_REGENCY: { id: 'Kode wilayah bukan kabupaten/kota.', en: 'The region code is not a regency or city.' },
  OPD_UNKNOWN: { id: 'OPD tidak dikenal.', en: 'Unknown OPD.' },
  OPD_NAME_TAKEN: { id: 'Nama OPD sudah ada.', en: 'An OPD with that name exists.' },
  VILLAGE_OUTSIDE_TENANT: { id: 'Desa/kelurahan tidak berada di kabupaten/kota ini.', en: 'The village is not in this regency/city.' },
  REGION_UNKNOWN: { id: 'Kode wilayah tidak dikenal.', en: 'Unknown region code.' },
  BRANCH_UNKNOWN: { id: 'Kantor cabang BPJS tidak dikenal.', en: 'Unknown BPJS branch.' },
  USAGE: { id: 'Perintah tidak lengkap atau salah.', en: 'Incomplete or wrong command.' },
} as const satisfies Catalogue;

export type CoreErrorCode = keyof typeof coreMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<CoreErrorCode, true> {}
}

const catalogue: Catalogue = { ...coreMessages };

export function registerMessages(more: Catalogue): void {
  Object.assign(catalogue, more);
}

/** Every registered message (for the test that checks each has both languages). */
export function allMessages(): Readonly<Catalogue> {
  return catalogue;
}

export function hasMessage(code: string): boolean {
  return code in catalogue;
}

export function translate(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = catalogue[code];
  const text = entry ? entry[lang] : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : paramText(params[k], lang)));
}

/** 'en' when the client prefers English; Bahasa Indonesia otherwise. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

/** Every registered code with its words (for the generated docs/errors.md and its test). */
export function listMessages(): Readonly<Catalogue> {
  return { ...catalogue };
}
