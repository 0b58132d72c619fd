/**
 * Onboarding a province's regencies in one go: a CSV of regencies and their first Dinas accounts
 * (`kode,nama_pengguna,nama_lengkap[,kata_sandi]`). Every row is accounted for — registered, already
 * there, or refused with its reason — and one bad row does not stop the others. A row without a password
 * gets a random one to hand over, which must be changed at first login. Same validation as the API
 * (tenants.service createTenant, auth/users.service createUser).
 */
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { RequestContext } from '../auth/actor';
import { createUser, userExists } from '../auth/users.service';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { translate, type Lang } from '../i18n/messages';
import { createTenant, getTenant } from './tenants.service';
import './tenants.messages';

export interface OnboardingRow {
  line: number; code: string; username: string;
  outcome: 'created' | 'exists' | 'refused';
  tenant?: string; password?: string; error?: { code: string; message: string };
}

const HEADERS = ['kode', 'nama_pengguna', 'nama_lengkap'];

export async function onboardRegencies(db: Db, ctx: RequestContext, csv: string, lang: Lang): Promise<OnboardingRow[]> {
  const records = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  const missing = HEADERS.filter((h) => !(records[0] && h in records[0]));
  if (records.length === 0 || missing.length) throw new DomainError('ONBOARDING_COLUMNS', 'invalid', { field: 'file', columns: HEADERS.join(', ') });
  const results: OnboardingRow[] = [];
  for (const [i, r] of records.entries()) {
    const row = { line: i + 2, code: r.kode ?? '', username: r.nama_pengguna ?? '' };
    try {
      const existed = await getTenant(db, ctx, row.code).catch(() => undefined);
      const tenant = existed ?? await createTenant(db, ctx, row.code);
      if (await userExists(db, row.username)) { results.push({ ...row, outcome: 'exists', tenant: tenant?.name }); continue; }
      const given = r.kata_sandi ?? '';
      const password = given || `${randomBytes(9).toString('base64url')}-Lx7`;
      await createUser(db, ctx, { username: row.username, displayName: r.nama_lengkap || row.username, password, role: 'dinas', tenantCode: row.code, mustChangePassword: true });
      results.push({ ...row, outcome: 'created', tenant: tenant?.name, ...(given ? {} : { password }) });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      results.push({ ...row, outcome: 'refused', error: { code: e.code, message: translate(e.code, lang, e.details) } });
    }
  }
  return results;
}
