/**
 * Password strength (OWASP ASVS 2.1.7–2.1.8): zxcvbn-ts estimates how many guesses a password takes,
 * with the common-password lists, keyboard patterns, and the Indonesian dictionary (common words, names,
 * Wikipedia-id, months and days) — so `aaaaaaaaaa`, `1234567890` or `rahasiasaya` are weak however long.
 * The account's own username and display name count as known words. Loaded once, lazily.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as id from '@zxcvbn-ts/language-id';

/** zxcvbn score 0–4; 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_STRENGTH_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () => (estimator ??= new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...id.dictionary },
  graphs: common.adjacencyGraphs,
  useLevenshteinDistance: true,
}));

/** The zxcvbn score (0–4) of `password`, knowing the account's own words. */
export function passwordScore(password: string, userWords: string[]): number {
  const words = userWords.flatMap((w) => [w, ...w.split(/[^\p{L}\p{N}]+/u)]).filter((w) => w.length >= 3);
  return zxcvbn().check(password, words).score;
}
