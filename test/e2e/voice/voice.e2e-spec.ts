/**
 * voice through the API, on the X simulator and real PostgreSQL: a connected seeker's own posts
 * are read with their token into a voice profile and an audit (checked against the world's
 * labels); a draft is checked, reviewed and approved by a coach, queued into the next free slot
 * and posted exactly once at its time — also when X times out after posting, when the
 * connection is cut before X received the post, and when the worker died between the X call and
 * recording its result. Revoked consent pauses the queue.
 *
 * Also the ends of posting: X refusing a post, X rate-limiting it, a post X never shows after
 * three attempts, an outcome that cannot be checked for a day; a coach's draft waiting for the
 * seeker's OK; the next free slot across drafts, weekdays and a time zone.
 */
import { jest } from '@jest/globals';
import type { XSimulator } from '@libs/x-simulator';
import { ConsentKindEnum } from '../../../src/modules/seekers/models/consent.model.js';
import { SeekersService } from '../../../src/modules/seekers/seekers.service.js';
import { VoiceService } from '../../../src/modules/voice/voice.service.js';
import { LinkChecksService } from '../../../src/modules/links/link-checks.service.js';
import { XConnectService } from '../../../src/modules/x-connect/x-connect.service.js';
import { systemScope } from '../../../src/platform/database/context.js';
import { fromGlobalId } from '../../../src/platform/graphql/global-id.js';
import type { TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import {
  login,
  memberToken,
  newMember,
  newTenant,
  type TestTenant,
} from '../../helpers/factories.js';
import { connectSeeker, startAppOnSimulator } from '../../helpers/x-sim.js';

jest.setTimeout(180_000);

let sim: XSimulator;
let t: TestApp;
let tenant: TestTenant;
let coach: { token: string; staffId: string; membershipId: string };
let seekerId: string;
let seekerUuid: string;
let simSeekerId: string;
/** The seeker themself, signed in: only they OK a draft their coach wrote. */
let seekerToken: string;

const gql = async (query: string, variables: Record<string, unknown> = {}, token = coach.token) => {
  const r = await t.gql(query, variables, token);
  if (process.env.DEBUG_GQL && r.errors) console.log(JSON.stringify(r.errors).slice(0, 1500));
  return r;
};

beforeAll(async () => {
  ({ sim, t } = await startAppOnSimulator(4, {
    X_TIMEOUT_MS: '1500',
    LINK_CHECK_TIMEOUT_MS: '1000',
  }));
  tenant = await newTenant(t);
  coach = await memberToken(t, tenant, 'coach');
  const seekers = t.perch.app.get(SeekersService);
  const system = systemScope(tenant.tenantId, 'test');
  const s = await seekers.createSeeker(system, {
    name: 'Vera Voice',
    email: `vera.${Date.now()}@students.test`,
    targetRoles: ['Data Engineer'],
    industries: [],
    locations: ['Austin, TX'],
    careerStage: 'early_career',
  });
  seekerId = s.id;
  seekerUuid = s.uuid;
  await seekers.activateSeeker(system, s.uuid);
  await seekers.assignCoach(system, s.uuid, coach.membershipId);
  await seekers.recordConsent(system, s.uuid, ConsentKindEnum.READ_X_DATA);
  simSeekerId = sim.world.accountsByKind('seeker')[0].id;
  await connectSeeker(t, tenant.tenantId, s.uuid, simSeekerId);
  const me = await newMember(t, tenant.tenantId, 'seeker', undefined, s.uuid);
  ({ accessToken: seekerToken } = await login(t, me.email));
  // Tests run the posting steps themselves; outcomes settle at once here.
  t.perch.app.get(VoiceService).settleMs = 0;
}, 180_000);
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

async function checkAllLinks() {
  const links = t.perch.app.get(LinkChecksService);
  while ((await links.checkDue(200)) > 0);
}

const posted = (text: string) =>
  sim.world.timeline(simSeekerId).filter((p) => p.text === text).length;

describe('voice', () => {
  it('reads the seeker’s own posts into a profile and an audit that finds the world’s flagged posts', async () => {
    const sync = await gql(
      `mutation($i: SyncVoicePostsInput!) { syncVoicePosts(input: $i) { added userErrors { code } } }`,
      { i: { seekerId } },
    );
    expect(sync.data.syncVoicePosts.added).toBeGreaterThan(5);
    // The worker's tick: the synced posts' links were queued, and are checked against the web.
    await checkAllLinks();
    const pillars = await gql(
      `mutation($i: SetVoicePillarsInput!) { setVoicePillars(input: $i) { pillars { name } userErrors { code field message } } }`,
      {
        i: {
          seekerId,
          pillars: [
            { name: 'data engineering', terms: ['sql', 'dbt', 'pipeline', 'data'] },
            { name: 'learning', terms: ['learning', 'course', 'certificate'] },
            { name: 'career', terms: ['job', 'interview', 'career'] },
          ],
        },
      },
    );
    expect(pillars.data.setVoicePillars.pillars).toHaveLength(3);
    const two = await gql(
      `mutation($i: SetVoicePillarsInput!) { setVoicePillars(input: $i) { pillars { name } userErrors { code field } } }`,
      { i: { seekerId, pillars: [{ name: 'a', terms: ['a'] }] } },
    );
    expect(two.data.setVoicePillars.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    const profile = await gql(
      `query($s: ID!) { voiceProfile(seekerId: $s) { posts consistency onPillarShare tone { sentiment formality } cadence { postsPerWeek } months { month posts } pillarShare { pillar share } } }`,
      { s: seekerId },
    );
    expect(profile.data.voiceProfile.posts).toBeGreaterThan(5);
    expect(profile.data.voiceProfile.months.length).toBeGreaterThan(0);
    const audit = await gql(
      `query($s: ID!) { voiceAudit(seekerId: $s) { postId reason detail severity } }`,
      { s: seekerId },
    );
    const findings = audit.data.voiceAudit as { postId: string; reason: string }[];
    const labelled = sim.world
      .timeline(simSeekerId)
      .filter(
        (p) =>
          p.labels.some((l) => l.startsWith('audit:')) && Date.parse(p.created_at) < Date.now(),
      );
    for (const p of labelled) expect(findings.map((f) => f.postId)).toContain(p.id);
  });

  it('names the trail’s dead links, flags them in drafts, and never fetches a private address', async () => {
    const links = await gql(
      `query($s: ID!) { voiceLinks(seekerId: $s) { url state httpStatus } }`,
      {
        s: seekerId,
      },
    );
    const list = links.data.voiceLinks as { url: string; state: string; httpStatus: number }[];
    const dead = sim.world
      .timeline(simSeekerId)
      .filter((p) => p.labels.includes('audit:broken-link'))
      .flatMap((p) => p.entities!.urls!.map((u) => u.expanded_url));
    expect(dead.length).toBeGreaterThan(0);
    // Broken first, each planted dead link among them, and nothing else broken.
    const broken = list.filter((l) => l.state === 'BROKEN');
    expect(broken.map((l) => l.url).sort()).toEqual([...new Set(dead)].sort());
    expect(list.slice(0, broken.length)).toEqual(broken);
    expect(broken.every((l) => l.httpStatus === 404)).toBe(true);
    const audit = await gql(`query($s: ID!) { voiceAudit(seekerId: $s) { reason detail } }`, {
      s: seekerId,
    });
    expect(
      audit.data.voiceAudit.filter((f: { reason: string }) => f.reason === 'broken_link'),
    ).toHaveLength(new Set(dead).size);

    const draft = (text: string) =>
      gql(
        `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { check { findings { code message } } } } }`,
        { i: { seekerId, text } },
      );
    const codes = async (text: string) =>
      (await draft(text)).data.createVoiceDraft.draft.check.findings.map(
        (f: { code: string }) => f.code,
      );
    expect(await codes(`Still proud of this one: ${dead[0]}`)).toContain('BROKEN_LINK');

    // Links to loopback, private and metadata addresses are refused before any request.
    const { port } = new URL(sim.url);
    const internal = [
      `http://127.0.0.1:${port}/__sim/health`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.8/admin',
      'http://metadata.google.internal/computeMetadata/v1/',
    ];
    await draft(`Some links: ${internal.join(' ')}`);
    const before = sim.requests.length + sim.webRequests.length;
    await checkAllLinks();
    expect(sim.requests.length + sim.webRequests.length).toBe(before);
    const stored = await t.perch.app.get(LinkChecksService).statuses(internal);
    expect(internal.map((u) => stored.get(u)?.state)).toEqual(internal.map(() => 'blocked'));

    // A site that does not answer in time is unknown (not broken), and is tried again later.
    const slow = 'https://slow-site.example/article';
    sim.web.set(slow, { status: 200, delayMs: 3000 });
    await draft(`Worth a read ${slow}`);
    await checkAllLinks();
    const after = await t.perch.app.get(LinkChecksService).statuses([slow]);
    expect(after.get(slow)).toMatchObject({ state: 'unknown' });
    sim.web.set(slow, { status: 200 });
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`update link_checks set next_check_at = now() where url = $1`, [slow]),
    );
    await checkAllLinks();
    expect((await t.perch.app.get(LinkChecksService).statuses([slow])).get(slow)).toMatchObject({
      state: 'ok',
      httpStatus: 200,
    });
  });

  it('deletes a flagged post through X only when the seeker asks, with consent; staff can keep one', async () => {
    const audit = await gql(`query($s: ID!) { voiceAudit(seekerId: $s) { postId reason } }`, {
      s: seekerId,
    });
    const [first, second] = audit.data.voiceAudit as { postId: string }[];
    const decide = `mutation($i: DecideAuditFindingInput!) { decideAuditFinding(input: $i) { status error userErrors { code message } } }`;
    const byCoach = await gql(decide, {
      i: { seekerId, postId: first.postId, decision: 'DELETE' },
    });
    expect(byCoach.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const refused = await gql(
      decide,
      { i: { seekerId, postId: first.postId, decision: 'DELETE' } },
      seekerToken,
    );
    expect(refused.data.decideAuditFinding.userErrors[0].code).toBe('INVALID_STATE');
    await t.perch.app
      .get(SeekersService)
      .recordConsent(
        systemScope(tenant.tenantId, 'test'),
        seekerUuid,
        ConsentKindEnum.POST_APPROVED_DRAFTS,
      );
    const deleted = await gql(
      decide,
      { i: { seekerId, postId: first.postId, decision: 'DELETE' } },
      seekerToken,
    );
    expect(deleted.data.decideAuditFinding.status).toBe('deleted');
    expect(sim.world.tweet(first.postId)).toBeUndefined();
    if (second) {
      const kept = await gql(decide, { i: { seekerId, postId: second.postId, decision: 'KEEP' } });
      expect(kept.data.decideAuditFinding.status).toBe('kept');
    }
  });

  it('approves only a submitted draft as it was read: an edit after submitting sends it back', async () => {
    const created = await gql(
      `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { id } } }`,
      { i: { seekerId, text: `What a week of SQL reviews taught me. ${Date.now()}` } },
    );
    const id = created.data.createVoiceDraft.draft.id as string;
    const review = `mutation($i: ReviewVoiceDraftInput!) { reviewVoiceDraft(input: $i) { draft { status } userErrors { code message } } }`;
    const early = await gql(review, { i: { draftId: id, approve: true } });
    expect(early.data.reviewVoiceDraft.userErrors[0].code).toBe('INVALID_STATE');
    await gql(
      `mutation($i: SubmitVoiceDraftInput!) { submitVoiceDraft(input: $i) { draft { status } } }`,
      { i: { draftId: id } },
      seekerToken,
    );
    await gql(
      `mutation($i: EditVoiceDraftInput!) { editVoiceDraft(input: $i) { draft { status } } }`,
      { i: { draftId: id, text: `Edited after review was asked. ${Date.now()}` } },
    );
    const late = await gql(review, { i: { draftId: id, approve: true } });
    expect(late.data.reviewVoiceDraft.userErrors[0].code).toBe('INVALID_STATE');
    expect((await draftState(id)).status).toBe('DRAFT');
  });

  /** Written by the coach, OK'd and sent for review by the seeker, approved by the coach. */
  async function approvedDraft(
    text: string,
    who: { seekerId: string; token: string } = { seekerId, token: seekerToken },
  ): Promise<string> {
    const created = await gql(
      `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { id status check { ok length findings { code severity } } } } }`,
      { i: { seekerId: who.seekerId, text } },
    );
    const id = created.data.createVoiceDraft.draft.id as string;
    const sent = await gql(
      `mutation($i: SubmitVoiceDraftInput!) { submitVoiceDraft(input: $i) { draft { status } userErrors { code message } } }`,
      { i: { draftId: id } },
      who.token,
    );
    expect(sent.data.submitVoiceDraft.draft.status).toBe('IN_REVIEW');
    const ok = await gql(
      `mutation($i: ReviewVoiceDraftInput!) { reviewVoiceDraft(input: $i) { draft { status } userErrors { code message } } }`,
      { i: { draftId: id, approve: true, comment: 'Good one.' } },
    );
    expect(ok.data.reviewVoiceDraft.draft.status).toBe('APPROVED');
    return id;
  }

  const draftState = async (id: string) =>
    (
      await gql(
        `query($id: ID!) { node(id: $id) { ... on VoiceDraft { status attempts xPostId failureCode failureMessage scheduledFor seekerOkAt comments { body authorName authorRole } } } }`,
        { id },
      )
    ).data.node;

  async function dueNow(id: string) {
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update voice_drafts set scheduled_for = now() - interval '1 second'
          where tenant_id = $1 and id = $2 and status = 'scheduled'`,
        [tenant.tenantId, fromGlobalId(id, 'VoiceDraft')],
      ),
    );
    return id;
  }

  it('refuses a draft over 280 characters and a draft for review with errors', async () => {
    const long = await gql(
      `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { id check { ok length findings { code } } } } }`,
      { i: { seekerId, text: 'x'.repeat(300) } },
    );
    const d = long.data.createVoiceDraft.draft;
    expect(d.check.ok).toBe(false);
    expect(d.check.findings.map((f: { code: string }) => f.code)).toContain('TOO_LONG');
    const submit = await gql(
      `mutation($i: SubmitVoiceDraftInput!) { submitVoiceDraft(input: $i) { draft { status } userErrors { code message } } }`,
      { i: { draftId: d.id } },
    );
    expect(submit.data.submitVoiceDraft.userErrors[0].code).toBe('INVALID_STATE');
  });

  it('posts an approved draft once, at its slot', async () => {
    const text = `Shipped my first dbt pipeline this week: tests before models saved me twice. #data ${Date.now()}`;
    const id = await approvedDraft(text);
    const scheduled = await gql(
      `mutation($i: ScheduleVoiceDraftInput!) { scheduleVoiceDraft(input: $i) { draft { status scheduledFor } userErrors { code message } } }`,
      { i: { draftId: id } },
    );
    expect(scheduled.data.scheduleVoiceDraft.draft.status).toBe('SCHEDULED');
    expect(Date.parse(scheduled.data.scheduleVoiceDraft.draft.scheduledFor)).toBeGreaterThan(
      Date.now(),
    );
    const voice = t.perch.app.get(VoiceService);
    await voice.publishDueAll();
    expect(posted(text)).toBe(0);
    await dueNow(id);
    await Promise.all([voice.publishDueAll(), voice.publishDueAll()]);
    await voice.publishDueAll();
    expect(posted(text)).toBe(1);
    const s = await draftState(id);
    expect(s).toMatchObject({ status: 'POSTED', attempts: 1 });
    expect(s.xPostId).toMatch(/^\d+$/);
    expect(s.comments[0]).toMatchObject({ body: 'Good one.', authorRole: 'COACH' });
    expect(s.comments[0].authorName).toEqual(expect.any(String));
  });

  it('after a timeout where X did post, finds the post instead of posting again', async () => {
    const text = `Three things I learned reviewing SQL this month. #data ${Date.now()}`;
    const id = await dueNow(await scheduleNow(await approvedDraft(text)));
    sim.faults.inject({ path: '/2/tweets', method: 'POST', latencyMs: 2500 });
    const voice = t.perch.app.get(VoiceService);
    await voice.publishDueAll();
    expect((await draftState(id)).status).toBe('POSTING');
    await new Promise((r) => setTimeout(r, 1500)); // X finishes the delayed post
    expect(posted(text)).toBe(1);
    await voice.publishDueAll();
    expect(await draftState(id)).toMatchObject({ status: 'POSTED', attempts: 1 });
    expect(posted(text)).toBe(1);
  });

  it('after a cut connection where X never got the post, posts it again, once', async () => {
    const text = `A small win: my first data pipeline runs every night now. ${Date.now()}`;
    const id = await dueNow(await scheduleNow(await approvedDraft(text)));
    sim.faults.inject({ path: '/2/tweets', method: 'POST', cut: true });
    const voice = t.perch.app.get(VoiceService);
    await voice.publishDueAll();
    expect(posted(text)).toBe(0);
    // Two workers settle it at once: both find nothing, only one claim wins.
    await Promise.all([voice.publishDueAll(), voice.publishDueAll()]);
    await voice.publishDueAll();
    expect(posted(text)).toBe(1);
    expect(await draftState(id)).toMatchObject({ status: 'POSTED', attempts: 2 });
  });

  it('after a crash between the X call and recording it, records the post without a second one', async () => {
    const text = `Notes from a mock interview: say what you measured. ${Date.now()}`;
    const id = await dueNow(await scheduleNow(await approvedDraft(text)));
    // What a worker killed right after X answered leaves: the intent recorded, the post on X.
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update voice_drafts set status = 'posting', attempts = 1, intent_id = gen_random_uuid(),
                last_attempt_at = now() - interval '1 minute' where tenant_id = $1 and status = 'scheduled'`,
        [tenant.tenantId],
      ),
    );
    const client = await t.perch.app
      .get(XConnectService)
      .userClient(systemScope(tenant.tenantId, 'test'), seekerUuid);
    await client.post(text);
    await t.perch.app.get(VoiceService).publishDueAll();
    expect(posted(text)).toBe(1);
    expect(await draftState(id)).toMatchObject({ status: 'POSTED', attempts: 1 });
  });

  it('pauses the queue when the seeker withdraws posting consent', async () => {
    const text = `Why I keep a learning log. ${Date.now()}`;
    const id = await dueNow(await scheduleNow(await approvedDraft(text)));
    const consent = (
      await withClient(t.db.ownerUrl, (c) =>
        c.query(
          `select id from consents where tenant_id = $1 and seeker_id = $2 and kind = 'post_approved_drafts' and revoked_at is null`,
          [tenant.tenantId, seekerUuid],
        ),
      )
    ).rows[0].id as string;
    await t.perch.app
      .get(SeekersService)
      .revokeConsent(systemScope(tenant.tenantId, 'test'), consent);
    // At once, not when the draft comes due: the queue shows why it stopped.
    expect(await draftState(id)).toMatchObject({
      status: 'PAUSED',
      failureCode: 'CONSENT_REVOKED',
      failureMessage: expect.stringMatching(/withdrew their consent/),
    });
    await t.perch.app.get(VoiceService).publishDueAll();
    expect(posted(text)).toBe(0);
    expect(await draftState(id)).toMatchObject({
      status: 'PAUSED',
      failureCode: 'CONSENT_REVOKED',
    });
    // Consent given again: the paused draft goes back in the queue and posts once.
    await t.perch.app
      .get(SeekersService)
      .recordConsent(
        systemScope(tenant.tenantId, 'test'),
        seekerUuid,
        ConsentKindEnum.POST_APPROVED_DRAFTS,
      );
    await scheduleNow(id);
    await dueNow(id);
    await t.perch.app.get(VoiceService).publishDueAll();
    expect(posted(text)).toBe(1);
    expect(await draftState(id)).toMatchObject({ status: 'POSTED', attempts: 1 });
  });

  async function scheduleNow(id: string): Promise<string> {
    const r = await gql(
      `mutation($i: ScheduleVoiceDraftInput!) { scheduleVoiceDraft(input: $i) { draft { status } userErrors { code message } } }`,
      {
        i: {
          draftId: id,
          at: new Date(Date.now() + 60_000 * (1 + Math.random() * 1000)).toISOString(),
        },
      },
    );
    expect(r.data.scheduleVoiceDraft.draft.status).toBe('SCHEDULED');
    return id;
  }

  // ---- the ends of posting ----

  /** Fifteen minutes pass for X's rate windows: the shared client forgets the closed ones. */
  function rateWindowsReopen() {
    const connect: unknown = t.perch.app.get(XConnectService);
    (
      connect as { xClient: { governor: { windows: Map<string, unknown> } } }
    ).xClient.governor.windows.clear();
  }

  const scheduleAt = async (id: string, at: string, token = coach.token) =>
    (
      await gql(
        `mutation($i: ScheduleVoiceDraftInput!) { scheduleVoiceDraft(input: $i) { draft { status scheduledFor } userErrors { code message } } }`,
        { i: { draftId: id, at } },
        token,
      )
    ).data.scheduleVoiceDraft;

  it('ends FAILED with X’s reason when X refuses the post, and never sends it again', async () => {
    const voice = t.perch.app.get(VoiceService);
    for (const [status, code] of [
      [403, 'X_FORBIDDEN'],
      [401, 'X_UNAUTHORIZED'],
    ] as const) {
      const text = `Refused by X (${status}): my notes on data contracts. ${Date.now()}`;
      const id = await dueNow(await scheduleNow(await approvedDraft(text)));
      const detail = `You are not permitted to create this Tweet (${status}).`;
      sim.faults.inject({
        path: '/2/tweets',
        method: 'POST',
        status,
        body: { title: 'Refused', detail, type: 'about:blank', status },
      });
      await voice.publishDueAll();
      await voice.publishDueAll();
      expect(posted(text)).toBe(0);
      const s = await draftState(id);
      expect(s).toMatchObject({ status: 'FAILED', failureCode: code, attempts: 1 });
      expect(s.failureMessage).toContain(detail);
    }
  });

  it('puts a rate-limited post back in the queue, then posts it once', async () => {
    const text = `Rate limited once: what I learned from a week of dashboards. ${Date.now()}`;
    const id = await dueNow(await scheduleNow(await approvedDraft(text)));
    sim.faults.inject({ path: '/2/tweets', method: 'POST', status: 429 });
    const voice = t.perch.app.get(VoiceService);
    await voice.publishDue(systemScope(tenant.tenantId, 'test'));
    expect(posted(text)).toBe(0);
    // Back in the queue, not failed; the refused call did not use up an attempt.
    expect(await draftState(id)).toMatchObject({
      status: 'SCHEDULED',
      failureCode: 'X_RATE_LIMITED',
      attempts: 0,
    });
    // While X's window stays closed, each tick leaves it queued without calling X.
    const calls = sim.requests.filter((r) => r.method === 'POST' && r.path === '/2/tweets').length;
    await voice.publishDueAll();
    expect(await draftState(id)).toMatchObject({ status: 'SCHEDULED', attempts: 0 });
    expect(sim.requests.filter((r) => r.method === 'POST' && r.path === '/2/tweets').length).toBe(
      calls,
    );
    rateWindowsReopen();
    await Promise.all([voice.publishDueAll(), voice.publishDueAll()]);
    await voice.publishDueAll();
    expect(posted(text)).toBe(1);
    expect(await draftState(id)).toMatchObject({
      status: 'POSTED',
      attempts: 1,
      failureCode: null,
    });
  });

  it('ends FAILED with NOT_POSTED when X never shows the post after three attempts', async () => {
    const text = `Three tries and no post: a note on resilience. ${Date.now()}`;
    const id = await dueNow(await scheduleNow(await approvedDraft(text)));
    sim.faults.inject({ path: '/2/tweets', method: 'POST', cut: true, times: 3 });
    const voice = t.perch.app.get(VoiceService);
    for (let tick = 1; tick <= 3; tick++) {
      await voice.publishDueAll();
      expect(await draftState(id)).toMatchObject({ status: 'POSTING', attempts: tick });
    }
    await voice.publishDueAll();
    expect(posted(text)).toBe(0);
    const s = await draftState(id);
    expect(s).toMatchObject({ status: 'FAILED', failureCode: 'NOT_POSTED', attempts: 3 });
    expect(s.failureMessage).toMatch(/after 3 attempts/);
    await voice.publishDueAll();
    expect(await draftState(id)).toMatchObject({ status: 'FAILED', attempts: 3 });
  });

  it('ends FAILED with OUTCOME_UNKNOWN when the outcome cannot be checked for a day, without posting blind', async () => {
    const text = `An outcome nobody could check. ${Date.now()}`;
    const id = await dueNow(await scheduleNow(await approvedDraft(text)));
    sim.faults.inject({ path: '/2/tweets', method: 'POST', cut: true });
    const voice = t.perch.app.get(VoiceService);
    await voice.publishDueAll();
    expect(await draftState(id)).toMatchObject({ status: 'POSTING', attempts: 1 });
    // The seeker's timeline cannot be read: within the day, it waits and tries again.
    const timeline = { path: '^/2/users/[^/]+/tweets', method: 'GET', status: 403 as const };
    sim.faults.inject(timeline);
    await voice.publishDueAll();
    expect(await draftState(id)).toMatchObject({
      status: 'POSTING',
      attempts: 1,
      failureCode: 'CHECK_FAILED',
    });
    // A day after its slot (the clock the code reads: the slot against now, beyond
    // GIVE_UP_CHECKING_MS), still unreadable: a person must look.
    const late = VoiceService.GIVE_UP_CHECKING_MS + 3600_000;
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update voice_drafts set scheduled_for = now() - $3 * interval '1 millisecond',
                last_attempt_at = now() - interval '1 minute'
          where tenant_id = $1 and id = $2`,
        [tenant.tenantId, fromGlobalId(id, 'VoiceDraft'), late],
      ),
    );
    sim.faults.inject(timeline);
    await voice.publishDueAll();
    const s = await draftState(id);
    expect(s).toMatchObject({ status: 'FAILED', failureCode: 'OUTCOME_UNKNOWN', attempts: 1 });
    expect(s.failureMessage).toMatch(/look at the seeker's profile/);
    expect(posted(text)).toBe(0);
  });

  it('reads the posting consent again right before the post call', async () => {
    const text = `Consent gone between queue and post. ${Date.now()}`;
    const id = await dueNow(await scheduleNow(await approvedDraft(text)));
    // A withdrawal the queue did not see (recorded straight in the table): the draft is still
    // scheduled, and the check at posting time stops it.
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update consents set revoked_at = now() where tenant_id = $1 and seeker_id = $2
            and kind = 'post_approved_drafts' and revoked_at is null`,
        [tenant.tenantId, seekerUuid],
      ),
    );
    expect((await draftState(id)).status).toBe('SCHEDULED');
    await t.perch.app.get(VoiceService).publishDueAll();
    expect(posted(text)).toBe(0);
    // Nothing was sent, so no attempt is counted.
    expect(await draftState(id)).toMatchObject({
      status: 'PAUSED',
      failureCode: 'CONSENT_REVOKED',
      attempts: 0,
    });
    await t.perch.app
      .get(SeekersService)
      .recordConsent(
        systemScope(tenant.tenantId, 'test'),
        seekerUuid,
        ConsentKindEnum.POST_APPROVED_DRAFTS,
      );
    await dueNow(await scheduleNow(id));
    await t.perch.app.get(VoiceService).publishDueAll();
    expect(posted(text)).toBe(1);
    expect(await draftState(id)).toMatchObject({ status: 'POSTED', attempts: 1 });
  });

  // ---- the seeker's OK, comments, profile months ----

  it('needs the seeker’s OK before a coach’s draft can be approved; comments name their author', async () => {
    const submit = `mutation($i: SubmitVoiceDraftInput!) { submitVoiceDraft(input: $i) { draft { status seekerOkAt } userErrors { code message } } }`;
    const review = `mutation($i: ReviewVoiceDraftInput!) { reviewVoiceDraft(input: $i) { draft { status } userErrors { code message } } }`;
    const created = await gql(
      `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { id seekerOkAt } } }`,
      { i: { seekerId, text: `What a portfolio review taught me about SQL. ${Date.now()}` } },
    );
    const id = created.data.createVoiceDraft.draft.id as string;
    expect(created.data.createVoiceDraft.draft.seekerOkAt).toBeNull();
    // The coach cannot send their own words for review on the seeker's behalf.
    const byCoach = await gql(submit, { i: { draftId: id } });
    expect(byCoach.data.submitVoiceDraft.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/seeker has not OK'd/),
    });
    expect((await draftState(id)).status).toBe('DRAFT');
    const bySeeker = await gql(submit, { i: { draftId: id } }, seekerToken);
    expect(bySeeker.data.submitVoiceDraft.draft.status).toBe('IN_REVIEW');
    expect(bySeeker.data.submitVoiceDraft.draft.seekerOkAt).toEqual(expect.any(String));
    // The coach changes the words after the OK: it is withdrawn, and approval waits again.
    await gql(
      `mutation($i: EditVoiceDraftInput!) { editVoiceDraft(input: $i) { draft { status } } }`,
      { i: { draftId: id, text: `What a portfolio review taught me about dbt. ${Date.now()}` } },
    );
    expect(await draftState(id)).toMatchObject({ status: 'DRAFT', seekerOkAt: null });
    expect(
      (await gql(submit, { i: { draftId: id } })).data.submitVoiceDraft.userErrors[0].code,
    ).toBe('INVALID_STATE');
    // A draft that reached review without the OK (written before the OK existed) is not approved.
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`update voice_drafts set status = 'in_review' where tenant_id = $1 and id = $2`, [
        tenant.tenantId,
        fromGlobalId(id, 'VoiceDraft'),
      ]),
    );
    const refused = await gql(review, { i: { draftId: id, approve: true } });
    expect(refused.data.reviewVoiceDraft.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect((await draftState(id)).status).toBe('IN_REVIEW');

    // Words the seeker wrote carry their OK: the coach may send them for review and approve.
    const own = await gql(
      `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { id seekerOkAt } } }`,
      { i: { seekerId, text: `My first week of dbt tests, in three lines. ${Date.now()}` } },
      seekerToken,
    );
    const ownId = own.data.createVoiceDraft.draft.id as string;
    expect(own.data.createVoiceDraft.draft.seekerOkAt).toEqual(expect.any(String));
    expect((await gql(submit, { i: { draftId: ownId } })).data.submitVoiceDraft.draft.status).toBe(
      'IN_REVIEW',
    );
    await gql(
      `mutation($i: CommentVoiceDraftInput!) { commentVoiceDraft(input: $i) { draft { id } } }`,
      { i: { draftId: ownId, body: 'Happy with this one.' } },
      seekerToken,
    );
    const ok = await gql(review, { i: { draftId: ownId, approve: true, comment: 'Ship it.' } });
    expect(ok.data.reviewVoiceDraft.draft.status).toBe('APPROVED');
    const comments = (await draftState(ownId)).comments;
    expect(comments).toEqual([
      { body: 'Happy with this one.', authorName: expect.any(String), authorRole: 'SEEKER' },
      { body: 'Ship it.', authorName: expect.any(String), authorRole: 'COACH' },
    ]);
    await gql(
      `mutation($i: CancelVoiceDraftInput!) { cancelVoiceDraft(input: $i) { draft { status } } }`,
      { i: { draftId: ownId } },
    );
  });

  it('gives each month readability, themes and pillar share, and leaves untimed posts out of cadence and months', async () => {
    const q = `query($s: ID!) { voiceProfile(seekerId: $s) { posts cadence { postsPerWeek activeWeeks longestGapDays }
      months { month posts readabilityGrade themes { term count } pillarShare { pillar share posts } } } }`;
    const before = (await gql(q, { s: seekerId })).data.voiceProfile;
    const withPosts = before.months.filter((m: { posts: number }) => m.posts > 0);
    expect(withPosts.length).toBeGreaterThan(0);
    for (const m of before.months) {
      expect(m.pillarShare.map((p: { pillar: string }) => p.pillar)).toEqual([
        'data engineering',
        'learning',
        'career',
      ]);
      for (const p of m.pillarShare) expect(p.posts).toBeLessThanOrEqual(m.posts);
    }
    expect(withPosts.some((m: { readabilityGrade: number }) => m.readabilityGrade > 0)).toBe(true);
    expect(
      before.months
        .filter((m: { posts: number }) => m.posts === 0)
        .every(
          (m: { readabilityGrade: number; themes: unknown[] }) =>
            m.readabilityGrade === 0 && m.themes.length === 0,
        ),
    ).toBe(true);
    // A post whose time is unknown (an archive row without a date) counts as a post, but not
    // for cadence or months: it is not placed in January 1970.
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `insert into seeker_x_posts (tenant_id, seeker_id, post_id, posted_at, text, source)
         values ($1, $2, $3, null, 'An undated post about sql pipelines.', 'archive')`,
        [tenant.tenantId, seekerUuid, `9${Date.now()}`],
      ),
    );
    const after = (await gql(q, { s: seekerId })).data.voiceProfile;
    expect(after.posts).toBe(before.posts + 1);
    expect(after.cadence).toEqual(before.cadence);
    expect(after.months.map((m: { month: string }) => m.month)).toEqual(
      before.months.map((m: { month: string }) => m.month),
    );
    expect(after.months.map((m: { posts: number }) => m.posts)).toEqual(
      before.months.map((m: { posts: number }) => m.posts),
    );
    expect(after.months[0].month).not.toBe('1970-01');
  });

  // ---- a second seeker: consent at scheduling, the next free slot ----

  describe('a seeker in New York posting on weekdays', () => {
    let other: { seekerId: string; uuid: string; token: string };

    beforeAll(async () => {
      const seekers = t.perch.app.get(SeekersService);
      const system = systemScope(tenant.tenantId, 'test');
      const s = await seekers.createSeeker(system, {
        name: 'Nora Newyork',
        email: `nora.${Date.now()}@students.test`,
        targetRoles: ['Analyst'],
        industries: [],
        locations: ['New York, NY'],
        careerStage: 'early_career',
      });
      await seekers.activateSeeker(system, s.uuid);
      await seekers.assignCoach(system, s.uuid, coach.membershipId);
      const m = await newMember(t, tenant.tenantId, 'seeker', undefined, s.uuid);
      other = { seekerId: s.id, uuid: s.uuid, token: (await login(t, m.email)).accessToken };
    });

    it('refuses to schedule for a seeker without POST_APPROVED_DRAFTS consent, queueing nothing', async () => {
      const id = await approvedDraft(`Learning pandas one notebook at a time. ${Date.now()}`, {
        seekerId: other.seekerId,
        token: other.token,
      });
      const r = await gql(
        `mutation($i: ScheduleVoiceDraftInput!) { scheduleVoiceDraft(input: $i) { draft { status } userErrors { code message field } } }`,
        { i: { draftId: id } },
      );
      expect(r.data.scheduleVoiceDraft.draft).toBeNull();
      expect(r.data.scheduleVoiceDraft.userErrors[0]).toMatchObject({
        code: 'INVALID_STATE',
        message: expect.stringMatching(/POST_APPROVED_DRAFTS/),
      });
      expect(await draftState(id)).toMatchObject({ status: 'APPROVED', scheduledFor: null });
      const queued = await withClient(t.db.ownerUrl, (c) =>
        c.query(
          `select count(*)::int as n from voice_drafts where tenant_id = $1 and seeker_id = $2 and status in ('scheduled','posting')`,
          [tenant.tenantId, other.uuid],
        ),
      );
      expect(queued.rows[0].n).toBe(0);
    });

    it('gives two drafts two different free slots, on weekdays, at the slot time in the seeker’s zone', async () => {
      await t.perch.app
        .get(SeekersService)
        .recordConsent(
          systemScope(tenant.tenantId, 'test'),
          other.uuid,
          ConsentKindEnum.POST_APPROVED_DRAFTS,
        );
      const slots = await gql(
        `mutation($i: SetPostingSlotsInput!) { setPostingSlots(input: $i) { slots { timeZone times weekdays } userErrors { code } } }`,
        {
          i: {
            seekerId: other.seekerId,
            timeZone: 'America/New_York',
            times: ['09:00'],
            weekdays: [1, 2, 3, 4, 5],
          },
        },
      );
      expect(slots.data.setPostingSlots.slots.timeZone).toBe('America/New_York');
      const inNewYork = (iso: string) => {
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-US', {
            timeZone: 'America/New_York',
            weekday: 'short',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          })
            .formatToParts(new Date(iso))
            .map((p) => [p.type, p.value]),
        );
        return { weekday: parts.weekday, time: `${parts.hour}:${parts.minute}` };
      };
      const at: string[] = [];
      for (const n of [1, 2]) {
        const id = await approvedDraft(`Slot ${n}: a chart I am proud of. ${Date.now()}`, {
          seekerId: other.seekerId,
          token: other.token,
        });
        const r = await gql(
          `mutation($i: ScheduleVoiceDraftInput!) { scheduleVoiceDraft(input: $i) { draft { status scheduledFor } userErrors { code message } } }`,
          { i: { draftId: id } },
        );
        expect(r.data.scheduleVoiceDraft.draft.status).toBe('SCHEDULED');
        at.push(r.data.scheduleVoiceDraft.draft.scheduledFor);
      }
      expect(new Set(at).size).toBe(2);
      expect(Date.parse(at[1])).toBeGreaterThan(Date.parse(at[0]));
      for (const a of at) {
        expect(Date.parse(a)).toBeGreaterThan(Date.now());
        const local = inNewYork(a);
        expect(local.time).toBe('09:00');
        expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(local.weekday);
      }

      // From a Friday after the slot, the weekend is skipped: Monday 09:00 in New York, which is
      // 14:00 UTC in winter and 13:00 UTC in summer; a Monday already held moves on to Tuesday.
      const voice = t.perch.app.get(VoiceService);
      const ctx = systemScope(tenant.tenantId, 'test');
      expect(
        (await voice.nextFreeSlot(ctx, other.uuid, new Date('2030-01-04T15:00:00Z'))).toISOString(),
      ).toBe('2030-01-07T14:00:00.000Z');
      expect(
        (await voice.nextFreeSlot(ctx, other.uuid, new Date('2030-07-05T15:00:00Z'))).toISOString(),
      ).toBe('2030-07-08T13:00:00.000Z');
      const held = await approvedDraft(`Held for a Monday. ${Date.now()}`, {
        seekerId: other.seekerId,
        token: other.token,
      });
      expect((await scheduleAt(held, '2030-01-07T14:00:00Z')).draft.status).toBe('SCHEDULED');
      expect(
        (await voice.nextFreeSlot(ctx, other.uuid, new Date('2030-01-04T15:00:00Z'))).toISOString(),
      ).toBe('2030-01-08T14:00:00.000Z');
      // The held slot is refused to another draft.
      const clash = await approvedDraft(`Wants the same Monday. ${Date.now()}`, {
        seekerId: other.seekerId,
        token: other.token,
      });
      expect((await scheduleAt(clash, '2030-01-07T14:00:00Z')).userErrors[0].code).toBe('CONFLICT');
    });
  });
});
