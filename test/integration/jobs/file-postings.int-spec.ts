/**
 * Filing job posts into postings on real PostgreSQL, in the cases the simulator's world does not
 * produce: a link-less copy nearer a second link than the first, a copy that bridges a link-less
 * posting and a linked one, and two batches filing copies of one opening at the same time.
 */
import { hamming, simhash } from '@libs/text';
import { v7 } from 'uuid';
import { JobsRepository, type NewPosting } from '../../../src/modules/jobs/jobs.repository.js';
import { DatabaseService } from '../../../src/platform/database/database.service.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';

let t: TestApp;
let repo: JobsRepository;
let db: DatabaseService;

beforeAll(async () => {
  t = await startTestApp();
  repo = t.perch.app.get(JobsRepository);
  db = t.perch.app.get(DatabaseService);
});
afterAll(() => t.close());

const BASE =
  "We're hiring a Data Engineer at Globex in Denver, CO! Python, Airflow and dbt every day, on a team of six that ships daily.";
// Copies of one announcement with a few words added; their SimHash distances are checked below.
const T = {
  plain: BASE,
  apply: `${BASE} Apply today!`,
  share: `${BASE} Share with friends!`,
  build: `${BASE} Come build with us.`,
  fast: `${BASE} Fast hiring process.`,
};
const d = (a: string, b: string) => hamming(simhash(a), simhash(b));

let nextPost = BigInt(Date.now()) * 1000n;
let minute = 0;
/** A post about the Globex opening (same title, company and place), a minute after the last. */
function post(text: string, applyUrl: string | null, city = 'Denver, CO'): NewPosting {
  nextPost += 1n;
  minute += 1;
  return {
    id: v7(),
    title: 'Data Engineer',
    seniority: null,
    company: `Globex ${city}`,
    companyHandle: null,
    location: city,
    workplace: null,
    employmentType: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPeriod: null,
    applyUrl,
    confidence: 0.8,
    postId: nextPost.toString(),
    authorId: '42',
    recruiterHandle: null,
    createdAt: new Date(Date.now() - 3_600_000 + minute * 60_000),
    text,
  };
}

const file = (items: NewPosting[]) => db.global((m) => repo.filePostings(m, items));

async function filed(posts: NewPosting[]) {
  const rows = await withClient(t.db.ownerUrl, (c) =>
    c.query<{ post: string; key: string }>(
      `select jp.post_id::text as post, p.dedupe_key as key
         from job_posting_posts jp join job_postings p on p.id = jp.posting_id
        where jp.post_id = any($1::bigint[])`,
      [posts.map((p) => p.postId)],
    ),
  );
  const byPost = new Map(rows.rows.map((r) => [r.post, r.key]));
  return posts.map((p) => byPost.get(p.postId));
}

describe('filing job posts', () => {
  it('never files a second link into the posting of the first', async () => {
    // The copy is nearer the second link's text than the first's.
    expect(d(T.build, T.fast)).toBeGreaterThan(0);
    expect(d(T.build, T.fast)).toBeLessThanOrEqual(6);
    const f = post(T.build, 'https://globex.example/jobs/1', 'Boulder, CO');
    const a = post(T.fast, null, 'Boulder, CO');
    await file([f, a]);
    expect(await filed([f, a])).toEqual([
      'url:https://globex.example/jobs/1',
      'url:https://globex.example/jobs/1',
    ]);
    const e = post(T.fast, 'https://globex.example/jobs/2', 'Boulder, CO');
    await file([e]);
    expect(await filed([f, a, e])).toEqual([
      'url:https://globex.example/jobs/1',
      'url:https://globex.example/jobs/1',
      'url:https://globex.example/jobs/2',
    ]);
  });

  it('files a copy that bridges a link-less posting and a linked one into the linked one', async () => {
    expect(d(T.plain, T.apply)).toBeLessThanOrEqual(6);
    expect(d(T.apply, T.share)).toBeLessThanOrEqual(6);
    expect(d(T.plain, T.share)).toBeGreaterThan(6);
    const l = post(T.plain, null, 'Aurora, CO');
    await file([l]);
    const u = post(T.share, 'https://globex.example/jobs/9', 'Aurora, CO');
    await file([u]);
    const [lKey, uKey] = await filed([l, u]);
    expect(lKey).toMatch(/^tc:/);
    expect(uKey).toBe('url:https://globex.example/jobs/9');
    const n = post(T.apply, null, 'Aurora, CO');
    await file([n]);
    expect(await filed([n])).toEqual(['url:https://globex.example/jobs/9']);
  });

  it('files copies of one opening from two batches at once as one posting', async () => {
    const first = post(T.plain, null, 'Golden, CO');
    const second = post(T.apply, null, 'Golden, CO');
    await Promise.all([file([first]), file([second])]);
    const [k1, k2] = await filed([first, second]);
    expect(k1).toMatch(/^tc:/);
    expect(k2).toBe(k1);
  });
});
