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

/** Collapses whitespace and trims; keeps the person's own spelling and capitalisation. */
export function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

// Most names are plain ASCII: skip Unicode normalisation for them (a million-row import calls this per row).
const ascii = (text: string) => (/[^ -~\s]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text).toLowerCase();
const compact = (piece: string) => piece.replace(/[^a-z]/g, '');
const isTitlePiece = (piece: string) => TITLES.has(compact(piece));

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
  const pieces = head.split(/\s+/);
  if (!tail.every((p) => p.includes('.') || isTitlePiece(p))) pieces.push(...tail);
  const tokens: string[] = [];
  for (const piece of pieces) {
    if (!piece) continue;
    // "S.Pd" as one piece is a title, not the tokens "s" and "pd"; a plain "Yohanes" is checked by the set
    if (/^[a-z]+$/.test(piece)) { if (!TITLES.has(piece)) tokens.push(piece); continue; }
    if (isTitlePiece(piece) && compact(piece).length > 1) continue;
    for (const t of piece.split(/[^a-z]+/)) if (t && !TITLES.has(t)) tokens.push(t);
  }
  return tokens;
}

/** Token-sorted key: swapped order ("Ndona Yohanes") and punctuation give the same key. */
export function nameKey(name: string): string {
  return nameTokens(name).sort().join(' ');
}

/** First letters of the sorted tokens: "Y. Ndona" and "Yohanes Ndona" share "n y". */
export function nameInitials(key: string): string {
  return key.split(' ').filter(Boolean).map((t) => t[0]).sort().join(' ');
}

/** A name is usable when it has at least one letter-token of 2+ letters (not only initials). */
export function isUsableName(name: string): boolean {
  return nameTokens(name).some((t) => t.length >= 2);
}
