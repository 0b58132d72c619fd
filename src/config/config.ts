/**
 * Runtime configuration, read once from the environment. Defaults give the single-PC installation:
 * embedded PostgreSQL under ./data, app on 127.0.0.1:3000.
 */
import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** External PostgreSQL (≥ 15). When absent the embedded server under `dataDir` is used. */
  databaseUrl: string | undefined;
  logLevel: string;
  sessionTtlHours: number;
  /** Max request body for JSON APIs (bytes). Uploads have their own limit. */
  bodyLimit: number;
  uploadLimit: number;
  webDist: string;
  secureCookies: boolean;
  /**
   * Days a decided import batch keeps its staged rows (import_row, import_match) before the daily purge
   * removes them. A system setting, not a rule of the trade: data minimisation (UU 27/2022 Pasal 16 (2))
   * asks for no longer than the error sheet is useful; the batch and its counts are kept for good.
   */
  importRowRetentionDays: number;
  /** Days the server's daily backups in `<dataDir>/backups` are kept; 0 turns the daily backup off. */
  backupKeepDays: number;
  /**
   * The address people reach this installation at (`LINDUNG_PUBLIC_URL`, e.g. https://lindung.nagekeokab.go.id):
   * printed into each card's QR link. Unset, the server uses the address a request came in on.
   */
  publicUrl: string | undefined;
}

/** A whole-number setting: a typo ("90d", "-1") refuses to start rather than misbehave later. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return Number(raw);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: wholeNumber(env, 'PORT', 3000),
    dataDir: path.resolve(env.LINDUNG_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionTtlHours: wholeNumber(env, 'LINDUNG_SESSION_TTL_HOURS', 12),
    bodyLimit: 1024 * 1024,
    uploadLimit: 100 * 1024 * 1024,
    webDist: path.resolve(import.meta.dirname, '../../web/dist'),
    secureCookies: env.LINDUNG_SECURE_COOKIES === '1',
    importRowRetentionDays: wholeNumber(env, 'LINDUNG_IMPORT_RETENTION_DAYS', 90),
    backupKeepDays: wholeNumber(env, 'LINDUNG_BACKUP_KEEP_DAYS', 14),
    publicUrl: env.LINDUNG_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined,
  };
}
