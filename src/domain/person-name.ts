/**
 * Person names as offices type them: cleaning for storage, and the keys fuzzy de-duplication compares.
 * Owns: whitespace/title cleanup, the token-sorted `nameKey` ("Ndona, Yohanes S.Pd" → "ndona yohanes"),
 * and the `nameInitials` key that lets "Y. Ndona" meet "Yohanes Ndona". Pure: no I/O.
 */

/** Academic and honorific titles that say nothing about who a person is (Permendikbud 154/2014 titles,
 * common forms of address). Only multi-letter forms: a lone "H." may be an initial as well as "Haji". */
const TITLES = new Set([
  'drs', 'dra', 'dr', 'ir', 'ns', 'hj', 'bpk', 'bapak', 'ibu', 'sdr', 'sdri', 'amd', 'spd', 'spdi', 'skm', 'se', 'sh',
  'ssos', 'st', 'skom', 'sag', 'skep', 'sip', 'sfarm', 'ssi', 'sth', 'mpd', 'msi', 'mm', 'mh', 'amkep', 'amdkep', 'amk',
  'spdsd', 'stp', 'spt', 'shut', 'sst', 'ssit', 'mkes', 'skes', 'apt', 'sked', 'sgz', 'akep', 'ama',
]);

const MAX_NAME_LENGTH = 150;

/** Two whitespace characters in a row, or any whitespace other than a plain space. */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** Collapses whitespace and trims; keeps the person's own spelling and capitalisation. */
export function cleanName(raw: string): string {
  // Testing first allocates nothing: most names (already cleaned by the cell reader) need no replace
  const collapsed = NEEDS_COLLAPSE.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
  return collapsed.trim().slice(0, MAX_NAME_LENGTH);
}

// The regular expressions of the per-row functions below live here, built once (an import calls them a
// million times).
const NON_ASCII = /[^ -~\s]/;
const LETTERS_ONLY = /^[a-z]+$/;
const NON_LETTERS = /[^a-z]+/;

// Most names are plain ASCII: skip Unicode normalisation for them (a million-row import calls this per row).
const ascii = (text: string) => (NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text).toLowerCase();
const compact = (piece: string) => piece.replace(/[^a-z]/g, '');
const isTitlePiece = (piece: string) => TITLES.has(compact(piece));
const isTitleAfterComma = (piece: string) => piece.includes('.') || isTitlePiece(piece);

/**
 * Lower-case ASCII tokens of a name, titles removed. After a comma come titles ("Yohanes Ndona, S.Pd.,
 * M.Pd") unless the comma separates "Surname, Given": the tail is dropped only when every piece of it is
 * dotted or a known title.
 */
function nameTokens(name: string): string[] {
  const text = ascii(name);
  const comma = text.indexOf(',');
  const head = comma < 0 ? text : text.slice(0, comma);
  const tail = comma < 0 ? [] : text.slice(comma + 1).split(/[\s,]+/).filter(Boolean);
  // Single spaces only (the usual case) split the same on ' ', which is cheaper than a RegExp split
  const pieces = NEEDS_COLLAPSE.test(head) ? head.split(/\s+/) : head.split(' ');
  if (!tail.every(isTitleAfterComma)) pieces.push(...tail);
  const tokens: string[] = [];
  for (const piece of pieces) {
    if (!piece) continue;
    // "S.Pd" as one piece is a title, not the tokens "s" and "pd"; a plain "Yohanes" is checked by the set
    if (LETTERS_ONLY.test(piece)) { if (!TITLES.has(piece)) tokens.push(piece); continue; }
    if (isTitlePiece(piece) && compact(piece).length > 1) continue;
    for (const t of piece.split(NON_LETTERS)) if (t && !TITLES.has(t)) tokens.push(t);
  }
  return tokens;
}

/** Token-sorted key: swapped order ("Ndona Yohanes") and punctuation give the same key. */
export function nameKey(name: string): string {
  return nameTokens(name).sort().join(' ');
}

/** First letters of the sorted tokens: "Y. Ndona" and "Yohanes Ndona" share "n y". */
export function nameInitials(key: string): string {
  // The first character of each space-separated token, collected in one pass (no token array per row).
  // A key from nameKey is sorted, so its initials already are: sorting is then skipped.
  const initials: string[] = [];
  let inOrder = true;
  for (let i = 0; i < key.length; i++) {
    if (key[i] === ' ' || (i > 0 && key[i - 1] !== ' ')) continue;
    const initial = key[i]!;
    if (initials.length > 0 && initial < initials[initials.length - 1]!) inOrder = false;
    initials.push(initial);
  }
  return (inOrder ? initials : initials.sort()).join(' ');
}

/** A name is usable when it has at least one letter-token of 2+ letters (not only initials). */
export function isUsableName(name: string): boolean {
  return nameTokens(name).some((t) => t.length >= 2);
}
