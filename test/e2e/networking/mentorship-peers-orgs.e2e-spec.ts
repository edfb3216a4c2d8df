/**
 * mentorship, peers and orgs through the API, on the X simulator and real PostgreSQL: a coach
 * finds mentors for a seeker and walks one through the pipeline (etiquette check, approval,
 * cadence caps, a scheduled interview with its .ics), forms a suggested cohort with check-ins and
 * a links board, and opens a hashtag chat's last archive and a conference's highlights — each
 * checked against the simulator world's truth. Bad input ends in typed errors and writes nothing.
 */
import { toGlobalId } from '../../../src/platform/graphql/global-id.js';
import { jest } from '@jest/globals';
import request from 'supertest';
import { startXSimulator, type SimTweet, type XSimulator } from '@libs/x-simulator';
import { ConsentKindEnum } from '../../../src/modules/seekers/models/consent.model.js';
import { SeekersService } from '../../../src/modules/seekers/seekers.service.js';
import { systemScope } from '../../../src/platform/database/context.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { ingestAll } from '../../helpers/ingest.js';
import {
  login,
  memberToken,
  newMember,
  newTenant,
  type TestTenant,
} from '../../helpers/factories.js';

jest.setTimeout(180_000);

const DAY = 86_400_000;
let sim: XSimulator;
let t: TestApp;
let tenant: TestTenant;
let coach: { token: string; staffId: string; membershipId: string };
let seekerId: string;

type Seekerish = {
  name: string;
  targetRoles: string[];
  locations: string[];
  careerStage: string;
  consent?: boolean;
  handle?: string;
};

async function makeSeeker(s: Seekerish, assign = true): Promise<string> {
  const seekers = t.perch.app.get(SeekersService);
  const system = systemScope(tenant.tenantId, 'test');
  const created = await seekers.createSeeker(system, {
    name: s.name,
    email: `${s.name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 8)}@students.test`,
    targetRoles: s.targetRoles,
    industries: [],
    locations: s.locations,
    careerStage: s.careerStage as never,
  });
  await seekers.activateSeeker(system, created.uuid);
  if (assign) await seekers.assignCoach(system, created.uuid, coachMembership);
  if (s.consent !== false) {
    await seekers.recordConsent(system, created.uuid, ConsentKindEnum.PEER_MATCHING);
  }
  if (s.handle) {
    await seekers.recordConsent(system, created.uuid, ConsentKindEnum.LINK_X_HANDLE);
    await seekers.linkXHandle(system, created.uuid, s.handle);
  }
  return created.id;
}

let coachMembership: string;

