/** Runs the real `lindung` command (bin/lindung.mjs) against a given database, as a user would. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/lindung.mjs');

export interface CliResult { code: number; stdout: string; stderr: string }

export async function runLindung(databaseUrl: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await exec('node', [BIN, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
