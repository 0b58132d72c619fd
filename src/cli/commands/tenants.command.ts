/**
 * `lindung tenants create|list|onboard` and `lindung branches create|list|assign`: regencies and BPJS branch
 * offices from the server's console, through the same services (and validation) as the API.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { assignBranch, createBranch, listBranches } from '../../branches/branches.service';
import { onboardRegencies } from '../../tenants/tenant-onboarding.service';
import { createTenant, listTenants } from '../../tenants/tenants.service';
import { cliLang, EXIT, printResult, run } from '../output';
import { withSystem } from '../system';

interface JsonOpt { json?: boolean }

export function registerTenantsCommands(program: Command) {
  const tenants = program.command('tenants').description('regencies/cities running the programme');
  tenants.command('create').description('register a regency/city by its Kemendagri code').argument('<code>', 'e.g. 53.10')
    .option('--json', 'JSON output')
    .action((code: string, opts: JsonOpt) => run(opts, async () => {
      const tenant = await withSystem((db, ctx) => createTenant(db, ctx, code));
      printResult(opts, { tenant }, (r: { tenant: { code: string; name: string } }) => `${r.tenant.code} ${r.tenant.name}`);
    }));
  tenants.command('list').description('registered regencies/cities').option('--json', 'JSON output')
    .action((opts: JsonOpt) => run(opts, async () => {
      const items = await withSystem((db, ctx) => listTenants(db, ctx));
      printResult(opts, { items }, (r: { items: { code: string; name: string }[] }) => r.items.map((t) => `${t.code}\t${t.name}`).join('\n'));
    }));
  tenants.command('onboard').description('regencies and their first Dinas accounts from a CSV (kode,nama_pengguna,nama_lengkap[,kata_sandi])')
    .argument('<file>').option('--json', 'JSON output')
    .action((file: string, opts: JsonOpt) => run(opts, async () => {
      const rows = await withSystem((db, ctx) => onboardRegencies(db, ctx, fs.readFileSync(file, 'utf8'), cliLang()));
      printResult(opts, { rows }, (r: { rows: Awaited<ReturnType<typeof onboardRegencies>> }) => r.rows.map((row) =>
        `line ${row.line}\t${row.code}\t${row.username}\t${row.outcome}${row.password ? `\tpassword: ${row.password}` : ''}${row.error ? `\t${row.error.message}` : ''}`).join('\n'));
      return rows.some((row) => row.outcome === 'refused') ? EXIT.invalid : EXIT.ok;
    }));

  const branches = program.command('branches').description('BPJS Ketenagakerjaan branch offices');
  branches.command('create').description('register a branch office')
    .requiredOption('--code <code>').requiredOption('--name <name>').requiredOption('--province <code>', 'province code, e.g. 53')
    .option('--json', 'JSON output')
    .action((opts: JsonOpt & { code: string; name: string; province: string }) => run(opts, async () => {
      const branch = await withSystem((db, ctx) => createBranch(db, ctx, { code: opts.code, name: opts.name, provinceCode: opts.province }));
      printResult(opts, { branch }, (r: { branch: { code: string; name: string } }) => `${r.branch.code} ${r.branch.name}`);
    }));
  branches.command('list').description('branch offices and the regencies each serves').option('--json', 'JSON output')
    .action((opts: JsonOpt) => run(opts, async () => {
      const items = await withSystem((db, ctx) => listBranches(db, ctx));
      printResult(opts, { items }, (r: { items: Awaited<ReturnType<typeof listBranches>> }) =>
        r.items.map((b) => `${b.code}\t${b.name}\t${b.serves.map((s) => s.name).join(', ')}`).join('\n'));
    }));
  branches.command('assign').description('the branch also serves these regencies').argument('<code>', 'branch code')
    .argument('<regencies...>', 'regency codes, e.g. 53.10 53.16').option('--json', 'JSON output')
    .action((code: string, regencies: string[], opts: JsonOpt) => run(opts, async () => {
      const branch = await withSystem((db, ctx) => assignBranch(db, ctx, code, regencies));
      printResult(opts, { branch }, (r: { branch: { code: string; serves: { name: string }[] } }) => `${r.branch.code} serves ${r.branch.serves.map((s) => s.name).join(', ')}`);
    }));
}
