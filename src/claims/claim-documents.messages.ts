/** Words (id, en) for the error codes of claim heirs and documents. */
import type { HeirIssueCode } from '../domain/heir';
import { registerMessages, type Catalogue } from '../i18n/messages';

export const claimDocumentsMessages = {
  CLAIM_DOCUMENT_EMPTY: { id: 'Berkas kosong.', en: 'The file is empty.' },
  CLAIM_DOCUMENT_TOO_LARGE: { id: 'Berkas lebih dari {limitMb} MB.', en: 'The file is larger than {limitMb} MB.' },
  CLAIM_DOCUMENT_TYPE: { id: 'Isi berkas bukan PDF, JPEG atau PNG (dibaca dari isinya, bukan dari nama berkas).', en: 'The file is not a PDF, JPEG or PNG (judged by its content, not its name).' },
  CLAIM_DOCUMENT_DUPLICATE: { id: 'Berkas yang sama sudah diunggah untuk klaim ini.', en: 'The same file was already uploaded for this claim.' },
  CLAIM_DOCUMENT_NOT_REQUIRED: { id: 'Dokumen "{code}" tidak ada dalam daftar dokumen klaim jenis ini.', en: 'Document "{code}" is not on the checklist of this claim type.' },
  CLAIM_DOCUMENT_HEIR_REQUIRED: { id: 'Pilih anak yang dimaksud dokumen ini.', en: 'Choose the child this document is for.' },
  CLAIM_DOCUMENT_FILE_MISSING: { id: 'Berkas dokumen tidak ditemukan atau sudah berubah di penyimpanan; unggah ulang.', en: "The document's file is missing or was changed in storage; upload it again." },
  CLAIM_DOCUMENT_DECIDED: { id: 'Dokumen ini sudah diputuskan (diverifikasi atau ditolak).', en: 'This document has already been decided (verified or rejected).' },
  CLAIM_DOCUMENT_REJECT_NOTE: { id: 'Tuliskan alasan penolakan dokumen.', en: 'Give the reason for rejecting the document.' },
  CLAIM_DOCUMENTS_LOCKED: { id: 'Tahap klaim ini tidak lagi mengizinkan perubahan ahli waris atau dokumen.', en: 'At this stage of the claim its heirs or documents can no longer change.' },
  CLAIM_DOCUMENTS_MISSING: { id: 'Dokumen wajib belum lengkap: {missing}.', en: 'Required documents are missing: {missing}.' },
  CLAIM_DOCUMENTS_UNVERIFIED: { id: 'Dokumen wajib belum diverifikasi Dinas: {unverified}.', en: 'Required documents are not yet verified by the Dinas: {unverified}.' },
  CLAIM_HEIRS_NOT_DEATH: { id: 'Ahli waris hanya dicatat untuk klaim kematian dan beasiswa.', en: 'Heirs are recorded only for death and scholarship claims.' },
  HEIR_NIK_INVALID: { id: 'NIK ahli waris tidak valid: {reason}', en: "The heir's NIK is invalid: {reason}" },
  HEIR_IN_USE: { id: 'Ahli waris ini dirujuk oleh dokumen yang sudah diunggah.', en: 'This heir is referred to by an uploaded document.' },
  HEIR_NAME_REQUIRED: { id: 'Nama ahli waris wajib diisi.', en: "The heir's name is required." },
  HEIR_RELATION_UNKNOWN: { id: 'Hubungan keluarga tidak dikenal.', en: 'Unknown family relation.' },
  HEIR_BIRTHDATE_INVALID: { id: 'Tanggal lahir tidak valid atau di masa depan.', en: 'The birth date is invalid or in the future.' },
  HEIR_NIK_IS_PARTICIPANT: { id: 'NIK ini milik peserta yang diklaim, bukan ahli waris.', en: 'This NIK is the participant\'s own, not an heir\'s.' },
  HEIR_NIK_DUPLICATE: { id: 'NIK ini sudah tercatat sebagai ahli waris klaim ini.', en: 'This NIK is already an heir of this claim.' },
  HEIR_BANK_ACCOUNT_INVALID: { id: 'Nomor rekening harus 6–20 angka.', en: 'The account number must be 6–20 digits.' },
  HEIR_BANK_INCOMPLETE: { id: 'Isi nama bank dan nomor rekening bersama-sama.', en: 'Give the bank and the account number together.' },
  HEIR_SCHOOL_LEVEL_NOT_CHILD: { id: 'Jenjang sekolah hanya untuk anak.', en: 'A school level applies to children only.' },
} as const satisfies Catalogue & Record<HeirIssueCode, unknown>;

registerMessages(claimDocumentsMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type ClaimDocumentsErrorCode = keyof typeof claimDocumentsMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<ClaimDocumentsErrorCode, true> {}
}
