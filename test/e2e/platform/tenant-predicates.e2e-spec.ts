/**
 * RLS is the safety net, not the filter (ARCHITECTURE.md; security.md T2.4): every statement the
 * application sends that touches a tenant table must carry its own tenant predicate, so the schema
 * can move to Citus unchanged. This records the SQL of a broad workload through the real API and
 * checks each statement.
 */
import { jest } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { TABLE_REGISTRY } from '../../../src/platform/database/table-registry.js';
import { RosterImportService } from '../../../src/modules/roster/roster-import.service.js';
import { ApiGate } from '../../../src/platform/graphql/api-gate.js';
import { fromGlobalId, toGlobalId } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { login, memberToken, newMember, newSeeker, newTenant } from '../../helpers/factories.js';

jest.setTimeout(60_000);

const statements: string[] = [];

const original = pg.Client.prototype.query;
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ X_SIMULATOR: 'auto' });
  pg.Client.prototype.query = function recording(this: pg.Client, ...args: unknown[]) {
    const text =
      typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
    if (text) statements.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
});
afterAll(async () => {
  pg.Client.prototype.query = original;
  await t.close();
});

const tenantTables = Object.entries(TABLE_REGISTRY)
  .filter(([, c]) => c === 'tenant')
  .map(([name]) => name);

function touchedTenantTables(sql: string): string[] {
  return tenantTables.filter((table) =>
    new RegExp(`\\b(from|join|update|into)\\s+"?${table}"?\\b`, 'i').test(sql),
  );
}

