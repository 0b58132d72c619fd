/**
 * Every public answer that could tell a right guess from a wrong one takes at least the same fixed time:
 * whatever the path did (an unknown NIK, a wrong KPJ, a used code), the caller waits until the floor.
 * The work itself is far below the floor, so the paths land in one timing class (issue #15 §2).
 */
export const ANSWER_FLOOR_MS = 400;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function withFloor<T>(work: () => Promise<T>, floorMs = ANSWER_FLOOR_MS): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const left = floorMs - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
}
