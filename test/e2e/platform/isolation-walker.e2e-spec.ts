/**
 * The isolation walker (OWASP API1, BOLA). It introspects the live schema and, for every Query and
 * Mutation field that takes an ID (directly or inside its input), calls it as tenant B with tenant
 * A's objects and expects NOT_FOUND, with the same message a random id gets, and tenant A's rows
 * unchanged. Fields with several ids are also called with B's own objects and one of A's.
 * A new ID-taking field without a fixture here fails the walker, so every module is covered.
 */
import { jest } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLInputType,
  isInputObjectType,
  type GraphQLObjectType,
} from 'graphql';
import { v7 } from 'uuid';
import request from 'supertest';
import { archiveZip } from '../../helpers/archives.js';
import { XArchiveService } from '../../../src/modules/x-archive/x-archive.service.js';
import { RosterImportService } from '../../../src/modules/roster/roster-import.service.js';
import { TABLE_REGISTRY } from '../../../src/platform/database/table-registry.js';
import { toGlobalId, type NodeType } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { memberToken, newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(120_000);

type Ids = Record<
  | 'seeker'
  | 'note'
  | 'consent'
  | 'staff'
  | 'invitation'
  | 'apiKey'
  | 'archiveImport'
  | 'watch'
  | 'company'
  | 'target'
  | 'topic'
  | 'cohort'
  | 'contact'
  | 'draft'
  | 'interview'
  | 'task'
  | 'organization'
  | 'event'
  | 'chat'
  | 'application'
  | 'match'
  | 'voiceDraft'
  | 'webhookEndpoint'
  | 'webhookDelivery'
  | 'bulkExport'
  | 'ssoConnection'
  | 'scimToken'
  | 'rosterImport',
  string
>;
const TYPES: Record<keyof Ids, NodeType> = {
  seeker: 'Seeker',
  note: 'CoachNote',
  consent: 'Consent',
  staff: 'StaffMember',
  invitation: 'Invitation',
  apiKey: 'ApiKey',
  scimToken: 'ScimToken',
  rosterImport: 'RosterImport',
  archiveImport: 'XArchiveImport',
  watch: 'XWatch',
  company: 'Company',
  target: 'SeekerTarget',
  topic: 'Topic',
  cohort: 'Cohort',
  contact: 'MentorContact',
  draft: 'OutreachDraft',
  interview: 'InformationalInterview',
  task: 'SeekerTask',
  organization: 'Organization',
  event: 'OrgEvent',
  chat: 'HashtagChat',
  application: 'JobApplication',
  match: 'JobMatch',
  voiceDraft: 'VoiceDraft',
  webhookEndpoint: 'WebhookEndpoint',
  webhookDelivery: 'WebhookDelivery',
  bulkExport: 'BulkExport',
  ssoConnection: 'SsoConnection',
};

/** A posting is public data (the public layer), so the walker names one no tenant can find. */
const MISSING_POSTING = toGlobalId('JobPosting', '00000000-0000-7000-8000-000000000000');

interface Op {
  query: string;
  variables: Record<string, unknown>;
}

const q = (
  field: string,
  arg: string,
  type: string,
  value: unknown,
  sel = '{ __typename }',
): Op => ({
  query: `query($v: ${type}) { ${field}(${arg}: $v) ${sel} }`,
  variables: { v: value },
});
const m = (field: string, input: Record<string, unknown>): Op => ({
  query: `mutation($input: ${field[0].toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { __typename } }`,
  variables: { input },
});

const FIXTURES: Record<string, (id: Ids) => Op> = {
  'Query.seeker': (id) => q('seeker', 'id', 'ID!', id.seeker, '{ id }'),
  'Query.node': (id) => q('node', 'id', 'ID!', id.seeker, '{ id }'),
  'Query.webhookDeliveries': (id) =>
    q('webhookDeliveries', 'webhookEndpointId', 'ID!', id.webhookEndpoint, '{ nodes { id } }'),
  'Mutation.updateWebhookEndpoint': (id) =>
    m('updateWebhookEndpoint', { webhookEndpointId: id.webhookEndpoint, enabled: false }),
  'Mutation.deleteWebhookEndpoint': (id) =>
    m('deleteWebhookEndpoint', { webhookEndpointId: id.webhookEndpoint }),
  'Mutation.rotateWebhookSecret': (id) =>
    m('rotateWebhookSecret', { webhookEndpointId: id.webhookEndpoint }),
  'Mutation.sendTestWebhook': (id) =>
    m('sendTestWebhook', { webhookEndpointId: id.webhookEndpoint }),
  'Mutation.redeliverWebhook': (id) =>
    m('redeliverWebhook', { webhookDeliveryId: id.webhookDelivery }),
  'Mutation.updateSsoConnection': (id) =>
    m('updateSsoConnection', { ssoConnectionId: id.ssoConnection, enabled: false }),
  'Mutation.deleteSsoConnection': (id) =>
    m('deleteSsoConnection', { ssoConnectionId: id.ssoConnection }),
  'Mutation.linkSsoIdentity': (id) =>
    m('linkSsoIdentity', {
      ssoConnectionId: id.ssoConnection,
      staffMemberId: id.staff,
      subject: 'walker-subject',
    }),
  'Mutation.eraseSeeker': (id) =>
    m('eraseSeeker', { seekerId: id.seeker, confirmEmail: 'someone@example.test' }),
  'Query.bulkExport': (id) => q('bulkExport', 'id', 'ID!', id.bulkExport, '{ id }'),
  'Query.auditEvents': (id) => q('auditEvents', 'seekerId', 'ID', id.seeker, '{ nodes { id } }'),
  'Query.outcomesReport': (id) => q('outcomesReport', 'cohortId', 'ID', id.cohort, '{ seekers }'),
  'Query.nodes': (id) =>
    q('nodes', 'ids', '[ID!]!', [id.seeker, id.note, id.consent, id.staff], '{ id }'),
  'Mutation.updateSeeker': (id) => m('updateSeeker', { seekerId: id.seeker, headline: 'changed' }),
  'Mutation.activateSeeker': (id) => m('activateSeeker', { seekerId: id.seeker }),
  'Mutation.archiveSeeker': (id) => m('archiveSeeker', { seekerId: id.seeker }),
  'Mutation.inviteSeeker': (id) => m('inviteSeeker', { seekerId: id.seeker }),
  'Mutation.assignCoach': (id) =>
    m('assignCoach', { seekerId: id.seeker, staffMemberId: id.staff }),
  'Mutation.unassignCoach': (id) =>
    m('unassignCoach', { seekerId: id.seeker, staffMemberId: id.staff }),
  'Mutation.addCoachNote': (id) => m('addCoachNote', { seekerId: id.seeker, body: 'note' }),
  'Mutation.recordConsent': (id) =>
    m('recordConsent', { seekerId: id.seeker, kind: 'READ_X_DATA' }),
  'Mutation.revokeConsent': (id) => m('revokeConsent', { consentId: id.consent }),
  'Mutation.linkXHandle': (id) => m('linkXHandle', { seekerId: id.seeker, handle: 'someone_new' }),
  'Mutation.changeStaffRole': (id) =>
    m('changeStaffRole', { staffMemberId: id.staff, role: 'VIEWER' }),
  'Mutation.deactivateStaffMember': (id) => m('deactivateStaffMember', { staffMemberId: id.staff }),
  'Mutation.reactivateStaffMember': (id) => m('reactivateStaffMember', { staffMemberId: id.staff }),
  'Mutation.revokeInvitation': (id) => m('revokeInvitation', { invitationId: id.invitation }),
  'Mutation.revokeApiKey': (id) => m('revokeApiKey', { apiKeyId: id.apiKey }),
  'Mutation.revokeScimToken': (id) => m('revokeScimToken', { scimTokenId: id.scimToken }),
  'Query.rosterImport': (id) => q('rosterImport', 'id', 'ID!', id.rosterImport, '{ id }'),
  'Mutation.createXConnectLink': (id) => m('createXConnectLink', { seekerId: id.seeker }),
  'Mutation.disconnectX': (id) => m('disconnectX', { seekerId: id.seeker }),
  'Query.xArchiveImport': (id) => q('xArchiveImport', 'id', 'ID!', id.archiveImport, '{ id }'),
  'Query.xWatches': (id) => q('xWatches', 'seekerId', 'ID', id.seeker, '{ nodes { id } }'),
  'Mutation.addXWatch': (id) =>
    m('addXWatch', { capability: 'JOBS', kind: 'QUERY', target: 'walker', seekerId: id.seeker }),
  'Mutation.removeXWatch': (id) => m('removeXWatch', { watchId: id.watch }),
  'Mutation.retryXWatch': (id) => m('retryXWatch', { watchId: id.watch }),
  'Query.company': (id) => q('company', 'id', 'ID!', id.company, '{ id }'),
  'Query.dailyBriefing': (id) => q('dailyBriefing', 'seekerId', 'ID!', id.seeker, '{ day }'),
  'Query.feedPruning': (id) => q('feedPruning', 'seekerId', 'ID!', id.seeker, '{ following }'),
  'Query.interviewBrief': (id) => ({
    query: `query($s: ID!, $c: ID!) { interviewBrief(seekerId: $s, companyId: $c) { company } }`,
    variables: { s: id.seeker, c: id.company },
  }),
  'Query.topics': (id) => q('topics', 'seekerId', 'ID', id.seeker, '{ id }'),
  'Mutation.addTopic': (id) =>
    m('addTopic', { kind: 'HASHTAG', value: 'walkertwo', seekerId: id.seeker }),
  'Mutation.removeTopic': (id) => m('removeTopic', { topicId: id.topic }),
  'Mutation.discoverCompanyAccounts': (id) =>
    m('discoverCompanyAccounts', { companyId: id.company }),
  'Mutation.reviewCompanyAccount': (id) =>
    m('reviewCompanyAccount', { companyId: id.company, xAccountId: '1', decision: 'CONFIRM' }),
  'Mutation.setSeekerTarget': (id) =>
    m('setSeekerTarget', { seekerId: id.seeker, companyId: id.company, priority: 1 }),
  'Mutation.removeSeekerTarget': (id) => m('removeSeekerTarget', { targetId: id.target }),
  'Mutation.addCohortMember': (id) =>
    m('addCohortMember', { cohortId: id.cohort, seekerId: id.seeker }),
  'Mutation.removeCohortMember': (id) =>
    m('removeCohortMember', { cohortId: id.cohort, seekerId: id.seeker }),
  'Mutation.createCohort': (id) => m('createCohort', { name: 'Walker', memberIds: [id.seeker] }),
  'Mutation.addCohortCheckIn': (id) =>
    m('addCohortCheckIn', { cohortId: id.cohort, seekerId: id.seeker, goal: 'g', status: 'DONE' }),
  'Mutation.shareCohortLink': (id) =>
    m('shareCohortLink', { cohortId: id.cohort, seekerId: id.seeker, url: 'https://w.example/' }),
  'Query.peerSuggestions': (id) =>
    q('peerSuggestions', 'seekerId', 'ID!', id.seeker, '{ username }'),
  'Query.mentorSuggestions': (id) =>
    q('mentorSuggestions', 'seekerId', 'ID!', id.seeker, '{ field }'),
  'Query.mentorFollowUps': (id) => q('mentorFollowUps', 'seekerId', 'ID!', id.seeker, '{ id }'),
  'Query.mentorContacts': (id) => q('mentorContacts', 'seekerId', 'ID!', id.seeker, '{ id }'),
  'Query.cohorts': (id) => q('cohorts', 'seekerId', 'ID', id.seeker, '{ nodes { id } }'),
  'Query.seekerTasks': (id) => q('seekerTasks', 'seekerId', 'ID!', id.seeker, '{ id }'),
  'Query.checkOutreachDraft': (id) =>
    q(
      'checkOutreachDraft',
      'input',
      'CheckOutreachDraftInput!',
      {
        contactId: id.contact,
        text: 'Hello',
        channel: 'DM',
      },
      '{ ok }',
    ),
  'Mutation.startMentorDiscovery': (id) => m('startMentorDiscovery', { seekerId: id.seeker }),
  'Mutation.addMentorContact': (id) =>
    m('addMentorContact', { seekerId: id.seeker, xAccountId: '1' }),
  'Mutation.moveMentorContact': (id) =>
    m('moveMentorContact', { contactId: id.contact, stage: 'DECLINED' }),
  'Mutation.recordMentorReply': (id) => m('recordMentorReply', { contactId: id.contact }),
  'Mutation.setMentorContactBlocked': (id) =>
    m('setMentorContactBlocked', { contactId: id.contact, blocked: true }),
  'Mutation.createOutreachDraft': (id) =>
    m('createOutreachDraft', { contactId: id.contact, text: 'Hi there', channel: 'DM' }),
  'Mutation.reviewOutreachDraft': (id) =>
    m('reviewOutreachDraft', { draftId: id.draft, approve: true }),
  'Mutation.markOutreachDraftSent': (id) => m('markOutreachDraftSent', { draftId: id.draft }),
  'Mutation.scheduleInformationalInterview': (id) =>
    m('scheduleInformationalInterview', {
      contactId: id.contact,
      startsAt: '2031-01-07T10:00',
      timeZone: 'UTC',
      mode: 'ONLINE',
    }),
  'Mutation.updateInformationalInterview': (id) =>
    m('updateInformationalInterview', { interviewId: id.interview, status: 'CANCELLED' }),
  'Mutation.completeSeekerTask': (id) => m('completeSeekerTask', { taskId: id.task }),
  'Query.organizationSuggestions': (id) =>
    q('organizationSuggestions', 'seekerId', 'ID!', id.seeker, '{ reasons }'),
  'Query.reminders': (id) => q('reminders', 'seekerId', 'ID!', id.seeker, '{ title }'),
  'Mutation.createSeekerCalendarFeed': (id) =>
    m('createSeekerCalendarFeed', { seekerId: id.seeker }),
  'Mutation.revokeSeekerCalendarFeed': (id) =>
    m('revokeSeekerCalendarFeed', { seekerId: id.seeker }),
  'Query.seekerCalendar': (id) => q('seekerCalendar', 'seekerId', 'ID!', id.seeker, ''),
  'Mutation.addOrgEvent': (id) =>
    m('addOrgEvent', {
      name: 'Walker event',
      kind: 'MEETUP',
      startsAt: '2031-01-07T10:00',
      endsAt: '2031-01-07T12:00',
      timeZone: 'UTC',
      online: true,
      hashtags: ['#walkerevent'],
      organizationId: id.organization,
    }),
  'Mutation.addHashtagChat': (id) =>
    m('addHashtagChat', {
      name: 'Walker chat two',
      hashtag: '#walkerchattwo',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      timeZone: 'UTC',
      startLocal: '2031-01-06T18:00',
      organizationId: id.organization,
    }),
  'Mutation.joinOrgActivity': (id) =>
    m('joinOrgActivity', { seekerId: id.seeker, chatId: id.chat }),
  'Query.jobMatches': (id) => q('jobMatches', 'seekerId', 'ID!', id.seeker, '{ nodes { id } }'),
  'Query.jobPreferences': (id) => q('jobPreferences', 'seekerId', 'ID!', id.seeker, '{ remote }'),
  'Query.jobApplications': (id) =>
    q('jobApplications', 'seekerId', 'ID!', id.seeker, '{ nodes { id } }'),
  'Query.jobFunnel': (id) => q('jobFunnel', 'seekerId', 'ID', id.seeker, '{ saved }'),
  'Query.jobApplicationsCsv': (id) => q('jobApplicationsCsv', 'seekerId', 'ID', id.seeker, ''),
  'Mutation.setJobPreferences': (id) =>
    m('setJobPreferences', { seekerId: id.seeker, skills: ['SQL'], remote: 'OPEN' }),
  'Mutation.pushJobPosting': (id) =>
    m('pushJobPosting', { postingId: MISSING_POSTING, seekerIds: [id.seeker] }),
  'Mutation.dismissJobMatch': (id) => m('dismissJobMatch', { matchId: id.match }),
  'Mutation.saveJob': (id) => m('saveJob', { seekerId: id.seeker, title: 'Walker role' }),
  'Mutation.moveJobApplication': (id) =>
    m('moveJobApplication', { applicationId: id.application, stage: 'APPLIED' }),
  'Mutation.updateJobApplication': (id) =>
    m('updateJobApplication', { applicationId: id.application, notes: 'walker' }),
  'Query.voicePillars': (id) => q('voicePillars', 'seekerId', 'ID!', id.seeker, '{ name }'),
  'Query.voiceProfile': (id) => q('voiceProfile', 'seekerId', 'ID!', id.seeker, '{ posts }'),
  'Query.voiceAudit': (id) => q('voiceAudit', 'seekerId', 'ID!', id.seeker, '{ postId }'),
  'Query.voiceDrafts': (id) => q('voiceDrafts', 'seekerId', 'ID!', id.seeker, '{ nodes { id } }'),
  'Query.voiceLinks': (id) => q('voiceLinks', 'seekerId', 'ID!', id.seeker, '{ url }'),
  'Query.postingSlots': (id) => q('postingSlots', 'seekerId', 'ID!', id.seeker, '{ timeZone }'),
  'Mutation.syncVoicePosts': (id) => m('syncVoicePosts', { seekerId: id.seeker }),
  'Mutation.setVoicePillars': (id) =>
    m('setVoicePillars', {
      seekerId: id.seeker,
      pillars: [
        { name: 'a', terms: ['a'] },
        { name: 'b', terms: ['b'] },
        { name: 'c', terms: ['c'] },
      ],
    }),
  'Mutation.decideAuditFinding': (id) =>
    m('decideAuditFinding', { seekerId: id.seeker, postId: '1', decision: 'KEEP' }),
  'Mutation.createVoiceDraft': (id) => m('createVoiceDraft', { seekerId: id.seeker, text: 'hi' }),
  'Mutation.editVoiceDraft': (id) => m('editVoiceDraft', { draftId: id.voiceDraft, text: 'x' }),
  'Mutation.submitVoiceDraft': (id) => m('submitVoiceDraft', { draftId: id.voiceDraft }),
  'Mutation.reviewVoiceDraft': (id) =>
    m('reviewVoiceDraft', { draftId: id.voiceDraft, approve: false }),
  'Mutation.commentVoiceDraft': (id) =>
    m('commentVoiceDraft', { draftId: id.voiceDraft, body: 'walker' }),
  'Mutation.scheduleVoiceDraft': (id) => m('scheduleVoiceDraft', { draftId: id.voiceDraft }),
  'Mutation.cancelVoiceDraft': (id) => m('cancelVoiceDraft', { draftId: id.voiceDraft }),
  'Mutation.setPostingSlots': (id) =>
    m('setPostingSlots', { seekerId: id.seeker, timeZone: 'UTC', times: ['09:00'], weekdays: [1] }),
  'Mutation.createEventFollowUps': (id) =>
    m('createEventFollowUps', { eventId: id.event, seekerId: id.seeker }),
};

function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => takesId(f.type, seen));
}

