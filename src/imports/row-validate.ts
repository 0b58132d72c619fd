/**
 * One spreadsheet row → one staged row, accepted or rejected with every reason (not only the first), plus
 * warnings. Checks: NIK structure, region codes, birth date and sex against the NIK (domain/nik.ts);
 * required fields; age; village within the tenant (and the desa operator's own); OPD known (and the OPD
 * operator's own); wage ≥ UMP (non-ASN) or declared income ≥ the BPU minimum (rentan). Pure and
 * synchronous: a million rows go through it in seconds. Duplicates are found later, set-based, in SQL.
 */
import type { IsoDate } from '../domain/calendar';
import { parseNik, type Sex } from '../domain/nik';
import { cleanName, nameInitials, nameKey } from '../domain/person-name';
import type { RegionLookup } from '../domain/region-lookup';
import {
  cellText, parseDateCell, parseDecileCell, parseMoneyCell, parseNikCell, parsePhoneCell, parseSexCell, parseText,
} from './cell-parse';
import type { ColumnMap, MappedField } from './header-map';
import type { Cell, Field, Issue, Parsed, SheetRow, StagedRow, WorkerGroup } from './import.types';
import type { ImportRules } from './import-rules';
import type { OpdIndex, VillageIndex } from './reference-index';

export interface RowContext {
  readonly group: WorkerGroup;
  readonly rules: ImportRules;
  readonly regions: RegionLookup;
  readonly villages: VillageIndex;
  readonly opds: OpdIndex;
  readonly columns: ColumnMap;
  /** An OPD operator's rows all belong to their OPD; a row naming another is rejected. */
  readonly forcedOpdId: number | null;
  /** The OPD for rows that name none (a dinas importing one OPD's list). */
  readonly defaultOpdId: number | null;
  /** A desa operator's rows all belong to their village. */
  readonly forcedVillageCode: string | null;
  /** A Dinas officer's pick for a one-village list: the village of rows that name none. */
  readonly defaultVillageCode?: string | null;
}

/** Whole years between a birth date and `on` (ISO strings). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

class RowIssues {
  readonly reasons: Issue[] = [];
  readonly warnings: Issue[] = [];
  /** The value when parsed, else null with the issue recorded against `column`. */
  take<T>(column: Field, parsed: Parsed<T>): T | null {
    if (!parsed.ok) {
      this.reasons.push({ column, ...parsed.issue });
      return null;
    }
    if (parsed.warning) this.warnings.push({ column, ...parsed.warning });
    return parsed.value;
  }
  reject(column: Field | string, code: string, params?: Record<string, string | number>) {
    this.reasons.push({ column, code, ...(params ? { params } : {}) });
  }
  warn(column: Field, code: string, params?: Record<string, string | number>) {
    this.warnings.push({ column, code, ...(params ? { params } : {}) });
  }
}

// Plain functions and loops below rather than per-row closures (`cells.every(…)`, an `at` helper): a
// million rows made a million of each, and the garbage collector was a third of the validation time.

/** The cell of `field` in this row, null when the file has no such column. */
function cellOf(cells: readonly Cell[], ctx: RowContext, field: MappedField): Cell {
  const i = ctx.columns.index[field];
  return i === undefined ? null : (cells[i] ?? null);
}

/** The field a column maps to, or the column's header as the file names it. */
function fieldAt(ctx: RowContext, column: number): Field | string {
  for (const [field, i] of Object.entries(ctx.columns.index)) if (i === column && field !== 'ignore' && field !== 'birth_place_date') return field;
  return ctx.columns.headers[column] || `#${column + 1}`;
}

function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (cellText(cell) !== '') return false;
  return true;
}

/** nameKey joins letter-only tokens with single spaces: a usable name has a token of 2+ letters. */
const HAS_TWO_LETTER_TOKEN = /[^ ]{2}/;

// C0 control characters no keyboard types (tab, newline and carriage return are text). PostgreSQL's text
// and jsonb refuse NUL (22P05), and the file sniffer sees only the first 64 KB, so one deep in a file must
// be handled per row: the row is rejected and the cells are kept without them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ALL = /[\0-\x08\x0b\x0c\x0e-\x1f]/g;

/** The cells without control characters, and the first column that held one (-1: none did). */
function withoutControls(cells: readonly Cell[]): { cells: Cell[]; column: number } {
  let column = -1;
  const clean = cells.map((c, i) => {
    if (typeof c !== 'string' || !CONTROL.test(c)) return c;
    if (column < 0) column = i;
    return c.replace(CONTROL_ALL, '');
  });
  return { cells: clean, column };
}

