/**
 * Ingestion through the real worker: pg-boss queues a poll per due source, the poll task reads X
 * and queues the fan-out, and a source whose polls keep failing is dead-lettered after its
 * retries and shown to the organization's admins as FAILED.
 */
import { jest } from '@jest/globals';
import { startXSimulator, type XSimulator } from '@libs/x-simulator';
import { QUEUES, startWorker, type Worker } from '../../../src/worker/worker.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(90_000);

let sim: XSimulator;
let t: TestApp;
let worker: Worker;
let tenant: TestTenant;

beforeAll(async () => {
  sim = await startXSimulator({ seed: 9, clock: Date.now, world: { now: Date.now() } });
  t = await startTestApp({
    PERCH_ROLE: 'all',
    X_API_BASE_URL: sim.url,
    X_APP_BEARER_TOKEN: sim.appBearerToken,
    INGEST_RETRY_DELAY_SECONDS: '0',
    INGEST_PAGE_SIZE: '10',
    INGEST_BACKFILL_POSTS: '10',
  });
  worker = await startWorker(t.perch);
  tenant = await newTenant(t);
}, 60_000);
afterAll(async () => {
  await worker.stop();
  await t.close();
  await sim.close();
});

const WATCH = `query($id: ID!) { node(id: $id) { ... on XWatch { status postsSeen lastError { code message } } } }`;

async function add(username: string) {
  const res = await t.gql(
    `mutation($i: AddXWatchInput!) { addXWatch(input: $i) { watch { id } } }`,
    { i: { capability: 'RESEARCH', kind: 'TIMELINE', target: username } },
    tenant.ownerToken,
  );
  return res.data.addXWatch.watch.id as string;
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 60_000) {
  const deadline = Date.now() + ms;
  let v = await read();
  while (!done(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    v = await read();
  }
  return v;
}

const brands = () => sim.world.accountsByKind('brand');

it('polls due sources and fans the new posts out to the watch', async () => {
  const id = await add(brands()[0].username);
  await worker.dispatchDue();
  const watch = await until(
    async () => (await t.gql(WATCH, { id }, tenant.ownerToken)).data.node,
    (w) => w.postsSeen === 10,
  );
  expect(watch).toMatchObject({ status: 'ACTIVE', postsSeen: 10, lastError: null });
  const spend = await t.gql(
    `{ xSpend { spentUsd byCapability { capability units } } }`,
    {},
    tenant.ownerToken,
  );
  // One user read for the handle, then every post the page returned, reposted originals included.
  const posts = await withClient(t.db.ownerUrl, async (c) =>
    Number((await c.query(`select count(*) as n from x_posts`)).rows[0].n),
  );
  expect(posts).toBeGreaterThanOrEqual(10);
  expect(spend.data.xSpend.byCapability).toContainEqual({
    capability: 'research',
    units: 1 + posts,
  });
});

it('dead-letters a source whose polls fail after their retries and shows it FAILED', async () => {
  const acct = brands()[1];
  sim.faults.inject({ path: `/2/users/${acct.id}/tweets`, status: 503, times: Infinity });
  const id = await add(acct.username);
  await worker.dispatchDue();
  const watch = await until(
    async () => (await t.gql(WATCH, { id }, tenant.ownerToken)).data.node,
    (w) => w.status === 'FAILED',
  );
  expect(watch).toMatchObject({ status: 'FAILED', lastError: { code: 'X_UNAVAILABLE' } });
  const dead = await withClient(
    t.db.ownerUrl,
    async (c) =>
      (
        await c.query(`select count(*)::int as n from pgboss.job where name = $1`, [
          QUEUES.pollDead,
        ])
      ).rows[0].n,
  );
  expect(dead).toBe(1);
  // One task and its three retries reached X, each with the governor's three attempts.
  const calls = sim.requests.filter((r) => r.path === `/2/users/${acct.id}/tweets`);
  expect(calls).toHaveLength(4 * 3);
  // A failed source is not queued again by the schedule.
  sim.faults.clear();
  expect(await worker.dispatchDue()).toBe(0);
});
