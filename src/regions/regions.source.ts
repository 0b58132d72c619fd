/**
 * Reads the Kemendagri region lists vendored from `idn-area-data` 4.0.1 in `vendor/idn-area-data/` (CSV files:
 * 38 provinces, 514 regencies/cities, ~7,280 districts, ~83,760 villages; why vendored: its README).
 * Reference data, a few MB: read whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { RegionRow } from './regions.repository';

function dataDir(): string {
  return fileURLToPath(new URL('../../vendor/idn-area-data/', import.meta.url));
}

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(dataDir(), file)), { columns: true, skip_empty_lines: true, trim: true });
}

export function readKemendagriRegions(): RegionRow[] {
  return [
    ...readCsv('provinces.csv').map((r) => ({ code: r.code!, name: r.name!, level: 'province' as const, parent_code: null })),
    ...readCsv('regencies.csv').map((r) => ({ code: r.code!, name: r.name!, level: 'regency' as const, parent_code: r.province_code! })),
    ...readCsv('districts.csv').map((r) => ({ code: r.code!, name: r.name!, level: 'district' as const, parent_code: r.regency_code! })),
    ...readCsv('villages.csv').map((r) => ({ code: r.code!, name: r.name!, level: 'village' as const, parent_code: r.district_code! })),
  ];
}
