/**
 * The worker forgets what the API gate no longer needs: idempotency keys past their 24 hours (in
 * every tenant, through the tenant-transaction helper) and rate-limit buckets idle long enough to
 * have drained. Live keys and busy buckets stay.
 */
import { jest } from '@jest/globals';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { newTenant } from '../../helpers/factories.js';
import { QUEUES, startWorker, type Worker } from '../../../src/worker/worker.js';

jest.setTimeout(60_000);

let t: TestApp;
let worker: Worker;

beforeAll(async () => {
  // Buckets drain in 100 s at most, so an hour-old one is surely empty.
  t = await startTestApp({
    PERCH_ROLE: 'all',
    RATE_LIMIT_KEY_CAPACITY: '1000',
    RATE_LIMIT_KEY_RESTORE: '10',
    RATE_LIMIT_TENANT_CAPACITY: '1000',
    RATE_LIMIT_TENANT_RESTORE: '100',
    RATE_LIMIT_ANONYMOUS_CAPACITY: '100',
    RATE_LIMIT_ANONYMOUS_RESTORE: '10',
  });
  worker = await startWorker(t.perch);
});
afterAll(async () => {
  await worker?.stop();
  await t?.close();
});

const rows = (sql: string) =>
  withClient(t.db.ownerUrl, async (c) => (await c.query(sql)).rows as Record<string, unknown>[]);

it('prunes expired idempotency keys in every tenant and idle buckets, keeping the rest', async () => {
  const a = await newTenant(t);
  const b = await newTenant(t);
  await withClient(t.db.ownerUrl, async (c) => {
    for (const tenant of [a, b]) {
      await c.query(
        `insert into idempotency_keys (tenant_id, caller, key, request_hash, status, expires_at)
         values ($1, 'key:x', 'old', 'h', 'done', now() - interval '1 minute'),
                ($1, 'key:x', 'live', 'h', 'done', now() + interval '23 hours')`,
        [tenant.tenantId],
      );
    }
    await c.query(
      `insert into rate_buckets (key, level, updated_at)
       values ('ip:203.0.113.9', 50, now() - interval '1 hour'),
              ('ip:203.0.113.10', 50, now())`,
    );
  });

  await worker.boss.send(QUEUES.pruneApiState, {});
  const left = () => rows(`select key from idempotency_keys where key = 'old'`);
  const deadline = Date.now() + 20_000;
  while ((await left()).length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(await left()).toEqual([]);
  expect(await rows(`select key from idempotency_keys where key = 'live'`)).toHaveLength(2);
  const buckets = (await rows(`select key from rate_buckets where key like 'ip:203.%'`)).map(
    (r) => r.key,
  );
  expect(buckets).toEqual(['ip:203.0.113.10']);
});
