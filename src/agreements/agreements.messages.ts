/** Error messages of the agreements capability (id, en), registered when the service is loaded. */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const agreementsMessages = {
  AGREEMENT_NUMBER_TAKEN: { id: 'Nomor perjanjian sudah dipakai di kabupaten/kota ini.', en: 'That agreement number is already used in this regency.' },
  AGREEMENT_LOCKED: { id: 'Perjanjian sudah ditandatangani: perubahan hanya melalui addendum.', en: 'The agreement is signed: changes go through an addendum.' },
  AGREEMENT_STATUS_INVALID: { id: 'Perjanjian berstatus {status} tidak dapat diubah menjadi {to}.', en: 'An agreement in status {status} cannot become {to}.' },
  AGREEMENT_NOT_SIGNED: { id: 'Addendum hanya untuk perjanjian yang sudah ditandatangani.', en: 'Only a signed agreement takes an addendum.' },
  AGREEMENT_SIGNATORY_REQUIRED: { id: 'Penandatanganan memerlukan penanda tangan dari pihak Pemda dan BPJS.', en: 'Signing needs a signatory for the regency and for BPJS.' },
  AGREEMENT_MOU_SHAPE: { id: 'MoU tidak memuat kelompok peserta, anggaran, atau MoU induk.', en: 'An MoU has no participant groups, budget or parent MoU.' },
  AGREEMENT_PARENT_INVALID: { id: 'MoU induk tidak ditemukan di kabupaten/kota ini.', en: 'The parent MoU was not found in this regency.' },
  AGREEMENT_NOT_PKS: { id: 'Rencana anggaran dan perpanjangan hanya untuk PKS.', en: 'Plans and renewals are for a PKS only.' },
  AGREEMENT_NO_CHANGES: { id: 'Addendum tidak mengubah apa pun.', en: 'The addendum changes nothing.' },
  BRANCH_NOT_SERVING: { id: 'Kantor cabang BPJS ini tidak melayani kabupaten/kota tersebut.', en: 'This BPJS branch does not serve that regency.' },
  GROUP_SCHEME_MISMATCH: { id: 'Kelompok "{group}": PU memakai UMP atau upah per orang; BPU memakai penghasilan yang dilaporkan.', en: 'Group "{group}": PU uses a UMP or per-person wage; BPU uses declared income.' },
  GROUP_UNKNOWN: { id: 'Kelompok peserta tidak dikenal.', en: 'Unknown participant group.' },
  PERIOD_TOO_LONG: { id: 'Periode perjanjian paling lama {max} bulan (diisi {months} bulan).', en: 'An agreement period is at most {max} months (this one: {months}).' },
  PERIOD_INVALID: { id: 'Akhir periode tidak boleh sebelum awal periode.', en: 'The period cannot end before it starts.' },
  WAGE_UMP_UNKNOWN: { id: 'UMP provinsi {province} tahun {year} belum ada di buku aturan.', en: 'The rule book has no UMP for province {province}, year {year}.' },
  DOCUMENT_NOT_PDF: { id: 'Dokumen harus berupa berkas PDF.', en: 'The document must be a PDF file.' },
  DOCUMENT_TOO_LARGE: { id: 'Dokumen melebihi batas {limitMb} MB.', en: 'The document exceeds the {limitMb} MB limit.' },
  DOCUMENT_DUPLICATE: { id: 'Dokumen yang sama sudah dilampirkan.', en: 'The same document is already attached.' },
} as const satisfies Catalogue;

registerMessages(agreementsMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type AgreementsErrorCode = keyof typeof agreementsMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<AgreementsErrorCode, true> {}
}
