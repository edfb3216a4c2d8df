/**
 * How job posts become postings in production, through the simulator and the real fan-out: the
 * same opening posted with and without its link, in one poll or across polls, is one posting;
 * a link-less posting that a linked post joins takes the link; two different openings with one
 * title, company and place stay two; and a seeker's skills, read in the posting's text, count
 * in the match.
 */
import { jest } from '@jest/globals';
import { hamming, simhash } from '@libs/text';
import type { XSimulator } from '@libs/x-simulator';
import { toGlobalId } from '../../../src/platform/graphql/global-id.js';
import type { TestApp } from '../../helpers/app.js';
import { startAppOnSimulator } from '../../helpers/x-sim.js';
import { withClient } from '../../helpers/database.js';
import { activeSeeker, memberToken, newTenant, type TestTenant } from '../../helpers/factories.js';
import { ingestAll } from '../../helpers/ingest.js';

jest.setTimeout(180_000);

const TAG = '#perchgrouping';
let sim: XSimulator;
let t: TestApp;
let tenant: TestTenant;
let coach: { token: string; staffId: string; membershipId: string };

/** A post made on X by that account (through the simulator's API, as a person would). */
async function plant(authorId: string, text: string): Promise<string> {
  const res = await fetch(`${sim.url}/2/tweets`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${sim.issueUserToken(authorId)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ text }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { data: { id: string } }).data.id;
}

/** Post id → the posting it was filed under, for the planted posts. */
async function postingsOf(ids: string[]): Promise<Map<string, string>> {
  const rows = await withClient(t.db.ownerUrl, (c) =>
    c.query<{ post: string; posting: string }>(
      `select post_id::text as post, posting_id::text as posting
         from job_posting_posts where post_id = any($1::bigint[])`,
      [ids],
    ),
  );
  return new Map(rows.rows.map((r) => [r.post, r.posting]));
}

async function posting(id: string) {
  const rows = await withClient(t.db.ownerUrl, (c) =>
    c.query<{ apply_url: string | null; post_count: number; dedupe_key: string }>(
      `select apply_url, post_count, dedupe_key from job_postings where id = $1`,
      [id],
    ),
  );
  return rows.rows[0];
}

/** Makes the watch's source due now, as its next scheduled poll would. */
async function pollAgain(): Promise<void> {
  await withClient(t.db.ownerUrl, (c) => c.query(`update x_sources set next_poll_at = now()`));
  await ingestAll(t);
}

