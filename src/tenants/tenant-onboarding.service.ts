/**
 * Onboarding regencies: each with its first Dinas account and, optionally, the BPJS branch that serves it.
 * One at a time from the admin page, or a province's 22 in one go from a CSV
 * (`kode,nama_pengguna,nama_lengkap[,kata_sandi][,kantor_cabang]`). Every row is accounted for —
 * registered, already there, or refused with its reason — and one bad row does not stop the others.
 * A row without a password gets a random one to hand over, which must be changed at first login.
 * Same validation as the API (tenants.service createTenant, auth/users.service createUser,
 * branches.service assignBranch), because it goes through them.
 */
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { RequestContext } from '../auth/actor';
import { requirePermission } from '../auth/scope.service';
import { createUser, userExists } from '../auth/users.service';
import { assignBranch } from '../branches/branches.service';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { translate, type Lang } from '../i18n/messages';
import { createTenant, getTenant } from './tenants.service';
import './tenants.messages';

export interface OnboardingInput { code: string; username: string; displayName?: string; password?: string; branch?: string }

export interface OnboardingRow {
  line: number; code: string; username: string;
  outcome: 'created' | 'exists' | 'refused';
  tenant?: string; password?: string; branch?: string; error?: { code: string; message: string };
}

const HEADERS = ['kode', 'nama_pengguna', 'nama_lengkap'];

/** The rows of an onboarding CSV; a file without the columns is refused as a whole. */
export function parseOnboardingCsv(csv: string): OnboardingInput[] {
  const records = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as Record<string, string>[];
  const missing = HEADERS.filter((h) => !(records[0] && h in records[0]));
  if (records.length === 0 || missing.length) throw new DomainError('ONBOARDING_COLUMNS', 'invalid', { field: 'file', columns: HEADERS.join(', ') });
  return records.map((r) => ({ code: r.kode ?? '', username: r.nama_pengguna ?? '', displayName: r.nama_lengkap, password: r.kata_sandi || undefined, branch: r.kantor_cabang || undefined }));
}

export async function onboardRegencies(db: Db, ctx: RequestContext, csv: string, lang: Lang): Promise<OnboardingRow[]> {
  requirePermission(ctx.actor, 'tenants:manage');
  return onboardRows(db, ctx, parseOnboardingCsv(csv), lang);
}

/** Rows in order (line = the CSV line, the header being line 1), each settled before the next. */
export async function onboardRows(db: Db, ctx: RequestContext, inputs: OnboardingInput[], lang: Lang): Promise<OnboardingRow[]> {
  // up front: a row's "exists" would otherwise tell anyone which usernames are taken
  requirePermission(ctx.actor, 'tenants:manage');
  requirePermission(ctx.actor, 'users:manage');
  const results: OnboardingRow[] = [];
  for (const [i, input] of inputs.entries()) results.push(await onboardOne(db, ctx, input, i + 2, lang));
  return results;
}

async function onboardOne(db: Db, ctx: RequestContext, r: OnboardingInput, line: number, lang: Lang): Promise<OnboardingRow> {
  const row = { line, code: r.code.trim(), username: r.username.trim() };
  try {
    // the users API's own rule (auth/users.routes.ts), so a CSV cannot create a name the form would refuse
    if (!/^[a-zA-Z0-9._-]{3,50}$/.test(row.username)) throw new DomainError('ONBOARDING_USERNAME', 'invalid', { field: 'username' });
    const existed = await getTenant(db, ctx, row.code).catch(() => undefined);
    const tenant = existed ?? await createTenant(db, ctx, row.code);
    const branch = r.branch ? (await assignBranch(db, ctx, r.branch.trim(), [row.code])).name : undefined;
    const named = { tenant: tenant?.name, ...(branch ? { branch } : {}) };
    if (await userExists(db, row.username)) return { ...row, outcome: 'exists', ...named };
    const password = r.password || `${randomBytes(9).toString('base64url')}-Lx7`;
    await createUser(db, ctx, { username: row.username, displayName: r.displayName?.trim() || row.username, password, role: 'dinas', tenantCode: row.code, mustChangePassword: true });
    return { ...row, outcome: 'created', ...named, ...(r.password ? {} : { password }) };
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { ...row, outcome: 'refused', error: { code: e.code, message: translate(e.code, lang, e.details) } };
  }
}
