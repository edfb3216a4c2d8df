import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedCluster,
} from '../src/platform/database/embedded-postgres.js';
import { runMigrations, setAppRolePassword } from '../src/platform/database/provision.js';
import { freePort } from './ports.js';

/**
 * A throwaway embedded PostgreSQL for one benchmark, migrated, with the app role's password set
 * to `bench-app`; stopped (and its data deleted) if setting it up fails.
 */
export async function benchDatabase(name: string): Promise<EmbeddedCluster> {
  const dir = mkdtempSync(join(tmpdir(), `perch-bench-${name}-`));
  // initdb runs as the unprivileged `postgres` user when we are root: it must enter the directory.
  chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres({
    dataDir: join(dir, 'data'),
    port: await freePort(),
    password: 'bench',
    persistent: false,
  });
  try {
    await ensureDatabase(cluster.urlFor('postgres'), 'perch');
    await runMigrations(cluster.urlFor('perch'));
    await setAppRolePassword(cluster.urlFor('perch'), 'bench-app');
    return cluster;
  } catch (err) {
    await cluster.stop();
    throw err;
  }
}
