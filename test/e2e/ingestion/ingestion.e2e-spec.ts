/**
 * Shared ingestion against the X simulator, through twitter-api-v2 and real PostgreSQL: one poll
 * serves every tenant watching a source; runs page until caught up and resume exactly after a
 * cut connection, a dead database or a second worker; 429 storms honour X's reset and cost
 * nothing extra; a spent budget pauses only its tenant; fan-out hands each watch each post once.
 */
import { jest } from '@jest/globals';
import { startXSimulator, type XSimulator } from '@libs/x-simulator';
import { FanOutService } from '../../../src/modules/ingestion/ingestion.fan-out.js';
import { IngestionPoller } from '../../../src/modules/ingestion/ingestion.poller.js';
import { XUsageService } from '../../../src/modules/x-usage/x-usage.service.js';
import { systemScope } from '../../../src/platform/database/context.js';
import { parseGlobalId } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { memberToken, newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(60_000);

let sim: XSimulator;
let t: TestApp;
let poller: IngestionPoller;
let fanOut: FanOutService;
let a: TestTenant;
let b: TestTenant;

// The simulator's clock runs 15 minutes minus 3 seconds behind, so a rate window that opens now
// resets (in real time, which Perch's governor uses) 3 seconds from now: a storm's wait is short.
const SIM_LAG_MS = 15 * 60_000 - 3_000;

beforeAll(async () => {
  sim = await startXSimulator({
    seed: 5,
    clock: () => Date.now() - SIM_LAG_MS,
    world: { now: Date.now() - SIM_LAG_MS },
  });
  t = await startTestApp({
    X_API_BASE_URL: sim.url,
    X_APP_BEARER_TOKEN: sim.appBearerToken,
    INGEST_LEASE_SECONDS: '2',
    INGEST_PAGE_SIZE: '10',
    INGEST_BACKFILL_POSTS: '10',
    INGEST_MAX_RATE_WAIT_SECONDS: '20',
    X_TIMEOUT_MS: '4000',
  });
  poller = t.perch.app.get(IngestionPoller);
  fanOut = t.perch.app.get(FanOutService);
  a = await newTenant(t);
  b = await newTenant(t);
}, 60_000);
afterAll(async () => {
  await t.close();
  await sim.close();
});
afterEach(() => sim.faults.clear());

const owner = <T = any>(sql: string, params: unknown[] = []) =>
  withClient(t.db.ownerUrl, async (c) => (await c.query(sql, params)).rows as T[]);

const ADD = `mutation($i: AddXWatchInput!) { addXWatch(input: $i) { watch { id label status target } userErrors { field message code } } }`;
const WATCH = `query($id: ID!) { node(id: $id) { ... on XWatch { id status postsSeen lastError { code message } nextPollAt posts(first: 100) { nodes { xId text author { username } } pageInfo { hasNextPage endCursor } } } } }`;

async function addWatch(tenant: TestTenant, input: Record<string, unknown>) {
  const res = await t.gql(ADD, { i: { capability: 'RESEARCH', ...input } }, tenant.ownerToken);
  const watch = res.data?.addXWatch?.watch;
  if (!watch) throw new Error(`addXWatch failed: ${JSON.stringify(res.body)}`);
  const uuid = parseGlobalId(watch.id)!.uuid;
  const [row] = await owner<{ source_id: string }>(
    `select source_id from x_watches where id = $1`,
    [uuid],
  );
  return { id: watch.id as string, uuid, sourceId: row.source_id };
}

/** An account of the world with at least `min` visible posts, each test its own. */
const used = new Set<string>();
function account(min: number) {
  const now = Date.now() - SIM_LAG_MS;
  const u = ['news', 'brand', 'careers', 'chat_host', 'employee']
    .flatMap((k) => sim.world.accountsByKind(k as never))
    .find((x) => !used.has(x.id) && visible(x.id, now).length >= min);
  if (!u) throw new Error(`no account with ${min} posts left`);
  used.add(u.id);
  return u;
}
function visible(userId: string, now = Date.now() - SIM_LAG_MS): string[] {
  return sim.world
    .timeline(userId)
    .filter((p) => Date.parse(p.created_at) <= now)
    .map((p) => p.id);
}

/**
 * Posts X bills for reading these: them and the originals they reference (expanded), less those
 * already read today (`known`: every post read is stored), as X bills a post once a day.
 */
function billed(ids: string[], known: Set<string>): number {
  const read = new Set(ids);
  for (const id of ids) {
    for (const r of sim.world.tweet(id)?.referenced_tweets ?? []) {
      if (sim.world.tweet(r.id)) read.add(r.id);
    }
  }
  return [...read].filter((id) => !known.has(id)).length;
}
const knownPosts = async () =>
  new Set((await owner<{ id: string }>(`select id::text as id from x_posts`)).map((r) => r.id));

const sourcePosts = async (sourceId: string) =>
  (
    await owner<{ id: string }>(
      `select post_id::text as id from x_source_posts where source_id = $1 order by post_id desc`,
      [sourceId],
    )
  ).map((r) => r.id);
const source = async (sourceId: string) =>
  (
    await owner<{ since_id: string | null; run_oldest_id: string | null; status: string }>(
      `select since_id::text, run_oldest_id::text, status from x_sources where id = $1`,
      [sourceId],
    )
  )[0];
/** Puts a source's cursor back, as if it had been away: the next poll has a backlog. */
const rewind = (sourceId: string, sinceId: string) =>
  owner(
    `update x_sources set since_id = $2, run_newest_id = null, run_oldest_id = null, run_token = null,
            status = 'ok', next_poll_at = now(), lease_owner = null, lease_until = null
      where id = $1`,
    [sourceId, sinceId],
  );
const timelineRequests = (userId: string) =>
  sim.requests.filter((r) => r.path === `/2/users/${userId}/tweets`);
const spendUnits = async (tenantId: string, kind = 'post_read') =>
  Number(
    (
      await owner<{ n: string }>(
        `select coalesce(sum(units), 0) as n from x_spend where tenant_id = $1 and kind = $2`,
        [tenantId, kind],
      )
    )[0].n,
  );
const spendMicros = async (tenantId: string) =>
  Number(
    (
      await owner<{ n: string }>(
        `select coalesce(sum(cost_micros), 0) as n from x_spend where tenant_id = $1`,
        [tenantId],
      )
    )[0].n,
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('shared sources', () => {
  it('maps watches of one account by two tenants onto one source, polled once and billed in shares', async () => {
    const acct = account(15);
    const wa = await addWatch(a, { kind: 'TIMELINE', target: `@${acct.username}` });
    const wb = await addWatch(b, {
      kind: 'TIMELINE',
      target: acct.username.toUpperCase(),
      capability: 'JOBS',
    });
    expect(wb.sourceId).toBe(wa.sourceId);
    const beforeA = await spendMicros(a.tenantId);
    const beforeB = await spendMicros(b.tenantId);
    const known = await knownPosts();
    sim.reset();

    const result = await poller.poll(wa.sourceId);
    // A new source reads one page of recent posts, not the account's history.
    expect(result).toMatchObject({ outcome: 'caught_up', pages: 1, added: 10 });
    expect(timelineRequests(acct.id)).toHaveLength(1);
    expect(await sourcePosts(wa.sourceId)).toEqual(visible(acct.id).slice(0, 10));
    expect((await source(wa.sourceId)).since_id).toBe(visible(acct.id)[0]);
    // 10 posts (and any originals they reference) at $0.005, split between the two tenants.
    const cost = billed(visible(acct.id).slice(0, 10), known) * 5_000;
    expect((await spendMicros(a.tenantId)) - beforeA).toBe(Math.ceil(cost / 2));
    expect((await spendMicros(b.tenantId)) - beforeB).toBe(Math.floor(cost / 2));

    expect((await fanOut.fanOut(wa.sourceId)).get(wa.uuid)).toBe(10);
    const seen = await t.gql(WATCH, { id: wb.id }, b.ownerToken);
    expect(seen.data.node).toMatchObject({ status: 'ACTIVE', postsSeen: 10 });
    expect(seen.data.node.posts.nodes.map((p: { xId: string }) => p.xId)).toEqual(
      visible(acct.id).slice(0, 10),
    );
    expect(seen.data.node.posts.nodes[0].author.username).toBe(acct.username);

    // Nothing new: a poll reads one empty page and moves nothing.
    expect(await poller.poll(wa.sourceId)).toMatchObject({ outcome: 'caught_up', added: 0 });
  });

  it('pages until caught up, moving the cursor only at the end, and fans out every post once', async () => {
    const acct = account(45);
    const w = await addWatch(a, { kind: 'TIMELINE', target: acct.username, capability: 'TRENDS' });
    const all = visible(acct.id);
    await rewind(w.sourceId, all[40]);
    sim.reset();
    const result = await poller.poll(w.sourceId);
    expect(result).toMatchObject({ outcome: 'caught_up', added: 40 });
    // 40 posts at 10 a page, and a last page that says there is no more.
    expect(timelineRequests(acct.id).length).toBeGreaterThanOrEqual(4);
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 40));
    expect(await source(w.sourceId)).toMatchObject({ since_id: all[0], run_oldest_id: null });
    // Later pages follow X's next_token, with the first request's parameters, as X requires.
    const q = timelineRequests(acct.id).map((r) => r.query);
    expect(q[0]).toMatchObject({ since_id: all[40] });
    expect(q[0].until_id).toBeUndefined();
    expect(q[1]).toMatchObject({ since_id: all[40], pagination_token: expect.any(String) });
    expect(q[1].until_id).toBeUndefined();

    const first = await fanOut.fanOut(w.sourceId);
    const again = await Promise.all([fanOut.fanOut(w.sourceId), fanOut.fanOut(w.sourceId)]);
    expect(first.get(w.uuid)).toBe(40);
    expect(again.map((d) => d.get(w.uuid))).toEqual([0, 0]);
    expect(await fanOut.lagging(w.sourceId)).toBe(false);
  });
});

