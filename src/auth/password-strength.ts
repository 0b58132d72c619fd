/**
 * Password strength (OWASP ASVS 2.1.7–2.1.8): zxcvbn-ts estimates how many guesses a password takes,
 * with the common-password lists, keyboard patterns, and the Indonesian dictionary (common words, names,
 * Wikipedia-id, months and days) — so `aaaaaaaaaa`, `1234567890` or `rahasiasaya` are weak however long.
 * The account's own username and display name count as known words. The dictionaries are megabytes:
 * loaded on the first password set, never at start-up (every CLI command and server start would pay).
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn score 0–4; 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_STRENGTH_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;
const zxcvbn = () => (estimator ??= (async () => {
  const [{ ZxcvbnFactory }, common, id] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-id')]);
  return new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...id.dictionary }, graphs: common.adjacencyGraphs, useLevenshteinDistance: true });
})());

/** The zxcvbn score (0–4) of `password`, knowing the account's own words. */
export async function passwordScore(password: string, userWords: string[]): Promise<number> {
  const words = userWords.flatMap((w) => [w, ...w.split(/[^\p{L}\p{N}]+/u)]).filter((w) => w.length >= 3);
  return (await zxcvbn()).check(password, words).score;
}