beforeAll(async () => {
  ({ sim, t } = await startAppOnSimulator(9));
  tenant = await newTenant(t, { seats: 5 });
  coach = await memberToken(t, tenant, 'coach');
  const added = await t.gql(
    `mutation($i: AddXWatchInput!) { addXWatch(input: $i) { watch { id } userErrors { message } } }`,
    { i: { capability: 'JOBS', kind: 'QUERY', target: TAG } },
    tenant.ownerToken,
  );
  expect(added.data.addXWatch.userErrors).toEqual([]);
}, 180_000);
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe('filing job posts into postings', () => {
  const recruiter = () => sim.world.accountsByKind('recruiter')[0];
  const employee = () => sim.world.accountsByKind('employee')[0];
  const GLOBEX =
    "We're hiring a Data Engineer at Globex in Denver, CO! Python, Airflow and dbt every day, on a team of six that ships daily.";
  const GLOBEX_URL = 'https://globex.example/careers/42';
  const INITECH =
    'Hiring: Senior Data Engineer at Initech, Austin, TX. Spark and Kafka at scale, on-site, with a great platform crew and real ownership.';
  const ids: Record<string, string> = {};

  it('groups a linked post and its link-less copies, and a link-less posting takes the link that joins it', async () => {
    const linked = `${GLOBEX} ${GLOBEX_URL} ${TAG}`;
    const copy = `${GLOBEX} ${TAG}`;
    // The copy differs in its link only: near, not identical, to the linked post.
    expect(hamming(simhash(linked), simhash(copy))).toBeLessThanOrEqual(6);
    ids.g1 = await plant(recruiter().id, linked);
    ids.g2 = await plant(employee().id, copy);
    ids.i1 = await plant(recruiter().id, `${INITECH} ${TAG}`);
    await ingestAll(t);
    const first = await postingsOf([ids.g1, ids.g2, ids.i1]);
    expect(first.get(ids.g1)).toBeDefined();
    expect(first.get(ids.g2)).toBe(first.get(ids.g1));
    const globex = await posting(first.get(ids.g1)!);
    expect(globex).toMatchObject({ apply_url: GLOBEX_URL, post_count: 2 });
    const initech = await posting(first.get(ids.i1)!);
    expect(initech.apply_url).toBeNull();
    expect(initech.dedupe_key).toMatch(/^tc:/);

    // A later poll: the careers link for the Initech post and another link-less Globex copy.
    ids.i2 = await plant(employee().id, `${INITECH} https://initech.example/jobs/7 ${TAG}`);
    ids.g3 = await plant(recruiter().id, `${GLOBEX} DM @${recruiter().username} ${TAG}`);
    await pollAgain();
    const second = await postingsOf([ids.i2, ids.g3]);
    expect(second.get(ids.g3)).toBe(first.get(ids.g1));
    expect(second.get(ids.i2)).toBe(first.get(ids.i1));
    expect(await posting(first.get(ids.i1)!)).toMatchObject({
      apply_url: 'https://initech.example/jobs/7',
      dedupe_key: 'url:https://initech.example/jobs/7',
      post_count: 2,
    });
    expect((await posting(first.get(ids.g1)!)).post_count).toBe(3);

    // The recruiter the copy names, and the roles its author recruits for.
    const node = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on JobPosting { contacts { username mentionIntentUrl }
         recruiters { username roles companiesPosted reasons } } } }`,
      { id: toGlobalId('JobPosting', first.get(ids.g1)!) },
      coach.token,
    );
    expect(node.data.node.contacts).toEqual([
      {
        username: recruiter().username,
        mentionIntentUrl: `https://x.com/intent/post?text=${encodeURIComponent(`@${recruiter().username} `)}`,
      },
    ]);
    const theirs = node.data.node.recruiters.find(
      (r: { username: string }) => r.username === recruiter().username,
    );
    expect(theirs?.roles).toEqual(
      expect.arrayContaining(['Data Engineer', 'Senior Data Engineer']),
    );
    expect(theirs?.companiesPosted).toEqual(expect.arrayContaining(['Globex', 'Initech']));
  });

  it('keeps two openings with one title, company and place apart when their texts differ', async () => {
    const a = await plant(
      recruiter().id,
      `Data Engineer wanted at Hooli in Chicago, IL: build our ingestion from scratch, small team ${TAG}`,
    );
    const b = await plant(
      employee().id,
      `Hooli is looking for a Data Engineer in Chicago, IL. You will own reporting pipelines for finance. Referrals welcome ${TAG}`,
    );
    await pollAgain();
    const filed = await postingsOf([a, b]);
    expect(filed.get(a)).toBeDefined();
    expect(filed.get(b)).toBeDefined();
    expect(filed.get(a)).not.toBe(filed.get(b));
  });

  it("counts a seeker's skills found in the posting's text", async () => {
    const s = await activeSeeker(t, tenant.tenantId, coach.membershipId, {
      name: 'Sky Skills',
      targetRoles: ['Data Engineer'],
      locations: ['Denver, CO'],
    });
    const MATCHES = `query($s: ID!) { jobMatches(seekerId: $s, first: 50) { nodes { score reasons posting { applyUrl } } } }`;
    const set = (skills: string[]) =>
      t.gql(
        `mutation($i: SetJobPreferencesInput!) { setJobPreferences(input: $i) { userErrors { message } } }`,
        { i: { seekerId: s.id, skills, remote: 'OPEN' } },
        coach.token,
      );
    const globexMatch = async () =>
      (
        (await t.gql(MATCHES, { s: s.id }, coach.token)).data.jobMatches.nodes as {
          score: number;
          reasons: string[];
          posting: { applyUrl: string | null };
        }[]
      ).find((m) => m.posting.applyUrl === GLOBEX_URL);

    await set(['Airflow', 'dbt']);
    const withSkills = await globexMatch();
    expect(withSkills?.reasons).toContain('Mentions profile skills: Airflow, dbt');
    await set(['Haskell', 'Erlang']);
    const without = await globexMatch();
    expect(without).toBeDefined();
    expect(without!.reasons.join(' ')).not.toMatch(/Mentions profile skills/);
    expect(without!.score).toBeLessThan(withSkills!.score);
  });

  it('reads job posts from a "we\'re hiring" search and a recruiter\'s timeline too, filing each post once', async () => {
    const before = await postingsOf(Object.values(ids));
    for (const [kind, target] of [
      ['QUERY', '"we\'re hiring"'],
      ['TIMELINE', recruiter().username],
    ] as const) {
      const added = await t.gql(
        `mutation($i: AddXWatchInput!) { addXWatch(input: $i) { watch { id } userErrors { message } } }`,
        { i: { capability: 'JOBS', kind, target } },
        tenant.ownerToken,
      );
      expect(added.data.addXWatch.userErrors).toEqual([]);
    }
    await ingestAll(t);
    const watches = await t.gql(
      `{ xWatches(first: 10) { nodes { label kind status postsSeen } } }`,
      {},
      tenant.ownerToken,
    );
    const seen = watches.data.xWatches.nodes as {
      kind: string;
      status: string;
      postsSeen: number;
    }[];
    expect(seen).toHaveLength(3);
    for (const w of seen) {
      expect(w.status).not.toBe('FAILED');
      expect(w.postsSeen).toBeGreaterThan(0);
    }
    // The recruiter's own posts arrive again through their timeline: still one filing each.
    expect(await postingsOf(Object.values(ids))).toEqual(before);
  });
});
