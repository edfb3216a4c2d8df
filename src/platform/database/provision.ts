/**
 * Gets a database ready before Nest starts: the embedded PostgreSQL when DATABASE_URL is unset,
 * migrations as the owner role (under an advisory lock, so api and worker copies starting together
 * migrate once), and the application role's login on the embedded server.
 */
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../../migrations/index.js';
import type { AppConfig } from '../../config/app-config.js';
import {
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedCluster,
} from './embedded-postgres.js';

export interface DatabaseTargets {
  /** URL of the application role. */
  appUrl: string;
  /** URL for the task queue's own schema (pg-boss): the owner's when known. */
  queueUrl: string;
  embedded?: EmbeddedCluster;
}

const MIGRATION_LOCK = 7_301_964_211;

export async function provisionDatabase(
  cfg: AppConfig,
  log: (line: string) => void,
): Promise<DatabaseTargets> {
  if (cfg.database.url) {
    if (cfg.database.ownerUrl) await runMigrations(cfg.database.ownerUrl);
    return { appUrl: cfg.database.url, queueUrl: cfg.database.ownerUrl ?? cfg.database.url };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: join(cfg.dataDir, 'pg'),
    port: cfg.database.embeddedPort,
    password: cfg.secrets.pgSuperPassword,
    persistent: true,
    onLog: (line) => {
      if (/FATAL|PANIC|ERROR/.test(line)) log(line.trim());
    },
  });
  await ensureDatabase(embedded.urlFor('postgres'), 'perch');
  const ownerUrl = embedded.urlFor('perch');
  await runMigrations(ownerUrl);
  await setAppRolePassword(ownerUrl, cfg.secrets.pgAppPassword);
  const appUrl = `postgres://perch_app:${encodeURIComponent(cfg.secrets.pgAppPassword)}@127.0.0.1:${embedded.port}/perch`;
  return { appUrl, queueUrl: ownerUrl, embedded };
}

export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: ownerUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ds = new DataSource({
      type: 'postgres',
      url: ownerUrl,
      migrations,
      migrationsTableName: 'migrations',
      logging: false,
    });
    await ds.initialize();
    try {
      const ran = await ds.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}

/** The embedded server's app role logs in with a generated password (a real server's DBA does this). */
export async function setAppRolePassword(ownerUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`alter role perch_app login password ${pg.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}
