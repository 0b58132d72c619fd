/**
 * Progress arithmetic for long jobs: percent, rows per second and the estimated time left, from what
 * the job has done so far. Pure: the clock is an argument.
 */
export interface ProgressSample {
  /** Rows (or other units) processed so far. */
  readonly processed: number;
  /** Total when known (exact or estimated), else null. */
  readonly total: number | null;
  /** Done fraction 0–1 when the job can tell it better than processed/total (e.g. bytes read). */
  readonly fraction?: number;
  readonly phase?: string;
}

export interface ProgressView {
  readonly processed: number;
  readonly total: number | null;
  readonly percent: number;
  readonly rowsPerSecond: number | null;
  readonly etaSeconds: number | null;
}

export function computeProgress(sample: ProgressSample, startedAtMs: number, nowMs: number): ProgressView {
  const elapsed = Math.max((nowMs - startedAtMs) / 1000, 0.001);
  const fraction = sample.fraction ?? (sample.total ? sample.processed / sample.total : 0);
  const clamped = Math.min(Math.max(fraction, 0), 1);
  const rowsPerSecond = sample.processed > 0 ? Math.round(sample.processed / elapsed) : null;
  // time left = elapsed × (what remains ÷ what is done), once there is something to extrapolate from
  const etaSeconds = clamped > 0.001 && clamped < 1 ? Math.round((elapsed * (1 - clamped)) / clamped) : clamped >= 1 ? 0 : null;
  return { processed: sample.processed, total: sample.total, percent: Math.round(clamped * 1000) / 10, rowsPerSecond, etaSeconds };
}