describe('faults', () => {
  it('resumes after a connection cut mid-run from the last saved page, reading nothing twice', async () => {
    const acct = account(45);
    const w = await addWatch(a, { kind: 'TIMELINE', target: acct.username });
    const all = visible(acct.id);
    await rewind(w.sourceId, all[35]);
    sim.reset();
    // Two pages go through; from the third on, X cuts every connection (all retries fail).
    const path = `/2/users/${acct.id}/tweets`;
    let seen = 0;
    const original = sim.requests.length;
    const poll = poller.poll(w.sourceId);
    while (seen < 2) {
      await sleep(5);
      seen = sim.requests.slice(original).filter((r) => r.path === path).length;
      if (seen >= 2) sim.faults.inject({ path, cut: true, times: Infinity });
    }
    await expect(poll).rejects.toMatchObject({ code: 'X_NETWORK' });
    const saved = await sourcePosts(w.sourceId);
    const mid = await source(w.sourceId);
    expect(mid.status).toBe('retrying');
    // The cursor has not moved; the run remembers where its last saved page ended.
    expect(mid.since_id).toBe(all[35]);
    expect(mid.run_oldest_id).toBe(saved.at(-1));
    expect(saved).toEqual(all.slice(0, saved.length));

    sim.faults.clear();
    const before = sim.requests.length;
    await rewindLease(w.sourceId);
    expect(await poller.poll(w.sourceId)).toMatchObject({ outcome: 'caught_up' });
    const resumed = sim.requests.slice(before).filter((r) => r.path === path);
    expect(resumed[0].query).toMatchObject({ since_id: all[35], until_id: saved.at(-1) });
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 35));
    expect((await source(w.sourceId)).since_id).toBe(all[0]);
  });

  it('leaves the same rows with two workers on one source, also when one outlives its lease', async () => {
    const acct = account(30);
    const w = await addWatch(a, { kind: 'TIMELINE', target: acct.username });
    const all = visible(acct.id);
    await rewind(w.sourceId, all[25]);
    sim.reset();
    const [one, two] = await Promise.all([poller.poll(w.sourceId), poller.poll(w.sourceId)]);
    expect([one.outcome, two.outcome].sort()).toEqual(['busy', 'caught_up']);
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 25));

    // Worker A stalls on its first page past its 2-second lease; worker B takes over.
    await rewind(w.sourceId, all[25]);
    await owner(`delete from x_source_posts where source_id = $1`, [w.sourceId]);
    sim.faults.inject({ path: `/2/users/${acct.id}/tweets`, latencyMs: 3_500 });
    const slow = poller.poll(w.sourceId);
    await sleep(2_300);
    const fast = await poller.poll(w.sourceId);
    expect(fast).toMatchObject({ outcome: 'caught_up', added: 25 });
    expect(await slow).toEqual({ outcome: 'busy' });
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 25));
    expect((await source(w.sourceId)).since_id).toBe(all[0]);
  });

  it('waits out a 429 storm until the reset X names, spending nothing extra', async () => {
    const acct = account(25);
    const w = await addWatch(b, { kind: 'TIMELINE', target: acct.username, capability: 'PEERS' });
    const all = visible(acct.id);
    await rewind(w.sourceId, all[20]);
    sim.reset();
    const unitsBefore = await spendUnits(b.tenantId);
    const known = await knownPosts();
    sim.faults.inject({ path: `/2/users/${acct.id}/tweets`, status: 429, times: 2 });
    const started = Date.now();
    expect(await poller.poll(w.sourceId)).toMatchObject({ outcome: 'caught_up', added: 20 });
    // The governor slept until the window X named reopened (about 3 s), not in a tight loop.
    expect(Date.now() - started).toBeGreaterThan(2_000);
    expect(
      timelineRequests(acct.id)
        .map((r) => r.status)
        .slice(0, 3),
    ).toEqual([429, 429, 200]);
    // Exactly the posts read are billed: the 429s cost nothing.
    expect((await spendUnits(b.tenantId)) - unitsBefore).toBe(billed(all.slice(0, 20), known));
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 20));
  });

  it('reschedules at the reset when a storm outlasts the retries, and then reads every post once', async () => {
    const acct = account(25);
    const w = await addWatch(b, { kind: 'TIMELINE', target: acct.username, capability: 'PEERS' });
    const all = visible(acct.id);
    await rewind(w.sourceId, all[20]);
    sim.reset();
    const unitsBefore = await spendUnits(b.tenantId);
    const known = await knownPosts();
    sim.faults.inject({ path: `/2/users/${acct.id}/tweets`, status: 429, times: Infinity });
    const result = await poller.poll(w.sourceId);
    expect(result.outcome).toBe('rate_limited');
    const status = await t.gql(WATCH, { id: w.id }, b.ownerToken);
    expect(status.data.node).toMatchObject({
      status: 'RATE_LIMITED',
      lastError: { code: 'X_RATE_LIMITED' },
    });
    expect(await spendUnits(b.tenantId)).toBe(unitsBefore);
    expect(timelineRequests(acct.id).length).toBeLessThanOrEqual(3);

    sim.faults.clear();
    expect(await poller.poll(w.sourceId)).toMatchObject({ outcome: 'caught_up', added: 20 });
    expect((await spendUnits(b.tenantId)) - unitsBefore).toBe(billed(all.slice(0, 20), known));
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 20));
  });

  it('retries a 5xx burst, and after a longer outage shows RETRYING, then resumes', async () => {
    const acct = account(25);
    const w = await addWatch(a, { kind: 'TIMELINE', target: acct.username });
    const all = visible(acct.id);
    await rewind(w.sourceId, all[20]);
    sim.reset();
    sim.faults.inject({ path: `/2/users/${acct.id}/tweets`, status: 503, times: 2 });
    expect(await poller.poll(w.sourceId)).toMatchObject({ outcome: 'caught_up', added: 20 });

    await rewind(w.sourceId, all[24]);
    sim.faults.inject({ path: `/2/users/${acct.id}/tweets`, status: 500, times: Infinity });
    await expect(poller.poll(w.sourceId)).rejects.toMatchObject({ code: 'X_UNAVAILABLE' });
    const status = await t.gql(WATCH, { id: w.id }, a.ownerToken);
    expect(status.data.node).toMatchObject({
      status: 'RETRYING',
      lastError: { code: 'X_UNAVAILABLE' },
    });
    sim.faults.clear();
    expect(await poller.poll(w.sourceId)).toMatchObject({ outcome: 'caught_up', added: 4 });
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 24));
  });

  it('ends a poll X never answers with a timeout, shows RETRYING, and resumes with nothing lost', async () => {
    const acct = account(25);
    const w = await addWatch(a, { kind: 'TIMELINE', target: acct.username });
    const all = visible(acct.id);
    await rewind(w.sourceId, all[20]);
    sim.reset();
    sim.faults.inject({ path: `/2/users/${acct.id}/tweets`, latencyMs: 4_500, times: 3 });
    await expect(poller.poll(w.sourceId)).rejects.toMatchObject({ code: 'X_TIMEOUT' });
    const status = await t.gql(WATCH, { id: w.id }, a.ownerToken);
    expect(status.data.node).toMatchObject({
      status: 'RETRYING',
      lastError: { code: 'X_TIMEOUT' },
    });
    expect(await sourcePosts(w.sourceId)).toEqual([]);
    expect(await poller.poll(w.sourceId)).toMatchObject({ outcome: 'caught_up', added: 20 });
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 20));
  });

  it('loses and duplicates nothing when the database goes away mid-run', async () => {
    const acct = account(45);
    const w = await addWatch(a, { kind: 'TIMELINE', target: acct.username });
    const all = visible(acct.id);
    await rewind(w.sourceId, all[40]);
    sim.reset();
    const path = `/2/users/${acct.id}/tweets`;
    sim.faults.inject({ path, latencyMs: 700, times: 3 });
    const poll = poller.poll(w.sourceId);
    const outside = new URL(t.db.ownerUrl);
    outside.pathname = '/postgres';
    await withClient(outside.toString(), async (c) => {
      // After the first page is saved, while the second is on its way: the database goes down.
      while ((await sourcePosts(w.sourceId)).length === 0) await sleep(20);
      await c.query(`alter database "${t.db.name}" allow_connections false`);
      await c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [
        t.db.name,
      ]);
      await poll.then(
        () => {
          throw new Error('the poll should have failed while the database was away');
        },
        () => undefined,
      );
      await c.query(`alter database "${t.db.name}" allow_connections true`);
    });
    const saved = await sourcePosts(w.sourceId);
    expect(saved.length).toBeGreaterThan(0);
    expect(saved).toEqual(all.slice(0, saved.length));
    // The dead run's lease runs out (2 s here), then the next poll carries on from its last page.
    await sleep(2_200);
    expect(await poller.poll(w.sourceId)).toMatchObject({ outcome: 'caught_up' });
    expect(await sourcePosts(w.sourceId)).toEqual(all.slice(0, 40));
    expect((await source(w.sourceId)).since_id).toBe(all[0]);
  });
});

