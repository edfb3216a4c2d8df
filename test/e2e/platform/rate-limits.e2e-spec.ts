/**
 * Cost-based rate limits (Shopify's leaky bucket) and idempotency keys (Stripe's), through the
 * API. Buckets here are small and slow so the test can empty them without sleeping long.
 */
import { jest } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(60_000);

let t: TestApp;
let a: TestTenant;

beforeAll(async () => {
  t = await startTestApp({
    RATE_LIMIT_KEY_CAPACITY: '1000',
    RATE_LIMIT_KEY_RESTORE: '20',
    RATE_LIMIT_TENANT_CAPACITY: '1500',
    RATE_LIMIT_TENANT_RESTORE: '30',
    RATE_LIMIT_ANONYMOUS_CAPACITY: '300',
    RATE_LIMIT_ANONYMOUS_RESTORE: '1',
    // Room for Shopify's example of 100 aliased calls in one request.
    GRAPHQL_MAX_ALIASES: '100',
    // As behind one load balancer: sign-in buckets follow X-Forwarded-For.
    TRUST_PROXY: 'loopback',
  });
  a = await newTenant(t);
});
afterAll(() => t?.close());

async function newKey(tenant: TestTenant, scopes = ['READ', 'WRITE', 'ADMIN']): Promise<string> {
  const res = await t.gql(
    `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }`,
    { i: { name: `k${Math.random()}`, scopes } },
    tenant.ownerToken,
  );
  return res.data.createApiKey.token as string;
}

function post(body: unknown, token?: string, headers: Record<string, string> = {}) {
  let r = request(t.http).post('/graphql').set('content-type', 'application/json');
  if (token) r = r.set('authorization', `Bearer ${token}`);
  for (const [k, v] of Object.entries(headers)) r = r.set(k, v);
  return r.send(body as object);
}

