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
  xWatches(first: 100) { nodes { label capability status postsSeen seeker { name } } }
  xSpend { spentUsd byCapability { capability spentUsd } }
  seekers(first: 1) { nodes { name xConnection { username scopes } } }
}`;

it('seeds the demo with a connected seeker and watches that fill from the simulator', async () => {
  const { accessToken } = await login(t, 'admin@demo.perch.test', 'perch-demo-password');
  const first = await t.gql(STATE, {}, accessToken);
  // The demo's own watches come first; research and trends add theirs (Acme's people, topics).
  expect(first.data.xWatches.nodes.slice(0, 5).map((w: { label: string }) => w.label)).toEqual([
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
    if (state.data.xWatches.nodes.slice(0, 5).every((w: { postsSeen: number }) => w.postsSeen > 0))
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  for (const w of state.data.xWatches.nodes.slice(0, 5)) {
    // A source polled every minute may be mid-poll when the test looks.
    expect(['ACTIVE', 'POLLING']).toContain(w.status);
    expect(w.postsSeen).toBeGreaterThan(0);
  }
  expect(state.data.xSpend.spentUsd).toBeGreaterThan(first.data.xSpend.spentUsd);
  const capabilities = state.data.xSpend.byCapability.map(
    (c: { capability: string }) => c.capability,
  );
  expect(capabilities).toEqual(expect.arrayContaining(['jobs', 'research', 'trends', 'orgs']));

  // A coach opens their seeker's target company: the dossier's claims link to posts; the
  // interview brief; the seeker's briefing shows a burst; pruning suggests with links to act on X.
  const coach = (await login(t, 'coach@demo.perch.test', 'perch-demo-password')).accessToken;
  const seekerQ = await t.gql(
    `{ seekers(first: 1) { nodes { id targets { status company { id name } } } } }`,
    {},
    coach,
  );
  const seeker = seekerQ.data.seekers.nodes[0];
  expect(seeker.targets[0]).toMatchObject({ status: 'INTERVIEWING', company: { name: 'Acme' } });
  const companyId = seeker.targets[0].company.id;
  let dossier: any = null;
  for (let i = 0; i < 120 && !(dossier?.values?.length > 0); i++) {
    await worker.dispatchDue();
    await new Promise((r) => setTimeout(r, 500));
    dossier = (
      await t.gql(
        `query($id: ID!) { company(id: $id) { dossier { posts values { label posts { url } } themes { term posts { url } } } } }`,
        { id: companyId },
        coach,
      )
    ).data.company.dossier;
  }
  expect(dossier.values.length).toBeGreaterThan(0);
  for (const c of [...dossier.values, ...dossier.themes])
    expect(c.posts[0].url).toMatch(/^https:\/\/x\.com\//);
  const brief = await t.gql(
    `query($s: ID!, $c: ID!) { interviewBrief(seekerId: $s, companyId: $c) { markdown } }`,
    { s: seeker.id, c: companyId },
    coach,
  );
  expect(brief.data.interviewBrief.markdown).toMatch(/^# Interview brief: Acme/);
  // "stablecoin" broke three days ago, whole; "layoffs" is breaking today (by how much depends on
  // the hour), so the test reads the one that is certain.
  let burst: { term: string; day: string } | undefined;
  for (let i = 0; i < 120 && !burst; i++) {
    const topics = await t.gql(
      `query($s: ID!) { topics(seekerId: $s) { name bursts(days: 7) { term day posts { url } } } }`,
      { s: seeker.id },
      coach,
    );
    burst = topics.data.topics
      .flatMap((tp: { bursts: { term: string; day: string }[] }) => tp.bursts)
      .find((b: { term: string }) => b.term === 'stablecoin' || b.term === '#stablecoins');
    if (!burst) {
      await worker.dispatchDue();
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  expect(burst).toBeDefined();
  const layoffs = burst!;
  const briefing = await t.gql(
    `query($s: ID!, $d: String) { dailyBriefing(seekerId: $s, day: $d) { items { term posts { url } } } }`,
    { s: seeker.id, d: layoffs.day },
    coach,
  );
  expect(briefing.data.dailyBriefing.items.map((i: { term: string }) => i.term)).toContain(
    layoffs.term,
  );
  const pruning = await t.gql(
    `query($s: ID!) { feedPruning(seekerId: $s) { source suggestions { suggestion link } toFollow { link } } }`,
    { s: seeker.id },
    coach,
  );
  expect(pruning.data.feedPruning.source).toBe('X');
  expect(pruning.data.feedPruning.suggestions.length).toBeGreaterThan(0);
  for (const s of pruning.data.feedPruning.suggestions)
    expect(s.link).toMatch(/^https:\/\/x\.com\//);

  // A second start finds the tenant and adds nothing.
  await seedDemo(t.perch.app);
  const again = await t.gql(STATE, {}, accessToken);
  expect(again.data.xWatches.nodes).toHaveLength(state.data.xWatches.nodes.length);
});
