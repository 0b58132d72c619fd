/**
 * NIK check against the Kemendagri region table: structure, region of first registration, birth date
 * and sex. An unknown district is a warning, not an error — a NIK keeps the region of its first
 * registration even after districts are split or renumbered (REGULATIONS.md §5).
 */
import { normalizeNik, parseNik } from '../domain/nik';
import { createRegionLookup } from '../domain/region-lookup';
import type { Db } from '../db/database';
import { translate, type Lang } from '../i18n/messages';
import { existingRegionCodes } from '../regions/regions.service';
import type { NikInput } from './calc.schemas';
import { systemClock, type Clock } from '../clock/clock';
import '../regulation/regulation.messages';
import './calc.messages';

/** The dotted province, regency and district codes a 16-digit NIK names; none for anything else. */
function regionCodesOf(nik: string): string[] {
  if (!/^\d{16}$/.test(nik)) return [];
  const [province, regency, district] = [nik.slice(0, 2), nik.slice(2, 4), nik.slice(4, 6)];
  return [province, `${province}.${regency}`, `${province}.${regency}.${district}`];
}

export async function checkNik(db: Db, input: NikInput, lang: Lang = 'id', clock: Clock = systemClock) {
  const nik = normalizeNik(input.nik);
  const regions = await existingRegionCodes(db, regionCodesOf(nik));
  const lookup = createRegionLookup([...regions.values()].map(({ code, name }) => ({ code, name })));
  const parsed = parseNik(nik, { birthDate: input.birthDate, sex: input.sex, on: input.on ?? clock.today() }, lookup);
  const describe = ({ code }: { code: string }) => ({ code, message: translate(code, lang) });
  return {
    valid: parsed.valid,
    province: parsed.province,
    regency: parsed.regency,
    district: parsed.district,
    birthDate: parsed.birthDate,
    sex: parsed.sex,
    errors: parsed.errors.map(describe),
    warnings: parsed.warnings.map(describe),
  };
}
