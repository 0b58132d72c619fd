/**
 * A bounded memo for a pure text → value function that sees a few distinct texts many times: an OPD or
 * village column repeats a few dozen names over a million rows, and normalising each cell again (Unicode
 * NFD + several regular expressions) was a visible share of an import's time. When full it starts over,
 * so a column of all-distinct cells costs a Map insert per row, never unbounded memory.
 */
export function memoizeText<T>(compute: (text: string) => T, maxEntries = 10_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (memo.size >= maxEntries) memo.clear();
    memo.set(text, value);
    return value;
  };
}
