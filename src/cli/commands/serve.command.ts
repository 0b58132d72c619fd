/**
 * `lindung serve`: opens the database (starting the embedded PostgreSQL when no DATABASE_URL is set),
 * seeds the demo on an empty installation, serves the API and the web app, purges staged import rows past
 * retention at start-up and daily (src/jobs/import-purge.schedule.ts), and shuts down cleanly on
 * SIGINT/SIGTERM (the embedded server is stopped so no stale lock is left behind).
 */
import type { Command } from 'commander';
import { openSystem } from '../../bootstrap/open-system';
import { cliContext } from '../../auth/actor';
import { loadConfig } from '../../config/config';
import { isEmptyInstallation, seedDemo } from '../../demo/demo.service';
import { buildApp } from '../../server/app';
import { log, run } from '../output';
import { formatDemoCredentials } from './demo.command';

export function registerServeCommand(program: Command) {
  program.command('serve').description('run the web app and API')
    .option('--port <port>', 'port (default 3000 or $PORT)').option('--host <host>', 'address (default 127.0.0.1 or $HOST)')
    .option('--no-demo', 'do not seed the demo on an empty database')
    .action((opts: { port?: string; host?: string; demo: boolean }) => run({}, async () => {
      const config = loadConfig();
      if (opts.port) config.port = Number(opts.port);
      if (opts.host) config.host = opts.host;
      const started = Date.now();
      const system = await openSystem(config, log);
      if (opts.demo && (await isEmptyInstallation(system.db))) {
        log('Empty database: seeding the Kabupaten Nagekeo demo.');
        log(formatDemoCredentials(await seedDemo(system.db, cliContext())));
      }
      const app = await buildApp({ db: system.db, config, logger: { level: config.logLevel }, runsSchedules: true });
      await app.listen({ port: config.port, host: config.host });
      log(`Lindung is running at http://${config.host}:${config.port} (database: ${system.embedded ? `embedded, ${config.dataDir}` : 'external'}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

      let stopping = false;
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        log(`${signal}: shutting down`);
        await app.close();
        await system.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
    }, true));
}
