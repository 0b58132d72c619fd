/**
 * Writes the committed SQL of every registered hot query to sql/ (one file per query), or with
 * `--check` fails when a file is stale, missing or left over. Queries are registered in
 * `src/<capability>/<capability>.sql-queries.ts` files (found by name: a new capability — billing,
 * reports — adds its own file and nothing else). See src/db/sql-snapshot.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { captureSql, renderSql, type SqlQuery } from '../src/db/sql-snapshot';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'sql');

async function registeredQueries(): Promise<SqlQuery[]> {
  const files = fs.readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.sql-queries.ts')).sort();
  const all: SqlQuery[] = [];
  for (const f of files) all.push(...((await import(pathToFileURL(path.join(ROOT, 'src', f)).href)) as { sqlQueries: SqlQuery[] }).sqlQueries);
  return all;
}

async function render(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const q of await registeredQueries()) {
    if (out.has(`${q.name}.sql`)) throw new Error(`two queries named ${q.name}`);
    const statements = await captureSql(q);
    if (!statements.length) throw new Error(`${q.name} sent no statement`);
    out.set(`${q.name}.sql`, renderSql(q, statements));
  }
  return out;
}

const files = await render();
const existing = fs.existsSync(OUT) ? fs.readdirSync(OUT).filter((f) => f.endsWith('.sql')) : [];
if (process.argv.includes('--check')) {
  const stale = [...files].filter(([f, text]) => !existing.includes(f) || fs.readFileSync(path.join(OUT, f), 'utf8') !== text).map(([f]) => f);
  const extra = existing.filter((f) => !files.has(f));
  if (stale.length || extra.length) {
    console.error(`sql/ is stale (run npm run sql:gen and commit):\n${[...stale.map((f) => `  changed or missing: ${f}`), ...extra.map((f) => `  no longer registered: ${f}`)].join('\n')}`);
    process.exit(1);
  }
  console.log(`sql/: ${files.size} queries up to date`);
} else {
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of existing) if (!files.has(f)) fs.rmSync(path.join(OUT, f));
  for (const [f, text] of files) fs.writeFileSync(path.join(OUT, f), text);
  console.log(`sql/: wrote ${files.size} queries`);
}
