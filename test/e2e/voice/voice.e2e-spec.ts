/**
 * voice through the API, on the X simulator and real PostgreSQL: a connected seeker's own posts
 * are read with their token into a voice profile and an audit (checked against the world's
 * labels); a draft is checked, reviewed and approved by a coach, queued into the next free slot
 * and posted exactly once at its time — also when X times out after posting, when the
 * connection is cut before X received the post, and when the worker died between the X call and
 * recording its result. Revoked consent pauses the queue.
 */
import { jest } from '@jest/globals';
import type { XSimulator } from '@libs/x-simulator';
import { ConsentKindEnum } from '../../../src/modules/seekers/models/consent.model.js';
import { SeekersService } from '../../../src/modules/seekers/seekers.service.js';
import { VoiceService } from '../../../src/modules/voice/voice.service.js';
import { LinkChecksService } from '../../../src/modules/links/link-checks.service.js';
import { XConnectService } from '../../../src/modules/x-connect/x-connect.service.js';
import { systemScope } from '../../../src/platform/database/context.js';
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
    const me = await newMember(t, tenant.tenantId, 'seeker', undefined, seekerUuid);
    const { accessToken: seekerToken } = await login(t, me.email);
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
    );
    await gql(
      `mutation($i: EditVoiceDraftInput!) { editVoiceDraft(input: $i) { draft { status } } }`,
      { i: { draftId: id, text: `Edited after review was asked. ${Date.now()}` } },
    );
    const late = await gql(review, { i: { draftId: id, approve: true } });
    expect(late.data.reviewVoiceDraft.userErrors[0].code).toBe('INVALID_STATE');
    expect((await draftState(id)).status).toBe('DRAFT');
  });

  async function approvedDraft(text: string): Promise<string> {
    const created = await gql(
      `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { id status check { ok length findings { code severity } } } } }`,
      { i: { seekerId, text } },
    );
    const id = created.data.createVoiceDraft.draft.id as string;
    await gql(
      `mutation($i: SubmitVoiceDraftInput!) { submitVoiceDraft(input: $i) { draft { status } } }`,
      {
        i: { draftId: id },
      },
    );
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
        `query($id: ID!) { node(id: $id) { ... on VoiceDraft { status attempts xPostId failureCode failureMessage scheduledFor comments { body } } } }`,
        { id },
      )
    ).data.node;

  async function dueNow(id: string) {
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update voice_drafts set scheduled_for = now() - interval '1 second'
          where tenant_id = $1 and status = 'scheduled'`,
        [tenant.tenantId],
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
    expect(s.comments[0].body).toBe('Good one.');
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
});