/** Clears a dead run's lease as its expiry would (tests do not wait for it). */
const rewindLease = (sourceId: string) =>
  owner(`update x_sources set lease_owner = null, lease_until = null where id = $1`, [sourceId]);

describe('budgets', () => {
  it('pauses only the tenant whose budget is spent; others keep polling and pay alone', async () => {
    const c = await newTenant(t);
    const d = await newTenant(t);
    const acct = account(25);
    const wc = await addWatch(c, { kind: 'TIMELINE', target: acct.username, capability: 'JOBS' });
    const wd = await addWatch(d, { kind: 'TIMELINE', target: acct.username, capability: 'JOBS' });
    const all = visible(acct.id);
    await rewind(wc.sourceId, all[20]);
    await t.perch.app
      .get(XUsageService)
      .setBudget(systemScope(c.tenantId, 'test'), await spendMicros(c.tenantId));
    const cBefore = await spendMicros(c.tenantId);
    const dBefore = await spendMicros(d.tenantId);
    const known = await knownPosts();
    expect(await poller.poll(wc.sourceId)).toMatchObject({ outcome: 'caught_up', added: 20 });
    expect(await spendMicros(c.tenantId)).toBe(cBefore);
    expect((await spendMicros(d.tenantId)) - dBefore).toBe(billed(all.slice(0, 20), known) * 5_000);

    const [sc, sd] = await Promise.all([
      t.gql(WATCH, { id: wc.id }, c.ownerToken),
      t.gql(WATCH, { id: wd.id }, d.ownerToken),
    ]);
    expect(sc.data.node).toMatchObject({
      status: 'PAUSED_BUDGET',
      nextPollAt: null,
      lastError: { code: 'X_BUDGET_EXHAUSTED' },
    });
    expect(sd.data.node.status).toBe('ACTIVE');

    // A source only the spent tenant watches is not read at all.
    const alone = account(10);
    const wAlone = await addWatch(c, { kind: 'QUERY', target: `from:${alone.username}` });
    const before = sim.requests.length;
    expect(await poller.poll(wAlone.sourceId)).toEqual({ outcome: 'paused_budget' });
    expect(sim.requests.length).toBe(before);
    const add = await t.gql(
      ADD,
      { i: { capability: 'JOBS', kind: 'TIMELINE', target: account(5).username } },
      c.ownerToken,
    );
    expect(add.errors?.[0].extensions.code).toBe('X_BUDGET_EXHAUSTED');
  });
});

