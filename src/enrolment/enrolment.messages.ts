/** Words for every code enrolment can answer with (Bahasa Indonesia first). */
import { registerMessages } from '../i18n/messages';

registerMessages({
  ENROL_QUOTA_EXCEEDED: {
    id: 'Kuota kelompok terlampaui: kuota {quota}, sudah terisi {active}, diminta {asked}.',
    en: 'Group quota exceeded: quota {quota}, taken {active}, asked {asked}.',
  },
  ENROL_ACTIVE_ELSEWHERE: {
    id: 'NIK ini sudah menjadi peserta aktif program {programmes} di {regency}.',
    en: 'This NIK is already an active participant ({programmes}) in {regency}.',
  },
  ENROL_ALREADY_PARTICIPANT: { id: 'Orang ini sudah menjadi peserta pada periode tersebut.', en: 'This person is already a participant in that period.' },
  ENROL_SCHEME_MISMATCH: {
    id: 'Kelompok {group} ({scheme}) tidak cocok untuk {workerGroup}: non-ASN masuk kelompok PU, pekerja rentan masuk kelompok BPU.',
    en: 'Group {group} ({scheme}) does not fit {workerGroup}: non-ASN go to a PU group, pekerja rentan to a BPU group.',
  },
  ENROL_NOT_PKS: { id: 'Peserta hanya dapat didaftarkan pada PKS yang berlaku.', en: 'Participants can only be enrolled in a signed PKS.' },
  ENROL_DATE_OUTSIDE_PKS: {
    id: 'Tanggal mulai {from} di luar periode PKS ({start} s.d. {end}).',
    en: 'Start date {from} lies outside the PKS period ({start} to {end}).',
  },
  ENROL_NOT_MEMBER: { id: 'Orang ini tidak punya keanggotaan aktif yang cocok di registri.', en: 'This person has no fitting active registry membership.' },
  PARTICIPATION_TRANSITION: {
    id: 'Peserta berstatus {status} tidak dapat {action}.',
    en: 'A participant with status {status} cannot be {action}.',
  },
  PARTICIPATION_END_BEFORE_START: { id: 'Tanggal berakhir {on} sebelum mulai kepesertaan {start}.', en: 'End date {on} is before the coverage start {start}.' },
  PARTICIPATION_AMBIGUOUS: { id: 'NIK ini punya lebih dari satu kepesertaan yang berjalan; sebutkan nomornya.', en: 'This NIK has several running participations; name its id.' },
  EXPORT_NOTHING: { id: 'Tidak ada peserta calon untuk diajukan pada PKS ini.', en: 'There are no candidate participants to submit for this PKS.' },
  TEMPLATE_NOT_FOUND: { id: 'Templat {name} tidak ditemukan.', en: 'Template {name} not found.' },
  ANSWER_HEADERS: {
    id: 'Kolom wajib tidak ditemukan di berkas jawaban: {missing}.',
    en: 'Required columns missing from the answer file: {missing}.',
  },
  ANSWER_FORMAT: { id: 'Berkas jawaban harus CSV atau XLSX.', en: 'The answer file must be CSV or XLSX.' },
  ANSWER_EMPTY: { id: 'Berkas jawaban tidak berisi baris.', en: 'The answer file has no rows.' },
});

registerMessages({
  ANSWER_NIK_INVALID: { id: 'NIK kosong atau bukan 16 angka.', en: 'NIK missing or not 16 digits.' },
  ANSWER_STATUS_UNKNOWN: { id: 'Status tidak dikenal (harus diterima atau ditolak).', en: 'Unknown status (must be diterima or ditolak).' },
  ANSWER_KPJ_INVALID: { id: 'Nomor KPJ harus 11 angka.', en: 'The KPJ number must be 11 digits.' },
  ANSWER_DATE_INVALID: { id: 'Tanggal kepesertaan kosong atau tidak valid.', en: 'Coverage date missing or invalid.' },
  ANSWER_DUPLICATE_ROW: { id: 'NIK ini sudah dijawab di baris sebelumnya dalam berkas.', en: 'This NIK was already answered in an earlier row of the file.' },
  ANSWER_ALREADY_APPLIED: { id: 'Jawaban ini sudah diterapkan sebelumnya; tidak ada yang berubah.', en: 'This answer was applied before; nothing changed.' },
  ANSWER_UNMATCHED: { id: 'NIK tidak ada dalam pengajuan terbuka kabupaten ini.', en: 'NIK is in no open registration batch of this regency.' },
  ANSWER_KPJ_TAKEN: { id: 'Nomor KPJ ini sudah dipakai orang lain.', en: 'This KPJ number is already held by another person.' },
  ANSWER_DATE_OUTSIDE_PKS: { id: 'Tanggal kepesertaan di luar periode PKS.', en: 'Coverage date outside the PKS period.' },
  ANSWER_DATE_BEFORE_START: { id: 'Tanggal kepesertaan sebelum tanggal mulai yang diajukan.', en: 'Coverage date before the start date submitted.' },
});
