/**
 * The table-ownership checker (scripts/check-table-ownership.ts, run by `npm run depcheck`): it must
 * catch a foreign table in a Kysely call and in raw SQL, and must not cry wolf on a capability's own
 * tables, on comments, or on the tree as it is.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree, violationsOf } from '../../scripts/check-table-ownership';

describe('table ownership', () => {
  it('flags a foreign table named in a Kysely call, with file, line and owner', () => {
    const text = "import x from 'y';\nexport const f = (db) => db.selectFrom('person').selectAll();\n";
    expect(violationsOf('src/imports/x.repository.ts', text)).toEqual(['src/imports/x.repository.ts:2  person (owned by workers; call its service)']);
    expect(violationsOf('src/auth/x.ts', "db.leftJoin('opd as o', …)")).toHaveLength(1);
  });

  it('flags a foreign table in raw SQL', () => {
    expect(violationsOf('src/workers/x.repository.ts', 'sql`SELECT 1 FROM import_row r JOIN tenant t ON true`')).toHaveLength(2);
    expect(violationsOf('src/demo/x.ts', 'sql`INSERT INTO bpjs_branch VALUES (1)`')).toHaveLength(1);
  });

  it("accepts the capability's own tables and ignores comments", () => {
    expect(violationsOf('src/workers/x.repository.ts', "db.selectFrom('person'); sql`UPDATE membership SET x = 1`")).toEqual([]);
    expect(violationsOf('src/imports/x.ts', '/** reads FROM person */\n// JOIN membership\nconst a = 1;')).toEqual([]);
  });

  it('finds no violation in the tree today', () => {
    expect(checkTree(path.resolve(import.meta.dirname, '../..'))).toEqual([]);
  });
});
