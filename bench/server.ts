/**
 * One benchmark server, run as a child process (pinned to its own core by run.ts). It counts the
 * SQL statements it sends, so the runner can report statements per request.
 *   perch-express | perch-fastify : Perch itself, as `npm start` builds it, on that HTTP platform
 *   raw-pg                        : node:http + pg, one statement building the JSON (the ceiling)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SEEKERS_PAGE_SQL } from './seekers-page.js';

let statements = 0;
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound with apply below
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countingQuery(this: pg.Client, ...args: unknown[]) {
  statements++;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof originalQuery;

const variant = process.argv[2];
const env = JSON.parse(process.argv[3] ?? '{}') as Record<string, string>;

// A clean exit on SIGTERM lets `--cpu-prof` (BENCH_CHILD_ARGS) write its profile.
process.on('SIGTERM', () => process.exit(0));
process.on('message', (msg: unknown) => {
  if (msg === 'stats') process.send?.({ statements });
});

async function perch(platform: 'express' | 'fastify'): Promise<number> {
  const { loadConfig } = await import('../src/config/app-config.js');
  const { createPerch } = await import('../src/bootstrap.js');
  const config = loadConfig({
    ...env,
    HTTP_PLATFORM: platform,
    PERCH_ROLE: 'api',
    LOG_LEVEL: 'warn',
    PORT: '0',
  });
  const app = await createPerch(config);
  await app.app.listen(0, '127.0.0.1');
  const server = app.app.getHttpServer() as import('node:http').Server;
  return (server.address() as AddressInfo).port;
}

async function raw(): Promise<number> {
  // Session-level tenant from the startup packet: no extra round trip per request.
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: 10,
    options: `-c app.tenant_id=${env.BENCH_TENANT_ID}`,
  });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      pool
        .query<{ body: string }>(SEEKERS_PAGE_SQL, [env.BENCH_TENANT_ID])
        .then((r) => {
          const body = r.rows[0].body;
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          });
          res.end(body);
        })
        .catch((err: unknown) => {
          res.writeHead(500);
          res.end(String(err));
        });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

const port =
  variant === 'raw-pg'
    ? await raw()
    : await perch(variant === 'perch-fastify' ? 'fastify' : 'express');
process.send?.({ ready: true, port });
