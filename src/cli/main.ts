/** The `lindung` command line. Every command calls the same services as the HTTP API. */
import { Command, CommanderError } from 'commander';
import { registerDbCommands } from './commands/db.command';
import { registerDemoCommands } from './commands/demo.command';
import { registerServeCommand } from './commands/serve.command';
import { registerUsersCommands } from './commands/users.command';
import { commandRegistrars } from './commands';
import { EXIT, printError } from './output';

const program = new Command('lindung')
  .description('Lindung — perlindungan pekerja melalui BPJS Ketenagakerjaan')
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