describe('tenant predicates', () => {
  it('puts an explicit tenant_id condition in every statement on a tenant table', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const seeker = await newSeeker(t, tenant.ownerToken);
    const run = (q: string, v: Record<string, unknown> = {}, token = tenant.ownerToken) =>
      t.gql(q, v, token);
    await run(`mutation($i: AssignCoachInput!) { assignCoach(input: $i) { seeker { id } } }`, {
      i: { seekerId: seeker.id, staffMemberId: coach.staffId },
    });
    await run(
      `mutation($i: ActivateSeekerInput!) { activateSeeker(input: $i) { seeker { id } } }`,
      { i: { seekerId: seeker.id } },
    );
    await run(
      `mutation($i: AddCoachNoteInput!) { addCoachNote(input: $i) { note { id } } }`,
      { i: { seekerId: seeker.id, body: 'hello' } },
      coach.token,
    );
    await run(`mutation($i: RecordConsentInput!) { recordConsent(input: $i) { consent { id } } }`, {
      i: { seekerId: seeker.id, kind: 'LINK_X_HANDLE' },
    });
    await run(`mutation($i: LinkXHandleInput!) { linkXHandle(input: $i) { seeker { id } } }`, {
      i: { seekerId: seeker.id, handle: 'pred_check' },
    });
    await run(
      `{ seekers(first: 10) { nodes { id coaches { name } latestNote { body author { name } } notes(first: 5) { nodes { id } } consents { kind } xConnection { username } xArchiveImports { status } } } seatUsage { used byCoach { activeSeekers } } tenant { name license { seatLimit } } staffMembers(first: 10) { nodes { id } } invitations(first: 5) { nodes { id } } apiKeys(first: 5) { nodes { id } } xSpend { spentUsd } viewer { kind } }`,
    );
    await run(
      `mutation { inviteStaff(input: { email: "pred@x.test", role: COACH }) { invitation { id } } }`,
    );
    const key = (
      await run(
        `mutation { createApiKey(input: { name: "p", scopes: [READ] }) { token apiKey { id } } }`,
      )
    ).data.createApiKey;
    await run(`{ viewer { kind } }`, {}, key.token);
    await run(`mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { apiKey { id } } }`, {
      i: { apiKeyId: key.apiKey.id },
    });
    const watch = (
      await run(`mutation($i: AddXWatchInput!) { addXWatch(input: $i) { watch { id } } }`, {
        i: { capability: 'JOBS', kind: 'QUERY', target: '#hiring', seekerId: seeker.id },
      })
    ).data.addXWatch.watch.id;
    await run(
      `{ xWatches(first: 5) { nodes { id status seeker { id } posts(first: 5) { nodes { xId } } } } }`,
    );
    await run(`{ xWatches(first: 5) { nodes { id } } }`, {}, coach.token);
    await run(`query($id: ID!) { node(id: $id) { id } }`, { id: watch });
    await run(`mutation($i: RetryXWatchInput!) { retryXWatch(input: $i) { watch { id } } }`, {
      i: { watchId: watch },
    });
    await run(`mutation($i: RemoveXWatchInput!) { removeXWatch(input: $i) { removedWatchId } }`, {
      i: { watchId: watch },
    });
    const company = (
      await run(`mutation { addCompany(input: { handle: "acme" }) { company { id } } }`)
    ).data.addCompany.company.id;
    await run(
      `mutation($i: DiscoverCompanyAccountsInput!) { discoverCompanyAccounts(input: $i) { accounts { xId } } }`,
      { i: { companyId: company } },
    );
    const target = (
      await run(
        `mutation($i: SetSeekerTargetInput!) { setSeekerTarget(input: $i) { target { id } } }`,
        { i: { seekerId: seeker.id, companyId: company } },
      )
    ).data.setSeekerTarget.target.id;
    await run(
      `query($id: ID!, $s: ID!) { company(id: $id) { accounts { xId } dossier { posts themes { term } } }
         seeker(id: $s) { targets { company { name } } }
         interviewBrief(seekerId: $s, companyId: $id) { markdown } companies(first: 5) { nodes { id } } }`,
      { id: company, s: seeker.id },
    );
    const topic = (
      await run(`mutation($i: AddTopicInput!) { addTopic(input: $i) { topic { id } } }`, {
        i: { kind: 'KEYWORD', value: 'layoffs', seekerId: seeker.id },
      })
    ).data.addTopic.topic.id;
    await run(
      `query($s: ID!) { topics(seekerId: $s) { id bursts(days: 7) { term } } dailyBriefing(seekerId: $s) { day } }`,
      { s: seeker.id },
    );
    await run(`query($s: ID!) { feedPruning(seekerId: $s) { following } }`, { s: seeker.id });
    const cohort = (await run(`mutation { createCohort(input: { name: "C" }) { cohort { id } } }`))
      .data.createCohort.cohort.id;
    await run(
      `mutation($i: AddCohortMemberInput!) { addCohortMember(input: $i) { cohort { id } } }`,
      {
        i: { cohortId: cohort, seekerId: seeker.id },
      },
    );
    await run(`mutation($i: AddTopicInput!) { addTopic(input: $i) { topic { id } } }`, {
      i: { kind: 'HASHTAG', value: 'cohorttag', cohortId: cohort },
    });
    await run(
      `query($c: ID!, $s: ID!) { cohorts(first: 5) { nodes { id members { id } } } topics(cohortId: $c) { id cohort { name } } mine: topics(seekerId: $s) { id } node(id: $c) { id } }`,
      { c: cohort, s: seeker.id },
    );
    await run(
      `mutation($i: RemoveCohortMemberInput!) { removeCohortMember(input: $i) { cohort { id } } }`,
      { i: { cohortId: cohort, seekerId: seeker.id } },
    );
    await run(`query($id: ID!) { node(id: $id) { id } }`, { id: topic });
    await run(`mutation($i: RemoveTopicInput!) { removeTopic(input: $i) { removedTopicId } }`, {
      i: { topicId: topic },
    });
    await run(
      `mutation($i: RemoveSeekerTargetInput!) { removeSeekerTarget(input: $i) { removedTargetId } }`,
      { i: { targetId: target } },
    );
    await networking(run, seeker.id);
    const self = await newMember(
      t,
      tenant.tenantId,
      'seeker',
      undefined,
      fromGlobalId(seeker.id, 'Seeker'),
    );
    await jobsAndVoice(run, seeker.id, (await login(t, self.email)).accessToken);
    await login(t, tenant.ownerEmail);
    await run(`mutation($i: ArchiveSeekerInput!) { archiveSeeker(input: $i) { seeker { id } } }`, {
      i: { seekerId: seeker.id },
    });
    // Idempotency keys: the first run, its replay, and the worker's pruning.
    for (let i = 0; i < 2; i++) {
      await request(t.http)
        .post('/graphql')
        .set('authorization', `Bearer ${tenant.ownerToken}`)
        .set('idempotency-key', 'pred-1')
        .send({ query: `mutation { createCohort(input: { name: "Idem" }) { cohort { id } } }` })
        .expect(200);
    }
    await t.perch.app.get(ApiGate).prune([tenant.tenantId]);

    // A roster import: stored by the api, claimed, run in chunks and finished by the worker.
    await request(t.http)
      .post('/imports/roster?dryRun=false')
      .set('authorization', `Bearer ${tenant.ownerToken}`)
      .set('content-type', 'text/csv')
      .send(Buffer.from('external_id,email,name\np-1,pred1@uni.test,Pred One\n'))
      .expect(202);
    expect(await t.perch.app.get(RosterImportService).runDue()).toBe(1);

    // Reports and data rights: the seat history, the outcomes and the catalog-driven erasure.
    await run(
      `query($c: ID!) { seatReport { peak byCoach { seekers } } outcomesReport(cohortId: $c) { seekers } }`,
      { c: cohort },
    );
    const erased = await newSeeker(t, tenant.ownerToken);
    await run(`mutation($i: EraseSeekerInput!) { eraseSeeker(input: $i) { erasedSeekerId } }`, {
      i: { seekerId: erased.id, confirmEmail: erased.email },
    });

    const checked = statements.filter((s) => touchedTenantTables(s).length > 0);
    expect(checked.length).toBeGreaterThan(30);
    const missing = checked.filter(
      (s) =>
        !/tenant_id"?\s*(=|in\b)/i.test(s) && !/^\s*insert\b[^(]*\([^)]*\btenant_id\b/i.test(s),
    );
    expect(missing).toEqual([]);
  });
});

