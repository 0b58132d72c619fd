/** The `lindung` command line. Every command calls the same services as the HTTP API. */
import { Command, CommanderError } from 'commander';
import { registerDbCommands } from './commands/db.command';
import { registerDemoCommands } from './commands/demo.command';
import { registerServeCommand } from './commands/serve.command';
import { registerUsersCommands } from './commands/users.command';
import { commandRegistrars } from './commands';
import { EXIT, printError } from './output';

// An unknown language is a usage error, not a silent fallback.
const langAt = process.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
if (langAt >= 0) {
  const value = process.argv[langAt]!.includes('=') ? process.argv[langAt]!.split('=')[1] : process.argv[langAt + 1];
  if (value !== 'id' && value !== 'en') {
    if (process.argv.includes('--json')) printError({ json: true }, 'USAGE', {});
    else process.stderr.write('--lang must be id or en\n');
    process.exit(EXIT.usage);
  }
}

const program = new Command('lindung')
  .description('Lindung — perlindungan pekerja melalui BPJS Ketenagakerjaan')
  .option('--lang <lang>', 'language of messages: id | en (default: LINDUNG_LANG or LANG)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerServeCommand(program);
registerDbCommands(program);
registerUsersCommands(program);
registerDemoCommands(program);
for (const register of commandRegistrars) register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') process.exit(EXIT.ok);
    if (process.argv.includes('--json')) printError({ json: true }, 'USAGE', {});
    process.exit(EXIT.usage);
  }
  throw e;
}