/** Null for a blank row (nothing typed in any column): it is not a row of data. */
export function validateRow(row: SheetRow, ctx: RowContext): StagedRow | null {
  let { cells } = row;
  let controlColumn = -1;
  for (const c of cells) {
    if (typeof c === 'string' && CONTROL.test(c)) { ({ cells, column: controlColumn } = withoutControls(cells)); break; }
  }
  if (isBlankRow(cells)) return null;
  const issues = new RowIssues();
  if (controlColumn >= 0) issues.reject(fieldAt(ctx, controlColumn), 'CELL_CONTROL_CHAR', { column: controlColumn + 1 });

  // "Tempat, Tanggal Lahir" in one column: the place before the last comma, the date after it
  const ttl = cellText(cellOf(cells, ctx, 'birth_place_date'));
  const ttlComma = ttl.lastIndexOf(',');
  const birthPlaceCell = cellOf(cells, ctx, 'birth_place') ?? (ttl ? (ttlComma >= 0 ? ttl.slice(0, ttlComma) : null) : null);
  const birthDateCell = cellOf(cells, ctx, 'birth_date') ?? (ttl ? ttl.slice(ttlComma + 1) : null);

  const nikDigits = issues.take('nik', parseNikCell(cellOf(cells, ctx, 'nik')));
  const rawName = cellText(cellOf(cells, ctx, 'name'));
  const name = rawName ? cleanName(rawName) : null;
  const key = name ? nameKey(name) : null;
  if (!name) issues.reject('name', 'NAME_REQUIRED');
  else if (!HAS_TWO_LETTER_TOKEN.test(key!)) issues.reject('name', 'NAME_INVALID', { value: rawName });
  let birthDate = issues.take('birth_date', parseDateCell(birthDateCell, ctx.rules.on));
  const sexCell = cellOf(cells, ctx, 'sex');
  let sex: Sex | null = issues.take('sex', parseSexCell(sexCell));

  let nik: string | null = null;
  if (nikDigits !== null) {
    const parsed = parseNik(nikDigits, { birthDate: birthDate ?? undefined, sex: sex ?? undefined, on: ctx.rules.on }, ctx.regions);
    for (const e of parsed.errors) issues.reject(e.code === 'NIK_SEX_MISMATCH' ? 'sex' : e.code === 'NIK_BIRTHDATE_MISMATCH' ? 'birth_date' : 'nik', e.code);
    for (const w of parsed.warnings) if (w.code !== 'NIK_CENTURY_UNRESOLVED') issues.warn('nik', w.code);
    if (parsed.valid || parsed.nik.length === 16) nik = parsed.nik;
    // The NIK carries the birth date and sex: an empty column is filled from it, with a warning
    if (parsed.valid && !birthDate && parsed.birthDate && cellText(birthDateCell) === '') {
      birthDate = parsed.birthDate;
      issues.warn('birth_date', 'BIRTHDATE_FROM_NIK', { date: birthDate });
    }
    if (parsed.valid && !sex && parsed.sex && cellText(sexCell) === '') {
      sex = parsed.sex;
      issues.warn('sex', 'SEX_FROM_NIK', { sex });
    }
  }
  if (!birthDate && cellText(birthDateCell) === '' && nikDigits === null) issues.reject('birth_date', 'BIRTHDATE_REQUIRED');
  if (birthDate) {
    const age = ageOn(birthDate, ctx.rules.on);
    if (birthDate > ctx.rules.on) issues.reject('birth_date', 'BIRTHDATE_IN_FUTURE', { on: ctx.rules.on });
    else if (age < ctx.rules.minAge || age > ctx.rules.maxAge)
      issues.reject('birth_date', 'AGE_OUT_OF_RANGE', { age, min: ctx.rules.minAge, max: ctx.rules.maxAge, on: ctx.rules.on });
  }

  const birthPlace = issues.take('birth_place', parseText(birthPlaceCell, 100));
  const motherName = issues.take('mother_name', parseText(cellOf(cells, ctx, 'mother_name'), 150));
  const address = issues.take('address', parseText(cellOf(cells, ctx, 'address'), 300));
  const phone = issues.take('phone', parsePhoneCell(cellOf(cells, ctx, 'phone')));
  const villageCell = cellOf(cells, ctx, 'village');
  let villageCode = issues.take('village', ctx.villages.resolve(villageCell, cellOf(cells, ctx, 'district')));
  if (ctx.forcedVillageCode) {
    if (villageCode && villageCode !== ctx.forcedVillageCode) issues.reject('village', 'VILLAGE_OUTSIDE_SCOPE', { value: cellText(villageCell) });
    villageCode = ctx.forcedVillageCode;
  } else if (villageCode === null && cellText(villageCell) === '' && ctx.defaultVillageCode) {
    villageCode = ctx.defaultVillageCode;
  }

  const staged: StagedRow = {
    rowNo: row.rowNo, status: 'accepted', nik, name, nameKey: key, nameInitials: key !== null ? nameInitials(key) : null,
    birthPlace, birthDate, sex, motherName, address, villageCode, phone,
    opdId: null, position: null, wage: null, employmentStart: null, occupation: null, income: null, welfareDecile: null,
    reasons: issues.reasons, warnings: issues.warnings, raw: null,
  };
  if (ctx.group === 'non-asn') validateNonAsn(staged, cells, ctx, issues);
  else validateRentan(staged, cells, ctx, issues);

  if (issues.reasons.length > 0) {
    staged.status = 'rejected';
    // a note such as "income defaulted to the minimum" describes what would be registered: not this row
    staged.warnings = [];
    staged.raw = cells.map(cellText);
  }
  return staged;
}

