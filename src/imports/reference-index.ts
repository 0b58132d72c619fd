/**
 * In-memory indexes a file's rows are resolved against: the tenant's villages (by Kemendagri code, with
 * or without dots, or by name — "Desa Labolewa", "Kel. Danga" — disambiguated by the kecamatan column)
 * and its OPDs (by name, punctuation- and case-insensitive). Built once per import; a regency has ~100
 * villages and a few dozen OPDs.
 */
import { cellText } from './cell-parse';
import type { Cell, Parsed } from './import.types';
import { memoizeText } from './text-memo';

export interface Village { readonly code: string; readonly name: string; readonly districtCode: string; readonly districtName: string }

const placeKey = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/^\s*(desa|kelurahan|kel|ds|kec|kecamatan)\b\.?\s*/, '').replace(/[^a-z0-9]+/g, ' ').trim();

const VILLAGE_CODE_DIGITS = /^\d{10}$/;

const fail = <T>(code: string, params: Record<string, string | number>): Parsed<T> => ({ ok: false, issue: { code, params } });

export interface VillageIndex { resolve(village: Cell, district: Cell): Parsed<string | null>; has(code: string): boolean }

export function createVillageIndex(tenantCode: string, villages: readonly Village[]): VillageIndex {
  const byCode = new Map(villages.map((v) => [v.code, v]));
  const byName = new Map<string, Village[]>();
  for (const v of villages) byName.set(placeKey(v.name), [...(byName.get(placeKey(v.name)) ?? []), v]);
  // Per index, so the memo lives as long as one import: a file names the same villages over and over
  const cellPlaceKey = memoizeText(placeKey);
  return {
    has: (code) => byCode.has(code),
    resolve(villageCell, districtCell) {
      const text = cellText(villageCell);
      if (!text) return { ok: true, value: null };
      const digits = text.replace(/[.\s]/g, '');
      if (VILLAGE_CODE_DIGITS.test(digits)) {
        const code = `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
        if (byCode.has(code)) return { ok: true, value: code };
        return code.startsWith(`${tenantCode}.`) ? fail('VILLAGE_UNKNOWN', { value: text }) : fail('VILLAGE_OUTSIDE_TENANT', { value: text });
      }
      const found = byName.get(cellPlaceKey(text)) ?? [];
      if (found.length === 1) return { ok: true, value: found[0]!.code };
      if (found.length === 0) return fail('VILLAGE_UNKNOWN', { value: text });
      const district = cellPlaceKey(cellText(districtCell));
      const narrowed = found.filter((v) => placeKey(v.districtName) === district || v.districtCode === cellText(districtCell));
      return narrowed.length === 1 ? { ok: true, value: narrowed[0]!.code } : fail('VILLAGE_AMBIGUOUS', { value: text });
    },
  };
}

export interface OpdIndex { resolve(cell: Cell): Parsed<number | null> }

const opdKey = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function createOpdIndex(opds: readonly { id: number; name: string }[]): OpdIndex {
  const byName = new Map(opds.map((o) => [opdKey(o.name), o.id]));
  // Per index, so the memo lives as long as one import: a file names the same few dozen OPDs over and over
  const cellOpdKey = memoizeText(opdKey);
  return {
    resolve(cell) {
      const text = cellText(cell);
      if (!text) return { ok: true, value: null };
      const id = byName.get(cellOpdKey(text));
      return id === undefined ? fail('OPD_UNKNOWN', { value: text }) : { ok: true, value: id };
    },
  };
}
