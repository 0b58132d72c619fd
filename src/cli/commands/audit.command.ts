/**
 * `lindung audit verify [--json]`: checks the audit log's hash chain (src/audit/audit-chain.service.ts),
 * sealing new entries first. `--json` prints exactly {"entries","ok","firstBadId"}; exit 0 when the chain
 * holds, 1 when an entry was edited or deleted (firstBadId names the first one found).
 */
import type { Command } from 'commander';
import { verifyAuditChain, type ChainCheck } from '../../audit/audit-chain.service';
import { EXIT, printResult, run } from '../output';
import { withSystem } from '../system';

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('the audit log');
  audit.command('verify').description('check that no audit entry was edited or deleted (hash chain)').option('--json', 'JSON output')
    .action((opts: { json?: boolean }) => run(opts, async () => {
      const result = await withSystem((db, ctx) => verifyAuditChain(db, ctx));
      printResult(opts, { entries: result.entries, ok: result.ok, firstBadId: result.firstBadId }, (r: ChainCheck) => (r.ok
        ? `Log audit utuh: ${r.entries} entri, rantai hash cocok.`
        : `Log audit TIDAK utuh: entri #${r.firstBadId} diubah atau entri sebelumnya dihapus (${r.entries} entri diperiksa).`));
      return result.ok ? EXIT.ok : EXIT.invalid;
    }));
}
