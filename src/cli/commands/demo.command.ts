/** `lindung demo seed`: the Nagekeo demo (idempotent), printing the demo credentials. */
import type { Command } from 'commander';
import { seedDemo, type DemoSeedResult } from '../../demo/demo.service';
import { printResult, run } from '../output';
import { withSystem } from '../system';

export function formatDemoCredentials(r: DemoSeedResult): string {
  const rows = r.users.map((u) => `  ${u.role.padEnd(8)} ${u.username.padEnd(18)} ${u.password}`);
  return [`Demo Kabupaten Nagekeo (${r.tenant}) — akun demo / demo accounts:`, '  role     username           password', ...rows].join('\n');
}

export function registerDemoCommands(program: Command) {
  const demo = program.command('demo').description('demo data');
  demo.command('seed').description('create the Kabupaten Nagekeo demo (idempotent)').option('--json', 'JSON output')
    .action((opts: { json?: boolean }) => run(opts, async () => {
      const result = await withSystem((db, ctx) => seedDemo(db, ctx));
      printResult(opts, result, formatDemoCredentials);
    }));
}
