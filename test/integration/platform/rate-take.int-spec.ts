/**
 * rate_take, the one statement a request's rate limiting costs, against a model of Shopify's
 * leaky bucket: each bucket drains at its rate since its last use; an operation is charged to all
 * of the caller's buckets only if every one of them has room, otherwise to none, with the wait
 * until the fullest has room. Elapsed time is simulated by moving updated_at back, not by sleeping.
 */
import { jest } from '@jest/globals';
import fc from 'fast-check';
import pg from 'pg';
import { createTestDatabase } from '../../helpers/database.js';

jest.setTimeout(120_000);

let client: pg.Client;

beforeAll(async () => {
  const db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
});
afterAll(() => client?.end());

const step = fc.record({
  elapsed: fc.double({ min: 0, max: 30, noNaN: true }),
  cost: fc.integer({ min: 0, max: 300 }),
});
const bucket = fc.record({
  capacity: fc.integer({ min: 50, max: 1000 }),
  rate: fc.integer({ min: 1, max: 20 }),
});

it('charges all buckets or none, drains them at their rates, and says how long to wait', async () => {
  // Time passing between the aging update and the call itself: at most a fraction of a second
  // at 20 points a second.
  const slack = 2;
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(bucket, { minLength: 1, maxLength: 3 }),
      fc.array(step, { minLength: 1, maxLength: 12 }),
      async (buckets, steps) => {
        run++;
        const keys = buckets.map((_, i) => `prop:${run}:${i}`);
        const level = buckets.map(() => 0);
        for (const { elapsed, cost } of steps) {
          await client.query(
            `update rate_buckets set updated_at = clock_timestamp() - make_interval(secs => $2)
              where key = any($1::text[])`,
            [keys, elapsed],
          );
          const drained = level.map((l, i) => Math.max(0, l - buckets[i].rate * elapsed));
          const over = drained.map((l, i) => l + cost - buckets[i].capacity);
          // Too close to the edge to tell the model's instant from the database's.
          if (over.some((o) => Math.abs(o) < slack)) return;
          const {
            rows: [r],
          } = await client.query<{ ok: boolean; retry_after: number; available: number[] }>(
            `select ok, retry_after, available from rate_take($1::text[], $2::float8[], $3::float8[], $4)`,
            [keys, buckets.map((b) => b.capacity), buckets.map((b) => b.rate), cost],
          );
          const ok = over.every((o) => o <= 0);
          expect(r.ok).toBe(ok);
          for (let i = 0; i < buckets.length; i++) {
            level[i] = drained[i] + (ok ? cost : 0);
            expect(Math.abs(r.available[i] - (buckets[i].capacity - level[i]))).toBeLessThan(slack);
          }
          const wait = ok ? 0 : Math.max(...over.map((o, i) => o / buckets[i].rate));
          expect(Math.abs(r.retry_after - wait)).toBeLessThan(0.2);
          // The database's levels (with its slight extra drain) are the truth for the next step.
          for (let i = 0; i < buckets.length; i++) level[i] = buckets[i].capacity - r.available[i];
        }
      },
    ),
    { numRuns: 60 },
  );
});
