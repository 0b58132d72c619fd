/**
 * Claim (klaim) types and their workflow — issue #13. Which programme pays each type, which need the wage
 * base, and which status may follow which: dilaporkan → berkas-lengkap → diajukan → disetujui | ditolak;
 * disetujui → dibayar. Pure data and checks.
 */
export const CLAIM_TYPES = [
  'jkm', 'jkk-death', 'jkk-disability-total', 'jkk-disability-partial', 'jkk-stmb', 'jkk-medical', 'jkk-transport', 'beasiswa',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_STATUSES = ['dilaporkan', 'berkas-lengkap', 'diajukan', 'disetujui', 'ditolak', 'dibayar'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export function isClaimType(value: string): value is ClaimType {
  return (CLAIM_TYPES as readonly string[]).includes(value);
}

/** JKM pays the non-work death; the scholarship follows the death's programme (JKM unless a work accident). */
export function programmeOf(type: ClaimType): 'JKK' | 'JKM' {
  return type === 'jkm' || type === 'beasiswa' ? 'JKM' : 'JKK';
}

/** Types whose amount is a multiple of the wage base (PP 82/2019): the base must come from the bill line. */
export function needsWageBase(type: ClaimType): boolean {
  return type === 'jkk-death' || type === 'jkk-disability-total' || type === 'jkk-disability-partial' || type === 'jkk-stmb';
}

/** A death (JKM or JKK): it ends the participation on that day and frees its slot for a replacement. */
export function isDeathClaim(type: ClaimType): boolean {
  return type === 'jkm' || type === 'jkk-death';
}

/** A work accident (JKK) must be reported to BPJS within 2 × 24 h (Permenaker 5/2021 as reported, [U]). */
export function isWorkAccident(type: ClaimType): boolean {
  return programmeOf(type) === 'JKK';
}

const NEXT: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  dilaporkan: ['berkas-lengkap'],
  'berkas-lengkap': ['diajukan'],
  diajukan: ['disetujui', 'ditolak'],
  disetujui: ['dibayar'],
  ditolak: [],
  dibayar: [],
};

export function canAdvance(from: ClaimStatus, to: ClaimStatus): boolean {
  return NEXT[from].includes(to);
}
