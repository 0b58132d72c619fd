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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 3000),
    dataDir: path.resolve(env.LINDUNG_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionTtlHours: Number(env.LINDUNG_SESSION_TTL_HOURS ?? 12),
    bodyLimit: 1024 * 1024,
    uploadLimit: 100 * 1024 * 1024,
    webDist: path.resolve(import.meta.dirname, '../../web/dist'),
    secureCookies: env.LINDUNG_SECURE_COOKIES === '1',
  };
}