describe('rate limits by cost', () => {
  it('reports the cost and the bucket on every response, and refunds what was not returned', async () => {
    const key = await newKey(a);
    const res = await post({ query: '{ seekers(first: 100) { nodes { id } } }' }, key);
    expect(res.status).toBe(200);
    const cost = res.body.extensions.cost;
    expect(cost.requestedQueryCost).toBe(102);
    // No seekers: the connection alone came back, and the rest was given back.
    expect(cost.actualQueryCost).toBe(1);
    expect(cost.throttleStatus).toEqual({
      maximumAvailable: 1000,
      currentlyAvailable: expect.any(Number),
      restoreRate: 20,
    });
    expect(cost.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(998);
  });

  it('charges 100 aliased calls as 100, throttles with 429 and Retry-After, and runs nothing', async () => {
    const key = await newKey(a);
    // 10 aliases of a mutation: 10 × (10 + 1 for the seeker) = 110 points, however few requests.
    const aliased = () =>
      `mutation { ${Array.from(
        { length: 10 },
        (_, i) =>
          `a${i}: createSeeker(input: { name: "S ${i}", email: "s${i}-${Math.random()}@x.test" }) { seeker { id } }`,
      ).join(' ')} }`;
    const statuses: number[] = [];
    let throttled: request.Response | undefined;
    for (let i = 0; i < 15 && !throttled; i++) {
      const res = await post({ query: aliased() }, key);
      statuses.push(res.status);
      expect(
        res.body.extensions?.cost?.requestedQueryCost ??
          res.body.errors?.[0]?.extensions?.cost?.requestedQueryCost,
      ).toBe(110);
      if (res.status === 429) throttled = res;
    }
    // 1000 points: nine operations of 110 fit, then (with the drain of 20 a second) no more.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(9);
    expect(throttled).toBeDefined();
    expect(Number(throttled!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(throttled!.body.errors[0].extensions.code).toBe('THROTTLED');
    expect(throttled!.body.data ?? null).toBeNull();
    const made = await withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select count(*) from seekers where tenant_id = $1`, [a.tenantId])).rows[0]
          .count,
      ),
    );
    expect(made % 10).toBe(0);
    expect(made).toBe(statuses.filter((s) => s === 200).length * 10);
  });

  it('keeps buckets per key, with the organization’s own bucket over all of them', async () => {
    const b = await newTenant(t);
    const spend = (key: string) =>
      post(
        {
          query: `mutation { ${Array.from(
            { length: 9 },
            (_, i) =>
              `a${i}: createSeeker(input: { name: "S", email: "k${i}-${Math.random()}@x.test" }) { seeker { id } }`,
          ).join(' ')} }`,
        },
        key,
      );
    const k1 = await newKey(b);
    // k1 spends its 1000 (99 a call)…
    const k1Statuses: number[] = [];
    for (let i = 0; i < 12; i++) k1Statuses.push((await spend(k1)).status);
    expect(k1Statuses).toContain(429);
    // …k2 has its own bucket, but the organization's 1500 run out soon after.
    const k2 = await newKey(b);
    const first = await spend(k2);
    expect(first.status).toBe(200);
    const k2Statuses: number[] = [];
    for (let i = 0; i < 10; i++) k2Statuses.push((await spend(k2)).status);
    expect(k2Statuses).toContain(429);
    // Another tenant is untouched.
    const other = await post({ query: '{ viewer { kind } }' }, await newKey(a));
    expect(other.status).toBe(200);
  });
});

describe('throttled operations and refill', () => {
  const level = (bucket: string) =>
    withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select level from rate_buckets where key = $1`, [bucket])).rows[0].level,
      ),
    );
  /** Ages a bucket instead of sleeping: its leak is computed from updated_at. */
  const age = (bucket: string, seconds: number) =>
    withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update rate_buckets set updated_at = updated_at - make_interval(secs => $2) where key = $1`,
        [bucket, seconds],
      ),
    );
  const keyOf = (tenantId: string) =>
    withClient(t.db.ownerUrl, async (c) => {
      const { rows } = await c.query(`select id from api_keys where tenant_id = $1`, [tenantId]);
      expect(rows).toHaveLength(1);
      return `key:${rows[0].id as string}`;
    });

  it('charges 100 aliased fields 100 points, whatever the number of requests', async () => {
    const b = await newTenant(t);
    const res = await post(
      { query: `{ ${Array.from({ length: 100 }, (_, i) => `v${i}: viewer { kind }`).join(' ')} }` },
      await newKey(b, ['READ']),
    );
    expect(res.status).toBe(200);
    expect(res.body.extensions.cost.requestedQueryCost).toBe(100);
    expect(res.body.extensions.cost.actualQueryCost).toBe(100);
  });

  it('gives nothing back for a throttled operation, which was never charged', async () => {
    const b = await newTenant(t);
    const key = await newKey(b, ['READ', 'WRITE']);
    const mutation = () => ({
      query: `mutation { ${Array.from(
        { length: 9 },
        (_, i) =>
          `a${i}: createSeeker(input: { name: "S", email: "r${i}-${Math.random()}@x.test" }) { seeker { id } }`,
      ).join(' ')} }`,
    });
    let status = 200;
    for (let i = 0; i < 15 && status === 200; i++) status = (await post(mutation(), key)).status;
    expect(status).toBe(429);
    // Costly queries bounce off the full bucket; they must not drain it as if refunded.
    for (let i = 0; i < 5; i++) {
      const big = await post({ query: '{ seekers(first: 400) { nodes { id } } }' }, key);
      expect(big.status).toBe(429);
      expect(big.body.extensions.cost.requestedQueryCost).toBe(402);
      expect(big.body.extensions.cost.actualQueryCost).toBe(0);
    }
    expect((await post(mutation(), key)).status).toBe(429);
  });

  it('refills at the restore rate: an aged bucket takes the operation again', async () => {
    const b = await newTenant(t);
    const key = await newKey(b, ['READ', 'WRITE']);
    const bucket = await keyOf(b.tenantId);
    const mutation = () => ({
      query: `mutation { ${Array.from(
        { length: 9 },
        (_, i) =>
          `a${i}: createSeeker(input: { name: "S", email: "f${i}-${Math.random()}@x.test" }) { seeker { id } }`,
      ).join(' ')} }`,
    });
    let throttled: request.Response | undefined;
    for (let i = 0; i < 15 && !throttled; i++) {
      const res = await post(mutation(), key);
      if (res.status === 429) throttled = res;
    }
    expect(throttled).toBeDefined();
    const retry = Number(throttled!.headers['retry-after']);
    const before = await level(bucket);
    // Retry-After seconds of leak at 20 a second make room for the 99 points.
    expect(before + 99 - retry * 20).toBeLessThanOrEqual(1000);
    await age(bucket, retry);
    const again = await post(mutation(), key);
    expect(again.status).toBe(200);
    expect(again.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(99);
  });
});

describe('idempotency keys', () => {
  const create = (email: string) => ({
    query: `mutation($i: CreateSeekerInput!) { createSeeker(input: $i) { seeker { id email } userErrors { code } } }`,
    variables: { i: { name: 'Idem Potent', email } },
  });
  const count = (email: string) =>
    withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select count(*) from seekers where email = $1`, [email])).rows[0].count,
      ),
    );

  it('replays the stored answer for the same key and request, running it once', async () => {
    const key = await newKey(a);
    const email = `idem-${Math.random()}@x.test`;
    const first = await post(create(email), key, { 'idempotency-key': 'k-1' });
    const again = await post(create(email), key, { 'idempotency-key': 'k-1' });
    expect(first.status).toBe(200);
    expect(again.body.data).toEqual(first.body.data);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.extensions.idempotentReplay).toBe(true);
    expect(await count(email)).toBe(1);
  });

  it('refuses the same key with other input, and keeps keys apart per caller', async () => {
    const key = await newKey(a);
    const e1 = `idem-${Math.random()}@x.test`;
    await post(create(e1), key, { 'idempotency-key': 'shared' });
    const other = await post(create(`idem-${Math.random()}@x.test`), key, {
      'idempotency-key': 'shared',
    });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Another key (another caller) may use the same Idempotency-Key for its own request.
    const e3 = `idem-${Math.random()}@x.test`;
    const mine = await post(create(e3), await newKey(a), { 'idempotency-key': 'shared' });
    expect(mine.body.data.createSeeker.seeker.email).toBe(e3);
  });

  it('runs concurrent duplicates once: the others are told it is in flight or get the replay', async () => {
    const key = await newKey(a);
    const email = `idem-${Math.random()}@x.test`;
    const all = await Promise.all(
      Array.from({ length: 5 }, () => post(create(email), key, { 'idempotency-key': 'burst' })),
    );
    expect(await count(email)).toBe(1);
    for (const r of all) {
      if (r.status === 200) expect(r.body.data.createSeeker.seeker.email).toBe(email);
      else expect(r.body.errors[0].extensions.code).toBe('CONFLICT');
    }
  });

  it('refuses a malformed key, and ignores keys on queries', async () => {
    const key = await newKey(a);
    const bad = await post(create(`x-${Math.random()}@x.test`), key, {
      'idempotency-key': 'x'.repeat(256),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const q = await post({ query: '{ viewer { kind } }' }, key, {
      'idempotency-key': 'q',
    });
    expect(q.status).toBe(200);
    expect(q.body.extensions.idempotentReplay).toBeUndefined();
  });
});

// Last: it empties the address's bucket that sign-ins (newTenant) also use.
describe('anonymous callers', () => {
  it('limits sign-in attempts per client address', async () => {
    const login = {
      query: `mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }`,
      variables: { i: { email: 'nobody@x.test', password: 'wrong password here' } },
    };
    let throttled = false;
    for (let i = 0; i < 40 && !throttled; i++) {
      if ((await post(login)).status === 429) throttled = true;
    }
    expect(throttled).toBe(true);
  });

  it('keeps one bucket per forwarded client address behind a trusted proxy', async () => {
    const login = {
      query: `mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }`,
      variables: { i: { email: 'nobody@x.test', password: 'wrong password here' } },
    };
    const from = (ip: string) => post(login, undefined, { 'x-forwarded-for': ip });
    let throttled = false;
    for (let i = 0; i < 40 && !throttled; i++) {
      if ((await from('198.51.100.7')).status === 429) throttled = true;
    }
    expect(throttled).toBe(true);
    expect((await from('198.51.100.8')).status).toBe(200);
  });
});
