/**
 * The demo installation: Kabupaten Nagekeo (NTT), its OPDs, BPJS Ketenagakerjaan Kantor Cabang Ende, and
 * one account per role. Credentials are printed by `lindung demo seed`; they are for trying the system
 * on one PC, never for production.
 */
export const DEMO_TENANT = '53.16';

export const DEMO_BRANCH = {
  code: 'ENDE',
  name: 'BPJS Ketenagakerjaan Kantor Cabang Ende',
  provinceCode: '53',
  serves: ['53.08', '53.16'], // Kabupaten Ende, Kabupaten Nagekeo
};

/** A realistic set of Nagekeo work units that employ non-ASN staff. */
export const DEMO_OPDS: { name: string; kind: string }[] = [
  { name: 'Sekretariat Daerah', kind: 'sekretariat' },
  { name: 'Sekretariat DPRD', kind: 'sekretariat' },
  { name: 'Inspektorat Daerah', kind: 'inspektorat' },
  { name: 'Dinas Pendidikan, Kepemudaan dan Olahraga', kind: 'dinas' },
  { name: 'Dinas Kesehatan', kind: 'dinas' },
  { name: 'RSUD Aeramo', kind: 'rumah-sakit' },
  { name: 'Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'dinas' },
  { name: 'Dinas Sosial', kind: 'dinas' },
  { name: 'Dinas Transmigrasi dan Tenaga Kerja', kind: 'dinas' },
  { name: 'Dinas Pertanian', kind: 'dinas' },
  { name: 'Dinas Kelautan dan Perikanan', kind: 'dinas' },
  { name: 'Dinas Perhubungan', kind: 'dinas' },
  { name: 'Dinas Lingkungan Hidup', kind: 'dinas' },
  { name: 'Dinas Kependudukan dan Pencatatan Sipil', kind: 'dinas' },
  { name: 'Badan Keuangan dan Aset Daerah', kind: 'badan' },
  { name: 'Badan Perencanaan Pembangunan Daerah', kind: 'badan' },
  { name: 'Badan Penanggulangan Bencana Daerah', kind: 'badan' },
  { name: 'Satuan Polisi Pamong Praja', kind: 'satuan' },
  { name: 'Kecamatan Aesesa', kind: 'kecamatan' },
  { name: 'Kecamatan Boawae', kind: 'kecamatan' },
  { name: 'Kecamatan Mauponggo', kind: 'kecamatan' },
  { name: 'Puskesmas Danga', kind: 'puskesmas' },
  { name: 'Puskesmas Boawae', kind: 'puskesmas' },
];
