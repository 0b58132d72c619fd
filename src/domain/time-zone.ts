/**
 * Indonesia's three time zones (UU/Keppres 41/1987): WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). A region
 * knows its zone from its province (the first two digits of its Kemendagri code): Kabupaten Nagekeo
 * (53.16, Nusa Tenggara Timur) keeps WITA, Asia/Makassar. "Today" for a regency is today on its clock.
 */
export type TimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
export type ZoneName = 'WIB' | 'WITA' | 'WIT';

export const ZONE_OF_NAME: Readonly<Record<ZoneName, TimeZone>> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

/** Provinces on WITA: Bali, NTB, NTT, Kalimantan Selatan/Timur/Utara and every Sulawesi province. */
const WITA_PROVINCES = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/** The zone name of a region code ('53', '53.16', '53.16.01.2001'); null for a code that is not one. */
export function zoneNameOfRegion(code: string): ZoneName | null {
  const province = /^(\d{2})(?:\.|$)/.exec(code)?.[1];
  if (!province) return null;
  if (WITA_PROVINCES.has(province)) return 'WITA';
  // Maluku (81), Maluku Utara (82) and the Papua provinces (91–96)
  if (province.startsWith('8') || province.startsWith('9')) return 'WIT';
  return 'WIB'; // Sumatra (1x), Java (3x), Kalimantan Barat/Tengah (61, 62)
}

/** The IANA zone of a region, WIB when the code is not a region's. */
export const timeZoneOfRegion = (code: string): TimeZone => ZONE_OF_NAME[zoneNameOfRegion(code) ?? 'WIB'];