beforeAll(async () => {
  sim = await startXSimulator({
    seed: 5,
    clock: Date.now,
    world: { now: Date.now() + 2 * DAY },
  });
  t = await startTestApp({
    X_API_BASE_URL: sim.url,
    X_APP_BEARER_TOKEN: sim.appBearerToken,
    X_DEFAULT_MONTHLY_BUDGET_USD: '1000',
  });
  tenant = await newTenant(t, { seats: 50 });
  coach = await memberToken(t, tenant, 'coach');
  coachMembership = coach.membershipId;
  seekerId = await makeSeeker({
    name: 'Dana Data',
    targetRoles: ['Data Analyst'],
    locations: ['Austin, TX'],
    careerStage: 'early_career',
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
  await sim?.close();
});

const gql = async (query: string, variables: Record<string, unknown> = {}, token = coach.token) => {
  const r = await t.gql(query, variables, token);
  if (process.env.DEBUG_GQL && r.errors) console.log(JSON.stringify(r.errors).slice(0, 1500));
  return r;
};

const CONTACT = `contact { id stage awaitingReply allowedMoves followUpDueAt reasons events { fromStage toStage note } }
  userErrors { field code message }`;

describe('mentorship', () => {
  let contactId: string;
  let mentorUsername: string;

  it('finds mentors in the seeker’s field from a shared search, ranked with reasons', async () => {
    const started = await gql(
      `mutation($i: StartMentorDiscoveryInput!) { startMentorDiscovery(input: $i) { field watchId userErrors { code } } }`,
      { i: { seekerId } },
    );
    expect(started.data.startMentorDiscovery).toMatchObject({ field: 'data', userErrors: [] });
    await ingestAll(t);
    const res = await gql(
      `query($s: ID!) { mentorSuggestions(seekerId: $s, first: 10) { field emptyReason
         mentors { xAccountId username score seniority reasons followIntentUrl } } }`,
      { s: seekerId },
    );
    const mentors = res.data.mentorSuggestions.mentors as {
      xAccountId: string;
      username: string;
      reasons: string[];
      followIntentUrl: string;
    }[];
    expect(mentors.length).toBeGreaterThanOrEqual(5);
    // The world's truth: the top of the list are its mentors, not peers, brands or news.
    const kinds = mentors.slice(0, 5).map((m) => sim.world.userByUsername(m.username)?.kind);
    expect(kinds.filter((k) => k === 'mentor').length).toBeGreaterThanOrEqual(4);
    expect(mentors[0].reasons.length).toBeGreaterThan(0);
    expect(mentors[0].followIntentUrl).toContain('intent/follow');
    mentorUsername = mentors[0].username;

    const odd = await gql(
      `query($s: ID!) { mentorSuggestions(seekerId: $s, field: "constructor") { field } }`,
      {
        s: seekerId,
      },
    );
    expect(odd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await gql(
      `mutation($i: AddMentorContactInput!) { addMentorContact(input: $i) { contact { id } userErrors { field code } } }`,
      { i: { seekerId, xAccountId: '99999999999999999999' } },
    );
    expect(huge.data.addMentorContact.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'xAccountId'],
    });
    const added = await gql(
      `mutation($i: AddMentorContactInput!) { addMentorContact(input: $i) { ${CONTACT} } }`,
      { i: { seekerId, xAccountId: mentors[0].xAccountId } },
    );
    expect(added.data.addMentorContact.contact).toMatchObject({
      stage: 'IDENTIFIED',
      events: [{ fromStage: null, toStage: 'IDENTIFIED' }],
      // Why they were suggested stays with the contact.
      reasons: mentors[0].reasons,
    });
    contactId = added.data.addMentorContact.contact.id;

    const again = await gql(
      `query($s: ID!) { mentorSuggestions(seekerId: $s, first: 50) { mentors { username } } }`,
      { s: seekerId },
    );
    const names = (again.data.mentorSuggestions.mentors as { username: string }[]).map(
      (m) => m.username,
    );
    expect(names).not.toContain(mentorUsername);
  });

  it('checks drafts for etiquette and needs a coach’s approval for a first message', async () => {
    const policy = await gql(
      `mutation { setOutreachPolicy(input: { requireFirstContactApproval: true }) { policy { requireFirstContactApproval firstContactsPerWeek } userErrors { code } } }`,
      {},
      tenant.ownerToken,
    );
    expect(policy.data.setOutreachPolicy.policy.requireFirstContactApproval).toBe(true);

    const bad = await gql(
      `query($i: CheckOutreachDraftInput!) { checkOutreachDraft(input: $i) { ok score findings { code severity message } } }`,
      {
        i: {
          contactId,
          channel: 'DM',
          text: 'Hi there, can you refer me to a job at your company? Please reply ASAP!!!',
        },
      },
    );
    const check = bad.data.checkOutreachDraft;
    expect(check.ok).toBe(false);
    expect(check.findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['JOB_REQUEST_FIRST_CONTACT']),
    );
    expect(check.findings.every((f: { message: string }) => f.message.length > 10)).toBe(true);

    const mentor = sim.world.userByUsername(mentorUsername)!;
    // A post Perch has seen (the check compares with what ingestion brought in).
    const post = (
      await withClient(t.db.ownerUrl, (c) =>
        c.query(
          `select regexp_replace(text, '^(@\\w+\\s+)+', '') as text from x_posts
            where author_id = $1 order by (referenced = '[]'::jsonb) desc, id desc limit 1`,
          [mentor.id],
        ),
      )
    ).rows[0] as { text: string };
    const words = post.text.split(/\s+/).slice(0, 8).join(' ');
    const text = `Hi ${mentor.name.split(' ')[0]}, your post "${words}" really helped me this week. Thank you! Would you be open to a 15-minute chat about how you got started in data?`;
    const created = await gql(
      `mutation($i: CreateOutreachDraftInput!) { createOutreachDraft(input: $i) {
         draft { id status intentUrl check { ok findings { code message } } } userErrors { code message } } }`,
      { i: { contactId, channel: 'DM', text } },
    );
    const draft = created.data.createOutreachDraft.draft;
    expect(draft).toMatchObject({ status: 'PENDING_APPROVAL', intentUrl: null });
    expect(draft.check.ok).toBe(true);

    const early = await gql(
      `mutation($i: MoveMentorContactInput!) { moveMentorContact(input: $i) { ${CONTACT} } }`,
      { i: { contactId, stage: 'FIRST_CONTACT' } },
    );
    expect(early.data.moveMentorContact.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });

    const seekerTries = await gql(
      `mutation($i: ReviewOutreachDraftInput!) { reviewOutreachDraft(input: $i) { draft { status } userErrors { code } } }`,
      { i: { draftId: draft.id, approve: true } },
      await seekerToken(),
    );
    expect(seekerTries.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const approved = await gql(
      `mutation($i: ReviewOutreachDraftInput!) { reviewOutreachDraft(input: $i) { draft { status intentUrl reviewComment } } }`,
      { i: { draftId: draft.id, approve: true, comment: 'Lovely, send it.' } },
    );
    expect(approved.data.reviewOutreachDraft.draft.status).toBe('APPROVED');
    expect(approved.data.reviewOutreachDraft.draft.intentUrl).toMatch(
      /^https:\/\/x\.com\/messages\/compose\?recipient_id=\d+&text=/,
    );

    const sent = await gql(
      `mutation($i: MarkOutreachDraftSentInput!) { markOutreachDraftSent(input: $i) { draft { status sentAt } ${CONTACT} } }`,
      { i: { draftId: draft.id } },
    );
    expect(sent.data.markOutreachDraftSent.draft.status).toBe('SENT');
    expect(sent.data.markOutreachDraftSent.contact).toMatchObject({
      stage: 'FIRST_CONTACT',
      awaitingReply: true,
    });
    expect(sent.data.markOutreachDraftSent.contact.followUpDueAt).not.toBeNull();
  });

  it('reminds the seeker to follow up after the quiet period', async () => {
    const none = await gql(`query($s: ID!) { mentorFollowUps(seekerId: $s) { id } }`, {
      s: seekerId,
    });
    expect(none.data.mentorFollowUps).toEqual([]);
    // Eight days of silence since the first message.
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update mentor_contacts set stage_changed_at = now() - interval '8 days' where tenant_id = $1`,
        [tenant.tenantId],
      ),
    );
    const due = await gql(
      `query($s: ID!) { mentorFollowUps(seekerId: $s) { id followUpDueAt allowedMoves } }`,
      { s: seekerId },
    );
    expect(due.data.mentorFollowUps.map((c: { id: string }) => c.id)).toEqual([contactId]);
    expect(due.data.mentorFollowUps[0].allowedMoves).toContain('NO_REPLY');
  });

  it('allows no second ask before an answer', async () => {
    const second = await gql(
      `mutation($i: CreateOutreachDraftInput!) { createOutreachDraft(input: $i) { draft { id } } }`,
      {
        i: {
          contactId,
          channel: 'DM',
          text: 'Thank you again! Would you have 20 minutes next week?',
        },
      },
    );
    const pushed = await gql(
      `mutation($i: MarkOutreachDraftSentInput!) { markOutreachDraftSent(input: $i) { draft { status } userErrors { code } } }`,
      { i: { draftId: second.data.createOutreachDraft.draft.id } },
    );
    expect(pushed.data.markOutreachDraftSent.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
    });
    const tooSoon = await gql(
      `mutation($i: MoveMentorContactInput!) { moveMentorContact(input: $i) { ${CONTACT} } }`,
      { i: { contactId, stage: 'INTERVIEW_PROPOSED' } },
    );
    expect(tooSoon.data.moveMentorContact.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
      field: ['input', 'stage'],
    });
    await gql(
      `mutation($i: RecordMentorReplyInput!) { recordMentorReply(input: $i) { ${CONTACT} } }`,
      { i: { contactId, note: 'Happy to chat!' } },
    );
    const proposed = await gql(
      `mutation($i: MoveMentorContactInput!) { moveMentorContact(input: $i) { ${CONTACT} } }`,
      { i: { contactId, stage: 'INTERVIEW_PROPOSED' } },
    );
    expect(proposed.data.moveMentorContact.contact.stage).toBe('INTERVIEW_PROPOSED');
  });

  it('schedules the informational interview with an agenda and an .ics, and follow-ups', async () => {
    const bad = await gql(
      `mutation($i: ScheduleInformationalInterviewInput!) { scheduleInformationalInterview(input: $i) { interview { id } userErrors { field code message } } }`,
      {
        i: {
          contactId,
          startsAt: '2031-03-04T10:00',
          timeZone: 'America/Austin',
          mode: 'ONLINE',
        },
      },
    );
    expect(bad.data.scheduleInformationalInterview.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'timeZone'],
    });
    const noPlace = await gql(
      `mutation($i: ScheduleInformationalInterviewInput!) { scheduleInformationalInterview(input: $i) { interview { id } userErrors { field code } } }`,
      {
        i: {
          contactId,
          startsAt: '2031-03-04T10:00',
          timeZone: 'America/Chicago',
          mode: 'IN_PERSON',
        },
      },
    );
    expect(noPlace.data.scheduleInformationalInterview.userErrors[0]).toMatchObject({
      field: ['input', 'place'],
    });
    const contactBefore = await gql(
      `query($s: ID!) { mentorContacts(seekerId: $s) { id stage } }`,
      { s: seekerId },
    );
    expect(contactBefore.data.mentorContacts[0].stage).toBe('INTERVIEW_PROPOSED');

    const ok = await gql(
      `mutation($i: ScheduleInformationalInterviewInput!) { scheduleInformationalInterview(input: $i) {
         interview { id startsAt localStart timeZone status ics agenda { question postId } }
         contact { stage } userErrors { code message } } }`,
      {
        i: {
          contactId,
          startsAt: '2031-03-04T10:00',
          timeZone: 'America/Chicago',
          durationMinutes: 20,
          mode: 'ONLINE',
          meetingUrl: 'https://meet.example/abc',
        },
      },
    );
    const r = ok.data.scheduleInformationalInterview;
    expect(r.userErrors).toEqual([]);
    expect(r.contact.stage).toBe('SCHEDULED');
    expect(r.interview).toMatchObject({
      startsAt: '2031-03-04T16:00:00.000Z',
      localStart: '2031-03-04T10:00',
      status: 'SCHEDULED',
    });
    expect(r.interview.ics).toContain('BEGIN:VCALENDAR');
    expect(r.interview.ics).toContain('BEGIN:VALARM');
    expect(r.interview.agenda.some((a: { postId: string | null }) => a.postId)).toBe(true);

    const held = await gql(
      `mutation($i: UpdateInformationalInterviewInput!) { updateInformationalInterview(input: $i) {
         interview { status notes } contact { stage } userErrors { code } } }`,
      {
        i: {
          interviewId: r.interview.id,
          status: 'HELD',
          notes: 'Learn dbt; join #DataChat.',
          followUps: ['Share my dbt project with them', 'Read the book they named'],
        },
      },
    );
    expect(held.data.updateInformationalInterview).toMatchObject({
      interview: { status: 'HELD' },
      contact: { stage: 'HELD' },
    });
    const tasks = await gql(`query($s: ID!) { seekerTasks(seekerId: $s) { id kind title } }`, {
      s: seekerId,
    });
    expect(tasks.data.seekerTasks.map((x: { kind: string }) => x.kind).sort()).toEqual([
      'FOLLOW_UP',
      'FOLLOW_UP',
      'PREPARE',
      'THANK',
    ]);
  });

  it('caps new first contacts per week and refuses blocked or declined people', async () => {
    await gql(
      `mutation { setOutreachPolicy(input: { requireFirstContactApproval: false, firstContactsPerWeek: 1 }) { userErrors { code } } }`,
      {},
      tenant.ownerToken,
    );
    const list = await gql(
      `query($s: ID!) { mentorSuggestions(seekerId: $s, first: 3) { mentors { xAccountId } } }`,
      { s: seekerId },
    );
    const [a, b] = list.data.mentorSuggestions.mentors as { xAccountId: string }[];
    const add = async (x: string) =>
      (
        await gql(
          `mutation($i: AddMentorContactInput!) { addMentorContact(input: $i) { contact { id } } }`,
          { i: { seekerId, xAccountId: x } },
        )
      ).data.addMentorContact.contact.id as string;
    const second = await add(a.xAccountId);
    const capped = await gql(
      `mutation($i: MoveMentorContactInput!) { moveMentorContact(input: $i) { ${CONTACT} } }`,
      { i: { contactId: second, stage: 'FIRST_CONTACT' } },
    );
    expect(capped.data.moveMentorContact.userErrors[0]).toMatchObject({ code: 'CONFLICT' });

    await gql(
      `mutation($i: SetMentorContactBlockedInput!) { setMentorContactBlocked(input: $i) { contact { blocked } } }`,
      { i: { contactId: second, blocked: true } },
    );
    const blocked = await gql(
      `mutation($i: CreateOutreachDraftInput!) { createOutreachDraft(input: $i) { draft { id } userErrors { code message } } }`,
      { i: { contactId: second, channel: 'DM', text: 'Hello again, thank you for your posts!' } },
    );
    expect(blocked.data.createOutreachDraft.userErrors[0].code).toBe('INVALID_STATE');

    const third = await add(b.xAccountId);
    await gql(
      `mutation($i: MoveMentorContactInput!) { moveMentorContact(input: $i) { ${CONTACT} } }`,
      { i: { contactId: third, stage: 'DECLINED' } },
    );
    const declined = await gql(
      `mutation($i: CreateOutreachDraftInput!) { createOutreachDraft(input: $i) { draft { id } userErrors { code message } } }`,
      { i: { contactId: third, channel: 'DM', text: 'Hi, thanks so much for your thread!' } },
    );
    expect(declined.data.createOutreachDraft.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(declined.data.createOutreachDraft.userErrors[0].message).toContain('declined');
    const drafts = await withClient(t.db.ownerUrl, (c) =>
      c.query(`select count(*)::int as n from outreach_drafts where tenant_id = $1`, [
        tenant.tenantId,
      ]),
    );
    expect(drafts.rows[0].n).toBe(2);
  });

  it('keeps another tenant out', async () => {
    const other = await newTenant(t);
    const res = await gql(
      `query($s: ID!) { mentorContacts(seekerId: $s) { id } }`,
      { s: seekerId },
      other.ownerToken,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

let seekerTokenCache: string | null = null;
async function seekerToken(): Promise<string> {
  if (seekerTokenCache) return seekerTokenCache;
  const uuid = (
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`select id from seekers where tenant_id = $1 and name = 'Dana Data'`, [
        tenant.tenantId,
      ]),
    )
  ).rows[0].id as string;
  const m = await newMember(t, tenant.tenantId, 'seeker', undefined, uuid);
  seekerTokenCache = (await login(t, m.email)).accessToken;
  return seekerTokenCache;
}

describe('peers', () => {
  const planted: string[][] = [];

  it('suggests cohorts from consenting seekers, recovering planted groups', async () => {
    const groups: Seekerish[][] = [
      ['Ana', 'Ben', 'Cy', 'Di'].map((n) => ({
        name: `${n} Austin`,
        targetRoles: ['Data Analyst'],
        locations: ['Austin, TX'],
        careerStage: 'early_career',
      })),
      ['Eli', 'Fay', 'Gus', 'Hal'].map((n) => ({
        name: `${n} Boston`,
        targetRoles: ['Product Designer'],
        locations: ['Boston, MA'],
        careerStage: 'student',
      })),
    ];
    for (const g of groups) {
      const ids = [];
      for (const s of g) ids.push(await makeSeeker(s));
      planted.push(ids);
    }
    const noConsent = await makeSeeker({
      name: 'Ivy Austin',
      targetRoles: ['Data Analyst'],
      locations: ['Austin, TX'],
      careerStage: 'early_career',
      consent: false,
    });
    const res = await gql(
      `{ cohortSuggestions { suggestedName suggestedHashtag field stage place reasons members { id } } }`,
    );
    const suggestions = res.data.cohortSuggestions as {
      suggestedHashtag: string;
      field: string;
      reasons: string[];
      members: { id: string }[];
    }[];
    const memberSets = suggestions.map((s) => new Set(s.members.map((m) => m.id)));
    for (const g of planted) {
      const match = memberSets.find((set) => g.every((id) => set.has(id)));
      expect(match).toBeDefined();
    }
    expect(memberSets.some((s) => s.has(noConsent))).toBe(false);
    expect(suggestions[0].suggestedHashtag).toMatch(/^[A-Za-z0-9]+$/);
    expect(suggestions[0].reasons.length).toBeGreaterThan(0);
  });

  let cohortId: string;

  it('forms a suggested cohort in one step; a bad hashtag or a foreign member writes nothing', async () => {
    const before = await withClient(t.db.ownerUrl, (c) =>
      c.query(`select count(*)::int as n from cohorts where tenant_id = $1`, [tenant.tenantId]),
    );
    const spaced = await gql(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } userErrors { field code message } } }`,
      { i: { name: 'Austin data', hashtag: '#Austin Data', memberIds: planted[0] } },
    );
    expect(spaced.data.createCohort.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'hashtag'],
    });
    expect(spaced.data.createCohort.userErrors[0].message).toContain('#AustinData');

    const other = await newTenant(t);
    const foreign = await t.gql(
      `mutation($i: CreateSeekerInput!) { createSeeker(input: $i) { seeker { id } } }`,
      { i: { name: 'Far Away', email: `far-${Date.now()}@x.test` } },
      other.ownerToken,
    );
    const foreignId = foreign.data.createSeeker.seeker.id as string;
    const across = await gql(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } userErrors { code } } }`,
      { i: { name: 'Across', memberIds: [planted[0][0], foreignId] } },
    );
    expect(
      across.errors?.[0]?.extensions?.code ?? across.data.createCohort.userErrors[0]?.code,
    ).toBe('NOT_FOUND');
    const mid = await withClient(t.db.ownerUrl, (c) =>
      c.query(`select count(*)::int as n from cohorts where tenant_id = $1`, [tenant.tenantId]),
    );
    expect(mid.rows[0].n).toBe(before.rows[0].n);

    const ok = await gql(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id hashtag members { id } xList { name usernames } } userErrors { code } } }`,
      { i: { name: 'Austin data', hashtag: '#AustinData', field: 'data', memberIds: planted[0] } },
    );
    expect(ok.data.createCohort.cohort.hashtag).toBe('AustinData');
    expect(ok.data.createCohort.cohort.members).toHaveLength(4);
    cohortId = ok.data.createCohort.cohort.id;
  });

  it('keeps weekly check-ins, a de-duplicated links board and an activity feed', async () => {
    const checkIn = (seeker: string, goal: string) =>
      gql(
        `mutation($i: AddCohortCheckInInput!) { addCohortCheckIn(input: $i) { checkIn { week goal status } userErrors { field code } } }`,
        { i: { cohortId, seekerId: seeker, goal, status: 'ON_TRACK', week: '2026-11-25' } },
      );
    const first = await checkIn(planted[0][0], 'Two applications');
    expect(first.data.addCohortCheckIn.checkIn).toMatchObject({ week: '2026-11-23' });
    await checkIn(planted[0][0], 'Three applications');
    const outsider = await checkIn(planted[1][0], 'Not a member');
    expect(outsider.data.addCohortCheckIn.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });

    const share = (url: string, who: string) =>
      gql(
        `mutation($i: ShareCohortLinkInput!) { shareCohortLink(input: $i) { link { canonicalUrl shares sharerIds } userErrors { code } } }`,
        { i: { cohortId, seekerId: who, url } },
      );
    await share('https://blog.example/sql-tips?utm_source=x', planted[0][0]);
    const again = await share('https://blog.example/sql-tips?utm_campaign=y', planted[0][1]);
    expect(again.data.shareCohortLink.link).toMatchObject({ shares: 2 });
    expect(again.data.shareCohortLink.link.sharerIds).toHaveLength(2);

    const cohort = await gql(
      `query($id: ID!) { node(id: $id) { ... on Cohort { checkIns { goal } links { canonicalUrl shares } activity { kind } } } }`,
      { id: cohortId },
    );
    const c = cohort.data.node;
    expect(c.checkIns).toEqual([{ goal: 'Three applications' }]);
    expect(c.links).toHaveLength(1);
    expect(new Set(c.activity.map((a: { kind: string }) => a.kind))).toEqual(
      new Set(['joined', 'check_in', 'link']),
    );
  });

  it('shows a seeker only the peers who agreed to be seen', async () => {
    const seekers = t.perch.app.get(SeekersService);
    const system = systemScope(tenant.tenantId, 'test');
    const uuid = (
      await withClient(t.db.ownerUrl, (c) =>
        c.query(`select id from seekers where tenant_id = $1 and name = 'Ana Austin'`, [
          tenant.tenantId,
        ]),
      )
    ).rows[0].id as string;
    const benId = planted[0][1];
    await gql(
      `mutation($i: AddCohortCheckInInput!) { addCohortCheckIn(input: $i) { checkIn { week } } }`,
      { i: { cohortId, seekerId: benId, goal: 'Private goal of Ben', status: 'BLOCKED' } },
    );
    // Ben withdraws consent: he stays a member but is no longer shown to peers.
    const ben = (
      await withClient(t.db.ownerUrl, (c) =>
        c.query(
          `select id from consents where tenant_id = $1 and kind = 'peer_matching' and seeker_id =
                 (select id from seekers where tenant_id = $1 and name = 'Ben Austin')`,
          [tenant.tenantId],
        ),
      )
    ).rows[0].id as string;
    await seekers.revokeConsent(system, ben);
    const m = await newMember(t, tenant.tenantId, 'seeker', undefined, uuid);
    const token = (await login(t, m.email)).accessToken;
    const res = await gql(
      `{ cohorts(first: 10) { nodes { id peers { name } checkIns { goal } links { sharerIds } activity { seekerId } } } }`,
      {},
      token,
    );
    const nodes = res.data.cohorts.nodes as { id: string; peers: { name: string }[] }[];
    expect(nodes.map((n) => n.id)).toEqual([cohortId]);
    expect(nodes[0].peers.map((p) => p.name).sort()).toEqual([
      'Ana Austin',
      'Cy Austin',
      'Di Austin',
    ]);
    // Nothing of Ben's reaches his peers: not his check-in, links or activity.
    const seen = JSON.stringify(nodes[0]);
    expect(seen).not.toContain('Private goal of Ben');
    expect(seen).not.toContain(benId);
    const staffView = await gql(
      `query($c: ID!) { node(id: $c) { ... on Cohort { checkIns { goal } } } }`,
      { c: cohortId },
    );
    expect(JSON.stringify(staffView.data.node)).toContain('Private goal of Ben');

    // One seeker's cohorts: staff ask by seeker; a seeker may ask only for themself.
    const BY_SEEKER = `query($s: ID) { cohorts(first: 10, seekerId: $s) { nodes { id } } }`;
    const bens = await gql(BY_SEEKER, { s: benId });
    expect(bens.data.cohorts.nodes).toEqual([{ id: cohortId }]);
    const none = await gql(BY_SEEKER, { s: planted[1][0] });
    expect(none.data.cohorts.nodes).toEqual([]);
    const own = await gql(BY_SEEKER, { s: toGlobalId('Seeker', uuid) }, token);
    expect(own.data.cohorts.nodes).toEqual([{ id: cohortId }]);
    const peek = await gql(BY_SEEKER, { s: benId }, token);
    expect(peek.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('suggests peers on X at an early stage in the seeker’s field', async () => {
    const res = await gql(
      `query($s: ID!) { peerSuggestions(seekerId: $s, reach: ANY, first: 10) { username reasons followIntentUrl } }`,
      { s: seekerId },
    );
    const peers = res.data.peerSuggestions as { username: string; reasons: string[] }[];
    expect(peers.length).toBeGreaterThan(0);
    const kinds = peers.map((p) => sim.world.userByUsername(p.username)?.kind);
    expect(kinds.filter((k) => k === 'peer').length / kinds.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('orgs', () => {
  const chatSeed = () => sim.world.chats.find((c) => c.hashtag === 'DataChat')!;

  it('refuses a bad time zone, RRULE or hashtag with typed errors and writes nothing', async () => {
    const add = (i: Record<string, unknown>) =>
      gql(
        `mutation($i: AddHashtagChatInput!) { addHashtagChat(input: $i) { chat { id } userErrors { field code message } } }`,
        {
          i: {
            name: 'DataChat',
            hashtag: '#DataChat',
            rrule: 'FREQ=WEEKLY;BYDAY=TU',
            timeZone: 'America/New_York',
            startLocal: '2026-01-06T20:00',
            durationMinutes: 60,
            ...i,
          },
        },
      );
    expect(
      (await add({ timeZone: 'Mars/Olympus' })).data.addHashtagChat.userErrors[0],
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'timeZone'] });
    expect(
      (await add({ rrule: 'FREQ=WEEKLY;BYDAY=XX' })).data.addHashtagChat.userErrors[0],
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'rrule'] });
    expect((await add({ hashtag: '#Data Chat' })).data.addHashtagChat.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'hashtag'],
    });
    const rows = await withClient(t.db.ownerUrl, (c) =>
      c.query(`select count(*)::int as n from hashtag_chats where tenant_id = $1`, [
        tenant.tenantId,
      ]),
    );
    expect(rows.rows[0].n).toBe(0);
  });

  it('archives the last chat: every post in its window and none outside (world truth)', async () => {
    const created = await gql(
      `mutation($i: AddHashtagChatInput!) { addHashtagChat(input: $i) { chat { id schedule ics upcoming(first: 2) { start localStart } } userErrors { code message } } }`,
      {
        i: {
          name: 'DataChat',
          hashtag: '#DataChat',
          hostUsername: sim.world.user(chatSeed().hostId)!.username,
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
          timeZone: 'America/New_York',
          startLocal: '2026-01-06T20:00',
          durationMinutes: 60,
        },
      },
    );
    const chat = created.data.addHashtagChat.chat;
    expect(chat.schedule).toMatch(/Tuesday/);
    expect(chat.upcoming[0].localStart).toMatch(/T20:00$/);
    expect(chat.ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(chat.ics).toContain('TZID=America/New_York');
    await ingestAll(t);

    const res = await gql(
      `query($id: ID!) { node(id: $id) { ... on HashtagChat { archive { occurrence { start end localStart }
         archive { postCount posts { xId } participants { username posts isHost } threads { rootId postIds } } } } } }`,
      { id: chat.id },
    );
    const a = res.data.node.archive;
    const start = Date.parse(a.occurrence.start);
    const end = Date.parse(a.occurrence.end);
    expect(a.occurrence.localStart).toMatch(/T20:00$/);
    const truth = sim.world.tweets.filter(
      (tw: SimTweet) =>
        tw.labels.includes('chat:DataChat') &&
        Date.parse(tw.created_at) >= start &&
        Date.parse(tw.created_at) < end,
    );
    expect(truth.length).toBeGreaterThan(10);
    const got = new Set(a.archive.posts.map((p: { xId: string }) => p.xId));
    expect(got).toEqual(new Set(truth.map((tw) => tw.id)));
    expect(a.archive.participants.some((p: { isHost: boolean }) => p.isHost)).toBe(true);
    expect(a.archive.threads.length).toBeGreaterThan(0);

    // A participant of that occurrence is a seeker here: the participation check finds them.
    const someone = a.archive.participants.find((p: { isHost: boolean }) => !p.isHost).username;
    const participant = await makeSeeker({
      name: 'Chat Person',
      targetRoles: ['Data Analyst'],
      locations: ['Denver, CO'],
      careerStage: 'early_career',
      handle: someone,
    });
    const took = await gql(
      `query($id: ID!, $s: ID!) { node(id: $id) { ... on HashtagChat { participation(seekerId: $s, last: 2) { tookPart posts occurrence { start } } } } }`,
      { id: chat.id, s: participant },
    );
    expect(took.data.node.participation[0]).toMatchObject({ tookPart: true });

    const joined = await gql(
      `mutation($i: JoinOrgActivityInput!) { joinOrgActivity(input: $i) { reminders { title start remindAt } userErrors { code } } }`,
      { i: { seekerId: participant, chatId: chat.id, remindMinutes: 15 } },
    );
    const reminder = joined.data.joinOrgActivity.reminders[0];
    expect(Date.parse(reminder.start) - Date.parse(reminder.remindAt)).toBe(15 * 60_000);
    const going = await gql(
      `query($id: ID!) { node(id: $id) { ... on HashtagChat { attendees { id name } } } }`,
      { id: chat.id },
    );
    expect(going.data.node.attendees).toEqual([{ id: participant, name: 'Chat Person' }]);
    const feed = await gql(`query($s: ID!) { seekerCalendar(seekerId: $s) }`, { s: participant });
    expect(feed.data.seekerCalendar).toContain('BEGIN:VEVENT');

    // The same calendar at a secret address a calendar app can subscribe to.
    const made = await gql(
      `mutation($i: CreateSeekerCalendarFeedInput!) { createSeekerCalendarFeed(input: $i) { url } }`,
      { i: { seekerId: participant } },
    );
    const path = new URL(made.data.createSeekerCalendarFeed.url as string).pathname;
    expect(path).toMatch(/^\/calendar\/perch_cal_.+\.ics$/);
    const served = await request(t.http).get(path);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toContain('text/calendar');
    expect(served.text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    const forged = path.replace(
      /_([A-Za-z0-9_-]{43})_/,
      (_m, s: string) => `_${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}_`,
    );
    const forgedRes = await request(t.http).get(forged);
    expect(forgedRes.status).toBe(404);
    expect((await request(t.http).get('/calendar/nothing.ics')).status).toBe(404);
    await gql(
      `mutation($i: RevokeSeekerCalendarFeedInput!) { revokeSeekerCalendarFeed(input: $i) { revoked } }`,
      { i: { seekerId: participant } },
    );
    expect((await request(t.http).get(path)).status).toBe(404);
  });

  it('captures a conference’s hashtag and shows its highlights and follow-ups', async () => {
    const bad = await gql(
      `mutation($i: AddOrgEventInput!) { addOrgEvent(input: $i) { event { id } userErrors { field code } } }`,
      {
        i: {
          name: 'Backwards',
          kind: 'CONFERENCE',
          startsAt: '2026-11-20T09:00',
          endsAt: '2026-11-19T17:00',
          timeZone: 'America/Chicago',
          place: 'Chicago',
          hashtags: ['#Backwards'],
        },
      },
    );
    expect(bad.data.addOrgEvent.userErrors[0]).toMatchObject({ field: ['input', 'endsAt'] });

    const now = Date.now();
    const conf = sim.world.conferences.find((c) => {
      const s = Date.parse(`${c.startDate}T00:00:00Z`);
      return s < now - DAY && s > now - 6 * DAY;
    })!;
    expect(conf).toBeDefined();
    const speakers = conf.speakerIds.map((id) => sim.world.user(id)!.username);
    const created = await gql(
      `mutation($i: AddOrgEventInput!) { addOrgEvent(input: $i) { event { id localStart hashtags ics } userErrors { code message } } }`,
      {
        i: {
          name: conf.name,
          kind: 'CONFERENCE',
          startsAt: `${conf.startDate}T09:00`,
          endsAt: `${conf.endDate}T18:00`,
          timeZone: 'America/New_York',
          place: conf.city,
          hashtags: [`#${conf.hashtag}`],
          speakers,
        },
      },
    );
    const event = created.data.addOrgEvent.event;
    expect(event.hashtags).toEqual([conf.hashtag]);
    expect(event.ics).toContain('BEGIN:VEVENT');
    await ingestAll(t);
    const res = await gql(
      `query($id: ID!) { node(id: $id) { ... on OrgEvent { attendees { id } highlights(phase: DURING) { postCount topPosts { xId score post { xId text url } }
         links { url shares } participants { username isSpeaker } } } } }`,
      { id: event.id },
    );
    const h = res.data.node.highlights;
    expect(h.postCount).toBeGreaterThan(5);
    expect(h.topPosts.length).toBeGreaterThan(0);
    // Each top post comes with its text, the same post as in the posts list.
    for (const top of h.topPosts as { xId: string; post: { xId: string; text: string } }[]) {
      expect(top.post.xId).toBe(top.xId);
      expect(top.post.text).toBe(sim.world.tweets.find((tw) => tw.id === top.xId)?.text);
    }
    expect(h.participants.length).toBeGreaterThan(3);
    expect(res.data.node.attendees).toEqual([]);
    const truthDuring = sim.world.tweets.filter(
      (tw: SimTweet) =>
        tw.labels.includes(`conference:${conf.hashtag}:during`) && Date.parse(tw.created_at) < now,
    );
    // Posts in the day-long phase windows match the generator's phases, give or take the hour
    // at each end the generator's Eastern day boundary and ours may differ by.
    expect(h.postCount).toBeGreaterThanOrEqual(Math.floor(truthDuring.length * 0.8));

    const follow = await gql(
      `mutation($i: CreateEventFollowUpsInput!) { createEventFollowUps(input: $i) { created userErrors { code } } }`,
      { i: { eventId: event.id, seekerId } },
    );
    expect(follow.data.createEventFollowUps.created).toBeGreaterThan(0);
    const again = await gql(
      `mutation($i: CreateEventFollowUpsInput!) { createEventFollowUps(input: $i) { created } }`,
      { i: { eventId: event.id, seekerId } },
    );
    expect(again.data.createEventFollowUps.created).toBe(0);
  });

  it('adds an organization, says what it talks about and suggests it to a seeker in its field', async () => {
    const org = sim.world.accountsByKind('organization')[0];
    const added = await gql(
      `mutation($i: AddOrganizationInput!) { addOrganization(input: $i) { organization { id name usernames } userErrors { code message } } }`,
      { i: { name: org.name, field: 'data', handles: [`@${org.username}`] } },
    );
    expect(added.data.addOrganization.organization.usernames).toEqual([org.username]);
    const dup = await gql(
      `mutation($i: AddOrganizationInput!) { addOrganization(input: $i) { organization { id } userErrors { field code } } }`,
      { i: { name: org.name, handles: [] } },
    );
    expect(dup.data.addOrganization.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    const watches = async () =>
      (
        await withClient(t.db.ownerUrl, (c) =>
          c.query(`select count(*)::int as n from x_watches where tenant_id = $1`, [
            tenant.tenantId,
          ]),
        )
      ).rows[0].n as number;
    const before = await watches();
    const again = await gql(
      `mutation($i: AddOrganizationInput!) { addOrganization(input: $i) { organization { id } userErrors { field code } } }`,
      { i: { name: 'Half Written', handles: [`@${org.username}`, 'no_such_hndl_zz'] } },
    );
    expect(again.data.addOrganization.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'handles', '1'],
    });
    expect(await watches()).toBe(before);
    await ingestAll(t);
    const res = await gql(
      `query($s: ID!) { organizationSuggestions(seekerId: $s) { reasons organization { name talkingAbout { terms { term count } recentPosts { xId } } } } }`,
      { s: seekerId },
    );
    const s = res.data.organizationSuggestions[0];
    expect(s.organization.name).toBe(org.name);
    expect(s.reasons[0]).toContain('data');
    expect(s.organization.talkingAbout.recentPosts.length).toBeGreaterThan(0);
  });
});
