/**
 * The port through which domain code asks about Kemendagri regions. Codes are dotted: '53' province,
 * '53.16' regency/city, '53.16.01' district (kecamatan). The DB-backed implementation lives outside the
 * domain; tests use a small in-memory one (createRegionLookup).
 */
export interface Region {
  readonly code: string;
  readonly name: string;
}

export interface RegionLookup {
  province(code: string): Region | null;
  regency(code: string): Region | null;
  district(code: string): Region | null;
}

/** An in-memory lookup over a list of regions of any level (the level follows from the code). */
export function createRegionLookup(regions: readonly Region[]): RegionLookup {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const find = (parts: number) => (code: string) => (code.split('.').length === parts ? (byCode.get(code) ?? null) : null);
  return { province: find(1), regency: find(2), district: find(3) };
}
