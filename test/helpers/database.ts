import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureDatabase } from '../../src/platform/database/embedded-postgres.js';
import { runMigrations, setAppRolePassword } from '../../src/platform/database/provision.js';

export interface TestDatabase {
  name: string;
  /** Superuser (schema owner) URL. */
  ownerUrl: string;
  /** The application role's URL: RLS applies. */
  appUrl: string;
}

const TEMPLATE = 'perch_template';
const APP_PASSWORD = 'perch-test-app-password';
const TEMPLATE_LOCK = 7_301_964_212;

function adminUrl(database = 'postgres'): URL {
  const admin = process.env.TEST_PG_ADMIN_URL;
  if (!admin) throw new Error('TEST_PG_ADMIN_URL is unset: run through jest (global setup)');
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return url;
}

/**
 * Migrates the template once per run; test files in parallel workers wait on an advisory lock,
 * and the template is marked ready only after its connections are closed (CREATE DATABASE …
 * TEMPLATE needs it idle).
 */
async function ensureTemplate(): Promise<void> {
  await withClient(adminUrl().toString(), async (c) => {
    await c.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const ready = await c.query(
        `select 1 from pg_database where datname = $1 and datallowconn and
           coalesce(shobj_description(oid, 'pg_database'), '') = 'migrated'`,
        [TEMPLATE],
      );
      if (ready.rowCount) return;
      await ensureDatabase(adminUrl().toString(), TEMPLATE);
      await runMigrations(adminUrl(TEMPLATE).toString());
      await setAppRolePassword(adminUrl(TEMPLATE).toString(), APP_PASSWORD);
      await c.query(`comment on database ${TEMPLATE} is 'migrated'`);
    } finally {
      await c.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/** A fresh, migrated database for one test file, cloned from the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  await ensureTemplate();
  const name = `t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl().toString(), name, TEMPLATE);
  const owner = adminUrl(name);
  const app = new URL(owner);
  app.username = 'perch_app';
  app.password = APP_PASSWORD;
  return { name, ownerUrl: owner.toString(), appUrl: app.toString() };
}

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
