/** `lindung db migrate`: apply pending migrations and reference data. */
import type { Command } from 'commander';
import { openSystem } from '../../bootstrap/open-system';
import { loadConfig } from '../../config/config';
import { log, printResult, run } from '../output';

export function registerDbCommands(program: Command) {
  const db = program.command('db').description('database maintenance');
  db.command('migrate').description('apply pending migrations and load reference data').option('--json', 'JSON output')
    .action((opts: { json?: boolean }) => run(opts, async () => {
      const system = await openSystem(loadConfig(), log);
      await system.close();
      printResult(opts, { applied: system.applied, embedded: system.embedded },
        (r: { applied: string[] }) => (r.applied.length ? `applied: ${r.applied.join(', ')}` : 'database is up to date'));
    }));
}
