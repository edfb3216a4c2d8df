/**
 * What `npm start` promises on a fresh machine, checked end to end: the demo organization is
 * seeded, a seeker is connected to X through the OAuth flow, its watches fill with posts from the
 * simulator through the worker, and its X spend grows. Seeding twice changes nothing.
 */
import { jest } from '@jest/globals';
import { seedDemo } from '../../../src/seed/demo-seed.js';
import { startWorker, type Worker } from '../../../src/worker/worker.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { login } from '../../helpers/factories.js';

jest.setTimeout(120_000);

let t: TestApp;
let worker: Worker;

beforeAll(async () => {
  t = await startTestApp({ DEMO_SEED: 'true', X_SIMULATOR: 'auto', PERCH_ROLE: 'all' });
  worker = await startWorker(t.perch);
}, 120_000);
afterAll(async () => {
  await worker.stop();
  await t.close();
});

const STATE = `{
  xWatches(first: 20) { nodes { label capability status postsSeen seeker { name } } }
  xSpend { spentUsd byCapability { capability spentUsd } }
  seekers(first: 1) { nodes { name xConnection { username scopes } } }
}`;

it('seeds the demo with a connected seeker and watches that fill from the simulator', async () => {
  const { accessToken } = await login(t, 'admin@demo.perch.test', 'perch-demo-password');
  const first = await t.gql(STATE, {}, accessToken);
  expect(first.data.xWatches.nodes.map((w: { label: string }) => w.label)).toEqual([
    '@acme',
    '@acmejobs',
    'Hiring posts',
    '@fintechdaily',
    '#DataChat',
  ]);
  expect(first.data.xWatches.nodes[4].seeker).not.toBeNull();
  expect(first.data.seekers.nodes[0].xConnection).toMatchObject({
    username: expect.any(String),
    scopes: expect.arrayContaining(['tweet.read', 'offline.access']),
  });

  await worker.dispatchDue();
  const deadline = Date.now() + 60_000;
  let state = first;
  while (Date.now() < deadline) {
    state = await t.gql(STATE, {}, accessToken);
    if (state.data.xWatches.nodes.every((w: { postsSeen: number }) => w.postsSeen > 0)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  for (const w of state.data.xWatches.nodes) {
    // A source polled every minute may be mid-poll when the test looks.
    expect(['ACTIVE', 'POLLING']).toContain(w.status);
    expect(w.postsSeen).toBeGreaterThan(0);
  }
  expect(state.data.xSpend.spentUsd).toBeGreaterThan(first.data.xSpend.spentUsd);
  const capabilities = state.data.xSpend.byCapability.map(
    (c: { capability: string }) => c.capability,
  );
  expect(capabilities).toEqual(expect.arrayContaining(['jobs', 'research', 'trends', 'orgs']));

  // A second start finds the tenant and adds nothing.
  await seedDemo(t.perch.app);
  const again = await t.gql(STATE, {}, accessToken);
  expect(again.data.xWatches.nodes).toHaveLength(5);
});
