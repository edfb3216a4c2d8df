/**
 * research and trends through the API, on the X simulator and real PostgreSQL: a coach tracks a
 * company, discovery finds its people with evidence (scored against the world's truth), the
 * dossier's claims link to posts, the interview brief comes out as Markdown; a topic on a
 * planted burst shows it in the seeker's briefing for that day; feed pruning suggests with links.
 */
import { jest } from '@jest/globals';
import type { XSimulator } from '@libs/x-simulator';
import { parseGlobalId } from '../../../src/platform/graphql/global-id.js';
import type { TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { ingestAll } from '../../helpers/ingest.js';
import { memberToken, newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';
import { connectSeeker, startAppOnSimulator } from '../../helpers/x-sim.js';

jest.setTimeout(120_000);

const DAY = 86_400_000;
let sim: XSimulator;
let t: TestApp;
let tenant: TestTenant;
let coach: { token: string; staffId: string };
let seeker: { id: string };
let companyId: string;

beforeAll(async () => {
  // The world's freshest planted burst falls two days before its "now": today.
  ({ sim, t } = await startAppOnSimulator(3));
  tenant = await newTenant(t);
  coach = await memberToken(t, tenant, 'coach');
  seeker = await newSeeker(t, tenant.ownerToken, { targetRoles: ['Data Engineer'] });
  await t.gql(
    `mutation($i: AssignCoachInput!) { assignCoach(input: $i) { __typename } }`,
    { i: { seekerId: seeker.id, staffMemberId: coach.staffId } },
    tenant.ownerToken,
  );
}, 120_000);
afterAll(async () => {
  await t.close();
  await sim.close();
});

const gql = async (query: string, variables: Record<string, unknown> = {}, token = coach.token) => {
  const res = await t.gql(query, variables, token);
  return res;
};

describe('research', () => {
  const acme = () => sim.world.companies[0];

  it('refuses a handle X does not know and a malformed domain, with typed errors', async () => {
    const unknown = await gql(
      `mutation { addCompany(input: { handle: "no_such_co_xyz" }) { company { id } userErrors { field code message } } }`,
    );
    expect(unknown.data.addCompany.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'handle'],
    });
    const domain = await gql(
      `mutation { addCompany(input: { handle: "acme", domain: "not a domain" }) { company { id } userErrors { field code } } }`,
    );
    expect(domain.data.addCompany.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('tracks a company and discovers its people with evidence, against the world’s truth', async () => {
    const added = await gql(
      `mutation { addCompany(input: { handle: "@${sim.world.user(acme().brandId)!.username}" }) { company { id name brandUsername accounts { kind status followed } } } }`,
    );
    const company = added.data.addCompany.company;
    companyId = company.id;
    expect(company.name).toBe(sim.world.user(acme().brandId)!.name);
    expect(company.accounts).toEqual([{ kind: 'BRAND', status: 'CONFIRMED', followed: true }]);

    const found = await gql(
      `mutation($i: DiscoverCompanyAccountsInput!) { discoverCompanyAccounts(input: $i) {
         accounts { xId username kind status evidence { kind detail } } } }`,
      { i: { companyId } },
    );
    const accounts = found.data.discoverCompanyAccounts.accounts as {
      xId: string;
      kind: string;
      status: string;
      evidence: { kind: string; detail: string }[];
    }[];
    const suggested = accounts.filter((a) => a.status === 'SUGGESTED');
    for (const a of suggested) expect(a.evidence.length).toBeGreaterThan(0);
    const truth = new Set([acme().careersId, ...acme().executiveIds, ...acme().employeeIds]);
    const hits = suggested.filter((a) => truth.has(a.xId)).length;
    // Thresholds in docs/research-and-trends.md.
    expect(hits / truth.size).toBeGreaterThanOrEqual(0.8);
    expect(hits / suggested.length).toBeGreaterThanOrEqual(0.8);
    expect(suggested.find((a) => a.xId === acme().careersId)?.kind).toBe('CAREERS');

    for (const a of suggested) {
      const r = await gql(
        `mutation($i: ReviewCompanyAccountInput!) { reviewCompanyAccount(input: $i) { account { status followed } userErrors { code } } }`,
        {
          i: {
            companyId,
            xAccountId: a.xId,
            decision: truth.has(a.xId) ? 'CONFIRM' : 'REJECT',
          },
        },
      );
      expect(r.data.reviewCompanyAccount.account.status).toBe(
        truth.has(a.xId) ? 'CONFIRMED' : 'REJECTED',
      );
    }
  });

  it('builds a dossier whose every claim links to posts, and an interview brief', async () => {
    await ingestAll(t);
    const res = await gql(
      `query($id: ID!) { company(id: $id) { name dossier {
          posts brandPosts employeePosts emptyReason
          themes { term count posts { url text } }
          values { label share posts { url } }
          tone { brand { sentiment formality } employees { posts } }
          cadence { brandPostsPerWeek activeEmployees }
          hiring { posts roles { label count posts { url } } locations { label } }
          voices { brand employees }
          changes { newThemes { label } rising { label previous } }
        } } }`,
      { id: companyId },
    );
    const d = res.data.company.dossier;
    expect(d.emptyReason).toBeNull();
    expect(d.posts).toBeGreaterThan(20);
    expect(d.employeePosts).toBeGreaterThan(0);
    expect(d.themes.length).toBeGreaterThan(0);
    expect(d.values.length).toBeGreaterThan(0);
    for (const claim of [...d.themes, ...d.values, ...d.hiring.roles]) {
      expect(claim.posts.length).toBeGreaterThan(0);
      for (const p of claim.posts) expect(p.url).toMatch(/^https:\/\/x\.com\/\w+\/status\/\d+$/);
    }
    const planted = acme().themes.map((k) =>
      k.replace(/-/g, ' ').replace('work life', 'work-life'),
    );
    expect(d.values.slice(0, 3).map((v: { label: string }) => v.label)).toEqual(
      expect.arrayContaining([planted[0]]),
    );

    await gql(
      `mutation($i: SetSeekerTargetInput!) { setSeekerTarget(input: $i) { target { id priority status } } }`,
      { i: { seekerId: seeker.id, companyId, priority: 1, status: 'INTERVIEWING' } },
    );
    const targets = await gql(
      `query($id: ID!) { seeker(id: $id) { targets { priority status company { name } } } }`,
      { id: seeker.id },
    );
    expect(targets.data.seeker.targets).toEqual([
      { priority: 1, status: 'INTERVIEWING', company: { name: res.data.company.name } },
    ]);

    const brief = await gql(
      `query($s: ID!, $c: ID!) { interviewBrief(seekerId: $s, companyId: $c) {
          company talkingPoints { point posts { url } } people { username url } readFirst { url } markdown } }`,
      { s: seeker.id, c: companyId },
    );
    const b = brief.data.interviewBrief;
    expect(b.talkingPoints.length).toBeGreaterThan(0);
    expect(b.readFirst.length).toBeGreaterThan(0);
    expect(b.markdown).toMatch(new RegExp(`^# Interview brief: ${res.data.company.name}`));
    expect(b.markdown).toContain('## Talking points');
    expect(b.markdown).toContain(b.readFirst[0].url);
  });

  it('says why a dossier is empty', async () => {
    const other = sim.world.companies[5];
    const added = await gql(
      `mutation { addCompany(input: { handle: "${sim.world.user(other.brandId)!.username}" }) { company { id } } }`,
    );
    const res = await gql(
      `query($id: ID!) { company(id: $id) { dossier { posts emptyReason themes { term } } } }`,
      { id: added.data.addCompany.company.id },
    );
    expect(res.data.company.dossier).toMatchObject({ posts: 0, themes: [] });
    expect(res.data.company.dossier.emptyReason).toMatch(/No posts/);
  });
});

describe('trends', () => {
  const ADD = `mutation($i: AddTopicInput!) { addTopic(input: $i) { topic { id name kind value } userErrors { field code message } } }`;

  it('refuses bad topics and names the bad part of a query', async () => {
    const bad = async (kind: string, value: string) =>
      (await gql(ADD, { i: { kind, value, seekerId: seeker.id } })).data.addTopic.userErrors[0];
    expect(await bad('QUERY', 'hiring foo:bar')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'value'],
      message: expect.stringContaining('“foo:”'),
    });
    expect((await bad('QUERY', '(data OR')).message).toMatch(/OR|parenthesis/);
    expect((await bad('QUERY', '-hiring')).message).toMatch(/at least one/);
    expect((await bad('QUERY', '(data OR)')).message).toMatch(/OR/);
    expect(await bad('KEYWORD', 'OR')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await bad('HASHTAG', '1234')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await bad('LIST', 'team-list')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await bad('KEYWORD', '%%%')).toMatchObject({ code: 'BAD_USER_INPUT' });
    const orgWide = await gql(ADD, { i: { kind: 'HASHTAG', value: 'fintech' } });
    expect(orgWide.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("shows a planted burst in the seeker's briefing for its day, with the posts and links behind it", async () => {
    // The world's second-freshest burst broke three days ago, whole (today's grows by the hour).
    const burst = sim.world.bursts[1];
    expect(Date.parse(burst.day)).toBeLessThan(Date.now() - 2 * DAY);
    const empty = await gql(
      `query($s: ID!) { dailyBriefing(seekerId: $s) { items { term } emptyReason } }`,
      {
        s: seeker.id,
      },
    );
    expect(empty.data.dailyBriefing.emptyReason).toMatch(/No topics/);

    const added = await gql(ADD, {
      i: { kind: 'KEYWORD', value: burst.term, seekerId: seeker.id },
    });
    expect(added.data.addTopic.topic).toMatchObject({ kind: 'KEYWORD', value: burst.term });
    await ingestAll(t);
    const brief = await gql(
      `query($s: ID!, $d: String) { dailyBriefing(seekerId: $s, day: $d) { day topics emptyReason
          items { term count baseline score emerging topic { name } posts { url text } links { url count } } } }`,
      { s: seeker.id, d: burst.day },
    );
    const items = brief.data.dailyBriefing.items as { term: string; posts: { text: string }[] }[];
    const hit = items.find((i) => i.term === burst.term || i.term === `#${burst.hashtag}`);
    expect(hit).toBeDefined();
    expect(hit!.posts.length).toBeGreaterThan(0);
    for (const p of hit!.posts) expect(p.text.toLowerCase()).toContain(burst.term);

    // Any past day can be asked for; the day before the burst had none of it.
    const before = new Date(Date.parse(burst.day) - DAY).toISOString().slice(0, 10);
    const quiet = await gql(
      `query($s: ID!, $d: String) { dailyBriefing(seekerId: $s, day: $d) { items { term } } }`,
      { s: seeker.id, d: before },
    );
    expect(quiet.data.dailyBriefing.items.map((i: { term: string }) => i.term)).not.toContain(
      burst.term,
    );
    const badDay = await gql(
      `query($s: ID!) { dailyBriefing(seekerId: $s, day: "2026-13-40") { day } }`,
      {
        s: seeker.id,
      },
    );
    expect(badDay.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets a cohort own a topic that every member’s briefing includes', async () => {
    const cohort = (
      await gql(
        `mutation { createCohort(input: { name: "Data engineers, spring", field: "data", termStart: "2026-09-01", termEnd: "2027-01-31" }) { cohort { id name } } }`,
      )
    ).data.createCohort.cohort;
    await gql(
      `mutation($i: AddCohortMemberInput!) { addCohortMember(input: $i) { cohort { members { id } } } }`,
      { i: { cohortId: cohort.id, seekerId: seeker.id } },
    );
    const both = await gql(ADD, {
      i: { kind: 'HASHTAG', value: 'dataengineering', seekerId: seeker.id, cohortId: cohort.id },
    });
    expect(both.data.addTopic.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    const added = await gql(ADD, {
      i: { kind: 'HASHTAG', value: 'dataengineering', cohortId: cohort.id },
    });
    expect(added.data.addTopic.topic).toMatchObject({ kind: 'HASHTAG', value: 'dataengineering' });
    const mine = await gql(`query($s: ID!) { topics(seekerId: $s) { value cohort { name } } }`, {
      s: seeker.id,
    });
    expect(mine.data.topics).toContainEqual({
      value: 'dataengineering',
      cohort: { name: cohort.name },
    });
    const ofCohort = await gql(`query($c: ID!) { topics(cohortId: $c) { value } }`, {
      c: cohort.id,
    });
    expect(ofCohort.data.topics.map((x: { value: string }) => x.value)).toContain(
      'dataengineering',
    );
    const bad = await gql(
      `mutation { createCohort(input: { name: "x", termStart: "2027-01-01", termEnd: "2026-01-01" }) { cohort { id } userErrors { code field } } }`,
    );
    expect(bad.data.createCohort.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('suggests what to prune from the following list with links to act on X, and what to follow', async () => {
    const PRUNE = `query($s: ID!) { feedPruning(seekerId: $s) { following } }`;
    const noConsent = await gql(PRUNE, { s: seeker.id });
    expect(noConsent.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    expect(noConsent.errors?.[0].message).toMatch(/consent/i);

    // The seeker consents and connects their X account through the OAuth flow.
    await gql(
      `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { consent { id } } }`,
      { i: { seekerId: seeker.id, kind: 'READ_X_DATA' } },
      tenant.ownerToken,
    );
    const noList = await gql(PRUNE, { s: seeker.id });
    expect(noList.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    expect(noList.errors?.[0].message).toMatch(/following list/);
    const simSeeker = sim.world.accountsByKind('seeker')[0];
    await connectSeeker(t, tenant.tenantId, parseGlobalId(seeker.id)!.uuid, simSeeker.id);

    const res = await gql(
      `query($s: ID!) { feedPruning(seekerId: $s) { source following analyzed
          suggestions { account { username } suggestion reason link lastActivity relevance }
          toFollow { account { username } reason link } } }`,
      { s: seeker.id },
    );
    const p = res.data.feedPruning;
    expect(p.source).toBe('X');
    expect(p.following).toBe(sim.world.following(simSeeker.id).length);
    expect(p.suggestions.length).toBeGreaterThan(0);
    for (const s of p.suggestions) {
      expect(s.reason.length).toBeGreaterThan(5);
      expect(s.link).toBe(`https://x.com/${s.account.username}`);
    }
    const acting = p.suggestions.filter((s: { suggestion: string }) => s.suggestion !== 'KEEP');
    expect(acting.length).toBeLessThanOrEqual(20);
    expect(p.toFollow.length).toBeLessThanOrEqual(10);
    for (const f of p.toFollow) {
      expect(f.link).toBe(`https://x.com/intent/follow?screen_name=${f.account.username}`);
    }
  });
});

it("answers another tenant with NOT_FOUND for this tenant's company, and lists nothing of it", async () => {
  const other = await newTenant(t);
  const res = await t.gql(
    `query($id: ID!) { company(id: $id) { name } }`,
    { id: companyId },
    other.ownerToken,
  );
  expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
  const lists = await t.gql(
    `{ companies(first: 10) { nodes { id } } topics { id } }`,
    {},
    other.ownerToken,
  );
  expect(lists.data.companies.nodes).toEqual([]);
  expect(lists.data.topics).toEqual([]);
  const rows = await withClient(
    t.db.ownerUrl,
    async (c) =>
      (
        await c.query(`select count(*)::int as n from companies where tenant_id = $1`, [
          tenant.tenantId,
        ])
      ).rows[0].n,
  );
  expect(rows).toBeGreaterThan(0);
});