/** Mentorship, peers and orgs: every operation once. */
async function networking(
  run: (q: string, v?: Record<string, unknown>) => Promise<{ data: any; errors?: unknown }>,
  seekerId: string,
) {
  const must = async (q: string, v: Record<string, unknown> = {}) => {
    const res = await run(q, v);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  await must(`mutation($i: RecordConsentInput!) { recordConsent(input: $i) { consent { id } } }`, {
    i: { seekerId, kind: 'PEER_MATCHING' },
  });
  await must(
    `mutation { setOutreachPolicy(input: { requireFirstContactApproval: true }) { policy { firstContactsPerWeek } } }`,
  );
  await must(
    `mutation($i: StartMentorDiscoveryInput!) { startMentorDiscovery(input: $i) { field } }`,
    {
      i: { seekerId, field: 'data' },
    },
  );
  await must(
    `query($s: ID!) { mentorSuggestions(seekerId: $s, field: "data") { field } peerSuggestions(seekerId: $s, reach: ANY) { username } }`,
    { s: seekerId },
  );
  const acme = await withClient(t.db.ownerUrl, async (c) =>
    String(
      (await c.query(`select id::text from x_accounts where lower(username) = 'acme'`)).rows[0].id,
    ),
  );
  const contact = (
    await must(
      `mutation($i: AddMentorContactInput!) { addMentorContact(input: $i) { contact { id } } }`,
      {
        i: { seekerId, xAccountId: acme },
      },
    )
  ).addMentorContact.contact.id;
  const draft = (
    await must(
      `mutation($i: CreateOutreachDraftInput!) { createOutreachDraft(input: $i) { draft { id } } }`,
      {
        i: {
          contactId: contact,
          channel: 'DM',
          text: 'Thank you for your post! Could we talk for 15 minutes?',
        },
      },
    )
  ).createOutreachDraft.draft.id;
  await must(`query($i: CheckOutreachDraftInput!) { checkOutreachDraft(input: $i) { ok } }`, {
    i: { contactId: contact, channel: 'REPLY', text: 'Great thread!' },
  });
  await must(
    `mutation($i: ReviewOutreachDraftInput!) { reviewOutreachDraft(input: $i) { draft { intentUrl } } }`,
    {
      i: { draftId: draft, approve: true },
    },
  );
  await must(
    `mutation($i: MarkOutreachDraftSentInput!) { markOutreachDraftSent(input: $i) { contact { stage } } }`,
    {
      i: { draftId: draft },
    },
  );
  await must(
    `mutation($i: RecordMentorReplyInput!) { recordMentorReply(input: $i) { contact { stage } } }`,
    {
      i: { contactId: contact },
    },
  );
  await must(
    `mutation($i: MoveMentorContactInput!) { moveMentorContact(input: $i) { contact { stage } } }`,
    {
      i: { contactId: contact, stage: 'INTERVIEW_PROPOSED' },
    },
  );
  const interview = (
    await must(
      `mutation($i: ScheduleInformationalInterviewInput!) { scheduleInformationalInterview(input: $i) { interview { id } } }`,
      { i: { contactId: contact, startsAt: '2031-01-07T10:00', timeZone: 'UTC', mode: 'ONLINE' } },
    )
  ).scheduleInformationalInterview.interview.id;
  await must(
    `mutation($i: UpdateInformationalInterviewInput!) { updateInformationalInterview(input: $i) { interview { id } } }`,
    { i: { interviewId: interview, status: 'HELD', followUps: ['Send notes'] } },
  );
  await must(
    `mutation($i: SetMentorContactBlockedInput!) { setMentorContactBlocked(input: $i) { contact { id } } }`,
    {
      i: { contactId: contact, blocked: false },
    },
  );
  const tasks = await must(
    `query($s: ID!) { seekerTasks(seekerId: $s) { id } mentorContacts(seekerId: $s) { id events { toStage } drafts { id } interviews { ics } } outreachPolicy { followUpAfterDays } }`,
    { s: seekerId },
  );
  await must(
    `mutation($i: CompleteSeekerTaskInput!) { completeSeekerTask(input: $i) { task { id } } }`,
    {
      i: { taskId: tasks.seekerTasks[0].id },
    },
  );
  await must(`query($id: ID!) { node(id: $id) { id } }`, { id: contact });

  const org = (
    await must(
      `mutation { addOrganization(input: { name: "Guild", field: "data", handles: ["acme"] }) { organization { id } } }`,
    )
  ).addOrganization.organization.id;
  const event = (
    await must(`mutation($i: AddOrgEventInput!) { addOrgEvent(input: $i) { event { id } } }`, {
      i: {
        name: 'Conf',
        kind: 'CONFERENCE',
        startsAt: '2026-11-20T09:00',
        endsAt: '2026-11-21T17:00',
        timeZone: 'America/Chicago',
        online: true,
        hashtags: ['#PredConf'],
        organizationId: org,
      },
    })
  ).addOrgEvent.event.id;
  const chat = (
    await must(`mutation($i: AddHashtagChatInput!) { addHashtagChat(input: $i) { chat { id } } }`, {
      i: {
        name: 'Chat',
        hashtag: '#PredChat',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        timeZone: 'America/New_York',
        startLocal: '2026-01-06T20:00',
      },
    })
  ).addHashtagChat.chat.id;
  await must(
    `mutation($i: JoinOrgActivityInput!) { joinOrgActivity(input: $i) { reminders { title } } }`,
    {
      i: { seekerId, chatId: chat },
    },
  );
  await must(
    `mutation($i: JoinOrgActivityInput!) { joinOrgActivity(input: $i) { reminders { title } } }`,
    {
      i: { seekerId, eventId: event },
    },
  );
  await must(
    `mutation($i: CreateEventFollowUpsInput!) { createEventFollowUps(input: $i) { created } }`,
    {
      i: { eventId: event, seekerId },
    },
  );
  await must(
    `query($s: ID!, $c: ID!, $e: ID!) { organizations { id talkingAbout { terms { term } } } organizationSuggestions(seekerId: $s) { reasons }
       orgEvents { id organization { id } highlights { postCount } } hashtagChats { id upcoming { start } pastOccurrences { start } archive { occurrence { start } } participation(seekerId: $s) { tookPart } }
       reminders(seekerId: $s) { title } seekerCalendar(seekerId: $s) c: node(id: $c) { id } e: node(id: $e) { id } }`,
    { s: seekerId, c: chat, e: event },
  );

  await must(
    `mutation($i: CreateSeekerCalendarFeedInput!) { createSeekerCalendarFeed(input: $i) { url } }`,
    { i: { seekerId } },
  );
  await must(
    `mutation($i: RevokeSeekerCalendarFeedInput!) { revokeSeekerCalendarFeed(input: $i) { revoked } }`,
    { i: { seekerId } },
  );
  const suggestions = await must(`{ cohortSuggestions(minSize: 2) { members { id } } }`);
  const cohort = (
    await must(`mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } } }`, {
      i: { name: 'Peers', hashtag: '#Peers', memberIds: [seekerId] },
    })
  ).createCohort.cohort.id;
  expect(suggestions.cohortSuggestions).toBeDefined();
  await must(
    `mutation($i: AddCohortCheckInInput!) { addCohortCheckIn(input: $i) { checkIn { week } } }`,
    {
      i: { cohortId: cohort, seekerId, goal: 'Apply twice', status: 'ON_TRACK' },
    },
  );
  await must(
    `mutation($i: ShareCohortLinkInput!) { shareCohortLink(input: $i) { link { shares } } }`,
    {
      i: { cohortId: cohort, seekerId, url: 'https://blog.example/a?utm_source=x' },
    },
  );
  await must(
    `query($c: ID!) { node(id: $c) { ... on Cohort { peers { name } xList { usernames } checkIns { goal } links { shares } activity { kind } } } }`,
    { c: cohort },
  );
}

/** Jobs and voice: every operation that needs no X account. */
async function jobsAndVoice(
  run: (
    q: string,
    v?: Record<string, unknown>,
    token?: string,
  ) => Promise<{ data: any; errors?: unknown }>,
  seekerId: string,
  seekerToken: string,
) {
  const must = async (q: string, v: Record<string, unknown> = {}, token?: string) => {
    const res = await run(q, v, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const postingId = await withClient(t.db.ownerUrl, async (c) => {
    const id = '00000000-0000-7000-8000-00000000beef';
    await c.query(
      `insert into job_postings (id, dedupe_key, title, confidence, representative_post_id, first_seen_at, last_seen_at)
       values ($1, 'pred:posting', 'Data Analyst', 0.9, 1, now(), now()) on conflict do nothing`,
      [id],
    );
    return toGlobalId('JobPosting', id);
  });
  await must(
    `mutation($i: SetJobPreferencesInput!) { setJobPreferences(input: $i) { newMatches } }`,
    { i: { seekerId, skills: ['SQL'], remote: 'OPEN' } },
  );
  await must(`mutation($i: PushJobPostingInput!) { pushJobPosting(input: $i) { pushed } }`, {
    i: { postingId, seekerIds: [seekerId] },
  });
  const matches = await must(
    `query($s: ID!) { jobMatches(seekerId: $s) { nodes { id posting { title recruiters { username } sourcePostUrls applyLink { state } } } } jobPreferences(seekerId: $s) { remote } recruiters { username } }`,
    { s: seekerId },
  );
  await must(
    `mutation($i: DismissJobMatchInput!) { dismissJobMatch(input: $i) { match { id } } }`,
    {
      i: { matchId: matches.jobMatches.nodes[0].id },
    },
  );
  const app = (
    await must(`mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } } }`, {
      i: { seekerId, postingId },
    })
  ).saveJob.application.id;
  await must(
    `mutation($i: MoveJobApplicationInput!) { moveJobApplication(input: $i) { application { stage } } }`,
    { i: { applicationId: app, stage: 'APPLIED' } },
  );
  await must(
    `mutation($i: UpdateJobApplicationInput!) { updateJobApplication(input: $i) { application { notes } } }`,
    { i: { applicationId: app, notes: 'Sent' } },
  );
  await must(
    `query($s: ID!, $a: ID!) { jobApplications(seekerId: $s) { nodes { id events { toStage } posting { title } trackedCompany { name } } }
       jobFunnel(seekerId: $s) { applied } jobApplicationsCsv(seekerId: $s) node(id: $a) { id } }`,
    { s: seekerId, a: app },
  );
  await must(
    `mutation($i: SetVoicePillarsInput!) { setVoicePillars(input: $i) { pillars { name } } }`,
    {
      i: {
        seekerId,
        pillars: [
          { name: 'a', terms: ['sql'] },
          { name: 'b', terms: ['data'] },
          { name: 'c', terms: ['career'] },
        ],
      },
    },
  );
  await must(
    `mutation($i: SetPostingSlotsInput!) { setPostingSlots(input: $i) { slots { times } } }`,
    { i: { seekerId, timeZone: 'Europe/Paris', times: ['09:00'], weekdays: [1, 3] } },
  );
  const draft = (
    await must(
      `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { id } } }`,
      { i: { seekerId, text: 'Learning SQL window functions this week.' } },
    )
  ).createVoiceDraft.draft.id;
  await must(`mutation($i: EditVoiceDraftInput!) { editVoiceDraft(input: $i) { draft { id } } }`, {
    i: { draftId: draft, text: 'Learning SQL window functions, week 2.' },
  });
  // The seeker OKs the words their coach wrote by sending them for review.
  await must(
    `mutation($i: SubmitVoiceDraftInput!) { submitVoiceDraft(input: $i) { draft { id } } }`,
    { i: { draftId: draft } },
    seekerToken,
  );
  await must(
    `mutation($i: CommentVoiceDraftInput!) { commentVoiceDraft(input: $i) { draft { id } } }`,
    { i: { draftId: draft, body: 'Nice' } },
  );
  await must(
    `mutation($i: ReviewVoiceDraftInput!) { reviewVoiceDraft(input: $i) { draft { status } } }`,
    { i: { draftId: draft, approve: true } },
  );
  // Scheduled, then the posting consent withdrawn: the queue pauses in the same transaction.
  const consent = (
    await must(
      `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { consent { id } } }`,
      { i: { seekerId, kind: 'POST_APPROVED_DRAFTS' } },
    )
  ).recordConsent.consent.id;
  await must(
    `mutation($i: ScheduleVoiceDraftInput!) { scheduleVoiceDraft(input: $i) { draft { id } } }`,
    { i: { draftId: draft } },
  );
  await must(`mutation($i: RevokeConsentInput!) { revokeConsent(input: $i) { consent { id } } }`, {
    i: { consentId: consent },
  });
  expect(
    (await must(`query($d: ID!) { node(id: $d) { ... on VoiceDraft { status } } }`, { d: draft }))
      .node.status,
  ).toBe('PAUSED');
  await must(
    `mutation($i: CancelVoiceDraftInput!) { cancelVoiceDraft(input: $i) { draft { id } } }`,
    {
      i: { draftId: draft },
    },
  );
  await must(
    `query($s: ID!, $d: ID!) { voicePillars(seekerId: $s) { name } voiceProfile(seekerId: $s) { posts } voiceAudit(seekerId: $s) { postId }
       voiceDrafts(seekerId: $s) { nodes { id status seekerOkAt comments { body authorName authorRole } } } voiceLinks(seekerId: $s) { url state } caseload { seeker { id } atRisk { reason } voiceTrend { month } } postingSlots(seekerId: $s) { timeZone } node(id: $d) { id } }`,
    { s: seekerId, d: draft },
  );
}
