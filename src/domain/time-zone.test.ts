import { describe, expect, it } from 'vitest';
import { timeZoneOfRegion, zoneNameOfRegion } from './time-zone';

describe('the time zone of a region', () => {
  it.each([
    ['53.16', 'WITA'], // Kabupaten Nagekeo, NTT
    ['53', 'WITA'], ['51.71', 'WITA'], ['64.72', 'WITA'], ['73.71', 'WITA'],
    ['31.71', 'WIB'], ['11.01', 'WIB'], ['61.71', 'WIB'], ['62.01', 'WIB'],
    ['81.71', 'WIT'], ['91.71', 'WIT'], ['96.01', 'WIT'],
  ])('%s keeps %s', (code, zone) => expect(zoneNameOfRegion(code)).toBe(zone));

  it('gives the IANA zone, and WIB for a code that is no region', () => {
    expect(timeZoneOfRegion('53.16')).toBe('Asia/Makassar');
    expect(timeZoneOfRegion('94.01')).toBe('Asia/Jayapura');
    expect(zoneNameOfRegion('x')).toBeNull();
    expect(timeZoneOfRegion('x')).toBe('Asia/Jakarta');
  });
});
