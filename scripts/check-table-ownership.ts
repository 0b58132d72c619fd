/**
 * The table-ownership rule (ARCHITECTURE.md): a file under src/<capability>/ names only its own tables,
 * in Kysely calls (`selectFrom('person')`, `innerJoin('opd as o', …)`) and in raw SQL (`FROM person`,
 * `JOIN import_row`, `INSERT INTO`, `UPDATE`, `DELETE FROM`). Owners come from src/db/table-owners.ts.
 * Tests, migrations and the schema types are exempt (a test may look at any table to check an outcome).
 * Prints each violation as `file:line  table (owned by X)` and exits 1 when there is one.
 * Run: `node --import tsx scripts/check-table-ownership.ts [root]` (part of `npm run depcheck`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TABLE_OWNERS } from '../src/db/table-owners';

const owners: Record<string, string> = TABLE_OWNERS;
const EXEMPT = [/\.test\.ts$/, /^src\/db\//];
const KYSELY = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto|innerJoin|leftJoin|rightJoin|fullJoin|with)\(\s*['"`]([a-z_]+)/g;
// SQL keywords are written in capitals in this codebase; comments are stripped first
const RAW_SQL = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?([a-z_]+)\b/g;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

/** Comments blanked out (line structure kept, so line numbers stay right). */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

export function violationsOf(file: string, text: string): string[] {
  const capability = file.split('/')[1]!;
  const code = withoutComments(text);
  const found: string[] = [];
  for (const pattern of [KYSELY, RAW_SQL]) {
    for (const m of code.matchAll(pattern)) {
      const owner = owners[m[1]!];
      if (!owner || owner === capability) continue;
      const line = code.slice(0, m.index).split('\n').length;
      found.push(`${file}:${line}  ${m[1]} (owned by ${owner}; call its service)`);
    }
  }
  return found;
}

export function checkTree(root: string): string[] {
  const problems: string[] = [];
  for (const full of sourceFiles(path.join(root, 'src'))) {
    const file = path.relative(root, full).split(path.sep).join('/');
    if (EXEMPT.some((re) => re.test(file))) continue;
    problems.push(...violationsOf(file, fs.readFileSync(full, 'utf8')));
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
  const problems = checkTree(root);
  if (problems.length) {
    console.error(`table ownership: ${problems.length} violation(s)\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log('table ownership: every table is named only by its owning capability');
}
