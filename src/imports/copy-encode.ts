/**
 * Staged rows as PostgreSQL COPY text lines (tab-separated, \N for null, backslash escapes): the
 * cheapest way to move a million rows into `import_row`. Pure.
 */
import type { StagedRow } from './import.types';

export const IMPORT_ROW_COLUMNS = [
  'tenant_code', 'batch_id', 'row_no', 'status', 'nik', 'name', 'name_key', 'name_initials', 'birth_place', 'birth_date', 'sex',
  'mother_name', 'address', 'village_code', 'phone', 'opd_id', 'position', 'wage', 'employment_start', 'occupation', 'income',
  'welfare_decile', 'reasons', 'warnings', 'raw',
] as const;

const SPECIAL = /[\\\t\n\r\0]/;
const SPECIAL_ALL = /[\\\t\n\r\0]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '' };

function field(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : value;
}

const json = (value: unknown[] | null) => (value === null || value.length === 0 ? null : JSON.stringify(value));

/** One line (with its newline) in IMPORT_ROW_COLUMNS order. */
export function encodeRow(tenantCode: string, batchId: number, r: StagedRow): string {
  return [
    tenantCode, batchId, r.rowNo, r.status, r.nik, r.name, r.nameKey, r.nameInitials, r.birthPlace, r.birthDate, r.sex,
    r.motherName, r.address, r.villageCode, r.phone, r.opdId, r.position, r.wage, r.employmentStart, r.occupation, r.income,
    r.welfareDecile, json(r.reasons), json(r.warnings), json(r.raw),
  ].map(field).join('\t') + '\n';
}
