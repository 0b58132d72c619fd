/**
 * Words for the claims codes (Bahasa Indonesia first): errors thrown by the claim services, and the reason
 * codes a claim records (eligibility on the incident date, reduced or refused benefits). The coverage verdict's
 * codes (COVERAGE_*) are billing's words (src/billing).
 */
import { registerMessages, type Catalogue } from '../i18n/messages';

export const claimsMessages = {
  CLAIM_TYPE_INVALID: { id: 'Jenis klaim tidak dikenal: {type}.', en: 'Unknown claim type: {type}.' },
  CLAIM_PARTICIPANT_UNKNOWN: { id: 'Tidak ada peserta dengan NIK ini di kabupaten ini.', en: 'No participant with this NIK in this regency.' },
  CLAIM_INCIDENT_IN_FUTURE: { id: 'Tanggal kejadian ({incidentDate}) tidak boleh setelah hari ini.', en: 'The incident date ({incidentDate}) cannot be after today.' },
  CLAIM_STEP_IN_FUTURE: { id: 'Tanggal langkah ({on}) tidak boleh setelah hari ini.', en: 'The date of the step ({on}) cannot be after today.' },
  CLAIM_TRANSITION: { id: 'Klaim berstatus {from} tidak dapat diubah menjadi {to}.', en: 'A claim in status {from} cannot move to {to}.' },
  CLAIM_AMOUNT_REQUIRED: { id: 'Jumlah (rupiah) wajib diisi untuk status {to}.', en: 'An amount (rupiah) is required for status {to}.' },
  CLAIM_REASON_REQUIRED: { id: 'Alasan penolakan wajib diisi.', en: 'A reason for the rejection is required.' },
  CLAIM_DATE_BEFORE_PREVIOUS: { id: 'Tanggal ({on}) tidak boleh sebelum langkah sebelumnya ({previous}).', en: 'The date ({on}) cannot be before the previous step ({previous}).' },
  CLAIM_CHANGED: { id: 'Klaim baru saja diubah orang lain. Muat ulang lalu coba lagi.', en: 'The claim was just changed by someone else. Reload and try again.' },
  // Reason codes recorded on a claim (not thrown):
  CLAIM_PROGRAMME_NOT_COVERED: { id: 'Peserta tidak terdaftar pada program {programme}.', en: 'The participant is not enrolled in programme {programme}.' },
  WAGE_BASE_NOT_BILLED: { id: 'Bulan kejadian tidak ditagih, sehingga dasar upah tidak diketahui.', en: 'The incident month was not billed, so the wage base is unknown.' },
  JKM_BPU_FUNERAL_ONLY: { id: 'Peserta BPU dengan iuran kurang dari {minimum} bulan: hanya biaya pemakaman (aturan belum dikonfirmasi).', en: 'A BPU participant with fewer than {minimum} months of contributions: funeral costs only (unconfirmed rule).' },
  SCHOLARSHIP_TOO_FEW_MONTHS: { id: 'Beasiswa tidak berhak: iuran kurang dari {minimum} bulan ({months} bulan).', en: 'No scholarship: fewer than {minimum} contribution months ({months}).' },
  SCHOLARSHIP_NO_CHILDREN: { id: 'Beasiswa: belum ada anak yang berhak (catat anak sebagai ahli waris dengan jenjang sekolahnya).', en: 'Scholarship: no eligible child yet (record the children as heirs with their school level).' },
  SCHOLARSHIP_CHILD_NOT_ELIGIBLE: { id: 'Beasiswa tidak untuk anak yang berusia {maxAge} tahun atau lebih pada tanggal kejadian, sudah menikah, atau bekerja ({excluded} anak).', en: 'No scholarship for a child aged {maxAge} or more on the incident date, married or working ({excluded} children).' },
  SCHOLARSHIP_MAX_CHILDREN: { id: 'Beasiswa paling banyak untuk {max} anak.', en: 'A scholarship covers at most {max} children.' },
} as const satisfies Catalogue;

registerMessages(claimsMessages);

/** The codes of this catalogue: DomainError accepts only registered codes. */
export type ClaimsErrorCode = keyof typeof claimsMessages;

declare module '../domain/errors' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<ClaimsErrorCode, true> {}
}
