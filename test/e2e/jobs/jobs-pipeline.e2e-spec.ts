/**
 * The jobs API around the pipeline, on real PostgreSQL with postings filed directly in the public
 * layer (extraction is covered by jobs.e2e-spec.ts): funnels per seeker, coach and cohort, the
 * CSV export, NOT_FOUND for ids the caller may not use, editing an application (contacts, notes,
 * the tracked company), new matches since a time, and browsing postings to push one.
 */
import { jest } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { v7 } from 'uuid';
import type { XSimulator } from '@libs/x-simulator';
import { fromGlobalId, toGlobalId } from '../../../src/platform/graphql/global-id.js';
import type { TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import {
  memberToken,
  newMember,
  newSeeker,
  newTenant,
  login,
  type TestTenant,
} from '../../helpers/factories.js';
import { startAppOnSimulator } from '../../helpers/x-sim.js';

jest.setTimeout(120_000);

const DAY = 86_400_000;
let sim: XSimulator;
let t: TestApp;
let tenant: TestTenant;
let other: TestTenant;
type Staff = Awaited<ReturnType<typeof memberToken>>;
let coach: Staff;
let coach2: Staff;
let otherCoach: Staff;
let ann: { id: string };
let ben: { id: string };
let outsider: { id: string };

const gql = async (query: string, variables: Record<string, unknown> = {}, token = coach.token) => {
  const r = await t.gql(query, variables, token);
  if (process.env.DEBUG_GQL && r.errors) console.log(JSON.stringify(r.errors).slice(0, 1500));
  return r;
};

async function assign(tn: TestTenant, seekerId: string, staffMemberId: string) {
  const r = await t.gql(
    `mutation($i: AssignCoachInput!) { assignCoach(input: $i) { userErrors { code } } }`,
    { i: { seekerId, staffMemberId } },
    tn.ownerToken,
  );
  expect(r.data.assignCoach.userErrors).toEqual([]);
}

/** Files postings in the public layer as extraction would; returns their uuids in order. */
async function filePostings(
  rows: {
    title: string;
    company?: string;
    location?: string;
    workplace?: 'remote' | 'hybrid' | 'on-site';
    seenDaysAgo?: number;
  }[],
): Promise<string[]> {
  return withClient(t.db.ownerUrl, async (c) => {
    const ids: string[] = [];
    for (const r of rows) {
      const id = v7();
      const seen = new Date(Date.now() - (r.seenDaysAgo ?? 0) * DAY);
      await c.query(
        `insert into job_postings (id, dedupe_key, title, company, location, workplace, confidence,
                representative_post_id, first_seen_at, last_seen_at)
         values ($1, $2, $3, $4, $5, $6, 0.9, 1, $7, $7)`,
        [
          id,
          `test:${id}`,
          r.title,
          r.company ?? null,
          r.location ?? null,
          r.workplace ?? null,
          seen,
        ],
      );
      ids.push(id);
    }
    return ids;
  });
}

const save = async (
  seekerId: string,
  title: string,
  company: string,
  notes?: string,
  token = coach.token,
) => {
  const r = await gql(
    `mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } userErrors { code } } }`,
    { i: { seekerId, title, company, notes } },
    token,
  );
  expect(r.data.saveJob.userErrors).toEqual([]);
  return r.data.saveJob.application.id as string;
};
const move = async (applicationId: string, stages: string[], token = coach.token) => {
  for (const stage of stages) {
    const r = await gql(
      `mutation($i: MoveJobApplicationInput!) { moveJobApplication(input: $i) { userErrors { code } } }`,
      { i: { applicationId, stage } },
      token,
    );
    expect(r.data.moveJobApplication.userErrors).toEqual([]);
  }
};

beforeAll(async () => {
  ({ sim, t } = await startAppOnSimulator(4));
  tenant = await newTenant(t, { seats: 20 });
  coach = await memberToken(t, tenant, 'coach');
  coach2 = await memberToken(t, tenant, 'coach');
  ann = await newSeeker(t, tenant.ownerToken, { name: 'Ann Able' });
  ben = await newSeeker(t, tenant.ownerToken, { name: 'Ben Baker' });
  await assign(tenant, ann.id, coach.staffId);
  await assign(tenant, ben.id, coach2.staffId);
  other = await newTenant(t, { seats: 5 });
  otherCoach = await memberToken(t, other, 'coach');
  outsider = await newSeeker(t, other.ownerToken, { name: 'Olga Other' });
  await assign(other, outsider.id, otherCoach.staffId);
}, 120_000);
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

describe('jobFunnel and jobApplicationsCsv', () => {
  let cohortId: string;
  const HEADER = [
    'seeker',
    'title',
    'company',
    'stage',
    'saved_at',
    'applied_at',
    'interviewing_at',
    'offer_at',
    'closed_at',
    'contacts',
    'notes',
  ];

  beforeAll(async () => {
    // Ann (coach's): one interviewing, one withdrawn; Ben (coach2's): one rejected after applying.
    const a1 = await save(ann.id, 'Data Analyst', 'Acme, Inc.', '=HYPERLINK("http://x.test")');
    await move(a1, ['APPLIED', 'INTERVIEWING']);
    await gql(
      `mutation($i: UpdateJobApplicationInput!) { updateJobApplication(input: $i) { userErrors { code } } }`,
      { i: { applicationId: a1, contacts: ['@rita', 'Sam "the" recruiter'] } },
    );
    await move(await save(ann.id, 'BI Analyst', 'Initech'), ['WITHDRAWN']);
    const b1 = await save(ben.id, 'Data Engineer', 'Globex', undefined, coach2.token);
    await move(b1, ['APPLIED', 'REJECTED'], coach2.token);
    const c = await gql(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } userErrors { code message } } }`,
      { i: { name: 'Spring analysts', memberIds: [ann.id, ben.id] } },
      tenant.ownerToken,
    );
    expect(c.data.createCohort.userErrors).toEqual([]);
    cohortId = c.data.createCohort.cohort.id;
  });

  const FUNNEL = `query($s: ID, $c: ID, $k: ID) {
    jobFunnel(seekerId: $s, staffMemberId: $c, cohortId: $k) {
      seekers saved applied interviewing offer accepted rejected withdrawn } }`;

  it('counts one seeker, a coach’s caseload and a cohort', async () => {
    const bySeeker = await gql(FUNNEL, { s: ben.id }, coach2.token);
    expect(bySeeker.data.jobFunnel).toEqual({
      seekers: 1,
      saved: 1,
      applied: 1,
      interviewing: 0,
      offer: 0,
      accepted: 0,
      rejected: 1,
      withdrawn: 0,
    });
    const byCoach = await gql(FUNNEL, { c: coach.staffId });
    expect(byCoach.data.jobFunnel).toEqual({
      seekers: 1,
      saved: 2,
      applied: 1,
      interviewing: 1,
      offer: 0,
      accepted: 0,
      rejected: 0,
      withdrawn: 1,
    });
    const byCohort = await gql(FUNNEL, { k: cohortId }, tenant.ownerToken);
    expect(byCohort.data.jobFunnel).toEqual({
      seekers: 2,
      saved: 3,
      applied: 2,
      interviewing: 1,
      offer: 0,
      accepted: 0,
      rejected: 1,
      withdrawn: 1,
    });
  });

  it('counts only the cohort members the caller may see', async () => {
    // Ben is coach2's, not coach's: a coach sees only their own caseload of a cohort.
    const r = await gql(FUNNEL, { k: cohortId });
    expect(r.data.jobFunnel).toMatchObject({ seekers: 1, saved: 2, rejected: 0 });
  });

  it('exports a cohort as CSV with the header, one row per application, quoted and neutralized', async () => {
    const r = await gql(
      `query($k: ID!) { jobApplicationsCsv(cohortId: $k) }`,
      { k: cohortId },
      tenant.ownerToken,
    );
    const text = r.data.jobApplicationsCsv as string;
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parse(text, { relax_column_count: false });
    expect(rows[0]).toEqual(HEADER);
    const body = rows.slice(1).map((row) => Object.fromEntries(HEADER.map((h, i) => [h, row[i]])));
    expect(body).toHaveLength(3);
    const analyst = body.find((b) => b.title === 'Data Analyst')!;
    expect(analyst).toMatchObject({
      seeker: 'Ann Able',
      company: 'Acme, Inc.',
      stage: 'interviewing',
      offer_at: '',
      closed_at: '',
      // A spreadsheet would run cells starting with @ or = as formulas; the export makes them text.
      contacts: `'@rita; Sam "the" recruiter`,
      notes: `'=HYPERLINK("http://x.test")`,
    });
    expect(new Date(analyst.applied_at).toISOString()).toBe(analyst.applied_at);
    expect(Date.parse(analyst.interviewing_at)).toBeGreaterThanOrEqual(
      Date.parse(analyst.applied_at),
    );
    expect(body.find((b) => b.title === 'Data Engineer')).toMatchObject({
      seeker: 'Ben Baker',
      company: 'Globex',
      stage: 'rejected',
    });
    expect(body.find((b) => b.title === 'Data Engineer')!.closed_at).not.toBe('');
    expect(body.find((b) => b.title === 'BI Analyst')!.stage).toBe('withdrawn');
    // Quoting as RFC 4180 asks: the comma and the quotes are inside quoted fields.
    expect(text).toContain('"Acme, Inc."');
    expect(text).toContain(`"'@rita; Sam ""the"" recruiter"`);
  });

  it('exports only a coach’s caseload by staffMemberId', async () => {
    const r = await gql(`query($c: ID!) { jobApplicationsCsv(staffMemberId: $c) }`, {
      c: coach.staffId,
    });
    const rows: string[][] = parse(r.data.jobApplicationsCsv as string);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Ann Able', 'Ann Able']);
  });

  it('answers NOT_FOUND, the same way, for a foreign or random staff member or cohort', async () => {
    const random = toGlobalId('StaffMember', v7());
    const someone = await newSeeker(t, tenant.ownerToken);
    const seekerMember = await newMember(
      t,
      tenant.tenantId,
      'seeker',
      undefined,
      fromGlobalId(someone.id, 'Seeker'),
    );
    const answers = [];
    for (const c of [
      otherCoach.staffId,
      random,
      toGlobalId('StaffMember', seekerMember.membershipId),
    ]) {
      for (const q of [
        `query($c: ID!) { jobFunnel(staffMemberId: $c) { saved } }`,
        `query($c: ID!) { jobApplicationsCsv(staffMemberId: $c) }`,
      ]) {
        const r = await gql(q, { c });
        expect(r.data).toBeNull();
        answers.push({ code: r.errors![0].extensions.code, message: r.errors![0].message });
      }
    }
    const foreignCohort = await gql(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } } }`,
      { i: { name: 'Elsewhere', memberIds: [outsider.id] } },
      other.ownerToken,
    );
    const fc = await gql(`query($k: ID!) { jobFunnel(cohortId: $k) { saved } }`, {
      k: foreignCohort.data.createCohort.cohort.id,
    });
    const rc = await gql(`query($k: ID!) { jobFunnel(cohortId: $k) { saved } }`, {
      k: toGlobalId('Cohort', v7()),
    });
    expect(fc.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(fc.errors![0].message).toBe(rc.errors![0].message);
    // One answer for all: a foreign, a random and a seeker's membership look alike.
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].code).toBe('NOT_FOUND');
    // The other tenant's coach asking about this tenant's coach learns nothing either.
    const back = await gql(
      `query($c: ID!) { jobFunnel(staffMemberId: $c) { saved } }`,
      { c: coach.staffId },
      otherCoach.token,
    );
    expect(back.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('keeps a seeker to themselves: no funnel by a coach or another seeker', async () => {
    const seekerMember = await newMember(
      t,
      tenant.tenantId,
      'seeker',
      undefined,
      fromGlobalId(ann.id, 'Seeker'),
    );
    const token = (await login(t, seekerMember.email)).accessToken;
    const own = await gql(FUNNEL, { s: ann.id }, token);
    expect(own.data.jobFunnel.saved).toBe(2);
    const byCoach = await gql(FUNNEL, { c: coach.staffId }, token);
    expect(byCoach.errors![0].extensions.code).toBe('NOT_FOUND');
    const peer = await gql(FUNNEL, { s: ben.id }, token);
    expect(peer.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('updateJobApplication', () => {
  const APP = `id contacts notes trackedCompany { id name brandUsername }`;
  const update = (i: Record<string, unknown>, token = coach.token) =>
    gql(
      `mutation($i: UpdateJobApplicationInput!) { updateJobApplication(input: $i) {
         application { ${APP} } userErrors { code field message } } }`,
      { i },
      token,
    );
  let applicationId: string;
  let companyId: string;

  beforeAll(async () => {
    applicationId = await save(ann.id, 'Platform Engineer', 'Acme', 'First call went well');
    const added = await gql(
      `mutation { addCompany(input: { handle: "acme" }) { company { id name } userErrors { code message } } }`,
    );
    expect(added.data.addCompany.userErrors).toEqual([]);
    companyId = added.data.addCompany.company.id;
  });

  it('sets contacts, notes and the tracked company, whose dossier is then at hand', async () => {
    const r = await update({
      applicationId,
      contacts: ['@rita_recruits', 'Hiring manager: Lee'],
      notes: 'Ask about the on-call rota',
      companyId,
    });
    expect(r.data.updateJobApplication.userErrors).toEqual([]);
    expect(r.data.updateJobApplication.application).toMatchObject({
      contacts: ['@rita_recruits', 'Hiring manager: Lee'],
      notes: 'Ask about the on-call rota',
      trackedCompany: { id: companyId, brandUsername: 'acme' },
    });
    const read = await gql(
      `query($id: ID!) { node(id: $id) { ... on JobApplication { ${APP}
         trackedCompany { dossier { posts emptyReason } } } } }`,
      { id: applicationId },
    );
    expect(read.data.node.trackedCompany.id).toBe(companyId);
    expect(read.data.node.trackedCompany.dossier).toEqual(
      expect.objectContaining({ posts: expect.any(Number) }),
    );
  });

  it('keeps a field left out, and clears one given as null', async () => {
    await update({ applicationId, contacts: ['@rita_recruits'], notes: 'Kept', companyId });
    const untouched = await update({ applicationId });
    expect(untouched.data.updateJobApplication.application).toMatchObject({
      contacts: ['@rita_recruits'],
      notes: 'Kept',
      trackedCompany: { id: companyId },
    });
    const noContacts = await update({ applicationId, contacts: null });
    expect(noContacts.data.updateJobApplication.application).toMatchObject({
      contacts: [],
      notes: 'Kept',
      trackedCompany: { id: companyId },
    });
    const noNotes = await update({ applicationId, notes: null });
    expect(noNotes.data.updateJobApplication.application).toMatchObject({
      contacts: [],
      notes: null,
      trackedCompany: { id: companyId },
    });
    const unlinked = await update({ applicationId, companyId: null });
    expect(unlinked.data.updateJobApplication.application).toMatchObject({
      contacts: [],
      notes: null,
      trackedCompany: null,
    });
    await update({ applicationId, contacts: ['@a'] });
    const emptied = await update({ applicationId, contacts: [] });
    expect(emptied.data.updateJobApplication.application.contacts).toEqual([]);
  });

  it('refuses a company or an application of another tenant as NOT_FOUND, and bad contacts', async () => {
    const theirs = await gql(
      `mutation { addCompany(input: { handle: "acme" }) { company { id } } }`,
      {},
      otherCoach.token,
    );
    const foreign = await update({ applicationId, companyId: theirs.data.addCompany.company.id });
    const random = await update({ applicationId, companyId: toGlobalId('Company', v7()) });
    const answer = (r: Awaited<ReturnType<typeof gql>>) => ({
      code: r.errors?.[0]?.extensions?.code,
      message: r.errors?.[0]?.message,
    });
    expect(answer(foreign).code).toBe('NOT_FOUND');
    expect(answer(foreign)).toEqual(answer(random));
    const notMine = await update({ applicationId, notes: 'hijack' }, otherCoach.token);
    expect(answer(notMine).code).toBe('NOT_FOUND');
    const empty = await update({ applicationId, contacts: [''] });
    expect(empty.data.updateJobApplication.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'contacts'],
    });
    const still = await gql(
      `query($id: ID!) { node(id: $id) { ... on JobApplication { notes trackedCompany { id } } } }`,
      { id: applicationId },
    );
    expect(still.data.node).toEqual({ notes: null, trackedCompany: null });
  });
});

describe('jobMatches(since:)', () => {
  it('shows only the matches made since the time given', async () => {
    const [older, newer] = await filePostings([
      { title: 'Sincetest Analyst One', company: 'Acme' },
      { title: 'Sincetest Analyst Two', company: 'Acme' },
    ]);
    const push = (postingId: string) =>
      gql(
        `mutation($i: PushJobPostingInput!) { pushJobPosting(input: $i) { pushed } }`,
        {
          i: { postingId: toGlobalId('JobPosting', postingId), seekerIds: [ben.id] },
        },
        coach2.token,
      );
    const q = `query($s: ID!, $since: DateTime) { jobMatches(seekerId: $s, since: $since, first: 100) {
      nodes { posting { title } } } }`;
    await push(older);
    await new Promise((r) => setTimeout(r, 50));
    const between = new Date();
    await new Promise((r) => setTimeout(r, 50));
    await push(newer);
    const titles = async (since: Date | null) =>
      (
        (await gql(q, { s: ben.id, since: since?.toISOString() ?? null }, coach2.token)).data
          .jobMatches.nodes as { posting: { title: string } }[]
      ).map((n) => n.posting.title);
    expect(await titles(null)).toEqual(
      expect.arrayContaining(['Sincetest Analyst One', 'Sincetest Analyst Two']),
    );
    expect(await titles(between)).toEqual(['Sincetest Analyst Two']);
    expect(await titles(new Date(Date.now() + 60_000))).toEqual([]);
  });
});

describe('jobPostings', () => {
  const Q = `query($q: String, $w: PostingWorkplace, $d: Int, $f: Int, $a: String) {
    jobPostings(query: $q, workplace: $w, days: $d, first: $f, after: $a) {
      nodes { id title company location workplace } pageInfo { hasNextPage endCursor } } }`;
  let ids: string[];
  const titles = async (v: Record<string, unknown>, token = coach.token) => {
    const r = await gql(Q, v, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return (r.data.jobPostings.nodes as { title: string }[]).map((n) => n.title);
  };

  beforeAll(async () => {
    // Oldest first, so the newest-first answer is the reverse.
    ids = await filePostings([
      { title: 'Zephyr Data Analyst', company: 'Old Co', location: 'Austin, TX', seenDaysAgo: 40 },
      {
        title: 'Zephyr Data Analyst',
        company: 'Acme',
        location: 'Austin, TX',
        workplace: 'on-site',
        seenDaysAgo: 3,
      },
      {
        title: 'Zephyr Backend Engineer',
        company: 'Acme',
        location: 'Remote (EU)',
        workplace: 'remote',
        seenDaysAgo: 2,
      },
      {
        title: 'Zephyr Analytics Lead',
        company: 'Globex',
        location: 'Boston, MA',
        workplace: 'hybrid',
        seenDaysAgo: 0.5,
      },
      {
        title: 'Zephyr 100% Remote Analyst',
        company: 'Initech',
        workplace: 'remote',
        seenDaysAgo: 0,
      },
    ]);
  });

  it('lists recent postings newest first, searching title, company and place', async () => {
    expect(await titles({ q: 'zephyr' })).toEqual([
      'Zephyr 100% Remote Analyst',
      'Zephyr Analytics Lead',
      'Zephyr Backend Engineer',
      'Zephyr Data Analyst',
    ]);
    // Every word must appear somewhere: in the title, the company or the place.
    expect(await titles({ q: 'zephyr ACME analyst' })).toEqual(['Zephyr Data Analyst']);
    expect(await titles({ q: 'zephyr boston' })).toEqual(['Zephyr Analytics Lead']);
    expect(await titles({ q: 'zephyr nowhere' })).toEqual([]);
    // LIKE's wildcards are plain characters in a search.
    expect(await titles({ q: 'zephyr %' })).toEqual(['Zephyr 100% Remote Analyst']);
    expect(await titles({ q: 'zephyr _' })).toEqual([]);
  });

  it('filters by workplace and widens the window with days', async () => {
    expect(await titles({ q: 'zephyr', w: 'REMOTE' })).toEqual([
      'Zephyr 100% Remote Analyst',
      'Zephyr Backend Engineer',
    ]);
    expect(await titles({ q: 'zephyr', w: 'ON_SITE' })).toEqual(['Zephyr Data Analyst']);
    const wide = await gql(Q, { q: 'zephyr analyst', d: 60 });
    expect(wide.data.jobPostings.nodes.map((n: { company: string }) => n.company)).toEqual([
      'Initech',
      'Acme',
      'Old Co',
    ]);
    expect(await titles({ q: 'zephyr', d: 1 })).toEqual([
      'Zephyr 100% Remote Analyst',
      'Zephyr Analytics Lead',
    ]);
  });

  it('pages with cursors and refuses a forged cursor and bad arguments', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof gql>> = await gql(Q, { q: 'zephyr', f: 3, a: after });
      const conn = page.data.jobPostings;
      seen.push(...conn.nodes.map((n: { id: string }) => n.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(
      ids
        .slice(1)
        .reverse()
        .map((id) => toGlobalId('JobPosting', id)),
    );
    for (const bad of [
      { a: 'bm90LWEtY3Vyc29y' },
      { f: 0 },
      { f: 101 },
      { d: 0 },
      { d: 91 },
      { q: 'x'.repeat(201) },
      { q: 'a b c d e f g h i j k' },
    ]) {
      const r = await gql(Q, { q: 'zephyr', ...bad });
      expect([bad, r.errors?.[0]?.extensions?.code]).toEqual([bad, 'BAD_USER_INPUT']);
    }
    const enumBad = await gql(Q, { w: 'MOON' });
    expect(enumBad.errors?.[0]).toBeDefined();
    expect(enumBad.data ?? null).toBeNull();
  });

  it('is for staff: a viewer reads, a seeker is refused; a coach pushes what they found', async () => {
    const viewer = await memberToken(t, tenant, 'viewer');
    expect(await titles({ q: 'zephyr backend' }, viewer.token)).toEqual([
      'Zephyr Backend Engineer',
    ]);
    // Postings are public facts: another tenant's coach sees the same ones.
    expect(await titles({ q: 'zephyr backend' }, otherCoach.token)).toEqual([
      'Zephyr Backend Engineer',
    ]);
    const seekerMember = await newMember(
      t,
      tenant.tenantId,
      'seeker',
      undefined,
      fromGlobalId(ben.id, 'Seeker'),
    );
    const seekerToken = (await login(t, seekerMember.email)).accessToken;
    const refused = await gql(Q, { q: 'zephyr' }, seekerToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const found = await gql(Q, { q: 'zephyr analytics' });
    const postingId = found.data.jobPostings.nodes[0].id as string;
    const pushed = await gql(
      `mutation($i: PushJobPostingInput!) { pushJobPosting(input: $i) { pushed userErrors { code } } }`,
      { i: { postingId, seekerIds: [ann.id] } },
    );
    expect(pushed.data.pushJobPosting.pushed).toBe(1);
    const matches = await gql(
      `query($s: ID!) { jobMatches(seekerId: $s, first: 100) { nodes { source posting { id } } } }`,
      { s: ann.id },
    );
    expect(matches.data.jobMatches.nodes).toContainEqual({
      source: 'coach',
      posting: { id: postingId },
    });
  });
});