describe('who pays, who receives', () => {
  it('splits a shared read equally per tenant, whatever number of watches each has', async () => {
    const c = await newTenant(t);
    const d = await newTenant(t);
    const acct = account(15);
    const seekers = [await newSeeker(t, c.ownerToken), await newSeeker(t, c.ownerToken)];
    const w = await addWatch(c, { kind: 'TIMELINE', target: acct.username, capability: 'JOBS' });
    for (const s of seekers) {
      await addWatch(c, { kind: 'TIMELINE', target: acct.username, seekerId: s.id });
    }
    await addWatch(d, { kind: 'TIMELINE', target: acct.username, capability: 'JOBS' });
    const cBefore = await spendMicros(c.tenantId);
    const dBefore = await spendMicros(d.tenantId);
    const known = await knownPosts();
    expect(await poller.poll(w.sourceId)).toMatchObject({ added: 10 });
    const cost = billed(visible(acct.id).slice(0, 10), known) * 5_000;
    expect((await spendMicros(c.tenantId)) - cBefore).toBe(Math.ceil(cost / 2));
    expect((await spendMicros(d.tenantId)) - dBefore).toBe(Math.floor(cost / 2));
    // Within C, the part is shared by its three watches; each seeker's line shows its share.
    const rows = await owner<{ seeker_id: string | null; units: number }>(
      `select seeker_id, sum(units)::int as units from x_spend
        where tenant_id = $1 and kind = 'post_read' and created_at > now() - interval '1 minute'
        group by seeker_id`,
      [c.tenantId],
    );
    expect(rows.reduce((n, r) => n + r.units, 0)).toBe(
      billed(visible(acct.id).slice(0, 10), known),
    );
    expect(rows.filter((r) => r.seeker_id !== null)).toHaveLength(2);
  });

  it('hands nothing to a tenant whose budget is spent until it may spend again', async () => {
    const c = await newTenant(t);
    const d = await newTenant(t);
    const acct = account(15);
    const wc = await addWatch(c, { kind: 'TIMELINE', target: acct.username, capability: 'JOBS' });
    const wd = await addWatch(d, { kind: 'TIMELINE', target: acct.username, capability: 'JOBS' });
    const usage = t.perch.app.get(XUsageService);
    await usage.setBudget(systemScope(c.tenantId, 'test'), await spendMicros(c.tenantId));
    await poller.poll(wc.sourceId);
    const delivered = await fanOut.fanOut(wc.sourceId);
    expect(delivered.get(wd.uuid)).toBe(10);
    expect(delivered.has(wc.uuid)).toBe(false);
    await usage.setBudget(systemScope(c.tenantId, 'test'), 1_000_000_000);
    expect((await fanOut.fanOut(wc.sourceId)).get(wc.uuid)).toBe(10);
  });

  it('lets a coach manage watches for a seeker, and only owners and admins organization-wide ones', async () => {
    const coach = await memberToken(t, a, 'coach');
    const res = await t.gql(
      ADD,
      { i: { capability: 'TRENDS', kind: 'QUERY', target: 'coach only' } },
      coach.token,
    );
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const orgWide = await addWatch(a, { kind: 'QUERY', target: 'admins only' });
    const removed = await t.gql(
      `mutation($i: RemoveXWatchInput!) { removeXWatch(input: $i) { removedWatchId } }`,
      { i: { watchId: orgWide.id } },
      coach.token,
    );
    expect(removed.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('sources X refuses', () => {
  it('fails a source whose account X no longer has (a 200 with errors), not an empty success', async () => {
    const acct = account(5);
    const w = await addWatch(a, { kind: 'TIMELINE', target: acct.username });
    await owner(`update x_sources set target = '999999999999' where id = $1`, [w.sourceId]);
    expect(await poller.poll(w.sourceId)).toMatchObject({ outcome: 'failed', code: 'X_NOT_FOUND' });
    const failed = await t.gql(WATCH, { id: w.id }, a.ownerToken);
    expect(failed.data.node).toMatchObject({
      status: 'FAILED',
      lastError: { code: 'X_NOT_FOUND' },
    });
  });

  it('fails a query X rejects, shows why, and retryXWatch puts it back on the schedule', async () => {
    const w = await addWatch(a, { kind: 'QUERY', target: 'hiring foo:bar' });
    expect(await poller.poll(w.sourceId)).toMatchObject({
      outcome: 'failed',
      code: 'X_BAD_REQUEST',
    });
    const failed = await t.gql(WATCH, { id: w.id }, a.ownerToken);
    expect(failed.data.node).toMatchObject({
      status: 'FAILED',
      nextPollAt: null,
      lastError: { code: 'X_BAD_REQUEST' },
    });
    expect(failed.data.node.lastError.message).toMatch(/foo/);
    // A failed source is not polled again by itself.
    expect(await poller.dueSources()).not.toContain(w.sourceId);
    expect(await poller.poll(w.sourceId)).toEqual({ outcome: 'busy' });

    const retried = await t.gql(
      `mutation($i: RetryXWatchInput!) { retryXWatch(input: $i) { watch { status } userErrors { code } } }`,
      { i: { watchId: w.id } },
      a.ownerToken,
    );
    expect(retried.data.retryXWatch.watch.status).toBe('PENDING');
    expect(await poller.dueSources()).toContain(w.sourceId);
  });
});

describe('fan-out', () => {
  it('hands each watch each post once, even when a processor fails midway or two run at once', async () => {
    await owner(`create table fanout_probe (tenant_id uuid, watch_id uuid, post_id bigint,
                   primary key (tenant_id, watch_id, post_id))`);
    await owner(`grant select, insert on fanout_probe to perch_app`);
    const acct = account(30);
    const wa = await addWatch(a, { kind: 'TIMELINE', target: acct.username, capability: 'ORGS' });
    const wb = await addWatch(b, { kind: 'TIMELINE', target: acct.username, capability: 'ORGS' });
    const all = visible(acct.id);
    await rewind(wa.sourceId, all[25]);
    expect(await poller.poll(wa.sourceId)).toMatchObject({ added: 25 });

    let failOnce = true;
    fanOut.register({
      name: 'probe',
      capabilities: ['orgs'],
      handle: async ({ manager, ctx, watch, posts }) => {
        if (watch.sourceId !== wa.sourceId) return;
        for (const p of posts) {
          await manager.query(
            `insert into fanout_probe (tenant_id, watch_id, post_id) values ($1, $2, $3)`,
            [ctx.tenantId, watch.id, p.id],
          );
        }
        if (failOnce && watch.id === wb.uuid) {
          failOnce = false;
          throw new Error('processor crashed');
        }
      },
    });
    // A's watch gets its posts; B's processor fails, so B's batch and watermark roll back.
    await expect(fanOut.fanOut(wa.sourceId)).rejects.toThrow('processor crashed');
    expect(await fanOut.lagging(wa.sourceId)).toBe(true);
    await Promise.all([fanOut.fanOut(wa.sourceId), fanOut.fanOut(wa.sourceId)]);
    const rows = await owner<{ watch_id: string; n: string }>(
      `select watch_id, count(*) as n from fanout_probe group by watch_id order by watch_id`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.watch_id, Number(r.n)]))).toEqual({
      [wa.uuid]: 25,
      [wb.uuid]: 25,
    });
    expect(await fanOut.lagging(wa.sourceId)).toBe(false);
  });
});

describe('watches in GraphQL', () => {
  const err = async (input: Record<string, unknown>, token = a.ownerToken) => {
    const res = await t.gql(ADD, { i: { capability: 'RESEARCH', ...input } }, token);
    return res.data?.addXWatch?.userErrors?.[0] ?? res.errors?.[0]?.extensions;
  };

  it('refuses bad targets with typed errors before anything is made', async () => {
    const count = async () =>
      (await owner(`select 1 from x_watches where tenant_id = $1`, [a.tenantId])).length;
    const before = await count();
    expect(await err({ kind: 'TIMELINE', target: 'not a handle!' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'target'],
    });
    expect(await err({ kind: 'TIMELINE', target: 'nobody_here_x1' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'X has no account @nobody_here_x1.',
    });
    expect(await err({ kind: 'QUERY', target: '"unclosed' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await err({ kind: 'QUERY', target: '(a OR b' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await err({ kind: 'LIST', target: 'acme-team' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await err({ kind: 'LIST', target: '123456789' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await err({ kind: 'QUERY', target: 'x', cadenceMinutes: 0 })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await err({ kind: 'QUERY', target: 'x', seekerId: 'skr_nope' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    const viewer = await memberToken(t, a, 'viewer');
    expect(await err({ kind: 'QUERY', target: 'x' }, viewer.token)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await count()).toBe(before);
  });

  it('adds a list watch by id, is idempotent, lists, filters by seeker, and removes', async () => {
    const brand = sim.world.accountsByKind('brand')[3];
    const list = sim.world.listsOwnedBy(brand.id)[0];
    const seeker = await newSeeker(t, a.ownerToken);
    const input = { kind: 'LIST', target: list.id, capability: 'PEERS', seekerId: seeker.id };
    const first = await t.gql(ADD, { i: input }, a.ownerToken);
    const again = await t.gql(ADD, { i: input }, a.ownerToken);
    expect(first.data.addXWatch.watch).toMatchObject({ label: list.name, status: 'PENDING' });
    expect(again.data.addXWatch.watch.id).toBe(first.data.addXWatch.watch.id);

    const listed = await t.gql(
      `query($s: ID) { xWatches(first: 10, seekerId: $s) { nodes { id kind seeker { id } } } }`,
      { s: seeker.id },
      a.ownerToken,
    );
    expect(listed.data.xWatches.nodes).toEqual([
      { id: first.data.addXWatch.watch.id, kind: 'LIST', seeker: { id: seeker.id } },
    ]);
    // Another tenant sees none of it.
    const other = await t.gql(`{ xWatches(first: 100) { nodes { id } } }`, {}, b.ownerToken);
    expect(other.data.xWatches.nodes.map((n: { id: string }) => n.id)).not.toContain(
      first.data.addXWatch.watch.id,
    );

    const w = parseGlobalId(first.data.addXWatch.watch.id)!.uuid;
    const [row] = await owner<{ source_id: string }>(
      `select source_id from x_watches where id = $1`,
      [w],
    );
    expect(await poller.poll(row.source_id)).toMatchObject({ outcome: 'caught_up' });
    expect((await sourcePosts(row.source_id)).length).toBeGreaterThan(0);

    const removed = await t.gql(
      `mutation($i: RemoveXWatchInput!) { removeXWatch(input: $i) { removedWatchId userErrors { code } } }`,
      { i: { watchId: first.data.addXWatch.watch.id } },
      a.ownerToken,
    );
    expect(removed.data.removeXWatch.removedWatchId).toBe(first.data.addXWatch.watch.id);
    const gone = await t.gql(WATCH, { id: first.data.addXWatch.watch.id }, a.ownerToken);
    expect(gone.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('pages a watch’s posts newest first with an opaque cursor and refuses a forged one', async () => {
    const acct = account(15);
    const w = await addWatch(a, { kind: 'TIMELINE', target: acct.username });
    await poller.poll(w.sourceId);
    await fanOut.fanOut(w.sourceId);
    const q = `query($id: ID!, $after: String) { node(id: $id) { ... on XWatch { posts(first: 4, after: $after) { nodes { xId } pageInfo { hasNextPage endCursor } } } } }`;
    const p1 = await t.gql(q, { id: w.id }, a.ownerToken);
    const p2 = await t.gql(
      q,
      { id: w.id, after: p1.data.node.posts.pageInfo.endCursor },
      a.ownerToken,
    );
    const ids = [...p1.data.node.posts.nodes, ...p2.data.node.posts.nodes].map(
      (n: { xId: string }) => n.xId,
    );
    expect(ids).toEqual(visible(acct.id).slice(0, 8));
    const forged = await t.gql(q, { id: w.id, after: 'bm90LWEtY3Vyc29y' }, a.ownerToken);
    expect(forged.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
