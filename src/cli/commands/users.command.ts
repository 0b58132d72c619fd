/** `lindung users create`: create an account from the server's console (e.g. the first admin). */
import type { Command } from 'commander';
import { ROLES } from '../../auth/roles';
import { createUser, listUsers } from '../../auth/users.service';
import type { Role } from '../../db/schema';
import { DomainError } from '../../domain/errors';
import { printResult, run } from '../output';
import { withSystem } from '../system';

interface Opts {
  json?: boolean; username: string; displayName?: string; password: string; role: string;
  tenant?: string; opdId?: string; village?: string; branch?: string; regionScope?: string; mustChange?: boolean;
}

export function registerUsersCommands(program: Command) {
  const users = program.command('users').description('accounts');
  users.command('create').description('create an account')
    .requiredOption('--username <name>').requiredOption('--password <password>').requiredOption('--role <role>', ROLES.join('|'))
    .option('--display-name <name>').option('--tenant <code>', 'regency code, e.g. 53.16').option('--opd-id <id>')
    .option('--village <code>').option('--branch <code>').option('--region-scope <code>', 'viewer/auditor: province or regency code')
    .option('--must-change', 'require a password change at first login').option('--json', 'JSON output')
    .action((opts: Opts) => run(opts, async () => {
      if (!(ROLES as readonly string[]).includes(opts.role)) throw new DomainError('VALIDATION', 'invalid', { field: 'role' });
      const user = await withSystem((db, ctx) => createUser(db, ctx, {
        username: opts.username, displayName: opts.displayName ?? opts.username, password: opts.password, role: opts.role as Role,
        tenantCode: opts.tenant ?? null, opdId: opts.opdId ? Number(opts.opdId) : null, villageCode: opts.village ?? null,
        branchCode: opts.branch ?? null, regionScope: opts.regionScope ?? null, mustChangePassword: !!opts.mustChange,
      }));
      printResult(opts, { user }, (r: { user: { username: string; role: string } }) => `created ${r.user.username} (${r.user.role})`);
    }));
  users.command('list').description('accounts with their role and scope (by name)').option('--json', 'JSON output')
    .action((opts: { json?: boolean }) => run(opts, async () => {
      const items = await withSystem((db, ctx) => listUsers(db, ctx));
      printResult(opts, { items }, (r: { items: typeof items }) =>
        r.items.map((u) => `${u.username}\t${u.role}\t${u.scope.join(' · ') || '-'}${u.disabled ? '\tdisabled' : ''}`).join('\n'));
    }));
}