/** Which fixture ids an operation builder reads. */
function keysUsed(build: (id: Ids) => Op): (keyof Ids)[] {
  const used = new Set<keyof Ids>();
  build(new Proxy({} as Ids, { get: (_t, k) => (used.add(k as keyof Ids), 'x') }));
  return [...used];
}

let t: TestApp;
let a: { tenant: TestTenant; ids: Ids };
let b: { tenant: TestTenant; ids: Ids; apiKey: string };

async function fixtures(): Promise<{ tenant: TestTenant; ids: Ids; apiKey: string }> {
  const tenant = await newTenant(t);
  const coach = await memberToken(t, tenant, 'coach');
  const seeker = await newSeeker(t, tenant.ownerToken);
  const call = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.gql(query, variables, tenant.ownerToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  await call(`mutation($i: AssignCoachInput!) { assignCoach(input: $i) { __typename } }`, {
    i: { seekerId: seeker.id, staffMemberId: coach.staffId },
  });
  const note = await call(
    `mutation($i: AddCoachNoteInput!) { addCoachNote(input: $i) { note { id } } }`,
    {
      i: { seekerId: seeker.id, body: 'First session went well.' },
    },
  );
  const consent = await call(
    `mutation($i: RecordConsentInput!) { recordConsent(input: $i) { consent { id } } }`,
    {
      i: { seekerId: seeker.id, kind: 'LINK_X_HANDLE' },
    },
  );
  const inv = await call(
    `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { invitation { id } } }`,
    {
      i: { email: `invitee-${v7()}@x.test`, role: 'COACH' },
    },
  );
  const key = await call(
    `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id } token } }`,
    {
      i: { name: 'walker', scopes: ['ADMIN'] },
    },
  );
  const scimToken = await call(
    `mutation($i: CreateScimTokenInput!) { createScimToken(input: $i) { scimToken { id } } }`,
    { i: { name: 'walker' } },
  );
  const roster = await request(t.http)
    .post('/imports/roster?dryRun=true')
    .set('authorization', `Bearer ${tenant.ownerToken}`)
    .set('content-type', 'text/csv')
    .send(Buffer.from('external_id,email,name\nw-1,walker@uni.test,Walker\n'));
  await call(`mutation($i: RecordConsentInput!) { recordConsent(input: $i) { consent { id } } }`, {
    i: { seekerId: seeker.id, kind: 'READ_X_DATA' },
  });
  const upload = await request(t.http)
    .post('/imports/x-archive')
    .query({ seekerId: seeker.id })
    .set('authorization', `Bearer ${tenant.ownerToken}`)
    .set('content-type', 'application/zip')
    .send(await archiveZip());
  const watch = await call(
    `mutation($i: AddXWatchInput!) { addXWatch(input: $i) { watch { id } } }`,
    { i: { capability: 'TRENDS', kind: 'QUERY', target: '#walker', seekerId: seeker.id } },
  );
  const company = await call(
    `mutation($i: AddCompanyInput!) { addCompany(input: $i) { company { id } } }`,
    { i: { handle: 'acme' } },
  );
  const target = await call(
    `mutation($i: SetSeekerTargetInput!) { setSeekerTarget(input: $i) { target { id } } }`,
    { i: { seekerId: seeker.id, companyId: company.addCompany.company.id } },
  );
  const cohort = await call(
    `mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } } }`,
    { i: { name: 'Data cohort', field: 'data' } },
  );
  await call(
    `mutation($i: AddCohortMemberInput!) { addCohortMember(input: $i) { cohort { id } } }`,
    {
      i: { cohortId: cohort.createCohort.cohort.id, seekerId: seeker.id },
    },
  );
  const topic = await call(
    `mutation($i: AddTopicInput!) { addTopic(input: $i) { topic { id } } }`,
    { i: { kind: 'HASHTAG', value: 'walker', seekerId: seeker.id } },
  );
  const acmeId = await withClient(t.db.ownerUrl, async (c) =>
    String(
      (await c.query(`select id::text from x_accounts where lower(username) = 'acme'`)).rows[0].id,
    ),
  );
  const contact = await call(
    `mutation($i: AddMentorContactInput!) { addMentorContact(input: $i) { contact { id } } }`,
    { i: { seekerId: seeker.id, xAccountId: acmeId } },
  );
  const contactId = contact.addMentorContact.contact.id as string;
  const draft = await call(
    `mutation($i: CreateOutreachDraftInput!) { createOutreachDraft(input: $i) { draft { id } } }`,
    { i: { contactId, channel: 'DM', text: 'Thank you for your post on shipping!' } },
  );
  for (const stage of ['FIRST_CONTACT', 'INTERVIEW_PROPOSED']) {
    await call(
      `mutation($i: MoveMentorContactInput!) { moveMentorContact(input: $i) { contact { id } } }`,
      { i: { contactId, stage, replied: true } },
    );
  }
  const interview = await call(
    `mutation($i: ScheduleInformationalInterviewInput!) { scheduleInformationalInterview(input: $i) { interview { id } } }`,
    {
      i: { contactId, startsAt: '2031-01-07T10:00', timeZone: 'Europe/Paris', mode: 'ONLINE' },
    },
  );
  const tasks = await call(`query($s: ID!) { seekerTasks(seekerId: $s) { id } }`, {
    s: seeker.id,
  });
  const org = await call(
    `mutation($i: AddOrganizationInput!) { addOrganization(input: $i) { organization { id } } }`,
    { i: { name: 'Walker Guild', field: 'data', handles: [] } },
  );
  const event = await call(
    `mutation($i: AddOrgEventInput!) { addOrgEvent(input: $i) { event { id } } }`,
    {
      i: {
        name: 'Walker conf',
        kind: 'CONFERENCE',
        startsAt: '2031-01-07T09:00',
        endsAt: '2031-01-08T17:00',
        timeZone: 'America/Chicago',
        place: 'Chicago',
        hashtags: ['#walkerconf'],
      },
    },
  );
  const chat = await call(
    `mutation($i: AddHashtagChatInput!) { addHashtagChat(input: $i) { chat { id } } }`,
    {
      i: {
        name: 'Walker chat',
        hashtag: '#walkerchat',
        rrule: 'FREQ=WEEKLY;BYDAY=TU',
        timeZone: 'America/New_York',
        startLocal: '2031-01-07T20:00',
      },
    },
  );
  await call(`mutation($i: JoinOrgActivityInput!) { joinOrgActivity(input: $i) { __typename } }`, {
    i: { seekerId: seeker.id, chatId: chat.addHashtagChat.chat.id },
  });
  const postingId = await withClient(t.db.ownerUrl, async (c) => {
    const id = v7();
    await c.query(
      `insert into job_postings (id, dedupe_key, title, confidence, representative_post_id, first_seen_at, last_seen_at)
       values ($1, $2, 'Walker Engineer', 0.9, 1, now(), now())`,
      [id, `walker:${id}`],
    );
    return toGlobalId('JobPosting', id);
  });
  await call(`mutation($i: PushJobPostingInput!) { pushJobPosting(input: $i) { pushed } }`, {
    i: { postingId, seekerIds: [seeker.id] },
  });
  const match = await call(`query($s: ID!) { jobMatches(seekerId: $s) { nodes { id } } }`, {
    s: seeker.id,
  });
  const application = await call(
    `mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } } }`,
    { i: { seekerId: seeker.id, postingId } },
  );
  const voiceDraft = await call(
    `mutation($i: CreateVoiceDraftInput!) { createVoiceDraft(input: $i) { draft { id } } }`,
    { i: { seekerId: seeker.id, text: 'Learning SQL in public, week 3.' } },
  );
  // A public IP literal: saved without DNS; nothing is delivered (no worker runs here).
  const hook = await call(
    `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { webhookEndpoint { id } } }`,
    { i: { url: 'https://93.184.216.34/hooks/perch', events: ['WEBHOOK_TEST'] } },
  );
  const hookId = hook.createWebhookEndpoint.webhookEndpoint.id;
  const test = await call(
    `mutation($i: SendTestWebhookInput!) { sendTestWebhook(input: $i) { webhookDelivery { id } } }`,
    { i: { webhookEndpointId: hookId } },
  );
  const bulk = await call(
    `mutation($i: RunBulkExportInput!) { runBulkExport(input: $i) { bulkExport { id } } }`,
    { i: {} },
  );
  // Never contacted: discovery happens only when someone signs in.
  const sso = await call(
    `mutation($i: CreateSsoConnectionInput!) { createSsoConnection(input: $i) { ssoConnection { id } } }`,
    {
      i: {
        protocol: 'OIDC',
        name: 'walker',
        oidcIssuer: 'http://127.0.0.1:9/walker',
        oidcClientId: 'walker',
        jitRoles: ['SEEKER'],
        defaultRole: 'SEEKER',
      },
    },
  );
  // The import reads in the background; let it finish before the walker snapshots the rows.
  await Promise.all([...t.perch.app.get(XArchiveService).running.values()]);
  await t.perch.app.get(RosterImportService).runDue();
  return {
    tenant,
    apiKey: key.createApiKey.token,
    ids: {
      seeker: seeker.id,
      note: note.addCoachNote.note.id,
      consent: consent.recordConsent.consent.id,
      staff: coach.staffId,
      invitation: inv.inviteStaff.invitation.id,
      apiKey: key.createApiKey.apiKey.id,
      scimToken: scimToken.createScimToken.scimToken.id,
      rosterImport: roster.body.import.id,
      archiveImport: upload.body.import.id,
      watch: watch.addXWatch.watch.id,
      company: company.addCompany.company.id,
      target: target.setSeekerTarget.target.id,
      topic: topic.addTopic.topic.id,
      cohort: cohort.createCohort.cohort.id,
      contact: contactId,
      draft: draft.createOutreachDraft.draft.id,
      interview: interview.scheduleInformationalInterview.interview.id,
      task: tasks.seekerTasks[0].id,
      webhookEndpoint: hookId,
      webhookDelivery: test.sendTestWebhook.webhookDelivery.id,
      bulkExport: bulk.runBulkExport.bulkExport.id,
      ssoConnection: sso.createSsoConnection.ssoConnection.id,
      organization: org.addOrganization.organization.id,
      event: event.addOrgEvent.event.id,
      chat: chat.addHashtagChat.chat.id,
      application: application.saveJob.application.id,
      match: match.jobMatches.nodes[0].id,
      voiceDraft: voiceDraft.createVoiceDraft.draft.id,
    },
  };
}

async function snapshot(tenantId: string): Promise<Record<string, string>> {
  return withClient(t.db.ownerUrl, async (c) => {
    const out: Record<string, string> = {};
    for (const [table, cls] of Object.entries(TABLE_REGISTRY)) {
      if (cls !== 'tenant') continue;
      const { rows } = await c.query(
        `select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${table} x where tenant_id = $1`,
        [tenantId],
      );
      out[table] = rows[0].h;
    }
    return out;
  });
}

const randomIds = (): Ids =>
  Object.fromEntries(Object.entries(TYPES).map(([k, type]) => [k, toGlobalId(type, v7())])) as Ids;

beforeAll(async () => {
  // The simulator answers the X lookups that adding a company needs.
  t = await startTestApp({ X_SIMULATOR: 'auto' });
  a = await fixtures();
  b = await fixtures();
}, 120_000);
afterAll(() => t.close());

describe('isolation walker', () => {
  const idFields = () => {
    const schema = t.perch.app.get(GraphQLSchemaHost).schema;
    const roots = [schema.getQueryType(), schema.getMutationType()].filter(
      Boolean,
    ) as GraphQLObjectType[];
    return roots.flatMap((root) =>
      Object.values(root.getFields())
        .filter((f) => f.args.some((arg: GraphQLArgument) => takesId(arg.type)))
        .map((f) => `${root.name}.${f.name}`),
    );
  };

  it('has a fixture for every field that takes an id', () => {
    const missing = idFields().filter((f) => !FIXTURES[f]);
    expect(missing).toEqual([]);
  });

  it("answers tenant B with NOT_FOUND for every one of tenant A's objects, like a random id, changing nothing", async () => {
    const before = await snapshot(a.tenant.tenantId);
    const failures: string[] = [];
    for (const field of idFields()) {
      const build = FIXTURES[field];
      const keys = keysUsed(build);
      // All of A's ids, then (for several ids) B's own objects with one of A's mixed in.
      const variants: { label: string; foreign: Ids; random: Ids }[] = [
        { label: 'all foreign', foreign: a.ids, random: randomIds() },
      ];
      if (keys.length > 1) {
        for (const k of keys) {
          const r = randomIds();
          variants.push({
            label: `foreign ${k}`,
            foreign: { ...b.ids, [k]: a.ids[k] },
            random: { ...b.ids, [k]: r[k] },
          });
        }
      }
      for (const credential of [b.tenant.ownerToken, b.apiKey]) {
        for (const v of variants) {
          const foreign = await t.gql(
            build(v.foreign).query,
            build(v.foreign).variables,
            credential,
          );
          const random = await t.gql(build(v.random).query, build(v.random).variables, credential);
          const strip = (r: typeof foreign) =>
            JSON.stringify(
              (r.errors ?? []).map((e) => ({
                message: e.message,
                code: e.extensions.code,
                path: e.path,
              })),
            );
          if (field === 'Query.nodes') {
            // nodes() answers null per unseen id, exactly as for a random one.
            if (JSON.stringify(foreign.data) !== JSON.stringify(random.data) || foreign.errors) {
              failures.push(`${field} (${v.label}): ${JSON.stringify(foreign.body)}`);
            }
            continue;
          }
          if (foreign.errors?.[0]?.extensions.code !== 'NOT_FOUND' || foreign.data !== null) {
            failures.push(`${field} (${v.label}): ${JSON.stringify(foreign.body)}`);
          } else if (strip(foreign) !== strip(random)) {
            failures.push(
              `${field} (${v.label}) differs from a random id: ${strip(foreign)} vs ${strip(random)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot(a.tenant.tenantId)).toEqual(before);
  });

  it('lets the owner reach the same objects (the fixtures are real)', async () => {
    const res = await t.gql(
      `query($id: ID!) { seeker(id: $id) { id } }`,
      { id: a.ids.seeker },
      a.tenant.ownerToken,
    );
    expect(res.data.seeker.id).toBe(a.ids.seeker);
    const nodes = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [a.ids.seeker, a.ids.note, a.ids.consent, a.ids.staff] },
      a.tenant.ownerToken,
    );
    expect(nodes.data.nodes.map((n: { id: string }) => n.id)).toEqual([
      a.ids.seeker,
      a.ids.note,
      a.ids.consent,
      a.ids.staff,
    ]);
  });
});
