/**
 * A name shown to anyone who scans a card (the public verification page): enough for the person holding
 * the card to be recognised by whoever checks it, not enough to learn a stranger's full name from a
 * found card (UU 27/2022 on personal data: disclose no more than the purpose needs).
 */

/** "Maria Goreti Wea" → "Ma*** Go**** W**": each word keeps its first two letters (one for short words). */
export function maskName(name: string): string {
  return name.trim().split(/\s+/).filter(Boolean).map((word) => {
    const letters = [...word];
    const keep = letters.length <= 3 ? 1 : 2;
    return letters.slice(0, keep).join('') + '*'.repeat(letters.length - keep);
  }).join(' ');
}
