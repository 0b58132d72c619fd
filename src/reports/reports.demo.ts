/**
 * The demo's UCJ reference figures: invented, flagged `example`, with a source line that says so — the
 * dashboard shows UCJ working without presenting any figure as BPS's or Kemendagri's. An admin replaces
 * them with `lindung reference import` (the real figures carry their real source). Idempotent (upsert).
 */
import type { Db } from '../db/database';
import { upsertFigures } from './reference.repository';

const SOURCE = 'CONTOH — bukan data resmi BPS/Kemendagri (demo Lindung)';

export async function seedDemoReference(db: Db, regencyCode: string, year: number): Promise<void> {
  const provinceCode = regencyCode.slice(0, 2);
  const row = (kind: 'employed-population' | 'ucj-target', regionCode: string, y: number, value: number) =>
    ({ kind, regionCode, year: y, value, source: SOURCE, example: true, importedBy: 'demo' });
  await upsertFigures(db, [
    row('employed-population', regencyCode, year - 1, 93_450),
    row('employed-population', provinceCode, year - 1, 2_750_000),
    row('ucj-target', regencyCode, year, 40),
    row('ucj-target', provinceCode, year, 35),
  ]);
}
