/**
 * Labels of the benefit lines a claim shows (Bahasa Indonesia, stored with the line; the web translates by
 * `code`). Data only.
 */
export const CLAIM_LINE_LABELS = {
  'jkm-lump-sum': { id: 'Santunan sekaligus JKM', en: 'JKM lump sum' },
  'jkm-periodic': { id: 'Santunan berkala 24 bulan (dibayar sekaligus)', en: 'Periodic benefit, 24 months paid at once' },
  periodic: { id: 'Santunan berkala 24 bulan (dibayar sekaligus)', en: 'Periodic benefit, 24 months paid at once' },
  funeral: { id: 'Biaya pemakaman', en: 'Funeral costs' },
  'jkk-death-wage': { id: 'Santunan kematian JKK (48 × upah)', en: 'JKK death benefit (48 × wage)' },
  'jkk-total-disability': { id: 'Santunan cacat total tetap (56 × upah)', en: 'Total permanent disability (56 × wage)' },
  'jkk-partial-disability': { id: 'Santunan cacat sebagian (% × 80 × upah)', en: 'Partial disability (% × 80 × wage)' },
  'jkk-stmb': { id: 'Santunan sementara tidak mampu bekerja (STMB)', en: 'Temporary incapacity (STMB)' },
  'jkk-medical': { id: 'Perawatan dan pengobatan (sesuai kebutuhan medis)', en: 'Medical care (as needed)' },
  'jkk-home-care': { id: 'Perawatan di rumah (maksimal)', en: 'Home care (capped)' },
  'jkk-transport-land': { id: 'Penggantian biaya transportasi darat', en: 'Land transport reimbursement' },
  'jkk-transport-sea': { id: 'Penggantian biaya transportasi laut', en: 'Sea transport reimbursement' },
  'jkk-transport-air': { id: 'Penggantian biaya transportasi udara', en: 'Air transport reimbursement' },
  'beasiswa-tk': { id: 'Beasiswa TK (per anak per tahun)', en: 'Scholarship, kindergarten (per child per year)' },
  'beasiswa-sd': { id: 'Beasiswa SD (per anak per tahun)', en: 'Scholarship, primary school (per child per year)' },
  'beasiswa-smp': { id: 'Beasiswa SMP (per anak per tahun)', en: 'Scholarship, junior high (per child per year)' },
  'beasiswa-sma': { id: 'Beasiswa SMA (per anak per tahun)', en: 'Scholarship, senior high (per child per year)' },
  'beasiswa-s1': { id: 'Beasiswa S1/pelatihan (per anak per tahun)', en: 'Scholarship, university/training (per child per year)' },
} as const;

export type ClaimLineCode = keyof typeof CLAIM_LINE_LABELS;

/** One benefit line of a claim: amount with its legal basis, the rule id and its confidence mark. */
export interface ClaimLine {
  readonly code: ClaimLineCode;
  readonly label: string;
  readonly amount: number;
  readonly basis: string;
  readonly rule: string;
  readonly confidence: 'confirmed' | 'unconfirmed';
}

export function lineLabel(code: ClaimLineCode, lang: 'id' | 'en' = 'id'): string {
  return CLAIM_LINE_LABELS[code][lang];
}
