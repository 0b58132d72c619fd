/**
 * What a hard crash leaves of the embedded PostgreSQL, and how to get past it safely. PostgreSQL's own log
 * goes to <dataDir>/pg.log (kept, so its reason can be shown). A stale postmaster.pid is judged by the PID
 * it records: a live process whose working directory is THIS data directory is our server (we wait for it,
 * else ask it to stop); an orphaned backend — its postmaster killed, itself still holding the shared memory
 * recorded in postmaster.pid, so PostgreSQL refuses to start — is found as a process working in THIS data
 * directory and attached to THAT segment, never by its name, and ended. Linux /proc only; elsewhere we
 * only remove the stale file as before.
 */
import fs from 'node:fs';
import path from 'node:path';

const LOG_KEEP_BYTES = 5 * 1024 * 1024;

/** Appends PostgreSQL's output to <dataDir>/pg.log (0600), rotating once past 5 MB. */
export function openPgLog(dataDir: string): { file: string; write(message: string): void } {
  const file = path.join(dataDir, 'pg.log');
  try { if (fs.statSync(file).size > LOG_KEEP_BYTES) fs.renameSync(file, `${file}.1`); } catch { /* no log yet */ }
  return { file, write: (message) => { try { fs.appendFileSync(file, message, { mode: 0o600 }); } catch { /* logging never fails a start */ } } };
}

/**
 * PostgreSQL's own reason in a log excerpt: its last FATAL/PANIC (else ERROR) line, with the line that
 * explains it when there is one (`LOG: invalid value for parameter …` before `FATAL: … contains errors`)
 * and its HINT/DETAIL.
 */
export function reasonFromLog(text: string): string | null {
  const lines = text.split('\n').map((l) => l.replace(/^.*?\b(FATAL|PANIC|ERROR|LOG|HINT|DETAIL):\s+/, '$1: ').trim()).filter(Boolean);
  let at = lines.findLastIndex((l) => /^(FATAL|PANIC):/.test(l));
  if (at < 0) at = lines.findLastIndex((l) => /^ERROR:/.test(l));
  if (at < 0) return null;
  const before = at > 0 && /^(LOG|ERROR):/.test(lines[at - 1]!) && !/^LOG: +(starting|listening|database system)/.test(lines[at - 1]!) ? `${lines[at - 1]} ` : '';
  const hint = lines.slice(at + 1).find((l) => /^(HINT|DETAIL):/.test(l));
  return `${before}${lines[at]}${hint ? ` ${hint}` : ''}`;
}

const realpath = (p: string) => { try { return fs.realpathSync(p); } catch { return null; } };
const cwdOf = (pid: number) => realpath(`/proc/${pid}/cwd`);
export const isAlive = (pid: number) => {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PidFile { pid: number; shmKey: number | null }

/** postmaster.pid: line 1 the PID, line 7 the shared memory key and ID. */
export function readPidFile(pidFile: string): PidFile | null {
  try {
    const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
    const key = Number((lines[6] ?? '').trim().split(/\s+/)[0]);
    return { pid: Number(lines[0]), shmKey: Number.isInteger(key) && key > 0 ? key : null };
  } catch {
    return null;
  }
}

/** Is this PID a process working in this data directory (our postmaster, or one of its backends)? */
export function runsIn(pid: number, pgDir: string): boolean {
  const dir = realpath(pgDir);
  return dir !== null && isAlive(pid) && cwdOf(pid) === dir;
}

/** Processes working in this data directory and attached to the recorded shared memory segment. */
function orphansOf(pgDir: string, shmKey: number | null): number[] {
  const dir = realpath(pgDir);
  if (!dir || !fs.existsSync('/proc')) return [];
  const segment = shmKey === null ? null : `SYSV${shmKey.toString(16).padStart(8, '0')}`;
  const found: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid || cwdOf(pid) !== dir) continue;
    let maps = '';
    try { maps = fs.readFileSync(`/proc/${pid}/maps`, 'utf8'); } catch { continue; }
    if (segment === null || maps.includes(segment)) found.push(pid);
  }
  return found;
}

async function endProcesses(pids: number[], log: (m: string) => void): Promise<void> {
  if (!pids.length) return;
  log(`ending ${pids.length} orphaned PostgreSQL process(es) of this data directory (pid ${pids.join(', ')})`);
  for (const pid of pids) { try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ } }
  for (let i = 0; i < 50 && pids.some(isAlive); i++) await sleep(100);
  // a backend stuck (stopped, or hung in I/O) ignores SIGTERM; it holds nothing worth keeping
  for (const pid of pids.filter(isAlive)) { try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ } }
  for (let i = 0; i < 50 && pids.some(isAlive); i++) await sleep(100);
}

/**
 * After the caller found no server answering: asks a postmaster of this data directory that is still alive
 * (stuck starting or stopping) to stop, by its recorded PID; ends orphaned backends; removes the stale file.
 */
export async function clearStaleServer(pgDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const recorded = readPidFile(pidFile);
  if (recorded && runsIn(recorded.pid, pgDir)) {
    log(`the embedded PostgreSQL (pid ${recorded.pid}) does not answer; asking it to stop`);
    await endProcesses([recorded.pid], log);
  }
  await endProcesses(orphansOf(pgDir, recorded?.shmKey ?? null), log);
  if (fs.existsSync(pidFile)) {
    // A crash leaves postmaster.pid behind; PostgreSQL refuses to start until it is gone.
    log('removing a stale postmaster.pid left by an earlier crash');
    fs.rmSync(pidFile, { force: true });
  }
}

/**
 * As root, PostgreSQL runs as the "postgres" OS user, which must be able to pass through every folder
 * above the data directory: the first one it cannot pass (no search bit for others), or null.
 */
export function privateAncestor(dir: string): string | null {
  const parts = path.resolve(dir).split(path.sep);
  for (let i = 2; i <= parts.length; i++) {
    const ancestor = parts.slice(0, i).join(path.sep) || path.sep;
    let stat: fs.Stats;
    try { stat = fs.statSync(ancestor); } catch { return null; } // from here on we create it ourselves
    if (stat.isDirectory() && (stat.mode & 0o001) === 0 && ancestor !== path.resolve(dir)) return ancestor;
  }
  return null;
}