function validateNonAsn(staged: StagedRow, cells: readonly Cell[], ctx: RowContext, issues: RowIssues) {
  const opdCell = cellOf(cells, ctx, 'opd');
  let opdId = issues.take('opd', ctx.opds.resolve(opdCell));
  if (ctx.forcedOpdId !== null) {
    if (opdId !== null && opdId !== ctx.forcedOpdId) issues.reject('opd', 'OPD_OUTSIDE_SCOPE', { value: cellText(opdCell) });
    opdId = ctx.forcedOpdId;
  } else if (opdId === null && cellText(opdCell) === '') {
    opdId = ctx.defaultOpdId;
    if (opdId === null) issues.reject('opd', 'OPD_REQUIRED');
  }
  staged.opdId = opdId;
  staged.position = issues.take('position', parseText(cellOf(cells, ctx, 'position'), 150));
  staged.employmentStart = issues.take('employment_start', parseDateCell(cellOf(cells, ctx, 'employment_start'), ctx.rules.on));
  const moneyCell = cellOf(cells, ctx, 'wage') ?? cellOf(cells, ctx, 'income');
  const wage = issues.take('wage', parseMoneyCell(moneyCell));
  if (wage === null && cellText(moneyCell) === '') issues.reject('wage', 'WAGE_REQUIRED');
  const floor = ctx.rules.wageFloor;
  if (wage !== null && floor && wage < floor.amount) issues.reject('wage', 'WAGE_BELOW_FLOOR', { amount: wage, floor: floor.amount, rule: floor.rule });
  staged.wage = wage;
}

function validateRentan(staged: StagedRow, cells: readonly Cell[], ctx: RowContext, issues: RowIssues) {
  if (!staged.villageCode && cellText(cellOf(cells, ctx, 'village')) === '') issues.reject('village', 'VILLAGE_REQUIRED');
  const occupationCell = cellOf(cells, ctx, 'occupation');
  staged.occupation = issues.take('occupation', parseText(occupationCell, 100));
  if (!staged.occupation && cellText(occupationCell) === '') issues.reject('occupation', 'OCCUPATION_REQUIRED');
  const moneyCell = cellOf(cells, ctx, 'income') ?? cellOf(cells, ctx, 'wage');
  let income = issues.take('income', parseMoneyCell(moneyCell));
  const floor = ctx.rules.incomeFloor;
  // Village lists rarely state an income: the regency then declares the minimum (the Rp 16,800 package)
  if (income === null && cellText(moneyCell) === '') {
    income = floor.amount;
    issues.warn('income', 'INCOME_DEFAULTED', { floor: floor.amount });
  } else if (income !== null && income < floor.amount) {
    issues.reject('income', 'INCOME_BELOW_FLOOR', { amount: income, floor: floor.amount, rule: floor.rule });
  }
  staged.income = income;
  staged.welfareDecile = issues.take('welfare_decile', parseDecileCell(cellOf(cells, ctx, 'welfare_decile')));
  // P3KE targets deciles 1–4 for pekerja rentan (REGULATIONS.md §6)
  if (staged.welfareDecile !== null && staged.welfareDecile > 4) issues.warn('welfare_decile', 'DECILE_ABOVE_TARGET', { decile: staged.welfareDecile });
}
