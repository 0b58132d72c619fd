/**
 * No raw keys and no English in the Indonesian UI (issue #17 item 5): every translation key the web app
 * uses exists in both languages, every error code the server throws has a message, and an Indonesian
 * text identical to its English one is a forgotten translation unless it is a word both languages share.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMessages } from '../src/i18n/messages';
import { FIELD_LABELS } from '../src/imports/row-issues';
import { en } from '../web/src/i18n/en';
import { id } from '../web/src/i18n/id';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Words and names both languages write the same way (legal terms, acronyms, loan words). */
const SAME_IN_BOTH = new Set(['status', 'mou', 'pks', 'nik', 'kpj', 'opd', 'bpu', 'jkk', 'jkm', 'jht', 'jkp', 'apbd', 'apbn', 'dpa', 'ump', 'umk',
  'xlsx', 'pdf', 'csv', 'lindung', 'bahasa', 'indonesia', 'english', 'email', 'total', 'desa', 'non-asn', 'dinas', 'admin', 'eta', 'detail',
  'administrator', 'auditor', 'bpjs', 'ketenagakerjaan', 'addendum', 'format', 'batch', 'pekerja', 'rentan',
  // the programme's own name (Kemnaker/BPJS use it untranslated in Indonesian) and a word both languages share
  'universal', 'coverage', 'jamsostek', 'ucj', 'target']);
/** Identical texts are fine when every word in them (placeholders aside) is one both languages share. */
const sharedWord = (text: string) => text.replace(/\{\{?\w+\}?\}/g, ' ').toLowerCase().split(/[^a-z-]+/)
  .filter((w) => /[a-z]{3,}/.test(w)).every((w) => SAME_IN_BOTH.has(w));

function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

function sourceFiles(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name) && !e.name.includes('.test.'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('web translations', () => {
  const idKeys = leaves(id);
  const enKeys = leaves(en);

  it('every key has both languages', () => {
    expect([...idKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !idKeys.has(k))).toEqual([]);
  });

  it('every literal key the pages use exists', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'web/src'), /\.tsx?$/)) {
      // comments quote keys as examples (i18next.d.ts: "t('nav.user') does not" compile)
      const code = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      for (const m of code.matchAll(/\bt\('([a-zA-Z][\w.-]+)'/g)) used.add(m[1]!);
    }
    // a key naming a sub-tree (plural forms, objects passed on) counts as present
    const present = (k: string) => idKeys.has(k) || [...idKeys.keys()].some((leaf) => leaf.startsWith(`${k}.`) || leaf.startsWith(`${k}_`));
    expect([...used].filter((k) => !present(k))).toEqual([]);
  });

  it('no Indonesian text is left in English', () => {
    const same = [...idKeys].filter(([k, v]) => enKeys.get(k) === v && !sharedWord(v)).map(([k, v]) => `${k}: ${v}`);
    expect(same).toEqual([]);
  });
});

describe('server messages', () => {
  it('every error code thrown has an Indonesian and an English message, and they differ', async () => {
    for (const file of sourceFiles(path.join(ROOT, 'src'), /\.messages\.ts$/)) await import(file);
    const catalogue = allMessages();
    const thrown = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src'), /\.ts$/)) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/new DomainError\('([A-Z_]+)'/g)) thrown.add(m[1]!);
    }
    expect([...thrown].filter((code) => !catalogue[code])).toEqual([]);
    const untranslated = Object.entries(catalogue).filter(([, m]) => !m.id.trim() || !m.en.trim() || (m.id === m.en && !sharedWord(m.id)));
    expect(untranslated.map(([code]) => code)).toEqual([]);
  });
});

describe('import column chips', () => {
  it('name every mapped field in words, "ignore" included (it showed as "No → ignore")', () => {
    for (const [field, words] of Object.entries(FIELD_LABELS)) {
      expect(words.id, field).not.toBe(field);
      expect(words.en, field).toMatch(/\S/);
    }
    expect(FIELD_LABELS.ignore).toEqual({ id: 'diabaikan', en: 'ignored' });
  });
});

describe('the app speaks for itself (issue #17 item 7)', () => {
  it("asks with its own dialogs and picks dates in the UI language, never the browser's", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'web/src'), /\.tsx?$/)) {
      const code = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      // window.confirm/alert/prompt speak the browser's language; <input type="date"> shows the browser's locale
      for (const m of code.matchAll(/\bwindow\.(confirm|alert|prompt)\(|type="date"/g)) offenders.push(`${path.relative(ROOT, file)}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
