/**
 * A worker process killed (SIGKILL) in the middle of a run: no cleanup code runs, its open
 * transaction dies with it and its lease stays behind. The next worker waits out the lease and
 * resumes after the last page the dead one saved — no post lost, none read from X twice.
 */
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { startXSimulator, type XSimulator } from '@libs/x-simulator';
import { IngestionPoller } from '../../../src/modules/ingestion/ingestion.poller.js';
import { parseGlobalId } from '../../../src/platform/graphql/global-id.js';
import { TEST_JWT_SECRET, startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(90_000);

let sim: XSimulator;
let t: TestApp;
let tenant: TestTenant;

const INGEST = {
  INGEST_LEASE_SECONDS: '3',
  INGEST_PAGE_SIZE: '10',
  INGEST_BACKFILL_POSTS: '10',
};

beforeAll(async () => {
  sim = await startXSimulator({ seed: 8, clock: Date.now, world: { now: Date.now() } });
  t = await startTestApp({
    X_API_BASE_URL: sim.url,
    X_APP_BEARER_TOKEN: sim.appBearerToken,
    ...INGEST,
  });
  tenant = await newTenant(t);
}, 60_000);
afterAll(async () => {
  await t.close();
  await sim.close();
});

const owner = <T = any>(sql: string, params: unknown[] = []) =>
  withClient(t.db.ownerUrl, async (c) => (await c.query(sql, params)).rows as T[]);

it('resumes exactly after the worker is killed mid-page', async () => {
  const acct = sim.world.accountsByKind('news').find((u) => sim.world.timeline(u.id).length >= 60)!;
  const all = sim.world
    .timeline(acct.id)
    .filter((p) => Date.parse(p.created_at) <= Date.now())
    .map((p) => p.id);
  const res = await t.gql(
    `mutation($i: AddXWatchInput!) { addXWatch(input: $i) { watch { id } } }`,
    { i: { capability: 'TRENDS', kind: 'TIMELINE', target: acct.username } },
    tenant.ownerToken,
  );
  const watchId = parseGlobalId(res.data.addXWatch.watch.id)!.uuid;
  const [{ source_id: sourceId }] = await owner<{ source_id: string }>(
    `select source_id from x_watches where id = $1`,
    [watchId],
  );
  await owner(`update x_sources set since_id = $2 where id = $1`, [sourceId, all[55]]);
  const path = `/2/users/${acct.id}/tweets`;
  // Slow pages, so the kill lands while a page is on its way or being saved.
  sim.faults.inject({ path, latencyMs: 400, times: Infinity });

  const child = spawn(
    process.execPath,
    [
      '--import',
      './test/helpers/child/ts-register.mjs',
      'test/helpers/child/poll-source.ts',
      sourceId,
    ],
    {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATABASE_URL: t.db.appUrl,
        DATABASE_OWNER_URL: t.db.ownerUrl,
        DATABASE_POOL_SIZE: '2',
        JWT_SECRET: TEST_JWT_SECRET,
        PERCH_MASTER_KEY: randomBytes(32).toString('base64'),
        LOG_LEVEL: 'info',
        DEMO_SEED: 'false',
        PERCH_ROLE: 'worker',
        X_API_BASE_URL: sim.url,
        X_APP_BEARER_TOKEN: sim.appBearerToken,
        ...INGEST,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  let pages = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.includes('"ingested page"')) pages++;
    if (pages === 2) {
      child.kill('SIGKILL');
      break;
    }
    if (line.includes('child done')) throw new Error(`the child finished first: ${line}`);
  }
  expect(await exited).toBe('SIGKILL');
  expect(stderr.join('')).not.toMatch(/Error/);

  const saved = (
    await owner<{ id: string }>(
      `select post_id::text as id from x_source_posts where source_id = $1 order by post_id desc`,
      [sourceId],
    )
  ).map((r) => r.id);
  const [mid] = await owner<{ since_id: string; run_oldest_id: string; lease_owner: string }>(
    `select since_id::text, run_oldest_id::text, lease_owner from x_sources where id = $1`,
    [sourceId],
  );
  // Two pages (or a third, if it committed just before the kill) are saved; the cursor has not
  // moved and the dead worker's lease is still there.
  expect([20, 30]).toContain(saved.length);
  expect(saved).toEqual(all.slice(0, saved.length));
  expect(mid).toMatchObject({ since_id: all[55], run_oldest_id: saved.at(-1) });
  expect(mid.lease_owner).not.toBeNull();

  sim.faults.clear();
  const poller = t.perch.app.get(IngestionPoller);
  expect(await poller.poll(sourceId)).toEqual({ outcome: 'busy' });
  await new Promise((r) => setTimeout(r, 3_200));
  const before = sim.requests.length;
  expect(await poller.poll(sourceId)).toMatchObject({ outcome: 'caught_up' });
  const resumed = sim.requests.slice(before).filter((r) => r.path === path);
  expect(resumed[0].query).toMatchObject({ since_id: all[55], until_id: saved.at(-1) });
  // Every request of the resumed run stays below what the dead worker saved: nothing is re-read.
  for (const r of resumed)
    expect(BigInt(r.query.until_id)).toBeLessThanOrEqual(BigInt(saved.at(-1)!));
  const final = (
    await owner<{ id: string }>(
      `select post_id::text as id from x_source_posts where source_id = $1 order by post_id desc`,
      [sourceId],
    )
  ).map((r) => r.id);
  expect(final).toEqual(all.slice(0, 55));
});
