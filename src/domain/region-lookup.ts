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
  // One map per level, split once here: parseNik asks up to three times per NIK, a million times per import.
  const byLevel = [new Map<string, Region>(), new Map<string, Region>(), new Map<string, Region>()];
  for (const region of regions) byLevel[region.code.split('.').length - 1]?.set(region.code, region);
  const [provinces, regencies, districts] = byLevel as [Map<string, Region>, Map<string, Region>, Map<string, Region>];
  return {
    province: (code) => provinces.get(code) ?? null,
    regency: (code) => regencies.get(code) ?? null,
    district: (code) => districts.get(code) ?? null,
  };
}
