/** Messages of BPJS branch administration. */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const branchesMessages = {
  BRANCH_CODE_TAKEN: { id: 'Kode kantor cabang sudah dipakai.', en: 'That branch code is taken.' },
  BRANCH_CODE_INVALID: { id: 'Kode kantor cabang hanya huruf, angka dan tanda hubung (2–40 karakter).', en: 'A branch code has only letters, digits and hyphens (2–40 characters).' },
  BRANCH_NAME_REQUIRED: { id: 'Nama kantor cabang wajib diisi.', en: 'The branch name is required.' },
  PROVINCE_UNKNOWN: { id: 'Kode provinsi tidak dikenal.', en: 'Unknown province code.' },
  BRANCH_REGENCY_UNKNOWN: { id: 'Kode {value} bukan kabupaten/kota.', en: '{value} is not a regency or city code.' },
} as const satisfies Catalogue;

registerMessages(branchesMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type BranchesErrorCode = keyof typeof branchesMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<BranchesErrorCode, true> {}
}
