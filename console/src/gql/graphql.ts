/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  /** Your name, for a new account. */
  name: Scalars['String']['input'];
  /** A new password (12–128 characters), or your existing one if you already have an account. */
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AccountDecision =
  | 'CONFIRM'
  | 'REJECT';

/** Why discovery thinks an account speaks for the company. */
export type AccountEvidence = {
  __typename?: 'AccountEvidence';
  detail: Scalars['String']['output'];
  /** bio, list, interaction or handle. */
  kind: Scalars['String']['output'];
};

export type ActivateSeekerInput = {
  seekerId: Scalars['ID']['input'];
};

export type ActivateSeekerPayload = {
  __typename?: 'ActivateSeekerPayload';
  seeker?: Maybe<Seeker>;
  userErrors: Array<UserError>;
};

export type AddCoachNoteInput = {
  /** 1 to 10000 characters; staff only, never shown to the seeker. */
  body: Scalars['String']['input'];
  seekerId: Scalars['ID']['input'];
};

export type AddCoachNotePayload = {
  __typename?: 'AddCoachNotePayload';
  note?: Maybe<CoachNote>;
  userErrors: Array<UserError>;
};

export type AddCohortCheckInInput = {
  cohortId: Scalars['ID']['input'];
  goal: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  seekerId: Scalars['ID']['input'];
  status: CheckInStatus;
  /** Any day of the week (default: this week). */
  week?: InputMaybe<Scalars['String']['input']>;
};

export type AddCohortMemberInput = {
  cohortId: Scalars['ID']['input'];
  seekerId: Scalars['ID']['input'];
};

export type AddCompanyInput = {
  domain?: InputMaybe<Scalars['String']['input']>;
  /** The company's brand account on X, with or without @. */
  handle: Scalars['String']['input'];
  /** Defaults to the account's display name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type AddCompanyPayload = {
  __typename?: 'AddCompanyPayload';
  company?: Maybe<Company>;
  userErrors: Array<UserError>;
};

export type AddHashtagChatInput = {
  durationMinutes?: Scalars['Int']['input'];
  hashtag: Scalars['String']['input'];
  hostUsername?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=TU". */
  rrule: Scalars['String']['input'];
  /** First start as wall time in timeZone: YYYY-MM-DDTHH:mm. */
  startLocal: Scalars['String']['input'];
  /** IANA time zone, e.g. America/New_York. */
  timeZone: Scalars['String']['input'];
};

export type AddMentorContactInput = {
  contactType?: ContactType;
  seekerId: Scalars['ID']['input'];
  xAccountId: Scalars['String']['input'];
};

export type AddOrgEventInput = {
  /** Wall time in timeZone: YYYY-MM-DDTHH:mm. */
  endsAt: Scalars['String']['input'];
  /** Hashtags to capture, e.g. ["#DataConf2026"]. */
  hashtags: Array<Scalars['String']['input']>;
  kind: OrgEventKind;
  name: Scalars['String']['input'];
  online?: Scalars['Boolean']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** Speakers’ X handles. */
  speakers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Wall time in timeZone: YYYY-MM-DDTHH:mm. */
  startsAt: Scalars['String']['input'];
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AddOrganizationInput = {
  field?: InputMaybe<Scalars['String']['input']>;
  /** Its X handles. */
  handles: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  site?: InputMaybe<Scalars['String']['input']>;
};

export type AddTopicInput = {
  /** The cohort it is for: every member’s briefing. */
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  kind: TopicKind;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The seeker it is for; with neither seekerId nor cohortId: the whole organization. */
  seekerId?: InputMaybe<Scalars['ID']['input']>;
  /** The keyword, hashtag, X query (up to 512 characters) or list id. */
  value: Scalars['String']['input'];
};

export type AddTopicPayload = {
  __typename?: 'AddTopicPayload';
  topic?: Maybe<Topic>;
  userErrors: Array<UserError>;
};

export type AddXWatchInput = {
  /** How often to look for new posts, 1 to 1440 minutes (default 15). A source shared with other watches is polled at the tightest cadence any of them asks for. */
  cadenceMinutes?: InputMaybe<Scalars['Int']['input']>;
  capability: XCapability;
  kind: XWatchKind;
  /** A name for people, e.g. "Acme engineers". */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The seeker this watch is for; none: the whole organization. */
  seekerId?: InputMaybe<Scalars['ID']['input']>;
  /** TIMELINE: an X handle (with or without @). QUERY: an X recent-search query (up to 512 characters). LIST: an X list id. */
  target: Scalars['String']['input'];
};

export type AddXWatchPayload = {
  __typename?: 'AddXWatchPayload';
  userErrors: Array<UserError>;
  watch?: Maybe<XWatch>;
};

export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** The mentor's post it draws on. */
  postId?: Maybe<Scalars['String']['output']>;
  question: Scalars['String']['output'];
};

export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  nodes: Array<ApiKey>;
  pageInfo: PageInfo;
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

/** admin includes write, write includes read. */
export type ApiScope =
  | 'ADMIN'
  | 'READ'
  | 'WRITE';

export type ApplicationEvent = {
  __typename?: 'ApplicationEvent';
  at: Scalars['DateTime']['output'];
  fromStage?: Maybe<ApplicationStage>;
  note?: Maybe<Scalars['String']['output']>;
  toStage: ApplicationStage;
};

/** saved → applied → interviewing → offer → accepted, or rejected / withdrawn. */
export type ApplicationStage =
  | 'ACCEPTED'
  | 'APPLIED'
  | 'INTERVIEWING'
  | 'OFFER'
  | 'REJECTED'
  | 'SAVED'
  | 'WITHDRAWN';

export type ArchiveImportStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'PROCESSING';

export type ArchiveParticipant = {
  __typename?: 'ArchiveParticipant';
  firstAt: Scalars['DateTime']['output'];
  isHost: Scalars['Boolean']['output'];
  isSpeaker: Scalars['Boolean']['output'];
  posts: Scalars['Int']['output'];
  replies: Scalars['Int']['output'];
  username: Scalars['String']['output'];
  xAccountId: Scalars['String']['output'];
};

export type ArchivePost = {
  __typename?: 'ArchivePost';
  createdAt: Scalars['DateTime']['output'];
  inReplyToPostId?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  url: Scalars['String']['output'];
  username: Scalars['String']['output'];
  xId: Scalars['String']['output'];
};

export type ArchiveSeekerInput = {
  seekerId: Scalars['ID']['input'];
};

export type ArchiveSeekerPayload = {
  __typename?: 'ArchiveSeekerPayload';
  seeker?: Maybe<Seeker>;
  userErrors: Array<UserError>;
};

export type ArchiveThread = {
  __typename?: 'ArchiveThread';
  depth: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
  postIds: Array<Scalars['String']['output']>;
  rootId: Scalars['String']['output'];
};

export type ArchiveTopPost = {
  __typename?: 'ArchiveTopPost';
  /** The post itself. */
  post: ArchivePost;
  /** likes + 2×reposts + 2×quotes + replies */
  score: Scalars['Float']['output'];
  xId: Scalars['String']['output'];
};

export type AssignCoachInput = {
  seekerId: Scalars['ID']['input'];
  /** A staff member whose role is owner, admin or coach. */
  staffMemberId: Scalars['ID']['input'];
};

export type AssignCoachPayload = {
  __typename?: 'AssignCoachPayload';
  seeker?: Maybe<Seeker>;
  userErrors: Array<UserError>;
};

export type AtRisk = {
  __typename?: 'AtRisk';
  /** What a coach would say about it. */
  detail: Scalars['String']['output'];
  reason: AtRiskReason;
};

/** QUIET: no activity in any capability for two weeks. STALLED_PIPELINE: open applications unchanged for three weeks. CONSENT_MISSING: an active seeker who has not let Perch read their X data. */
export type AtRiskReason =
  | 'CONSENT_MISSING'
  | 'QUIET'
  | 'STALLED_PIPELINE';

export type AuditDecision =
  | 'DELETE'
  | 'KEEP';

export type AuditDecisionPayload = {
  __typename?: 'AuditDecisionPayload';
  error?: Maybe<Scalars['String']['output']>;
  /** kept, deleted or failed */
  status?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** One audited act. People are named by id only, so a record outlives the erasure of whoever it names without revealing them. */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** What was done, e.g. `Mutation.moveJobApplication` or `Query.voiceAudit`. */
  action: Scalars['String']['output'];
  /** The staff member (StaffMember id) or API key (ApiKey id) who acted; null for Perch itself. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** user, apiKey, system, scim or sso. */
  actorKind: Scalars['String']['output'];
  /** The actor’s role at the time. */
  actorRole?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  kind: AuditKind;
  /** `ok`, or the error code it ended with (FORBIDDEN, NOT_FOUND, …). */
  outcome: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  /** The seeker it was about (a Seeker id, kept after the seeker is erased). */
  seekerId?: Maybe<Scalars['ID']['output']>;
  /** Global ids named in the call’s arguments. */
  targets: Array<Scalars['String']['output']>;
  /** session, apiKey, system, scim, sso or http. */
  via: Scalars['String']['output'];
  /** Which sign-in session or key carried the call (opaque). */
  viaId?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** An old post worth a second look, and why. */
export type AuditFinding = {
  __typename?: 'AuditFinding';
  /** keep or delete, once decided */
  decision?: Maybe<Scalars['String']['output']>;
  decisionError?: Maybe<Scalars['String']['output']>;
  /** kept, deleted or failed */
  decisionStatus?: Maybe<Scalars['String']['output']>;
  detail: Scalars['String']['output'];
  postId: Scalars['String']['output'];
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  /** profanity, hostility, personal_data, broken_link or off_pillar */
  reason: Scalars['String']['output'];
  severity: Scalars['String']['output'];
  text?: Maybe<Scalars['String']['output']>;
};

/** MUTATION: a change through GraphQL. READ: a read of one seeker’s data. HTTP: a call outside GraphQL (SCIM, SSO, downloads, webhooks settings). */
export type AuditKind =
  | 'HTTP'
  | 'MUTATION'
  | 'READ';

export type BriefPerson = {
  __typename?: 'BriefPerson';
  bio?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Their posts in the last 14 days. */
  recentPosts: Scalars['Int']['output'];
  url: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

export type BriefPoint = {
  __typename?: 'BriefPoint';
  point: Scalars['String']['output'];
  posts: Array<DossierPost>;
};

/** An asynchronous export of the tenant as gzipped JSONL. Poll it (or subscribe to `bulk_export.completed`), then download `url` before `expiresAt` (7 days). */
export type BulkExport = Node & {
  __typename?: 'BulkExport';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  errorMessage?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  fileBytes?: Maybe<Scalars['Int']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  include: Array<BulkExportPart>;
  /** Lines written (when completed). */
  objectCount: Scalars['Int']['output'];
  /** SHA-256 of the gzip file, hex. */
  sha256?: Maybe<Scalars['String']['output']>;
  status: BulkExportStatus;
  /** Signed download address (gzip of JSONL); null until completed and after expiry. */
  url?: Maybe<Scalars['String']['output']>;
};

export type BulkExportConnection = {
  __typename?: 'BulkExportConnection';
  edges: Array<BulkExportEdge>;
  nodes: Array<BulkExport>;
  pageInfo: PageInfo;
};

export type BulkExportEdge = {
  __typename?: 'BulkExportEdge';
  cursor: Scalars['String']['output'];
  node: BulkExport;
};

/** SEEKERS: one `Seeker` line each. PIPELINES: `JobApplication` lines (with their stage history), `__parentId` = the seeker. OUTCOMES: one `SeekerOutcome` line per seeker, `__parentId` = the seeker. */
export type BulkExportPart =
  | 'OUTCOMES'
  | 'PIPELINES'
  | 'SEEKERS';

export type BulkExportStatus =
  | 'COMPLETED'
  | 'CREATED'
  | 'FAILED'
  | 'RUNNING';

export type CancelVoiceDraftInput = {
  draftId: Scalars['ID']['input'];
};

export type CareerStage =
  | 'CAREER_CHANGE'
  | 'EARLY_CAREER'
  | 'EXPLORING'
  | 'MID_CAREER'
  | 'RETURNING'
  | 'SENIOR'
  | 'STUDENT';

/** One seeker of the caller’s caseload with progress across the seven capabilities. */
export type CaseloadEntry = {
  __typename?: 'CaseloadEntry';
  atRisk: Array<AtRisk>;
  /** peers: cohort check-ins in the last 30 days. */
  checkIns30d: Scalars['Int']['output'];
  /** research: target companies with a dossier. */
  companiesResearched: Scalars['Int']['output'];
  /** research: target companies. */
  companiesTargeted: Scalars['Int']['output'];
  consents: Array<ConsentKind>;
  /** orgs: events and chats joined. */
  eventsJoined: Scalars['Int']['output'];
  /** Latest activity in any capability. */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  /** jobs: openings matched in the last 7 days and not dismissed (new matches). */
  newJobMatches: Scalars['Int']['output'];
  /** jobs: applications still open. */
  openApplications: Scalars['Int']['output'];
  /** mentorship: pipeline moves in the last 30 days. */
  outreachMoves30d: Scalars['Int']['output'];
  pipelineChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** jobs: the furthest stage among open applications. */
  pipelineStage?: Maybe<ApplicationStage>;
  seeker: Seeker;
  /** voice: the latest month’s consistency. */
  voiceScore?: Maybe<Scalars['Int']['output']>;
  /** voice: the last six months. */
  voiceTrend: Array<VoiceTrendPoint>;
  xConnected: Scalars['Boolean']['output'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** True when the password was changed. */
  ok?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type ChangeStaffRoleInput = {
  /** owner, admin, coach or viewer. */
  role: Role;
  staffMemberId: Scalars['ID']['input'];
};

export type ChatArchive = {
  __typename?: 'ChatArchive';
  archive: HashtagArchive;
  occurrence: ChatOccurrence;
};

export type ChatOccurrence = {
  __typename?: 'ChatOccurrence';
  end: Scalars['DateTime']['output'];
  /** Wall time in the chat’s time zone. */
  localStart: Scalars['String']['output'];
  start: Scalars['DateTime']['output'];
};

export type ChatParticipation = {
  __typename?: 'ChatParticipation';
  occurrence: ChatOccurrence;
  posts: Scalars['Int']['output'];
  tookPart: Scalars['Boolean']['output'];
};

export type CheckInStatus =
  | 'BLOCKED'
  | 'DONE'
  | 'MISSED'
  | 'ON_TRACK';

export type CheckOutreachDraftInput = {
  channel: OutreachChannel;
  contactId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type CoachNote = Node & {
  __typename?: 'CoachNote';
  /** Who wrote it; null if written through an API key or by a removed member. */
  author?: Maybe<StaffMember>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
};

export type CoachNoteConnection = {
  __typename?: 'CoachNoteConnection';
  edges: Array<CoachNoteEdge>;
  nodes: Array<CoachNote>;
  pageInfo: PageInfo;
};

export type CoachNoteEdge = {
  __typename?: 'CoachNoteEdge';
  cursor: Scalars['String']['output'];
  node: CoachNote;
};

export type CoachSeatUsage = {
  __typename?: 'CoachSeatUsage';
  /** Active seekers assigned to this coach. */
  activeSeekers: Scalars['Int']['output'];
  coach: StaffMember;
};

export type CoachSeats = {
  __typename?: 'CoachSeats';
  /** Of those, holding a seat now. */
  activeNow: Scalars['Int']['output'];
  /** The coach (StaffMember id); null: no coach. */
  coachId?: Maybe<Scalars['ID']['output']>;
  coachName?: Maybe<Scalars['String']['output']>;
  /** Seekers who held a seat during the term. */
  seekers: Scalars['Int']['output'];
};

/** Seekers at the same stage, in the same field, learning together. */
export type Cohort = Node & {
  __typename?: 'Cohort';
  /** Newest first. */
  activity: Array<CohortActivity>;
  /** Newest week first. */
  checkIns: Array<CohortCheckIn>;
  createdAt: Scalars['DateTime']['output'];
  field?: Maybe<Scalars['String']['output']>;
  /** The cohort’s hashtag, without #. */
  hashtag?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** The links board, most shared first. */
  links: Array<CohortLink>;
  /** Members you may see (staff). */
  members: Array<Seeker>;
  name: Scalars['String']['output'];
  /** Members as peers see them: only those who agreed to peer matching. */
  peers: Array<CohortPeer>;
  stage?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  termEnd?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  termStart?: Maybe<Scalars['String']['output']>;
  xList: CohortXList;
};


/** Seekers at the same stage, in the same field, learning together. */
export type CohortActivityArgs = {
  first?: Scalars['Int']['input'];
};


/** Seekers at the same stage, in the same field, learning together. */
export type CohortCheckInsArgs = {
  week?: InputMaybe<Scalars['String']['input']>;
};

export type CohortActivity = {
  __typename?: 'CohortActivity';
  at: Scalars['DateTime']['output'];
  detail: Scalars['String']['output'];
  /** joined, check_in or link */
  kind: Scalars['String']['output'];
  seekerId?: Maybe<Scalars['ID']['output']>;
};

/** A member’s goal for a week and how it went. */
export type CohortCheckIn = {
  __typename?: 'CohortCheckIn';
  createdAt: Scalars['DateTime']['output'];
  goal: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  seekerId: Scalars['ID']['output'];
  status: CheckInStatus;
  /** The Monday of the week, YYYY-MM-DD. */
  week: Scalars['String']['output'];
};

export type CohortCheckInPayload = {
  __typename?: 'CohortCheckInPayload';
  checkIn?: Maybe<CohortCheckIn>;
  userErrors: Array<UserError>;
};

export type CohortConnection = {
  __typename?: 'CohortConnection';
  edges: Array<CohortEdge>;
  nodes: Array<Cohort>;
  pageInfo: PageInfo;
};

export type CohortEdge = {
  __typename?: 'CohortEdge';
  cursor: Scalars['String']['output'];
  node: Cohort;
};

/** A page members shared, counted once per page. */
export type CohortLink = {
  __typename?: 'CohortLink';
  /** Without tracking parameters. */
  canonicalUrl: Scalars['String']['output'];
  lastAt: Scalars['DateTime']['output'];
  sharerIds: Array<Scalars['ID']['output']>;
  shares: Scalars['Int']['output'];
  title?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type CohortLinkPayload = {
  __typename?: 'CohortLinkPayload';
  link?: Maybe<CohortLink>;
  userErrors: Array<UserError>;
};

export type CohortPayload = {
  __typename?: 'CohortPayload';
  cohort?: Maybe<Cohort>;
  userErrors: Array<UserError>;
};

/** A member as other members see them (only members who agreed to peer matching). */
export type CohortPeer = {
  __typename?: 'CohortPeer';
  city?: Maybe<Scalars['String']['output']>;
  field?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  seekerId: Scalars['ID']['output'];
  stage: Scalars['String']['output'];
  xHandle?: Maybe<Scalars['String']['output']>;
};

/** A group the clustering found, with why. */
export type CohortSuggestion = {
  __typename?: 'CohortSuggestion';
  field?: Maybe<Scalars['String']['output']>;
  members: Array<Seeker>;
  place?: Maybe<Scalars['String']['output']>;
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  stage: Scalars['String']['output'];
  suggestedHashtag: Scalars['String']['output'];
  suggestedName: Scalars['String']['output'];
};

/** A shared X list to create for the cohort (Perch does not create lists): its name and the members’ handles. */
export type CohortXList = {
  __typename?: 'CohortXList';
  description: Scalars['String']['output'];
  hashtag?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  usernames: Array<Scalars['String']['output']>;
};

export type CommentVoiceDraftInput = {
  body: Scalars['String']['input'];
  draftId: Scalars['ID']['input'];
};

/** A company the organization tracks. */
export type Company = Node & {
  __typename?: 'Company';
  /** Accounts that speak for the company: the brand, and what discovery found. */
  accounts: Array<CompanyAccount>;
  /** The brand account, without the @. */
  brandUsername: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  domain?: Maybe<Scalars['String']['output']>;
  /** The culture dossier; every claim links to posts. */
  dossier: CompanyDossier;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CompanyAccount = {
  __typename?: 'CompanyAccount';
  evidence: Array<AccountEvidence>;
  /** Whether Perch reads its posts (confirmed accounts are followed). */
  followed: Scalars['Boolean']['output'];
  kind: CompanyAccountKind;
  name?: Maybe<Scalars['String']['output']>;
  status: CompanyAccountStatus;
  url: Scalars['String']['output'];
  username: Scalars['String']['output'];
  /** X's id of the account. */
  xId: Scalars['String']['output'];
};

export type CompanyAccountKind =
  | 'BRAND'
  | 'CAREERS'
  | 'EMPLOYEE'
  | 'EXECUTIVE';

/** SUGGESTED by discovery (see evidence) until a coach CONFIRMS or REJECTS it. */
export type CompanyAccountStatus =
  | 'CONFIRMED'
  | 'REJECTED'
  | 'SUGGESTED';

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  nodes: Array<Company>;
  pageInfo: PageInfo;
};

/** What a company and its people post about, from their last 30 days on X. */
export type CompanyDossier = {
  __typename?: 'CompanyDossier';
  brandPosts: Scalars['Int']['output'];
  cadence: DossierCadence;
  changes: DossierChanges;
  computedAt: Scalars['DateTime']['output'];
  employeePosts: Scalars['Int']['output'];
  /** Why the dossier is empty, when it is. */
  emptyReason?: Maybe<Scalars['String']['output']>;
  hiring: DossierHiring;
  posts: Scalars['Int']['output'];
  themes: Array<DossierTheme>;
  tone: DossierToneSplit;
  values: Array<DossierValue>;
  voices: DossierVoices;
  windowFrom: Scalars['DateTime']['output'];
  windowTo: Scalars['DateTime']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

export type CompleteSeekerTaskInput = {
  taskId: Scalars['ID']['input'];
};

export type Consent = Node & {
  __typename?: 'Consent';
  /** True while the grant stands (not revoked). */
  active: Scalars['Boolean']['output'];
  grantedAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  kind: ConsentKind;
  revokeSource?: Maybe<ConsentSource>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What exactly was agreed, if narrower. */
  scope?: Maybe<Scalars['String']['output']>;
  source: ConsentSource;
};

export type ConsentKind =
  /** Coaches may see what the seeker shares with Perch. */
  | 'COACH_VISIBILITY'
  /** Perch may link this seeker to an X handle. */
  | 'LINK_X_HANDLE'
  /** The seeker may be suggested for cohorts and shown to cohort peers (name, stage, field, city). */
  | 'PEER_MATCHING'
  /** Perch may post drafts the seeker approved. */
  | 'POST_APPROVED_DRAFTS'
  /** Perch may read the seeker's X data with their token. */
  | 'READ_X_DATA';

/** Who recorded a grant or a revocation. */
export type ConsentSource =
  | 'COACH_ON_BEHALF'
  | 'ROSTER_IMPORT'
  | 'SEEKER'
  | 'SSO';

export type ContactType =
  | 'HIRING_MANAGER'
  | 'MENTOR'
  | 'PEER'
  | 'RECRUITER';

export type CreateApiKeyInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  /** The key itself, shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateCohortInput = {
  field?: InputMaybe<Scalars['String']['input']>;
  /** e.g. "#AustinDataCohort" (no spaces). */
  hashtag?: InputMaybe<Scalars['String']['input']>;
  /** First members, e.g. a suggestion’s. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
  stage?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  termEnd?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  termStart?: InputMaybe<Scalars['String']['input']>;
};

export type CreateEventFollowUpsInput = {
  eventId: Scalars['ID']['input'];
  seekerId: Scalars['ID']['input'];
};

export type CreateEventFollowUpsPayload = {
  __typename?: 'CreateEventFollowUpsPayload';
  /** New tasks (existing ones are kept). */
  created?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type CreateOutreachDraftInput = {
  channel: OutreachChannel;
  contactId: Scalars['ID']['input'];
  /** For a reply: the post it answers (else the one the check found). */
  replyToPostId?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type CreateScimTokenInput = {
  name: Scalars['String']['input'];
};

export type CreateScimTokenPayload = {
  __typename?: 'CreateScimTokenPayload';
  scimToken?: Maybe<ScimToken>;
  /** The token itself, shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateSeekerCalendarFeedInput = {
  seekerId: Scalars['ID']['input'];
};

export type CreateSeekerCalendarFeedPayload = {
  __typename?: 'CreateSeekerCalendarFeedPayload';
  /** The secret address to subscribe to in a calendar app (shown once). An earlier address stops working. */
  url?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateSeekerInput = {
  careerStage?: InputMaybe<CareerStage>;
  /** Unique within the workspace; stored in lowercase. */
  email: Scalars['String']['input'];
  /** One line about the seeker; null clears it. */
  headline?: InputMaybe<Scalars['String']['input']>;
  /** Industries of interest, at most 20, each 1 to 100 characters. */
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Places the seeker would work, at most 20, each 1 to 100 characters. */
  locations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Roles sought, at most 20, each 1 to 100 characters. */
  targetRoles?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateSeekerPayload = {
  __typename?: 'CreateSeekerPayload';
  seeker?: Maybe<Seeker>;
  userErrors: Array<UserError>;
};

export type CreateSsoConnectionInput = {
  /** Role when no mapping matches: COACH, VIEWER or SEEKER. */
  defaultRole?: InputMaybe<Scalars['String']['input']>;
  /** Attribute or claim holding the email (default: email, mail). */
  emailAttribute?: InputMaybe<Scalars['String']['input']>;
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Roles a first sign-in may create (COACH, VIEWER, SEEKER); empty: invitations only. */
  jitRoles: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Attribute or claim holding the display name. */
  nameAttribute?: InputMaybe<Scalars['String']['input']>;
  oidcClientId?: InputMaybe<Scalars['String']['input']>;
  /** OIDC: stored encrypted; never shown again. */
  oidcClientSecret?: InputMaybe<Scalars['String']['input']>;
  /** OIDC: the issuer URL (discovery is read from it). */
  oidcIssuer?: InputMaybe<Scalars['String']['input']>;
  /** SAML or OIDC. */
  protocol: Scalars['String']['input'];
  /** Refuse password sign-in to staff other than owners (owners keep a break-glass password). */
  requireSsoForStaff?: InputMaybe<Scalars['Boolean']['input']>;
  /** Attribute or claim whose values choose the role. */
  roleAttribute?: InputMaybe<Scalars['String']['input']>;
  roleMappings?: InputMaybe<Array<SsoRoleMappingInput>>;
  /** SAML: the IdP’s signing certificates in PEM (two during a rollover). */
  samlIdpCertificates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SAML: the IdP’s entity id (its Issuer). */
  samlIdpEntityId?: InputMaybe<Scalars['String']['input']>;
  /** SAML: the IdP’s single sign-on URL (HTTP-Redirect). */
  samlSsoUrl?: InputMaybe<Scalars['String']['input']>;
};

export type CreateVoiceDraftInput = {
  seekerId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  events: Array<WebhookEventType>;
  /** https in production; private and loopback addresses are refused. */
  url: Scalars['String']['input'];
};

export type CreateXConnectLinkInput = {
  seekerId: Scalars['ID']['input'];
};

export type CreateXConnectLinkPayload = {
  __typename?: 'CreateXConnectLinkPayload';
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Send the seeker here to approve at X. */
  url?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** What broke today in a seeker's fields: what to mention in an interview. */
export type DailyBriefing = {
  __typename?: 'DailyBriefing';
  day: Scalars['String']['output'];
  /** Why there is nothing, when there is nothing. */
  emptyReason?: Maybe<Scalars['String']['output']>;
  items: Array<TrendBurst>;
  /** Topics looked at (the seeker’s and the organization’s). */
  topics: Scalars['Int']['output'];
};

export type DeactivateStaffMemberInput = {
  staffMemberId: Scalars['ID']['input'];
};

export type DecideAuditFindingInput = {
  decision: AuditDecision;
  postId: Scalars['String']['input'];
  seekerId: Scalars['ID']['input'];
};

export type DeleteOrganizationInput = {
  /** The organization’s slug, typed again: deletion cannot be undone. */
  confirmSlug: Scalars['String']['input'];
};

export type DeleteOrganizationPayload = {
  __typename?: 'DeleteOrganizationPayload';
  /** True once the organization and everything in it are gone (null when refused). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type DeleteSsoConnectionInput = {
  ssoConnectionId: Scalars['ID']['input'];
};

export type DeleteSsoConnectionPayload = {
  __typename?: 'DeleteSsoConnectionPayload';
  deletedSsoConnectionId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DeleteWebhookEndpointInput = {
  webhookEndpointId: Scalars['ID']['input'];
};

export type DeleteWebhookEndpointPayload = {
  __typename?: 'DeleteWebhookEndpointPayload';
  deletedWebhookEndpointId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DisconnectXInput = {
  seekerId: Scalars['ID']['input'];
};

export type DisconnectXPayload = {
  __typename?: 'DisconnectXPayload';
  seeker?: Maybe<Seeker>;
  userErrors: Array<UserError>;
};

export type DiscoverCompanyAccountsInput = {
  companyId: Scalars['ID']['input'];
};

export type DiscoverCompanyAccountsPayload = {
  __typename?: 'DiscoverCompanyAccountsPayload';
  accounts?: Maybe<Array<CompanyAccount>>;
  company?: Maybe<Company>;
  userErrors: Array<UserError>;
};

export type DismissJobMatchInput = {
  matchId: Scalars['ID']['input'];
};

export type DossierCadence = {
  __typename?: 'DossierCadence';
  activeEmployees: Scalars['Int']['output'];
  brandPostsPerWeek: Scalars['Float']['output'];
  employeePostsPerWeek: Scalars['Float']['output'];
  lastPostAt?: Maybe<Scalars['DateTime']['output']>;
};

export type DossierChange = {
  __typename?: 'DossierChange';
  /** Posts that support it. */
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  posts: Array<DossierPost>;
  /** Posts the week before. */
  previous: Scalars['Int']['output'];
};

/** This week against the week before. */
export type DossierChanges = {
  __typename?: 'DossierChanges';
  falling: Array<DossierChange>;
  newThemes: Array<DossierClaim>;
  rising: Array<DossierChange>;
};

/** Something the dossier says, with the posts behind it. */
export type DossierClaim = {
  __typename?: 'DossierClaim';
  /** Posts that support it. */
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  posts: Array<DossierPost>;
};

/** Roles, teams and places named in hiring posts. */
export type DossierHiring = {
  __typename?: 'DossierHiring';
  locations: Array<DossierClaim>;
  posts: Scalars['Int']['output'];
  roles: Array<DossierClaim>;
  teams: Array<DossierClaim>;
  /** remote, hybrid or onsite. */
  workplace: Array<DossierClaim>;
};

/** A post behind a claim. */
export type DossierPost = {
  __typename?: 'DossierPost';
  author?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
  url: Scalars['String']['output'];
  /** X's id of the post. */
  xId: Scalars['ID']['output'];
};

export type DossierTheme = {
  __typename?: 'DossierTheme';
  /** Posts that support it. */
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  posts: Array<DossierPost>;
  /** How much more the company uses it than the background corpus. */
  score: Scalars['Float']['output'];
  /** The term (a word, or a #hashtag). */
  term: Scalars['String']['output'];
};

export type DossierTone = {
  __typename?: 'DossierTone';
  /** 0 (casual) to 1 (formal). */
  formality: Scalars['Float']['output'];
  posts: Scalars['Int']['output'];
  /** -1 (negative) to 1 (positive). */
  sentiment: Scalars['Float']['output'];
};

export type DossierToneSplit = {
  __typename?: 'DossierToneSplit';
  brand: DossierTone;
  employees: DossierTone;
};

export type DossierValue = {
  __typename?: 'DossierValue';
  /** Posts that support it. */
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  posts: Array<DossierPost>;
  /** Share of the company’s posts that speak of it. */
  share: Scalars['Float']['output'];
};

/** What the brand talks about beside what its people do. */
export type DossierVoices = {
  __typename?: 'DossierVoices';
  brand: Array<Scalars['String']['output']>;
  employees: Array<Scalars['String']['output']>;
};

export type DraftCheck = {
  __typename?: 'DraftCheck';
  findings: Array<DraftFinding>;
  length: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
  pillar?: Maybe<Scalars['String']['output']>;
};

export type DraftComment = {
  __typename?: 'DraftComment';
  /** Who wrote it: a staff member or the seeker. Null for an API key, Perch itself, or a person since removed. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** SEEKER for the seeker, a staff role otherwise; null as for authorName. */
  authorRole?: Maybe<Role>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
};

export type DraftFinding = {
  __typename?: 'DraftFinding';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  severity: Scalars['String']['output'];
};

export type EditVoiceDraftInput = {
  draftId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type EraseSeekerInput = {
  /** The seeker’s email, typed again: erasure cannot be undone. */
  confirmEmail: Scalars['String']['input'];
  seekerId: Scalars['ID']['input'];
};

export type EraseSeekerPayload = {
  __typename?: 'EraseSeekerPayload';
  /** What was deleted, table by table (null when refused). */
  deleted?: Maybe<Array<ErasedRows>>;
  erasedSeekerId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type ErasedRows = {
  __typename?: 'ErasedRows';
  rows: Scalars['Int']['output'];
  table: Scalars['String']['output'];
};

export type EventPhase =
  /** The 7 days after the end. */
  | 'AFTER'
  /** The 21 days before the start. */
  | 'BEFORE'
  /** From start to end. */
  | 'DURING';

export type FeedPruning = {
  __typename?: 'FeedPruning';
  analyzed: Scalars['Int']['output'];
  following: Scalars['Int']['output'];
  source: FollowingSource;
  /** Unfollow and consider first (at most 20 a day), then keep. */
  suggestions: Array<PruneSuggestion>;
  /** At most 10 a day. */
  toFollow: Array<FollowSuggestion>;
};

export type FollowSuggestion = {
  __typename?: 'FollowSuggestion';
  account: XAccount;
  /** X's follow intent link. */
  link: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** Where the following list came from: the seeker's X connection, or their archive. */
export type FollowingSource =
  | 'ARCHIVE'
  | 'X';

/** Posts in a window (start inclusive, end exclusive) and what stood out. */
export type HashtagArchive = {
  __typename?: 'HashtagArchive';
  links: Array<SharedLink>;
  /** Most active first. */
  participants: Array<ArchiveParticipant>;
  postCount: Scalars['Int']['output'];
  /** Oldest first. */
  posts: Array<ArchivePost>;
  threads: Array<ArchiveThread>;
  topPosts: Array<ArchiveTopPost>;
  windowEnd: Scalars['DateTime']['output'];
  windowStart: Scalars['DateTime']['output'];
};

/** A recurring hashtag chat (RRULE in its time zone, DST-correct). */
export type HashtagChat = Node & {
  __typename?: 'HashtagChat';
  /** The archive of one occurrence: every captured post in its window, participants, threads. Default: the last occurrence that ended. */
  archive?: Maybe<ChatArchive>;
  /** Seekers who joined the chat (joinOrgActivity), those the caller may see. */
  attendees: Array<Seeker>;
  createdAt: Scalars['DateTime']['output'];
  durationMinutes: Scalars['Int']['output'];
  hashtag: Scalars['String']['output'];
  hostUsername?: Maybe<Scalars['String']['output']>;
  /** A recurring iCalendar feed with a 15-minute reminder. */
  ics: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Whether the seeker posted in each of the last occurrences. */
  participation: Array<ChatParticipation>;
  /** Occurrences that ended, newest first. */
  pastOccurrences: Array<ChatOccurrence>;
  rrule: Scalars['String']['output'];
  /** e.g. "every Tuesday at 20:00 (America/New_York)". */
  schedule: Scalars['String']['output'];
  startLocal: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
  /** The next occurrences. */
  upcoming: Array<ChatOccurrence>;
};


/** A recurring hashtag chat (RRULE in its time zone, DST-correct). */
export type HashtagChatArchiveArgs = {
  occurrenceStart?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A recurring hashtag chat (RRULE in its time zone, DST-correct). */
export type HashtagChatParticipationArgs = {
  last?: Scalars['Int']['input'];
  seekerId: Scalars['ID']['input'];
};


/** A recurring hashtag chat (RRULE in its time zone, DST-correct). */
export type HashtagChatPastOccurrencesArgs = {
  last?: Scalars['Int']['input'];
};


/** A recurring hashtag chat (RRULE in its time zone, DST-correct). */
export type HashtagChatUpcomingArgs = {
  first?: Scalars['Int']['input'];
};

export type HashtagChatPayload = {
  __typename?: 'HashtagChatPayload';
  chat?: Maybe<HashtagChat>;
  userErrors: Array<UserError>;
};

export type InformationalInterview = Node & {
  __typename?: 'InformationalInterview';
  agenda: Array<AgendaItem>;
  endsAt: Scalars['DateTime']['output'];
  /** An iCalendar invitation (text/calendar) with a 30-minute reminder. */
  ics: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Start as wall time in timeZone, YYYY-MM-DDTHH:mm. */
  localStart: Scalars['String']['output'];
  meetingUrl?: Maybe<Scalars['String']['output']>;
  mode: InterviewMode;
  notes?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: InterviewStatus;
  timeZone: Scalars['String']['output'];
};

export type InformationalInterviewPayload = {
  __typename?: 'InformationalInterviewPayload';
  contact?: Maybe<MentorContact>;
  interview?: Maybe<InformationalInterview>;
  userErrors: Array<UserError>;
};

export type InterviewBrief = {
  __typename?: 'InterviewBrief';
  company: Scalars['String']['output'];
  generatedAt: Scalars['DateTime']['output'];
  /** The same brief as Markdown. */
  markdown: Scalars['String']['output'];
  people: Array<BriefPerson>;
  readFirst: Array<DossierPost>;
  talkingPoints: Array<BriefPoint>;
};

export type InterviewMode =
  | 'IN_PERSON'
  | 'ONLINE';

export type InterviewOutcome =
  | 'CANCELLED'
  | 'HELD';

export type InterviewStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

export type Invitation = Node & {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Neither accepted, withdrawn nor expired. */
  pending: Scalars['Boolean']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  nodes: Array<Invitation>;
  pageInfo: PageInfo;
};

export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  invitation?: Maybe<Invitation>;
  /** The one-time invitation token, shown only here; send it to the invitee. */
  invitationToken?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type InviteSeekerInput = {
  seekerId: Scalars['ID']['input'];
};

export type InviteStaffInput = {
  email: Scalars['String']['input'];
  role: Role;
};

/** A job on a seeker’s pipeline. */
export type JobApplication = Node & {
  __typename?: 'JobApplication';
  appliedAt?: Maybe<Scalars['DateTime']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  company?: Maybe<Scalars['String']['output']>;
  contacts: Array<Scalars['String']['output']>;
  /** Every stage change, with dates. */
  events: Array<ApplicationEvent>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  interviewingAt?: Maybe<Scalars['DateTime']['output']>;
  nextStages: Array<ApplicationStage>;
  notes?: Maybe<Scalars['String']['output']>;
  offerAt?: Maybe<Scalars['DateTime']['output']>;
  posting?: Maybe<JobPosting>;
  savedAt: Scalars['DateTime']['output'];
  stage: ApplicationStage;
  title: Scalars['String']['output'];
  /** The tracked company, with its dossier (research). */
  trackedCompany?: Maybe<Company>;
  updatedAt: Scalars['DateTime']['output'];
};

export type JobApplicationConnection = {
  __typename?: 'JobApplicationConnection';
  edges: Array<JobApplicationEdge>;
  nodes: Array<JobApplication>;
  pageInfo: PageInfo;
};

export type JobApplicationEdge = {
  __typename?: 'JobApplicationEdge';
  cursor: Scalars['String']['output'];
  node: JobApplication;
};

export type JobApplicationPayload = {
  __typename?: 'JobApplicationPayload';
  application?: Maybe<JobApplication>;
  userErrors: Array<UserError>;
};

/** Applications that reached each stage. */
export type JobFunnel = {
  __typename?: 'JobFunnel';
  accepted: Scalars['Int']['output'];
  applied: Scalars['Int']['output'];
  interviewing: Scalars['Int']['output'];
  offer: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  saved: Scalars['Int']['output'];
  seekers: Scalars['Int']['output'];
  withdrawn: Scalars['Int']['output'];
};

/** A posting for a seeker, with why. */
export type JobMatch = Node & {
  __typename?: 'JobMatch';
  createdAt: Scalars['DateTime']['output'];
  dismissedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  posting: JobPosting;
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  /** matched, or coach (sent by a coach) */
  source: Scalars['String']['output'];
};

export type JobMatchConnection = {
  __typename?: 'JobMatchConnection';
  edges: Array<JobMatchEdge>;
  nodes: Array<JobMatch>;
  pageInfo: PageInfo;
};

export type JobMatchEdge = {
  __typename?: 'JobMatchEdge';
  cursor: Scalars['String']['output'];
  node: JobMatch;
};

export type JobMatchPayload = {
  __typename?: 'JobMatchPayload';
  match?: Maybe<JobMatch>;
  userErrors: Array<UserError>;
};

/** One opening, however many people posted it; extracted from posts on X. */
export type JobPosting = Node & {
  __typename?: 'JobPosting';
  /** Whether the apply link still resolves (a filled role’s page is usually gone); null without an apply link. */
  applyLink?: Maybe<LinkStatus>;
  /** Canonical (tracking removed). */
  applyUrl?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Scalars['String']['output']>;
  companyHandle?: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  /** People its posts name to contact (the recruiter or hiring manager), first named first. */
  contacts: Array<PostingContact>;
  employmentType?: Maybe<Scalars['String']['output']>;
  firstSeenAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  location?: Maybe<Scalars['String']['output']>;
  /** Posts that announced it. */
  postCount: Scalars['Int']['output'];
  /** Recruiters who posted it. */
  recruiters: Array<Recruiter>;
  salary?: Maybe<Salary>;
  seniority?: Maybe<Scalars['String']['output']>;
  /** The posts on X that announced it. */
  sourcePostUrls: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** remote, hybrid or on-site */
  workplace?: Maybe<Scalars['String']['output']>;
};

export type JobPostingConnection = {
  __typename?: 'JobPostingConnection';
  edges: Array<JobPostingEdge>;
  nodes: Array<JobPosting>;
  pageInfo: PageInfo;
};

export type JobPostingEdge = {
  __typename?: 'JobPostingEdge';
  cursor: Scalars['String']['output'];
  node: JobPosting;
};

export type JobPreferences = {
  __typename?: 'JobPreferences';
  remote: RemotePreference;
  skills: Array<Scalars['String']['output']>;
};

export type JoinOrgActivityInput = {
  /** A HashtagChat id. */
  chatId?: InputMaybe<Scalars['ID']['input']>;
  /** An OrgEvent id. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  remindMinutes?: Scalars['Int']['input'];
  seekerId: Scalars['ID']['input'];
};

export type JoinOrgActivityPayload = {
  __typename?: 'JoinOrgActivityPayload';
  /** The seeker’s next reminders. */
  reminders?: Maybe<Array<Reminder>>;
  userErrors: Array<UserError>;
};

export type License = Node & {
  __typename?: 'License';
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  plan: Scalars['String']['output'];
  /** Seekers that may be active at the same time. */
  seatLimit: Scalars['Int']['output'];
  /** Last day of the term, YYYY-MM-DD. */
  termEnd: Scalars['String']['output'];
  /** First day of the term, YYYY-MM-DD. */
  termStart: Scalars['String']['output'];
};

export type LinkSsoIdentityInput = {
  ssoConnectionId: Scalars['ID']['input'];
  /** The member (staff or seeker login) to link. */
  staffMemberId: Scalars['ID']['input'];
  /** The IdP’s identifier of the person: SAML subject-id, pairwise-id or NameID; OIDC `sub`. */
  subject: Scalars['String']['input'];
};

/** PENDING: not checked yet. OK: resolves. BROKEN: does not resolve (404, 410, no such host, redirect loop). BLOCKED: points at a private or reserved address and is never fetched. UNKNOWN: the site did not answer in time or answered 5xx; tried again later. */
export type LinkState =
  | 'BLOCKED'
  | 'BROKEN'
  | 'OK'
  /** Not checked yet (checks run in the background within minutes). */
  | 'PENDING'
  | 'UNKNOWN';

/** Whether a link resolves, as last checked. */
export type LinkStatus = {
  __typename?: 'LinkStatus';
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the link ends after redirects. */
  finalUrl?: Maybe<Scalars['String']['output']>;
  httpStatus?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  state: LinkState;
  url: Scalars['String']['output'];
};

export type LinkXHandleInput = {
  /** With or without the leading @. */
  handle: Scalars['String']['input'];
  seekerId: Scalars['ID']['input'];
};

export type LinkXHandlePayload = {
  __typename?: 'LinkXHandlePayload';
  seeker?: Maybe<Seeker>;
  userErrors: Array<UserError>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** Which organization, for people in several. */
  tenantSlug?: InputMaybe<Scalars['String']['input']>;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type MarkOutreachDraftSentInput = {
  draftId: Scalars['ID']['input'];
};

/** A person on a seeker’s outreach pipeline. */
export type MentorContact = Node & {
  __typename?: 'MentorContact';
  allowedMoves: Array<OutreachStage>;
  /** An ask is out: no second ask before they answer. */
  awaitingReply: Scalars['Boolean']['output'];
  blocked: Scalars['Boolean']['output'];
  contactType: ContactType;
  /** Newest first. */
  drafts: Array<OutreachDraft>;
  /** Every move, oldest first. */
  events: Array<OutreachEvent>;
  firstContactAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a polite follow-up is due if they stay quiet (the tenant’s quiet period). */
  followUpDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  interviews: Array<InformationalInterview>;
  name?: Maybe<Scalars['String']['output']>;
  profileUrl: Scalars['String']['output'];
  reasons: Array<Scalars['String']['output']>;
  seeker: Scalars['ID']['output'];
  stage: OutreachStage;
  stageChangedAt: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
  xAccountId: Scalars['String']['output'];
};

export type MentorContactPayload = {
  __typename?: 'MentorContactPayload';
  contact?: Maybe<MentorContact>;
  userErrors: Array<UserError>;
};

export type MentorReach =
  /** Anywhere, with a small preference for people nearby. */
  | 'ANY'
  /** Within radiusKm of the seeker's city (default 150 km). */
  | 'NEAR'
  /** Anywhere: place plays no part. */
  | 'REMOTE';

/** An X account worth learning from, with why. */
export type MentorSuggestion = {
  __typename?: 'MentorSuggestion';
  distanceKm?: Maybe<Scalars['Float']['output']>;
  field?: Maybe<Scalars['String']['output']>;
  /** Follow them on X (a web intent; Perch does not follow for you). */
  followIntentUrl: Scalars['String']['output'];
  /** Their X profile. */
  profileUrl: Scalars['String']['output'];
  reasons: Array<Scalars['String']['output']>;
  /** 0 to 1. */
  score: Scalars['Float']['output'];
  seniority: Scalars['String']['output'];
  username: Scalars['String']['output'];
  /** The X account id: pass it to addMentorContact. */
  xAccountId: Scalars['String']['output'];
};

export type MentorSuggestions = {
  __typename?: 'MentorSuggestions';
  /** Why the list is empty and what to do about it. */
  emptyReason?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  mentors: Array<MentorSuggestion>;
};

export type MoveJobApplicationInput = {
  applicationId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  stage: ApplicationStage;
};

export type MoveMentorContactInput = {
  contactId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** They answered the last ask (so a next ask is fine). */
  replied?: InputMaybe<Scalars['Boolean']['input']>;
  stage: OutreachStage;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Join an organization with an invitation token. */
  acceptInvitation: SessionPayload;
  /** Gives the seeker a licence seat (SEAT_LIMIT_REACHED when none is free). */
  activateSeeker: ActivateSeekerPayload;
  addCoachNote: AddCoachNotePayload;
  /** A member’s weekly goal and status; one per member and week (saving again updates it). */
  addCohortCheckIn: CohortCheckInPayload;
  addCohortMember: CohortPayload;
  /** Track a company by its brand account on X (checked with X); its posts are then read. */
  addCompany: AddCompanyPayload;
  /** Adds a recurring chat and starts capturing its hashtag. */
  addHashtagChat: HashtagChatPayload;
  /** Puts a person on the seeker’s pipeline (identified); adding them again is a no-op. */
  addMentorContact: MentorContactPayload;
  /** Adds an event and starts capturing its hashtags (orgs watches). */
  addOrgEvent: OrgEventPayload;
  /** Adds an organization and follows its X accounts (orgs watches). */
  addOrganization: OrganizationPayload;
  /** Follow a keyword, hashtag, X query or list for trends (a bad query is refused with what is wrong). */
  addTopic: AddTopicPayload;
  /** Follow an account, a search query or a list on X for a capability. The target is checked with X (billed); adding the same watch again returns the existing one. */
  addXWatch: AddXWatchPayload;
  /** Frees the seeker's seat. */
  archiveSeeker: ArchiveSeekerPayload;
  assignCoach: AssignCoachPayload;
  cancelVoiceDraft: VoiceDraftPayload;
  /** Change your password; your other sessions in this organization end. */
  changePassword: ChangePasswordPayload;
  /** Changes a colleague's role (owner, admin, coach, viewer); only an owner makes or changes an owner. */
  changeStaffRole: StaffMemberPayload;
  commentVoiceDraft: VoiceDraftPayload;
  completeSeekerTask: SeekerTaskPayload;
  /** The key is in the payload, shown only once. */
  createApiKey: CreateApiKeyPayload;
  /** A coach groups seekers into a cohort. */
  createCohort: CohortPayload;
  /** Follow-up tasks so the conversation carries on: thank the speakers, meet the most active participants. */
  createEventFollowUps: CreateEventFollowUpsPayload;
  /** Saves a draft with its etiquette check. When the organization requires it, a first message waits for a coach’s approval. */
  createOutreachDraft: OutreachDraftPayload;
  /** A SCIM provisioning token for this workspace; shown only once. */
  createScimToken: CreateScimTokenPayload;
  /** Adds an invited seeker (no seat yet); a coach creating one is assigned to them. */
  createSeeker: CreateSeekerPayload;
  /** A secret calendar address (https://…/calendar/<token>.ics) with every event and chat the seeker joined, for calendar apps to subscribe to. */
  createSeekerCalendarFeed: CreateSeekerCalendarFeedPayload;
  /** Adds a SAML or OIDC identity provider. The OIDC client secret is stored encrypted and never shown again. */
  createSsoConnection: SsoConnectionPayload;
  /** A draft, checked against the voice profile. */
  createVoiceDraft: VoiceDraftPayload;
  /** Adds an endpoint; the payload holds its signing secret, shown only once. The URL is checked now: private, loopback and link-local targets are refused. */
  createWebhookEndpoint: WebhookSecretPayload;
  /** A link for the seeker to connect their X account (needs their READ_X_DATA consent). */
  createXConnectLink: CreateXConnectLinkPayload;
  /** Ends a colleague's access at once (every sign-in revoked); their seekers keep their other coaches. */
  deactivateStaffMember: StaffMemberPayload;
  /** Keep a flagged post, or delete it on X with the seeker’s token (needs POST_APPROVED_DRAFTS consent). */
  decideAuditFinding: AuditDecisionPayload;
  /** Deletes the organization and everything in it, its audit log included, and revokes every seeker’s X tokens. Owners only, signed in; export first (GET /data-exports/organization.zip). */
  deleteOrganization: DeleteOrganizationPayload;
  /** Removes the connection and its links; linked people keep their accounts. */
  deleteSsoConnection: DeleteSsoConnectionPayload;
  /** Removes the endpoint and its delivery log. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /** Revoke Perch’s access at X and forget the tokens. */
  disconnectX: DisconnectXPayload;
  /** Look for the company's careers, executive and employee accounts, with evidence (X reads are billed). */
  discoverCompanyAccounts: DiscoverCompanyAccountsPayload;
  dismissJobMatch: JobMatchPayload;
  editVoiceDraft: VoiceDraftPayload;
  /** Erases a seeker: every row about them and everything derived, their X tokens revoked at X, their sign-in removed. The audit log keeps its records, naming them only by an id that no longer resolves. Export first (GET /data-exports/seekers/<id>.zip) if they asked for their data. */
  eraseSeeker: EraseSeekerPayload;
  /** Invite the seeker to sign in with the seeker role (their own record, briefings, drafts); the token is shown once. */
  inviteSeeker: InvitationPayload;
  /** Invite a member of staff; the token in the payload is shown once. */
  inviteStaff: InvitationPayload;
  /** The seeker goes to an event or joins a chat: reminders and their calendar feed. */
  joinOrgActivity: JoinOrgActivityPayload;
  /** Links an existing member to their identity at the connection’s IdP, so that signing in through it reaches their account (sign-on never takes an account over by email). */
  linkSsoIdentity: SsoConnectionPayload;
  /** Links the seeker's X handle; needs their standing LINK_X_HANDLE consent. */
  linkXHandle: LinkXHandlePayload;
  /** Sign in with email and password. A wrong pair is UNAUTHENTICATED. */
  login: SessionPayload;
  /** End the session that this refresh token belongs to. */
  logout: LogoutPayload;
  /** The seeker sent it through its intent link; a first message moves the contact to first contact. */
  markOutreachDraftSent: OutreachDraftPayload;
  /** One stage move, dated and logged; moves the pipeline does not allow are INVALID_STATE. */
  moveJobApplication: JobApplicationPayload;
  /** Moves a contact along the pipeline. Refused: moves the pipeline does not allow, a second ask before an answer, more new first contacts than the weekly cap, first contact without an approved draft when approval is required, and anyone blocked or who declined. */
  moveMentorContact: MentorContactPayload;
  /** A coach sends a posting to seekers. */
  pushJobPosting: PushJobPostingPayload;
  /** Lets a deactivated colleague sign in again. */
  reactivateStaffMember: StaffMemberPayload;
  /** Records a grant, replacing any standing grant of the same kind. */
  recordConsent: RecordConsentPayload;
  /** They answered: the next ask is fine. */
  recordMentorReply: MentorContactPayload;
  /** Sends a delivered or failed event again to its endpoint: a new delivery with the same event id, so receivers that dedupe by event id stay correct. */
  redeliverWebhook: WebhookDeliveryPayload;
  /** Exchange a refresh token (single use) for a new access and refresh token. */
  refreshSession: SessionPayload;
  removeCohortMember: CohortPayload;
  removeSeekerTarget: RemoveSeekerTargetPayload;
  removeTopic: RemoveTopicPayload;
  /** Stop following; posts already seen stay in the shared layer. */
  removeXWatch: RemoveXWatchPayload;
  /** Put a FAILED or RETRYING watch back on the schedule now, from where its last poll stopped. */
  retryXWatch: RetryXWatchPayload;
  /** Confirm (Perch then reads its posts) or reject an account discovery suggested. */
  reviewCompanyAccount: ReviewCompanyAccountPayload;
  /** A coach approves or asks for changes. */
  reviewOutreachDraft: OutreachDraftPayload;
  /** A coach approves, or asks for changes with a comment. */
  reviewVoiceDraft: VoiceDraftPayload;
  /** Takes effect on the next request. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Revokes a grant; revoking LINK_X_HANDLE also unlinks the X handle. */
  revokeConsent: RevokeConsentPayload;
  revokeInvitation: InvitationPayload;
  /** Takes effect on the next request. */
  revokeScimToken: RevokeScimTokenPayload;
  /** Stops the seeker's calendar address from working. */
  revokeSeekerCalendarFeed: RevokeSeekerCalendarFeedPayload;
  /** A new signing secret, shown once. For 24 hours both secrets sign (two `v1=` values), so receivers can switch without losing events. */
  rotateWebhookSecret: WebhookSecretPayload;
  /** Starts an export of the tenant’s seekers, pipelines and outcomes as JSONL. One at a time per client (CONFLICT otherwise). */
  runBulkExport: RunBulkExportPayload;
  /** Puts a job on the seeker’s pipeline (saved). */
  saveJob: JobApplicationPayload;
  /** Schedules the informational interview (the contact must be at interview_proposed), with an agenda from the mentor’s recent posts and the seeker’s goals, a preparation task and an .ics invitation. */
  scheduleInformationalInterview: InformationalInterviewPayload;
  /** Queues an approved draft at a time, or the next free slot; it posts once, at that time. */
  scheduleVoiceDraft: VoiceDraftPayload;
  /** Sends a `webhook.test` event to the endpoint (whatever it subscribes to). */
  sendTestWebhook: WebhookDeliveryPayload;
  /** Skills and remote preference for matching; the seeker is matched again. */
  setJobPreferences: SetJobPreferencesPayload;
  /** A blocked person gets no drafts, moves or interviews until unblocked. */
  setMentorContactBlocked: MentorContactPayload;
  setOutreachPolicy: OutreachPolicyPayload;
  /** The seeker’s posting slots (the queue’s times). */
  setPostingSlots: PostingSlotsPayload;
  /** Add a company to a seeker's targets, or change its priority and status. */
  setSeekerTarget: SetSeekerTargetPayload;
  /** The 3–5 themes the seeker wants to be known for. */
  setVoicePillars: VoicePillarsPayload;
  /** Set the monthly X budget; raising it above what is spent resumes X use at once. */
  setXBudget: SetXBudgetPayload;
  /** Adds a link to the cohort’s board. */
  shareCohortLink: CohortLinkPayload;
  /** Adds the shared X search for the seeker's field (a mentorship watch), so its mentors reach mentorSuggestions after the next poll. */
  startMentorDiscovery: StartMentorDiscoveryPayload;
  /** Sends the draft to the coach; a draft with errors is refused. */
  submitVoiceDraft: VoiceDraftPayload;
  /** Sign in to another organization you belong to. */
  switchTenant: SessionPayload;
  /** Reads the seeker's own recent posts from X with their token (needs READ_X_DATA consent), for the profile and the audit. */
  syncVoicePosts: SyncVoicePostsPayload;
  unassignCoach: UnassignCoachPayload;
  /** Notes, the outcome (held adds a thank-you task) and follow-up tasks. */
  updateInformationalInterview: InformationalInterviewPayload;
  updateJobApplication: JobApplicationPayload;
  /** Replaces the licence terms. Owners only; cannot go below the seats in use. */
  updateLicense: UpdateLicensePayload;
  /** Changes the given profile fields. A seeker may update their own profile. */
  updateSeeker: UpdateSeekerPayload;
  /** Changes a connection: its name, whether it is on and required for staff, the IdP’s sign-on URL and certificates (rollover), the OIDC client, attributes, role mappings and who a first sign-in may create. Not the protocol or the IdP’s identity (entity id, issuer): people are linked by it, so another IdP is another connection. */
  updateSsoConnection: SsoConnectionPayload;
  updateWebhookEndpoint: WebhookEndpointPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationActivateSeekerArgs = {
  input: ActivateSeekerInput;
};


export type MutationAddCoachNoteArgs = {
  input: AddCoachNoteInput;
};


export type MutationAddCohortCheckInArgs = {
  input: AddCohortCheckInInput;
};


export type MutationAddCohortMemberArgs = {
  input: AddCohortMemberInput;
};


export type MutationAddCompanyArgs = {
  input: AddCompanyInput;
};


export type MutationAddHashtagChatArgs = {
  input: AddHashtagChatInput;
};


export type MutationAddMentorContactArgs = {
  input: AddMentorContactInput;
};


export type MutationAddOrgEventArgs = {
  input: AddOrgEventInput;
};


export type MutationAddOrganizationArgs = {
  input: AddOrganizationInput;
};


export type MutationAddTopicArgs = {
  input: AddTopicInput;
};


export type MutationAddXWatchArgs = {
  input: AddXWatchInput;
};


export type MutationArchiveSeekerArgs = {
  input: ArchiveSeekerInput;
};


export type MutationAssignCoachArgs = {
  input: AssignCoachInput;
};


export type MutationCancelVoiceDraftArgs = {
  input: CancelVoiceDraftInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangeStaffRoleArgs = {
  input: ChangeStaffRoleInput;
};


export type MutationCommentVoiceDraftArgs = {
  input: CommentVoiceDraftInput;
};


export type MutationCompleteSeekerTaskArgs = {
  input: CompleteSeekerTaskInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


export type MutationCreateEventFollowUpsArgs = {
  input: CreateEventFollowUpsInput;
};


export type MutationCreateOutreachDraftArgs = {
  input: CreateOutreachDraftInput;
};


export type MutationCreateScimTokenArgs = {
  input: CreateScimTokenInput;
};


export type MutationCreateSeekerArgs = {
  input: CreateSeekerInput;
};


export type MutationCreateSeekerCalendarFeedArgs = {
  input: CreateSeekerCalendarFeedInput;
};


export type MutationCreateSsoConnectionArgs = {
  input: CreateSsoConnectionInput;
};


export type MutationCreateVoiceDraftArgs = {
  input: CreateVoiceDraftInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationCreateXConnectLinkArgs = {
  input: CreateXConnectLinkInput;
};


export type MutationDeactivateStaffMemberArgs = {
  input: DeactivateStaffMemberInput;
};


export type MutationDecideAuditFindingArgs = {
  input: DecideAuditFindingInput;
};


export type MutationDeleteOrganizationArgs = {
  input: DeleteOrganizationInput;
};


export type MutationDeleteSsoConnectionArgs = {
  input: DeleteSsoConnectionInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  input: DeleteWebhookEndpointInput;
};


export type MutationDisconnectXArgs = {
  input: DisconnectXInput;
};


export type MutationDiscoverCompanyAccountsArgs = {
  input: DiscoverCompanyAccountsInput;
};


export type MutationDismissJobMatchArgs = {
  input: DismissJobMatchInput;
};


export type MutationEditVoiceDraftArgs = {
  input: EditVoiceDraftInput;
};


export type MutationEraseSeekerArgs = {
  input: EraseSeekerInput;
};


export type MutationInviteSeekerArgs = {
  input: InviteSeekerInput;
};


export type MutationInviteStaffArgs = {
  input: InviteStaffInput;
};


export type MutationJoinOrgActivityArgs = {
  input: JoinOrgActivityInput;
};


export type MutationLinkSsoIdentityArgs = {
  input: LinkSsoIdentityInput;
};


export type MutationLinkXHandleArgs = {
  input: LinkXHandleInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: RefreshSessionInput;
};


export type MutationMarkOutreachDraftSentArgs = {
  input: MarkOutreachDraftSentInput;
};


export type MutationMoveJobApplicationArgs = {
  input: MoveJobApplicationInput;
};


export type MutationMoveMentorContactArgs = {
  input: MoveMentorContactInput;
};


export type MutationPushJobPostingArgs = {
  input: PushJobPostingInput;
};


export type MutationReactivateStaffMemberArgs = {
  input: ReactivateStaffMemberInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordMentorReplyArgs = {
  input: RecordMentorReplyInput;
};


export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationRemoveCohortMemberArgs = {
  input: RemoveCohortMemberInput;
};


export type MutationRemoveSeekerTargetArgs = {
  input: RemoveSeekerTargetInput;
};


export type MutationRemoveTopicArgs = {
  input: RemoveTopicInput;
};


export type MutationRemoveXWatchArgs = {
  input: RemoveXWatchInput;
};


export type MutationRetryXWatchArgs = {
  input: RetryXWatchInput;
};


export type MutationReviewCompanyAccountArgs = {
  input: ReviewCompanyAccountInput;
};


export type MutationReviewOutreachDraftArgs = {
  input: ReviewOutreachDraftInput;
};


export type MutationReviewVoiceDraftArgs = {
  input: ReviewVoiceDraftInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationRevokeConsentArgs = {
  input: RevokeConsentInput;
};


export type MutationRevokeInvitationArgs = {
  input: RevokeInvitationInput;
};


export type MutationRevokeScimTokenArgs = {
  input: RevokeScimTokenInput;
};


export type MutationRevokeSeekerCalendarFeedArgs = {
  input: RevokeSeekerCalendarFeedInput;
};


export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


export type MutationRunBulkExportArgs = {
  input: RunBulkExportInput;
};


export type MutationSaveJobArgs = {
  input: SaveJobInput;
};


export type MutationScheduleInformationalInterviewArgs = {
  input: ScheduleInformationalInterviewInput;
};


export type MutationScheduleVoiceDraftArgs = {
  input: ScheduleVoiceDraftInput;
};


export type MutationSendTestWebhookArgs = {
  input: SendTestWebhookInput;
};


export type MutationSetJobPreferencesArgs = {
  input: SetJobPreferencesInput;
};


export type MutationSetMentorContactBlockedArgs = {
  input: SetMentorContactBlockedInput;
};


export type MutationSetOutreachPolicyArgs = {
  input: SetOutreachPolicyInput;
};


export type MutationSetPostingSlotsArgs = {
  input: SetPostingSlotsInput;
};


export type MutationSetSeekerTargetArgs = {
  input: SetSeekerTargetInput;
};


export type MutationSetVoicePillarsArgs = {
  input: SetVoicePillarsInput;
};


export type MutationSetXBudgetArgs = {
  input: SetXBudgetInput;
};


export type MutationShareCohortLinkArgs = {
  input: ShareCohortLinkInput;
};


export type MutationStartMentorDiscoveryArgs = {
  input: StartMentorDiscoveryInput;
};


export type MutationSubmitVoiceDraftArgs = {
  input: SubmitVoiceDraftInput;
};


export type MutationSwitchTenantArgs = {
  input: SwitchTenantInput;
};


export type MutationSyncVoicePostsArgs = {
  input: SyncVoicePostsInput;
};


export type MutationUnassignCoachArgs = {
  input: UnassignCoachInput;
};


export type MutationUpdateInformationalInterviewArgs = {
  input: UpdateInformationalInterviewInput;
};


export type MutationUpdateJobApplicationArgs = {
  input: UpdateJobApplicationInput;
};


export type MutationUpdateLicenseArgs = {
  input: UpdateLicenseInput;
};


export type MutationUpdateSeekerArgs = {
  input: UpdateSeekerInput;
};


export type MutationUpdateSsoConnectionArgs = {
  input: UpdateSsoConnectionInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

/** An object with an opaque global id, refetchable through `node(id)`. */
export type Node = {
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
};

/** A conference, workshop or meetup, with its hashtags captured. */
export type OrgEvent = Node & {
  __typename?: 'OrgEvent';
  /** Seekers going (joinOrgActivity), those the caller may see, earliest first. */
  attendees: Array<Seeker>;
  endsAt: Scalars['DateTime']['output'];
  hashtags: Array<Scalars['String']['output']>;
  /** Highlights from the captured hashtags: top posts, most-shared links, active participants (the roster), speakers flagged. Without a phase: before, during and after together. */
  highlights: HashtagArchive;
  /** An iCalendar file with a one-hour reminder. */
  ics: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  kind: OrgEventKind;
  /** Start as wall time in timeZone. */
  localStart: Scalars['String']['output'];
  name: Scalars['String']['output'];
  online: Scalars['Boolean']['output'];
  organization?: Maybe<Organization>;
  place?: Maybe<Scalars['String']['output']>;
  speakers: Array<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  timeZone: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};


/** A conference, workshop or meetup, with its hashtags captured. */
export type OrgEventHighlightsArgs = {
  phase?: InputMaybe<EventPhase>;
};

export type OrgEventKind =
  | 'CONFERENCE'
  | 'MEETUP'
  | 'WORKSHOP';

export type OrgEventPayload = {
  __typename?: 'OrgEventPayload';
  event?: Maybe<OrgEvent>;
  userErrors: Array<UserError>;
};

export type OrgPost = {
  __typename?: 'OrgPost';
  createdAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
  xId: Scalars['String']['output'];
};

/** A trade or professional body, with its X accounts. */
export type Organization = Node & {
  __typename?: 'Organization';
  createdAt: Scalars['DateTime']['output'];
  field?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  site?: Maybe<Scalars['String']['output']>;
  /** Distinctive terms of its posts in the last 30 days, against other organizations. */
  talkingAbout: OrganizationTalk;
  usernames: Array<Scalars['String']['output']>;
};

export type OrganizationChoice = {
  __typename?: 'OrganizationChoice';
  name: Scalars['String']['output'];
  role: Role;
  slug: Scalars['String']['output'];
};

export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  organization?: Maybe<Organization>;
  userErrors: Array<UserError>;
};

export type OrganizationSuggestion = {
  __typename?: 'OrganizationSuggestion';
  organization: Organization;
  reasons: Array<Scalars['String']['output']>;
};

/** What an organization is talking about lately. */
export type OrganizationTalk = {
  __typename?: 'OrganizationTalk';
  recentPosts: Array<OrgPost>;
  terms: Array<TermCount>;
};

export type OutcomeMetric = {
  __typename?: 'OutcomeMetric';
  /** research, trends, mentorship, peers, orgs, jobs, voice or pipeline. */
  capability: Scalars['String']['output'];
  /** How many; "<5" when the seekers cell is suppressed or the count is 1–4. */
  events: Scalars['String']['output'];
  metric: Scalars['String']['output'];
  /** Distinct seekers with at least one; "<5" for 1–4. */
  seekers: Scalars['String']['output'];
};

export type OutcomesReport = {
  __typename?: 'OutcomesReport';
  cohortId?: Maybe<Scalars['ID']['output']>;
  /** The metrics as CSV (capability,metric,seekers,events). */
  csv: Scalars['String']['output'];
  from: Scalars['String']['output'];
  metrics: Array<OutcomeMetric>;
  /** Seekers in scope (activated at some time), suppressed like the cells. */
  seekers: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type OutreachChannel =
  /** A direct message. */
  | 'DM'
  /** A public reply (280 characters). */
  | 'REPLY';

/** The etiquette check of a draft. */
export type OutreachCheck = {
  __typename?: 'OutreachCheck';
  asks: Scalars['Int']['output'];
  findings: Array<OutreachFinding>;
  /** Length as X counts it (links count 23). */
  length: Scalars['Int']['output'];
  minutesAsked?: Maybe<Scalars['Float']['output']>;
  /** No errors (warnings and tips may remain). */
  ok: Scalars['Boolean']['output'];
  /** The recipient's post the draft refers to. */
  referencedPostId?: Maybe<Scalars['String']['output']>;
  /** 0 to 100. */
  score: Scalars['Int']['output'];
};

export type OutreachDraft = Node & {
  __typename?: 'OutreachDraft';
  channel: OutreachChannel;
  check: OutreachCheck;
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Where the seeker sends it on X (a web intent). Null until the draft may be sent (approved, when the organization requires approval of first messages). */
  intentUrl?: Maybe<Scalars['String']['output']>;
  replyToPostId?: Maybe<Scalars['String']['output']>;
  reviewComment?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: OutreachDraftStatus;
  text: Scalars['String']['output'];
};

export type OutreachDraftPayload = {
  __typename?: 'OutreachDraftPayload';
  contact?: Maybe<MentorContact>;
  draft?: Maybe<OutreachDraft>;
  userErrors: Array<UserError>;
};

export type OutreachDraftStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'PENDING_APPROVAL'
  | 'SENT';

/** One logged move on the pipeline. */
export type OutreachEvent = {
  __typename?: 'OutreachEvent';
  at: Scalars['DateTime']['output'];
  fromStage?: Maybe<OutreachStage>;
  note?: Maybe<Scalars['String']['output']>;
  toStage: OutreachStage;
};

export type OutreachFinding = {
  __typename?: 'OutreachFinding';
  code: Scalars['String']['output'];
  /** What to change. */
  message: Scalars['String']['output'];
  severity: OutreachFindingSeverity;
};

export type OutreachFindingSeverity =
  | 'ERROR'
  | 'TIP'
  | 'WARNING';

/** The organization's outreach rules. */
export type OutreachPolicy = {
  __typename?: 'OutreachPolicy';
  /** New people a seeker may first contact in 7 days. */
  firstContactsPerWeek: Scalars['Int']['output'];
  /** Days of silence before a follow-up is suggested. */
  followUpAfterDays: Scalars['Int']['output'];
  /** A coach approves each seeker's first message to a new contact. */
  requireFirstContactApproval: Scalars['Boolean']['output'];
};

export type OutreachPolicyPayload = {
  __typename?: 'OutreachPolicyPayload';
  policy?: Maybe<OutreachPolicy>;
  userErrors: Array<UserError>;
};

/** identified → engaging (public replies, likes) → first contact → informational interview proposed → scheduled → held → thanked → ongoing; or declined / no reply. */
export type OutreachStage =
  | 'DECLINED'
  | 'ENGAGING'
  | 'FIRST_CONTACT'
  | 'HELD'
  | 'IDENTIFIED'
  | 'INTERVIEW_PROPOSED'
  | 'NO_REPLY'
  | 'ONGOING'
  | 'SCHEDULED'
  | 'THANKED';

export type OutreachTemplate = {
  __typename?: 'OutreachTemplate';
  channel: OutreachChannel;
  name: Scalars['String']['output'];
  /** With {slots} to fill. */
  text: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Someone on X at a similar stage, in your field, nearby. */
export type PeerSuggestion = {
  __typename?: 'PeerSuggestion';
  distanceKm?: Maybe<Scalars['Float']['output']>;
  followIntentUrl: Scalars['String']['output'];
  profileUrl: Scalars['String']['output'];
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  username: Scalars['String']['output'];
  xAccountId: Scalars['String']['output'];
};

export type PillarInput = {
  name: Scalars['String']['input'];
  terms: Array<Scalars['String']['input']>;
};

export type PillarShare = {
  __typename?: 'PillarShare';
  pillar: Scalars['String']['output'];
  posts: Scalars['Int']['output'];
  share: Scalars['Float']['output'];
};

/** Someone a job post names to contact ("DM @jane"), with links to reach them on X. */
export type PostingContact = {
  __typename?: 'PostingContact';
  /** A public reply to them, prefilled (a web intent; Perch sends nothing). */
  mentionIntentUrl: Scalars['String']['output'];
  profileUrl: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

export type PostingSlots = {
  __typename?: 'PostingSlots';
  timeZone: Scalars['String']['output'];
  /** HH:mm */
  times: Array<Scalars['String']['output']>;
  /** 0 = Sunday */
  weekdays: Array<Scalars['Int']['output']>;
};

export type PostingSlotsPayload = {
  __typename?: 'PostingSlotsPayload';
  slots?: Maybe<PostingSlots>;
  userErrors: Array<UserError>;
};

export type PostingWorkplace =
  | 'HYBRID'
  | 'ON_SITE'
  | 'REMOTE';

export type PrincipalKind =
  | 'API_KEY'
  | 'USER';

export type PruneSuggestion = {
  __typename?: 'PruneSuggestion';
  account: XAccount;
  duplicateShare?: Maybe<Scalars['Float']['output']>;
  lastActivity?: Maybe<Scalars['DateTime']['output']>;
  /** Where the seeker acts on X (Perch never follows or unfollows). */
  link: Scalars['String']['output'];
  postsPerWeek?: Maybe<Scalars['Float']['output']>;
  reason: Scalars['String']['output'];
  /** Share of their posts touching the seeker’s interests. */
  relevance?: Maybe<Scalars['Float']['output']>;
  repostShare?: Maybe<Scalars['Float']['output']>;
  suggestion: PruneSuggestionKind;
};

export type PruneSuggestionKind =
  | 'CONSIDER'
  | 'KEEP'
  | 'UNFOLLOW';

export type PushJobPostingInput = {
  postingId: Scalars['ID']['input'];
  seekerIds: Array<Scalars['ID']['input']>;
};

export type PushJobPostingPayload = {
  __typename?: 'PushJobPostingPayload';
  pushed?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  apiKeys: ApiKeyConnection;
  /** The audit log, newest first: every mutation and every read of one seeker’s data, with who, when and through which session or API key. Owners and admins, and API keys with the admin scope. `seekerId` answers “who looked at this student’s data”. */
  auditEvents: AuditEventConnection;
  /** One export, for polling its status. */
  bulkExport: BulkExport;
  /** The tenant’s exports, newest first. */
  bulkExports: BulkExportConnection;
  /** Every seeker the caller is responsible for (all of them for admins and viewers), by name, with progress across the seven capabilities and at-risk flags. At most 2000. */
  caseload: Array<CaseloadEntry>;
  /** The etiquette check of a text, without saving it. */
  checkOutreachDraft: OutreachCheck;
  /** Cohorts suggested by clustering the seekers who agreed to peer matching (consent PEER_MATCHING): same stage band, same field, near each other. Create one with createCohort(memberIds). */
  cohortSuggestions: Array<CohortSuggestion>;
  /** Staff: every cohort, or one seeker’s. A seeker: their own. */
  cohorts: CohortConnection;
  /** Companies the organization tracks. */
  companies: CompanyConnection;
  company: Company;
  /** The freshest bursts in a seeker's topics and the organization's, for any day (default today, UTC). */
  dailyBriefing: DailyBriefing;
  /** Which accounts the seeker follows are worth keeping, with reasons and X links to act on; plus accounts to follow from their topics. Reads X (billed) for accounts Perch has not seen. */
  feedPruning: FeedPruning;
  hashtagChats: Array<HashtagChat>;
  /** What a seeker should know for an interview at the company, also as Markdown. */
  interviewBrief: InterviewBrief;
  invitations: InvitationConnection;
  /** The seeker’s pipeline, latest change first. */
  jobApplications: JobApplicationConnection;
  /** Applications as CSV (RFC 4180) for a seeker, a coach’s caseload or a cohort. */
  jobApplicationsCsv: Scalars['String']['output'];
  /** Funnel analytics for a seeker, a coach’s caseload (staffMemberId) or a cohort: applications that reached each stage. Only seekers the caller may see count. */
  jobFunnel: JobFunnel;
  /** Openings matched to the seeker (or sent by a coach), best first, with the reasons. `since` shows only new ones; roles whose apply link is dead (filled) are left out unless `includeClosed`. */
  jobMatches: JobMatchConnection;
  /** Recent openings to browse or search, newest first, whether or not they matched anyone (a coach can then push one with pushJobPosting). */
  jobPostings: JobPostingConnection;
  jobPreferences: JobPreferences;
  /** The seeker's outreach pipeline. */
  mentorContacts: Array<MentorContact>;
  /** Follow-up reminders: contacts whose last ask has gone unanswered past the quiet period (outreachPolicy.followUpAfterDays), oldest first. Nudge once politely, or move them to NO_REPLY. */
  mentorFollowUps: Array<MentorContact>;
  /** People senior in the seeker’s field who answer others, ranked with reasons; people already on the pipeline are left out. Candidates come from the posts the organization’s watches bring in (startMentorDiscovery adds the field’s search). */
  mentorSuggestions: MentorSuggestions;
  /** Fetch any object by its global id. */
  node: Node;
  /** Fetch up to 100 objects by global id; an id you cannot see gives null. */
  nodes: Array<Maybe<Node>>;
  /** Events by start time. */
  orgEvents: Array<OrgEvent>;
  /** Organizations for the seeker: in their field or local to them. */
  organizationSuggestions: Array<OrganizationSuggestion>;
  organizations: Array<Organization>;
  /** Activity across the seven capabilities beside pipeline outcomes over a term, for the tenant or one cohort; counts of seekers and events, 1–4 shown as "<5". */
  outcomesReport: OutcomesReport;
  outreachPolicy: OutreachPolicy;
  outreachTemplates: Array<OutreachTemplate>;
  /** People on X at an early stage in the seeker’s field, near them, from what the organization’s watches bring in; with reasons and follow links. */
  peerSuggestions: Array<PeerSuggestion>;
  postingSlots: PostingSlots;
  /** Recruiters active on X lately, most active first. */
  recruiters: Array<Recruiter>;
  /** Upcoming chats and events the seeker joined. */
  reminders: Array<Reminder>;
  /** A roster CSV import (POST /imports/roster): progress, counts and report. */
  rosterImport: RosterImport;
  scimTokens: ScimTokenConnection;
  /** Seats over a term (default: the licence term): used and free now, peak, seekers served, by coach, daily utilization, and CSV. */
  seatReport: SeatReport;
  /** Licence seats and who fills them. */
  seatUsage: SeatUsage;
  seeker: Seeker;
  /** An iCalendar feed (text/calendar) of every event and chat the seeker joined. */
  seekerCalendar: Scalars['String']['output'];
  /** Follow-ups: open ones first, by due date. */
  seekerTasks: Array<SeekerTask>;
  /** Seekers the caller may see (a coach: assigned ones; a seeker: themself). */
  seekers: SeekerConnection;
  /** The tenant’s SAML and OIDC identity providers, with the URLs to give them. */
  ssoConnections: SsoConnectionConnection;
  /** The addresses to register at an IdP for this organization, before its connection exists (the same ones each SsoConnection lists). */
  ssoServiceProvider: SsoServiceProvider;
  /** The organization's people, oldest first. */
  staffMembers: StaffMemberConnection;
  /** The caller's workspace. */
  tenant: Tenant;
  /** The organization's topics, and with seekerId that seeker's too. */
  topics: Array<Topic>;
  viewer: Viewer;
  /** Old posts worth a second look, each with its reason (profanity, hostility toward employers or colleagues, personal data, broken links, far off-pillar). Never infers sensitive traits. */
  voiceAudit: Array<AuditFinding>;
  /** Drafts and the queue, latest first (by when each posts, else when written). */
  voiceDrafts: VoiceDraftConnection;
  /** Every link in the seeker’s posts and whether it still resolves, broken first. Links are checked in the background; new ones read PENDING for a few minutes. */
  voiceLinks: Array<LinkStatus>;
  voicePillars: Array<VoicePillar>;
  /** Themes, pillar share, consistency, tone, readability and cadence, month by month. */
  voiceProfile: VoiceProfile;
  /** The delivery log of one endpoint, newest first, each with its attempts. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The tenant’s webhook endpoints. */
  webhookEndpoints: WebhookEndpointConnection;
  /** An X archive import and its progress. */
  xArchiveImport: XArchiveImport;
  /** The organization's X spend for a month, by capability and by seeker. */
  xSpend: XSpend;
  /** X spend month by month (oldest first), by capability; months without spend show 0. */
  xSpendHistory: Array<XSpendMonth>;
  /** What the organization follows on X, with each source's polling status (a coach sees organization-wide watches and their seekers'). */
  xWatches: XWatchConnection;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<AuditKind>;
  seekerId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBulkExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBulkExportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCaseloadArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryCheckOutreachDraftArgs = {
  input: CheckOutreachDraftInput;
};


export type QueryCohortSuggestionsArgs = {
  maxSize?: Scalars['Int']['input'];
  minSize?: Scalars['Int']['input'];
  radiusKm?: Scalars['Int']['input'];
};


export type QueryCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  seekerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDailyBriefingArgs = {
  day?: InputMaybe<Scalars['String']['input']>;
  seekerId: Scalars['ID']['input'];
};


export type QueryFeedPruningArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryInterviewBriefArgs = {
  companyId: Scalars['ID']['input'];
  seekerId: Scalars['ID']['input'];
};


export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  pendingOnly?: Scalars['Boolean']['input'];
};


export type QueryJobApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  seekerId: Scalars['ID']['input'];
};


export type QueryJobApplicationsCsvArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  seekerId?: InputMaybe<Scalars['ID']['input']>;
  staffMemberId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJobFunnelArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  seekerId?: InputMaybe<Scalars['ID']['input']>;
  staffMemberId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJobMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeClosed?: Scalars['Boolean']['input'];
  includeDismissed?: Scalars['Boolean']['input'];
  seekerId: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryJobPostingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  workplace?: InputMaybe<PostingWorkplace>;
};


export type QueryJobPreferencesArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryMentorContactsArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryMentorFollowUpsArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryMentorSuggestionsArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  radiusKm?: InputMaybe<Scalars['Int']['input']>;
  reach?: MentorReach;
  seekerId: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrgEventsArgs = {
  upcomingOnly?: Scalars['Boolean']['input'];
};


export type QueryOrganizationSuggestionsArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryOutcomesReportArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOutreachTemplatesArgs = {
  contactType: ContactType;
};


export type QueryPeerSuggestionsArgs = {
  first?: Scalars['Int']['input'];
  reach?: MentorReach;
  seekerId: Scalars['ID']['input'];
};


export type QueryPostingSlotsArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryRecruitersArgs = {
  days?: Scalars['Int']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryRemindersArgs = {
  days?: Scalars['Int']['input'];
  seekerId: Scalars['ID']['input'];
};


export type QueryRosterImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScimTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySeatReportArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySeekerArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySeekerCalendarArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QuerySeekerTasksArgs = {
  includeDone?: Scalars['Boolean']['input'];
  seekerId: Scalars['ID']['input'];
};


export type QuerySeekersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SeekerStatus>;
};


export type QuerySsoConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<Role>>;
};


export type QueryTopicsArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  seekerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVoiceAuditArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryVoiceDraftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  seekerId: Scalars['ID']['input'];
};


export type QueryVoiceLinksArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryVoicePillarsArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryVoiceProfileArgs = {
  seekerId: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  webhookEndpointId: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryXArchiveImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryXSpendArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};


export type QueryXSpendHistoryArgs = {
  months?: Scalars['Int']['input'];
  until?: InputMaybe<Scalars['String']['input']>;
};


export type QueryXWatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capability?: InputMaybe<XCapability>;
  first?: InputMaybe<Scalars['Int']['input']>;
  seekerId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReactivateStaffMemberInput = {
  staffMemberId: Scalars['ID']['input'];
};

export type RecordConsentInput = {
  kind: ConsentKind;
  /** What exactly was agreed, if narrower. */
  scope?: InputMaybe<Scalars['String']['input']>;
  seekerId: Scalars['ID']['input'];
};

export type RecordConsentPayload = {
  __typename?: 'RecordConsentPayload';
  consent?: Maybe<Consent>;
  userErrors: Array<UserError>;
};

export type RecordMentorReplyInput = {
  contactId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An account that recruits, from its bio and behaviour. */
export type Recruiter = {
  __typename?: 'Recruiter';
  /** Employers their bio names. */
  companies: Array<Scalars['String']['output']>;
  /** Companies of the openings they posted (name, else handle, else careers site), latest first. */
  companiesPosted: Array<Scalars['String']['output']>;
  /** Job posts seen from them. */
  hiringPosts: Scalars['Int']['output'];
  /** agency or in-house */
  kind?: Maybe<Scalars['String']['output']>;
  lastPostAt?: Maybe<Scalars['DateTime']['output']>;
  /** Write to them on X (a web intent; Perch sends nothing). */
  messageIntentUrl: Scalars['String']['output'];
  profileUrl: Scalars['String']['output'];
  reasons: Array<Scalars['String']['output']>;
  /** Titles of the openings they posted (the roles they recruit for), latest first. */
  roles: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  username: Scalars['String']['output'];
  xAccountId: Scalars['String']['output'];
};

export type RedeliverWebhookInput = {
  webhookDeliveryId: Scalars['ID']['input'];
};

export type RefreshSessionInput = {
  refreshToken: Scalars['String']['input'];
};

export type Reminder = {
  __typename?: 'Reminder';
  chatId?: Maybe<Scalars['ID']['output']>;
  end: Scalars['DateTime']['output'];
  eventId?: Maybe<Scalars['ID']['output']>;
  hashtag: Scalars['String']['output'];
  remindAt: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type RemotePreference =
  | 'ON_SITE_OK'
  | 'OPEN'
  | 'REMOTE_ONLY';

export type RemoveCohortMemberInput = {
  cohortId: Scalars['ID']['input'];
  seekerId: Scalars['ID']['input'];
};

export type RemoveSeekerTargetInput = {
  targetId: Scalars['ID']['input'];
};

export type RemoveSeekerTargetPayload = {
  __typename?: 'RemoveSeekerTargetPayload';
  removedTargetId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RemoveTopicInput = {
  topicId: Scalars['ID']['input'];
};

export type RemoveTopicPayload = {
  __typename?: 'RemoveTopicPayload';
  removedTopicId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RemoveXWatchInput = {
  watchId: Scalars['ID']['input'];
};

export type RemoveXWatchPayload = {
  __typename?: 'RemoveXWatchPayload';
  removedWatchId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RetryXWatchInput = {
  watchId: Scalars['ID']['input'];
};

export type RetryXWatchPayload = {
  __typename?: 'RetryXWatchPayload';
  userErrors: Array<UserError>;
  watch?: Maybe<XWatch>;
};

export type ReviewCompanyAccountInput = {
  companyId: Scalars['ID']['input'];
  decision: AccountDecision;
  /** Correct the kind discovery guessed. */
  kind?: InputMaybe<CompanyAccountKind>;
  /** X's id of the account (CompanyAccount.xId). */
  xAccountId: Scalars['String']['input'];
};

export type ReviewCompanyAccountPayload = {
  __typename?: 'ReviewCompanyAccountPayload';
  account?: Maybe<CompanyAccount>;
  userErrors: Array<UserError>;
};

export type ReviewOutreachDraftInput = {
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  draftId: Scalars['ID']['input'];
};

export type ReviewVoiceDraftInput = {
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  draftId: Scalars['ID']['input'];
};

export type RevokeApiKeyInput = {
  apiKeyId: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  userErrors: Array<UserError>;
};

export type RevokeConsentInput = {
  consentId: Scalars['ID']['input'];
};

export type RevokeConsentPayload = {
  __typename?: 'RevokeConsentPayload';
  consent?: Maybe<Consent>;
  userErrors: Array<UserError>;
};

export type RevokeInvitationInput = {
  invitationId: Scalars['ID']['input'];
};

export type RevokeScimTokenInput = {
  scimTokenId: Scalars['ID']['input'];
};

export type RevokeScimTokenPayload = {
  __typename?: 'RevokeScimTokenPayload';
  scimToken?: Maybe<ScimToken>;
  userErrors: Array<UserError>;
};

export type RevokeSeekerCalendarFeedInput = {
  seekerId: Scalars['ID']['input'];
};

export type RevokeSeekerCalendarFeedPayload = {
  __typename?: 'RevokeSeekerCalendarFeedPayload';
  /** Addresses that stopped working. */
  revoked?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

/** One of owner, admin, coach, viewer, seeker. */
export type Role =
  | 'ADMIN'
  | 'COACH'
  | 'OWNER'
  | 'SEEKER'
  | 'VIEWER';

export type RosterImport = Node & {
  __typename?: 'RosterImport';
  createdAt: Scalars['DateTime']['output'];
  createdCount: Scalars['Int']['output'];
  doneRows: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  invalidCount: Scalars['Int']['output'];
  /** Per-row report once completed, in file order; at most 1000 a call. */
  rows: Array<RosterImportRow>;
  seatRefusedCount: Scalars['Int']['output'];
  /** RUNNING, COMPLETED or FAILED. */
  status: Scalars['String']['output'];
  totalRows: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};


export type RosterImportRowsArgs = {
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What the import did, or would do, with one row. */
export type RosterImportRow = {
  __typename?: 'RosterImportRow';
  externalId?: Maybe<Scalars['String']['output']>;
  /** Line in the file; the header is line 1. */
  line: Scalars['Int']['output'];
  /** CREATE, UPDATE, UNCHANGED, INVALID, DUPLICATE or SEAT_LIMIT. */
  outcome: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type RotateWebhookSecretInput = {
  webhookEndpointId: Scalars['ID']['input'];
};

export type RunBulkExportInput = {
  /** What to include (default: all three). */
  include?: InputMaybe<Array<BulkExportPart>>;
};

export type RunBulkExportPayload = {
  __typename?: 'RunBulkExportPayload';
  bulkExport?: Maybe<BulkExport>;
  userErrors: Array<UserError>;
};

export type Salary = {
  __typename?: 'Salary';
  currency: Scalars['String']['output'];
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  /** year, month or hour */
  period: Scalars['String']['output'];
};

export type SaveJobInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  /** A tracked Company, for its dossier. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** null clears the notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A JobPosting; or give title and company. */
  postingId?: InputMaybe<Scalars['ID']['input']>;
  seekerId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ScheduleInformationalInterviewInput = {
  contactId: Scalars['ID']['input'];
  /** 15–20 minutes is the polite ask. */
  durationMinutes?: Scalars['Int']['input'];
  meetingUrl?: InputMaybe<Scalars['String']['input']>;
  mode: InterviewMode;
  /** Required in person. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Wall time in timeZone: YYYY-MM-DDTHH:mm. */
  startsAt: Scalars['String']['input'];
  /** IANA time zone, e.g. America/Chicago. */
  timeZone: Scalars['String']['input'];
};

export type ScheduleVoiceDraftInput = {
  /** Default: the next free slot. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  draftId: Scalars['ID']['input'];
};

/** A bearer token a university directory (Entra ID, Okta) provisions students with. */
export type ScimToken = Node & {
  __typename?: 'ScimToken';
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ScimTokenConnection = {
  __typename?: 'ScimTokenConnection';
  edges: Array<ScimTokenEdge>;
  nodes: Array<ScimToken>;
  pageInfo: PageInfo;
};

export type ScimTokenEdge = {
  __typename?: 'ScimTokenEdge';
  cursor: Scalars['String']['output'];
  node: ScimToken;
};

export type SeatReport = {
  __typename?: 'SeatReport';
  byCoach: Array<CoachSeats>;
  /** The daily utilization as CSV (date,used,peak,seat_limit,utilization). */
  csv: Scalars['String']['output'];
  /** Seats free now. */
  free: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  /** Most seats in use at once during the term. */
  peak: Scalars['Int']['output'];
  seatLimit: Scalars['Int']['output'];
  /** Distinct seekers who held a seat at some time in the term. */
  seekersServed: Scalars['Int']['output'];
  to: Scalars['String']['output'];
  /** Seats in use now. */
  used: Scalars['Int']['output'];
  /** One entry per day of the term. */
  utilization: Array<SeatUtilizationDay>;
};

export type SeatUsage = {
  __typename?: 'SeatUsage';
  /** Each coach with assigned seekers; a seeker with two coaches counts for both. */
  byCoach: Array<CoachSeatUsage>;
  /** Seats left; 0 when the licence is full. */
  free: Scalars['Int']['output'];
  plan: Scalars['String']['output'];
  seatLimit: Scalars['Int']['output'];
  /** Last day of the term, YYYY-MM-DD. */
  termEnd: Scalars['String']['output'];
  /** First day of the term, YYYY-MM-DD. */
  termStart: Scalars['String']['output'];
  /** Active seekers with no coach. */
  unassignedActiveSeekers: Scalars['Int']['output'];
  /** Active seekers, each holding one seat. */
  used: Scalars['Int']['output'];
};

export type SeatUtilizationDay = {
  __typename?: 'SeatUtilizationDay';
  /** The day (UTC). */
  date: Scalars['String']['output'];
  /** Most seats in use at any moment of the day. */
  peak: Scalars['Int']['output'];
  /** Seats in use at the end of the day. */
  used: Scalars['Int']['output'];
  /** used / seat limit, 0–1 (0 when the limit is 0). */
  utilization: Scalars['Float']['output'];
};

export type Seeker = Node & {
  __typename?: 'Seeker';
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  careerStage: CareerStage;
  /** Staff assigned to coach this seeker. */
  coaches: Array<StaffMember>;
  /** Every consent record, standing and revoked, newest first. */
  consents: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  headline?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  industries: Array<Scalars['String']['output']>;
  /** The newest coach note; staff only. */
  latestNote?: Maybe<CoachNote>;
  locations: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Coach notes, oldest first; staff only. */
  notes: CoachNoteConnection;
  status: SeekerStatus;
  targetRoles: Array<Scalars['String']['output']>;
  /** Companies the seeker is aiming for, highest priority first. */
  targets: Array<SeekerTarget>;
  updatedAt: Scalars['DateTime']['output'];
  /** X archive imports, newest first. */
  xArchiveImports: Array<XArchiveImport>;
  xConnection?: Maybe<XConnection>;
  /** Linked X handle, without the @. */
  xHandle?: Maybe<Scalars['String']['output']>;
};


export type SeekerNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SeekerConnection = {
  __typename?: 'SeekerConnection';
  edges: Array<SeekerEdge>;
  nodes: Array<Seeker>;
  pageInfo: PageInfo;
};

export type SeekerEdge = {
  __typename?: 'SeekerEdge';
  cursor: Scalars['String']['output'];
  node: Seeker;
};

/** Only ACTIVE seekers hold a licence seat. */
export type SeekerStatus =
  /** Holding a licence seat. */
  | 'ACTIVE'
  /** Seat given back; history kept. */
  | 'ARCHIVED'
  /** On the roster, holding no seat. */
  | 'INVITED';

/** A company a seeker is aiming for. */
export type SeekerTarget = Node & {
  __typename?: 'SeekerTarget';
  company: Company;
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** 1 (highest) to 5. */
  priority: Scalars['Int']['output'];
  seeker?: Maybe<Seeker>;
  status: TargetStatus;
};

/** A follow-up for the seeker. */
export type SeekerTask = Node & {
  __typename?: 'SeekerTask';
  createdAt: Scalars['DateTime']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  kind: SeekerTaskKind;
  /** Open their profile on X. */
  profileUrl?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  xUsername?: Maybe<Scalars['String']['output']>;
};

export type SeekerTaskKind =
  | 'FOLLOW_UP'
  | 'MEET'
  | 'PREPARE'
  | 'THANK';

export type SeekerTaskPayload = {
  __typename?: 'SeekerTaskPayload';
  task?: Maybe<SeekerTask>;
  userErrors: Array<UserError>;
};

export type SendTestWebhookInput = {
  webhookEndpointId: Scalars['ID']['input'];
};

export type Session = {
  __typename?: 'Session';
  /** Send as "Authorization: Bearer <accessToken>". */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  member: StaffMember;
  /** Single use: exchange it with refreshSession for a new pair. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  role: Role;
};

export type SessionPayload = {
  __typename?: 'SessionPayload';
  session?: Maybe<Session>;
  userErrors: Array<UserError>;
};

export type SetJobPreferencesInput = {
  remote: RemotePreference;
  seekerId: Scalars['ID']['input'];
  skills: Array<Scalars['String']['input']>;
};

export type SetJobPreferencesPayload = {
  __typename?: 'SetJobPreferencesPayload';
  /** New matches found. */
  newMatches?: Maybe<Scalars['Int']['output']>;
  preferences?: Maybe<JobPreferences>;
  userErrors: Array<UserError>;
};

export type SetMentorContactBlockedInput = {
  blocked: Scalars['Boolean']['input'];
  contactId: Scalars['ID']['input'];
};

export type SetOutreachPolicyInput = {
  firstContactsPerWeek?: InputMaybe<Scalars['Int']['input']>;
  followUpAfterDays?: InputMaybe<Scalars['Int']['input']>;
  requireFirstContactApproval?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SetPostingSlotsInput = {
  seekerId: Scalars['ID']['input'];
  timeZone: Scalars['String']['input'];
  times: Array<Scalars['String']['input']>;
  weekdays: Array<Scalars['Int']['input']>;
};

export type SetSeekerTargetInput = {
  companyId: Scalars['ID']['input'];
  /** 1 (highest) to 5; default 3. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  seekerId: Scalars['ID']['input'];
  status?: InputMaybe<TargetStatus>;
};

export type SetSeekerTargetPayload = {
  __typename?: 'SetSeekerTargetPayload';
  target?: Maybe<SeekerTarget>;
  userErrors: Array<UserError>;
};

export type SetVoicePillarsInput = {
  /** 3 to 5 themes. */
  pillars: Array<PillarInput>;
  seekerId: Scalars['ID']['input'];
};

export type SetXBudgetInput = {
  /** US dollars per month. */
  monthlyBudgetUsd: Scalars['Float']['input'];
};

export type SetXBudgetPayload = {
  __typename?: 'SetXBudgetPayload';
  spend?: Maybe<XSpend>;
  userErrors: Array<UserError>;
};

export type ShareCohortLinkInput = {
  cohortId: Scalars['ID']['input'];
  seekerId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type SharedLink = {
  __typename?: 'SharedLink';
  sharers: Scalars['Int']['output'];
  shares: Scalars['Int']['output'];
  /** Canonical (tracking parameters removed). */
  url: Scalars['String']['output'];
};

/** A tenant’s SAML 2.0 or OIDC identity provider. The client secret is never shown. */
export type SsoConnection = Node & {
  __typename?: 'SsoConnection';
  /** SAML: the assertion consumer service URL (HTTP-POST). */
  acsUrl: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  defaultRole?: Maybe<Scalars['String']['output']>;
  emailAttribute?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  jitRoles: Array<Scalars['String']['output']>;
  /** Where the console sends people to sign in. */
  loginUrl: Scalars['String']['output'];
  /** SAML: our metadata for the IdP to import. */
  metadataUrl: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nameAttribute?: Maybe<Scalars['String']['output']>;
  oidcClientId?: Maybe<Scalars['String']['output']>;
  oidcClientSecretSet: Scalars['Boolean']['output'];
  oidcIssuer?: Maybe<Scalars['String']['output']>;
  /** SAML or OIDC. */
  protocol: Scalars['String']['output'];
  /** OIDC: the redirect URI to register. */
  redirectUri?: Maybe<Scalars['String']['output']>;
  requireSsoForStaff: Scalars['Boolean']['output'];
  roleAttribute?: Maybe<Scalars['String']['output']>;
  roleMappings: Array<SsoRoleMapping>;
  /** SHA-256 fingerprints of the IdP signing certificates. */
  samlIdpCertificateFingerprints: Array<Scalars['String']['output']>;
  samlIdpEntityId?: Maybe<Scalars['String']['output']>;
  samlSsoUrl?: Maybe<Scalars['String']['output']>;
  /** SAML: our entity id (the audience) for this tenant. */
  spEntityId: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SsoConnectionConnection = {
  __typename?: 'SsoConnectionConnection';
  edges: Array<SsoConnectionEdge>;
  nodes: Array<SsoConnection>;
  pageInfo: PageInfo;
};

export type SsoConnectionEdge = {
  __typename?: 'SsoConnectionEdge';
  cursor: Scalars['String']['output'];
  node: SsoConnection;
};

export type SsoConnectionPayload = {
  __typename?: 'SsoConnectionPayload';
  ssoConnection?: Maybe<SsoConnection>;
  userErrors: Array<UserError>;
};

export type SsoRoleMapping = {
  __typename?: 'SsoRoleMapping';
  role: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type SsoRoleMappingInput = {
  /** COACH, VIEWER or SEEKER. */
  role: Scalars['String']['input'];
  /** A value of the role attribute or claim, e.g. "faculty". */
  value: Scalars['String']['input'];
};

/** What an IdP administrator registers for this organization, before any connection exists: the addresses Perch answers at (from its public URL). */
export type SsoServiceProvider = {
  __typename?: 'SsoServiceProvider';
  /** OIDC: where a sign-in starts. */
  oidcLoginUrl: Scalars['String']['output'];
  /** OIDC: the redirect URI to register with the client. */
  oidcRedirectUri: Scalars['String']['output'];
  /** SAML: the assertion consumer service (HTTP-POST). */
  samlAcsUrl: Scalars['String']['output'];
  /** SAML: the SP entity id (audience). */
  samlEntityId: Scalars['String']['output'];
  /** SAML: where a sign-in starts (SP-initiated). */
  samlLoginUrl: Scalars['String']['output'];
  /** SAML: the SP metadata to import; also the SP entity id (audience). */
  samlMetadataUrl: Scalars['String']['output'];
};

export type StaffMember = Node & {
  __typename?: 'StaffMember';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
};

export type StaffMemberConnection = {
  __typename?: 'StaffMemberConnection';
  edges: Array<StaffMemberEdge>;
  nodes: Array<StaffMember>;
  pageInfo: PageInfo;
};

export type StaffMemberEdge = {
  __typename?: 'StaffMemberEdge';
  cursor: Scalars['String']['output'];
  node: StaffMember;
};

export type StaffMemberPayload = {
  __typename?: 'StaffMemberPayload';
  staffMember?: Maybe<StaffMember>;
  userErrors: Array<UserError>;
};

export type StartMentorDiscoveryInput = {
  /** Defaults to the field of the target roles. */
  field?: InputMaybe<Scalars['String']['input']>;
  seekerId: Scalars['ID']['input'];
};

export type StartMentorDiscoveryPayload = {
  __typename?: 'StartMentorDiscoveryPayload';
  field?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
  /** The XWatch that brings the field in. */
  watchId?: Maybe<Scalars['ID']['output']>;
};

export type SubmitVoiceDraftInput = {
  draftId: Scalars['ID']['input'];
};

export type SwitchTenantInput = {
  tenantSlug: Scalars['String']['input'];
};

export type SyncVoicePostsInput = {
  seekerId: Scalars['ID']['input'];
};

export type SyncVoicePostsPayload = {
  __typename?: 'SyncVoicePostsPayload';
  /** Posts new to Perch. */
  added?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type TargetStatus =
  | 'APPLIED'
  | 'CLOSED'
  | 'INTERVIEWING'
  | 'OFFER'
  | 'RESEARCHING';

export type Tenant = Node & {
  __typename?: 'Tenant';
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Seats and term; staff only (null for seekers). */
  license?: Maybe<License>;
  name: Scalars['String']['output'];
  /** Short name used at sign-in and in URLs. */
  slug: Scalars['String']['output'];
};

export type TermCount = {
  __typename?: 'TermCount';
  count: Scalars['Int']['output'];
  term: Scalars['String']['output'];
};

export type ThemeCount = {
  __typename?: 'ThemeCount';
  count: Scalars['Int']['output'];
  term: Scalars['String']['output'];
};

/** Something followed for trends, by the organization or for one seeker. */
export type Topic = Node & {
  __typename?: 'Topic';
  /** Bursts over the `days` days (1–30, default 14) ending `day` (default today, UTC). */
  bursts: Array<TrendBurst>;
  /** The cohort it is for. */
  cohort?: Maybe<Cohort>;
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  kind: TopicKind;
  name: Scalars['String']['output'];
  seeker?: Maybe<Seeker>;
  value: Scalars['String']['output'];
};


/** Something followed for trends, by the organization or for one seeker. */
export type TopicBurstsArgs = {
  day?: InputMaybe<Scalars['String']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** KEYWORD: a word or phrase. HASHTAG: #tag. QUERY: an X search query. LIST: an X list id. */
export type TopicKind =
  | 'HASHTAG'
  | 'KEYWORD'
  | 'LIST'
  | 'QUERY';

/** A term far above its own normal on a day. */
export type TrendBurst = {
  __typename?: 'TrendBurst';
  /** Its normal per day before. */
  baseline: Scalars['Float']['output'];
  /** Posts using it that day. */
  count: Scalars['Int']['output'];
  /** UTC day, YYYY-MM-DD. */
  day: Scalars['String']['output'];
  /** Barely used before: new rather than spiking. */
  emerging: Scalars['Boolean']['output'];
  links: Array<TrendLink>;
  posts: Array<TrendPost>;
  /** Other terms of the same story (their posts are mostly this burst’s), folded in. */
  related: Array<Scalars['String']['output']>;
  /** (count − normal) / √(variance + normal + 1). */
  score: Scalars['Float']['output'];
  /** A word, a #hashtag, or link:<url>. */
  term: Scalars['String']['output'];
  topic: Topic;
};

/** A link shared in the burst, canonicalized (tracking removed). */
export type TrendLink = {
  __typename?: 'TrendLink';
  count: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

export type TrendPost = {
  __typename?: 'TrendPost';
  author?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
  url: Scalars['String']['output'];
  /** X's id of the post. */
  xId: Scalars['ID']['output'];
};

export type UnassignCoachInput = {
  seekerId: Scalars['ID']['input'];
  /** A staff member whose role is owner, admin or coach. */
  staffMemberId: Scalars['ID']['input'];
};

export type UnassignCoachPayload = {
  __typename?: 'UnassignCoachPayload';
  seeker?: Maybe<Seeker>;
  userErrors: Array<UserError>;
};

export type UpdateInformationalInterviewInput = {
  /** Follow-up tasks, due a week later. */
  followUps?: InputMaybe<Array<Scalars['String']['input']>>;
  interviewId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InterviewOutcome>;
};

export type UpdateJobApplicationInput = {
  applicationId: Scalars['ID']['input'];
  /** null unlinks the company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** People involved, e.g. @recruiter; replaces the list. Left out keeps it; null or [] clears it. */
  contacts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Left out keeps the notes; null clears them. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateLicenseInput = {
  plan: Scalars['String']['input'];
  /** Seekers that may be active at the same time. */
  seatLimit: Scalars['Int']['input'];
  /** Last day of the term, YYYY-MM-DD; after termStart. */
  termEnd: Scalars['String']['input'];
  /** First day of the term, YYYY-MM-DD. */
  termStart: Scalars['String']['input'];
};

export type UpdateLicensePayload = {
  __typename?: 'UpdateLicensePayload';
  license?: Maybe<License>;
  userErrors: Array<UserError>;
};

export type UpdateSeekerInput = {
  careerStage?: InputMaybe<CareerStage>;
  /** Unique within the workspace. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** One line about the seeker; null clears it. */
  headline?: InputMaybe<Scalars['String']['input']>;
  /** Industries of interest, at most 20, each 1 to 100 characters. */
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Places the seeker would work, at most 20, each 1 to 100 characters. */
  locations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  seekerId: Scalars['ID']['input'];
  /** Roles sought, at most 20, each 1 to 100 characters. */
  targetRoles?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateSeekerPayload = {
  __typename?: 'UpdateSeekerPayload';
  seeker?: Maybe<Seeker>;
  userErrors: Array<UserError>;
};

export type UpdateSsoConnectionInput = {
  /** COACH, VIEWER or SEEKER; an empty string: none (a person no mapping matches is refused). */
  defaultRole?: InputMaybe<Scalars['String']['input']>;
  /** Empty string: the defaults (email, mail). */
  emailAttribute?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the roles a first sign-in may create; an empty list: invitations only. */
  jitRoles?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Empty string: the defaults. */
  nameAttribute?: InputMaybe<Scalars['String']['input']>;
  oidcClientId?: InputMaybe<Scalars['String']['input']>;
  /** OIDC: a new client secret, stored encrypted; an empty string removes it (a public client). */
  oidcClientSecret?: InputMaybe<Scalars['String']['input']>;
  requireSsoForStaff?: InputMaybe<Scalars['Boolean']['input']>;
  /** Empty string: no role attribute (needs no mappings). */
  roleAttribute?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the mappings; an empty list removes them. */
  roleMappings?: InputMaybe<Array<SsoRoleMappingInput>>;
  /** SAML: replaces the IdP’s signing certificates (PEM, one to three). For a rollover, list the old and the new, then the new alone once the IdP has switched. */
  samlIdpCertificates?: InputMaybe<Array<Scalars['String']['input']>>;
  /** SAML: the IdP’s single sign-on URL (HTTP-Redirect). */
  samlSsoUrl?: InputMaybe<Scalars['String']['input']>;
  ssoConnectionId: Scalars['ID']['input'];
};

export type UpdateWebhookEndpointInput = {
  /** Empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** False stops deliveries (pending ones fail); true resumes and clears the failure count. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<WebhookEventType>>;
  url?: InputMaybe<Scalars['String']['input']>;
  webhookEndpointId: Scalars['ID']['input'];
};

export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path of the input field at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'SEAT_LIMIT_REACHED'
  | 'TENANT_REQUIRED';

/** Who is calling. */
export type Viewer = {
  __typename?: 'Viewer';
  apiKey?: Maybe<ApiKey>;
  kind: PrincipalKind;
  member?: Maybe<StaffMember>;
  /** Organizations you can switch to. */
  organizations: Array<OrganizationChoice>;
  role?: Maybe<Role>;
  /** For role seeker: your own seeker record. */
  seekerId?: Maybe<Scalars['ID']['output']>;
};

export type VoiceCadence = {
  __typename?: 'VoiceCadence';
  activeWeeks: Scalars['Int']['output'];
  longestGapDays: Scalars['Float']['output'];
  postsPerWeek: Scalars['Float']['output'];
};

export type VoiceDraft = Node & {
  __typename?: 'VoiceDraft';
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  attempts: Scalars['Int']['output'];
  check: DraftCheck;
  comments: Array<DraftComment>;
  createdAt: Scalars['DateTime']['output'];
  failureCode?: Maybe<Scalars['String']['output']>;
  /** Why it failed or paused. */
  failureMessage?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  postUrl?: Maybe<Scalars['String']['output']>;
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
  /** When the seeker OK’d these words (wrote or edited them, or sent the draft for review). A draft posts as the seeker, so one without their OK cannot be approved or scheduled; a change by anyone else clears it. */
  seekerOkAt?: Maybe<Scalars['DateTime']['output']>;
  status: VoiceDraftStatus;
  text: Scalars['String']['output'];
  xPostId?: Maybe<Scalars['String']['output']>;
};

export type VoiceDraftConnection = {
  __typename?: 'VoiceDraftConnection';
  edges: Array<VoiceDraftEdge>;
  nodes: Array<VoiceDraft>;
  pageInfo: PageInfo;
};

export type VoiceDraftEdge = {
  __typename?: 'VoiceDraftEdge';
  cursor: Scalars['String']['output'];
  node: VoiceDraft;
};

export type VoiceDraftPayload = {
  __typename?: 'VoiceDraftPayload';
  draft?: Maybe<VoiceDraft>;
  userErrors: Array<UserError>;
};

/** draft → in review → approved → scheduled → posting → posted; or changes requested, failed (with the reason), cancelled, paused (consent withdrawn). */
export type VoiceDraftStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'FAILED'
  | 'IN_REVIEW'
  | 'PAUSED'
  | 'POSTED'
  | 'POSTING'
  | 'SCHEDULED';

export type VoiceMonth = {
  __typename?: 'VoiceMonth';
  consistency: Scalars['Float']['output'];
  formality: Scalars['Float']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  onPillarShare: Scalars['Float']['output'];
  /** Per pillar: the month’s share of posts. */
  pillarShare: Array<PillarShare>;
  posts: Scalars['Int']['output'];
  /** Reading grade of the month’s posts (0 without posts). */
  readabilityGrade: Scalars['Float']['output'];
  sentiment: Scalars['Float']['output'];
  /** The month’s distinctive terms, best first. */
  themes: Array<ThemeCount>;
};

export type VoicePillar = {
  __typename?: 'VoicePillar';
  name: Scalars['String']['output'];
  terms: Array<Scalars['String']['output']>;
};

export type VoicePillarsPayload = {
  __typename?: 'VoicePillarsPayload';
  pillars?: Maybe<Array<VoicePillar>>;
  userErrors: Array<UserError>;
};

/** What the seeker’s public trail says, month by month. */
export type VoiceProfile = {
  __typename?: 'VoiceProfile';
  cadence: VoiceCadence;
  /** 0 to 100 */
  consistency: Scalars['Float']['output'];
  months: Array<VoiceMonth>;
  onPillarShare: Scalars['Float']['output'];
  pillarShare: Array<PillarShare>;
  posts: Scalars['Int']['output'];
  /** Reading grade. */
  readabilityGrade: Scalars['Float']['output'];
  themes: Array<ThemeCount>;
  tone: VoiceTone;
};

export type VoiceTone = {
  __typename?: 'VoiceTone';
  /** 0 to 1 */
  formality: Scalars['Float']['output'];
  /** -1 to 1 */
  sentiment: Scalars['Float']['output'];
};

export type VoiceTrendPoint = {
  __typename?: 'VoiceTrendPoint';
  /** UTC, YYYY-MM. */
  month: Scalars['String']['output'];
  posts: Scalars['Int']['output'];
  /** 0..100, as voiceProfile.months.consistency. */
  score: Scalars['Int']['output'];
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  /** Why it failed (status, timeout, refusal). */
  error?: Maybe<Scalars['String']['output']>;
  /** The HTTP status the receiver answered. */
  status?: Maybe<Scalars['Int']['output']>;
};

/** One event sent to one endpoint; its id (the `Perch-Delivery-Id` header) stays the same across retries. A redelivery is a new delivery of the same event (same `Perch-Event-Id`). */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Every attempt, oldest first. */
  attemptLog: Array<WebhookAttempt>;
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event’s id, as in the JSON and the `Perch-Event-Id` header. */
  eventId: Scalars['String']['output'];
  eventType: WebhookEventType;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  lastStatus?: Maybe<Scalars['Int']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body as sent (the signature header is computed per attempt). */
  payload?: Maybe<Scalars['String']['output']>;
  /** The delivery this one sends again. */
  redeliveryOf?: Maybe<Scalars['ID']['output']>;
  status: WebhookDeliveryStatus;
  webhookEndpointId: Scalars['ID']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  userErrors: Array<UserError>;
  webhookDelivery?: Maybe<WebhookDelivery>;
};

/** PENDING: not yet delivered (retries left). SUCCEEDED: a 2xx answer. FAILED: no attempt left, or the endpoint was disabled. */
export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** Where Perch sends signed events. The signing secret is shown only when created or rotated. */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** Failed attempts since the last success. */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** This endpoint’s deliveries, newest first (same as `webhookDeliveries`). */
  deliveries: WebhookDeliveryConnection;
  description?: Maybe<Scalars['String']['output']>;
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** False once disabled by an admin or after too many failures in a row. */
  enabled: Scalars['Boolean']['output'];
  events: Array<WebhookEventType>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Until when the previous secret also signs (after a rotation). */
  previousSecretValidUntil?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};


/** Where Perch sends signed events. The signing secret is shown only when created or rotated. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  edges: Array<WebhookEndpointEdge>;
  nodes: Array<WebhookEndpoint>;
  pageInfo: PageInfo;
};

export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEndpoint;
};

export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  userErrors: Array<UserError>;
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** An event an endpoint can subscribe to; its value is the `type` of the delivered JSON. */
export type WebhookEventType =
  /** `bulk_export.completed`: a bulk export finished (its id and status). */
  | 'BULK_EXPORT_COMPLETED'
  /** `draft.approved`: a coach approved a post draft. */
  | 'DRAFT_APPROVED'
  /** `interview.scheduled`: an informational interview got a time. */
  | 'INTERVIEW_SCHEDULED'
  /** `job.matched`: new matched openings for a seeker (their ids and scores). */
  | 'JOB_MATCHED'
  /** `pipeline.stage_changed`: a job application moved (from, to). */
  | 'PIPELINE_STAGE_CHANGED'
  /** `post.published`: a scheduled post went out on X. */
  | 'POST_PUBLISHED'
  /** `seat.limit_reached`: a seeker could not be given a seat; all are taken. */
  | 'SEAT_LIMIT_REACHED'
  /** `seeker.activated`: a seeker took a licence seat. */
  | 'SEEKER_ACTIVATED'
  /** `webhook.test`: sent by `sendTestWebhook` only. */
  | 'WEBHOOK_TEST';

export type WebhookSecretPayload = {
  __typename?: 'WebhookSecretPayload';
  /** The signing secret (`whsec_…`), shown only here. Keep it on the receiver. */
  secret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** A public X account. */
export type XAccount = {
  __typename?: 'XAccount';
  name?: Maybe<Scalars['String']['output']>;
  username?: Maybe<Scalars['String']['output']>;
  /** X's id of the account. */
  xId: Scalars['String']['output'];
};

export type XArchiveImport = Node & {
  __typename?: 'XArchiveImport';
  /** Size of the uploaded zip. */
  bytes: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** ARCHIVE_BOMB, ARCHIVE_NOT_X, ARCHIVE_MALFORMED, … */
  errorCode?: Maybe<Scalars['String']['output']>;
  errorMessage?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  followers: Scalars['Int']['output'];
  following: Scalars['Int']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Posts added by this import (a re-import adds none). */
  posts: Scalars['Int']['output'];
  /** Share of the archive read, 0 to 1. */
  progress: Scalars['Float']['output'];
  status: ArchiveImportStatus;
  xUsername?: Maybe<Scalars['String']['output']>;
};

/** Which capability a watch serves (its X spend is attributed to it). */
export type XCapability =
  | 'JOBS'
  | 'MENTORSHIP'
  | 'ORGS'
  | 'PEERS'
  | 'RESEARCH'
  | 'TRENDS'
  | 'VOICE';

/** A seeker's connected X account (tokens are never exposed). */
export type XConnection = {
  __typename?: 'XConnection';
  connectedAt: Scalars['DateTime']['output'];
  scopes: Array<Scalars['String']['output']>;
  username: Scalars['String']['output'];
  xUserId: Scalars['String']['output'];
};

/** A public post, as Perch ingested it. */
export type XPost = {
  __typename?: 'XPost';
  author?: Maybe<XAccount>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  hashtags: Array<Scalars['String']['output']>;
  lang?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  /** The post on X. */
  url: Scalars['String']['output'];
  /** X's id of the post. */
  xId: Scalars['ID']['output'];
};

export type XPostConnection = {
  __typename?: 'XPostConnection';
  edges: Array<XPostEdge>;
  nodes: Array<XPost>;
  pageInfo: PageInfo;
};

export type XPostEdge = {
  __typename?: 'XPostEdge';
  cursor: Scalars['String']['output'];
  node: XPost;
};

/** The organization's X API spend for one month. */
export type XSpend = {
  __typename?: 'XSpend';
  budgetUsd: Scalars['Float']['output'];
  byCapability: Array<XSpendByCapability>;
  bySeeker: Array<XSpendBySeeker>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** True when the budget is spent and X use is paused for this month. */
  paused: Scalars['Boolean']['output'];
  remainingUsd: Scalars['Float']['output'];
  spentUsd: Scalars['Float']['output'];
};

export type XSpendByCapability = {
  __typename?: 'XSpendByCapability';
  /** research, trends, mentorship, peers, orgs, jobs, voice or connect. */
  capability: Scalars['String']['output'];
  spentUsd: Scalars['Float']['output'];
  /** Objects billed (reads after same-day de-duplication, writes). */
  units: Scalars['Int']['output'];
};

export type XSpendBySeeker = {
  __typename?: 'XSpendBySeeker';
  seeker?: Maybe<Seeker>;
  spentUsd: Scalars['Float']['output'];
  units: Scalars['Int']['output'];
};

/** One month of X spend, for a history. */
export type XSpendMonth = {
  __typename?: 'XSpendMonth';
  byCapability: Array<XSpendByCapability>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  spentUsd: Scalars['Float']['output'];
  /** Objects billed in the month. */
  units: Scalars['Int']['output'];
};

/** Something the organization follows on X. Watches of the same account, query or list share one poll, across organizations. */
export type XWatch = Node & {
  __typename?: 'XWatch';
  cadenceMinutes: Scalars['Int']['output'];
  capability: XCapability;
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  kind: XWatchKind;
  /** A label for people: the given one, else @handle, the query or the list name. */
  label: Scalars['String']['output'];
  lastError?: Maybe<XWatchError>;
  lastPolledAt?: Maybe<Scalars['DateTime']['output']>;
  lastPostAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the source is next due (null while failed or paused). */
  nextPollAt?: Maybe<Scalars['DateTime']['output']>;
  /** Posts this watch has been handed, newest first. */
  posts: XPostConnection;
  /** Posts this watch has been handed so far. */
  postsSeen: Scalars['Float']['output'];
  /** The seeker this watch is for; null for the whole organization. */
  seeker?: Maybe<Seeker>;
  status: XWatchStatus;
  /** The handle, query or list id. */
  target: Scalars['String']['output'];
};


/** Something the organization follows on X. Watches of the same account, query or list share one poll, across organizations. */
export type XWatchPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type XWatchConnection = {
  __typename?: 'XWatchConnection';
  edges: Array<XWatchEdge>;
  nodes: Array<XWatch>;
  pageInfo: PageInfo;
};

export type XWatchEdge = {
  __typename?: 'XWatchEdge';
  cursor: Scalars['String']['output'];
  node: XWatch;
};

export type XWatchError = {
  __typename?: 'XWatchError';
  /** X_NOT_FOUND, X_FORBIDDEN, X_BAD_REQUEST, X_UNAVAILABLE, X_TIMEOUT, … */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** What a watch follows: an account's posts, a recent-search query, or a list's posts. */
export type XWatchKind =
  | 'LIST'
  | 'QUERY'
  | 'TIMELINE';

/** PENDING: not polled yet. ACTIVE: polled on cadence. POLLING: a poll is running. RATE_LIMITED: X asked Perch to wait; polling resumes at the reset. RETRYING: the last poll failed and is being retried. FAILED: X refused the source or the retries ran out (see lastError; retryXWatch). PAUSED_BUDGET: this organization spent its X budget for the month. */
export type XWatchStatus =
  | 'ACTIVE'
  | 'FAILED'
  | 'PAUSED_BUDGET'
  | 'PENDING'
  | 'POLLING'
  | 'RATE_LIMITED'
  | 'RETRYING';

export type ApiKeysPageListQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiKeysPageListQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', nodes: Array<{ __typename?: 'ApiKey', id: string, name: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ApiKeysPageCreateMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ApiKeysPageCreateMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', token?: string | null, apiKey?: { __typename?: 'ApiKey', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ApiKeysPageRevokeMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type ApiKeysPageRevokeMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'RevokeApiKeyPayload', apiKey?: { __typename?: 'ApiKey', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type AuditPageQueryVariables = Exact<{
  seekerId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditPageQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', id: string, at: string, actorKind: string, actorId?: string | null, actorRole?: string | null, via: string, action: string, kind: AuditKind, seekerId?: string | null, outcome: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AuditPageStaffQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditPageStaffQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffMemberConnection', nodes: Array<{ __typename?: 'StaffMember', id: string, name: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AuditPageSeekersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditPageSeekersQuery = { __typename?: 'Query', seekers: { __typename?: 'SeekerConnection', nodes: Array<{ __typename?: 'Seeker', id: string, name: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CohortsPageCohortsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CohortsPageCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortConnection', nodes: Array<{ __typename?: 'Cohort', id: string, name: string, hashtag?: string | null, field?: string | null, stage?: string | null, termStart?: string | null, termEnd?: string | null, createdAt: string, members: Array<{ __typename?: 'Seeker', id: string, name: string }>, checkIns: Array<{ __typename?: 'CohortCheckIn', id: string, seekerId: string, week: string, status: CheckInStatus }>, activity: Array<{ __typename?: 'CohortActivity', at: string, kind: string, detail: string, seekerId?: string | null }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CohortsPageSeekersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CohortsPageSeekersQuery = { __typename?: 'Query', seekers: { __typename?: 'SeekerConnection', nodes: Array<{ __typename?: 'Seeker', id: string, name: string, status: SeekerStatus }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CohortsPageEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortsPageEventsQuery = { __typename?: 'Query', orgEvents: Array<{ __typename?: 'OrgEvent', id: string, name: string, kind: OrgEventKind, startsAt: string, endsAt: string, localStart: string, timeZone: string, online: boolean, place?: string | null, url?: string | null, hashtags: Array<string>, speakers: Array<string>, organization?: { __typename?: 'Organization', id: string, name: string } | null }> };

export type CohortsPageAddEventMutationVariables = Exact<{
  input: AddOrgEventInput;
}>;


export type CohortsPageAddEventMutation = { __typename?: 'Mutation', addOrgEvent: { __typename?: 'OrgEventPayload', event?: { __typename?: 'OrgEvent', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type CohortsPageChatsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortsPageChatsQuery = { __typename?: 'Query', hashtagChats: Array<{ __typename?: 'HashtagChat', id: string, name: string, hashtag: string, schedule: string, hostUsername?: string | null, durationMinutes: number, timeZone: string, archive?: { __typename?: 'ChatArchive', occurrence: { __typename?: 'ChatOccurrence', start: string, localStart: string }, archive: { __typename?: 'HashtagArchive', postCount: number, participants: Array<{ __typename?: 'ArchiveParticipant', username: string, posts: number, isHost: boolean }> } } | null, upcoming: Array<{ __typename?: 'ChatOccurrence', start: string, localStart: string }> }> };

export type CohortsPageAddChatMutationVariables = Exact<{
  input: AddHashtagChatInput;
}>;


export type CohortsPageAddChatMutation = { __typename?: 'Mutation', addHashtagChat: { __typename?: 'HashtagChatPayload', chat?: { __typename?: 'HashtagChat', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type CaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadQuery = { __typename?: 'Query', caseload: Array<{ __typename?: 'CaseloadEntry', companiesTargeted: number, companiesResearched: number, outreachMoves30d: number, checkIns30d: number, eventsJoined: number, openApplications: number, newJobMatches: number, pipelineStage?: ApplicationStage | null, voiceScore?: number | null, lastActivityAt?: string | null, xConnected: boolean, seeker: { __typename?: 'Seeker', id: string, name: string, status: SeekerStatus, targetRoles: Array<string>, coaches: Array<{ __typename?: 'StaffMember', id: string, name: string }> }, voiceTrend: Array<{ __typename?: 'VoiceTrendPoint', month: string, score: number, posts: number }>, atRisk: Array<{ __typename?: 'AtRisk', reason: AtRiskReason, detail: string }> }> };

export type CaseloadCohortsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseloadCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortConnection', nodes: Array<{ __typename?: 'Cohort', id: string, name: string, members: Array<{ __typename?: 'Seeker', id: string }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CaseloadCreateSeekerMutationVariables = Exact<{
  input: CreateSeekerInput;
}>;


export type CaseloadCreateSeekerMutation = { __typename?: 'Mutation', createSeeker: { __typename?: 'CreateSeekerPayload', seeker?: { __typename?: 'Seeker', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrganizationPageSsoQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationPageSsoQuery = { __typename?: 'Query', ssoConnections: { __typename?: 'SsoConnectionConnection', nodes: Array<{ __typename?: 'SsoConnection', id: string, name: string, protocol: string, enabled: boolean, requireSsoForStaff: boolean, samlIdpEntityId?: string | null, samlSsoUrl?: string | null, samlIdpCertificateFingerprints: Array<string>, oidcIssuer?: string | null, oidcClientId?: string | null, oidcClientSecretSet: boolean, jitRoles: Array<string>, defaultRole?: string | null, emailAttribute?: string | null, nameAttribute?: string | null, roleAttribute?: string | null, spEntityId: string, acsUrl: string, metadataUrl: string, loginUrl: string, redirectUri?: string | null, createdAt: string, roleMappings: Array<{ __typename?: 'SsoRoleMapping', value: string, role: string }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrganizationPageServiceProviderQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationPageServiceProviderQuery = { __typename?: 'Query', ssoServiceProvider: { __typename?: 'SsoServiceProvider', samlMetadataUrl: string, samlEntityId: string, samlAcsUrl: string, oidcRedirectUri: string } };

export type OrganizationPageCreateSsoMutationVariables = Exact<{
  input: CreateSsoConnectionInput;
}>;


export type OrganizationPageCreateSsoMutation = { __typename?: 'Mutation', createSsoConnection: { __typename?: 'SsoConnectionPayload', ssoConnection?: { __typename?: 'SsoConnection', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrganizationPageUpdateSsoMutationVariables = Exact<{
  input: UpdateSsoConnectionInput;
}>;


export type OrganizationPageUpdateSsoMutation = { __typename?: 'Mutation', updateSsoConnection: { __typename?: 'SsoConnectionPayload', ssoConnection?: { __typename?: 'SsoConnection', id: string, enabled: boolean, requireSsoForStaff: boolean } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrganizationPageDeleteSsoMutationVariables = Exact<{
  input: DeleteSsoConnectionInput;
}>;


export type OrganizationPageDeleteSsoMutation = { __typename?: 'Mutation', deleteSsoConnection: { __typename?: 'DeleteSsoConnectionPayload', deletedSsoConnectionId?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrganizationPageScimTokensQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationPageScimTokensQuery = { __typename?: 'Query', scimTokens: { __typename?: 'ScimTokenConnection', nodes: Array<{ __typename?: 'ScimToken', id: string, name: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrganizationPageCreateScimTokenMutationVariables = Exact<{
  input: CreateScimTokenInput;
}>;


export type OrganizationPageCreateScimTokenMutation = { __typename?: 'Mutation', createScimToken: { __typename?: 'CreateScimTokenPayload', token?: string | null, scimToken?: { __typename?: 'ScimToken', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrganizationPageRevokeScimTokenMutationVariables = Exact<{
  input: RevokeScimTokenInput;
}>;


export type OrganizationPageRevokeScimTokenMutation = { __typename?: 'Mutation', revokeScimToken: { __typename?: 'RevokeScimTokenPayload', scimToken?: { __typename?: 'ScimToken', id: string, revokedAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrganizationPageDeleteMutationVariables = Exact<{
  input: DeleteOrganizationInput;
}>;


export type OrganizationPageDeleteMutation = { __typename?: 'Mutation', deleteOrganization: { __typename?: 'DeleteOrganizationPayload', deleted?: boolean | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ReportsPageSeatsQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportsPageSeatsQuery = { __typename?: 'Query', seatReport: { __typename?: 'SeatReport', from: string, to: string, seatLimit: number, used: number, free: number, peak: number, seekersServed: number, csv: string, byCoach: Array<{ __typename?: 'CoachSeats', coachId?: string | null, coachName?: string | null, seekers: number, activeNow: number }>, utilization: Array<{ __typename?: 'SeatUtilizationDay', date: string, used: number, peak: number }> } };

export type ReportsPageOutcomesQueryVariables = Exact<{
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  cohortId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ReportsPageOutcomesQuery = { __typename?: 'Query', outcomesReport: { __typename?: 'OutcomesReport', from: string, to: string, seekers: string, csv: string, metrics: Array<{ __typename?: 'OutcomeMetric', capability: string, metric: string, seekers: string, events: string }> } };

export type ReportsPageCohortsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportsPageCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortConnection', nodes: Array<{ __typename?: 'Cohort', id: string, name: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RosterImportCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RosterImportCardQuery = { __typename?: 'Query', rosterImport: { __typename?: 'RosterImport', id: string, status: string, dryRun: boolean, totalRows: number, doneRows: number, createdCount: number, updatedCount: number, invalidCount: number, seatRefusedCount: number, error?: string | null, rows: Array<{ __typename?: 'RosterImportRow', line: number, externalId?: string | null, outcome: string, reason?: string | null }> } };

export type SeatsPageUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type SeatsPageUsageQuery = { __typename?: 'Query', seatUsage: { __typename?: 'SeatUsage', plan: string, seatLimit: number, used: number, free: number, termStart: string, termEnd: string, unassignedActiveSeekers: number, byCoach: Array<{ __typename?: 'CoachSeatUsage', activeSeekers: number, coach: { __typename?: 'StaffMember', id: string, name: string, active: boolean } }> } };

export type SeatsPageSeekersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  status: SeekerStatus;
}>;


export type SeatsPageSeekersQuery = { __typename?: 'Query', seekers: { __typename?: 'SeekerConnection', nodes: Array<{ __typename?: 'Seeker', id: string, name: string, status: SeekerStatus, createdAt: string, activatedAt?: string | null, coaches: Array<{ __typename?: 'StaffMember', id: string, name: string }> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SeatsPageActivateMutationVariables = Exact<{
  input: ActivateSeekerInput;
}>;


export type SeatsPageActivateMutation = { __typename?: 'Mutation', activateSeeker: { __typename?: 'ActivateSeekerPayload', seeker?: { __typename?: 'Seeker', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type SeatsPageArchiveMutationVariables = Exact<{
  input: ArchiveSeekerInput;
}>;


export type SeatsPageArchiveMutation = { __typename?: 'Mutation', archiveSeeker: { __typename?: 'ArchiveSeekerPayload', seeker?: { __typename?: 'Seeker', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type SeatsPageUpdateLicenseMutationVariables = Exact<{
  input: UpdateLicenseInput;
}>;


export type SeatsPageUpdateLicenseMutation = { __typename?: 'Mutation', updateLicense: { __typename?: 'UpdateLicensePayload', license?: { __typename?: 'License', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type SeekerHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SeekerHeaderQuery = { __typename?: 'Query', seeker: { __typename?: 'Seeker', id: string, name: string, status: SeekerStatus, careerStage: CareerStage, targetRoles: Array<string>, locations: Array<string> } };

export type SpendPageMonthQueryVariables = Exact<{
  month?: InputMaybe<Scalars['String']['input']>;
}>;


export type SpendPageMonthQuery = { __typename?: 'Query', xSpend: { __typename?: 'XSpend', month: string, budgetUsd: number, spentUsd: number, remainingUsd: number, paused: boolean, byCapability: Array<{ __typename?: 'XSpendByCapability', capability: string, spentUsd: number, units: number }>, bySeeker: Array<{ __typename?: 'XSpendBySeeker', spentUsd: number, units: number, seeker?: { __typename?: 'Seeker', id: string, name: string } | null }> } };

export type SpendPageHistoryQueryVariables = Exact<{
  months: Scalars['Int']['input'];
}>;


export type SpendPageHistoryQuery = { __typename?: 'Query', xSpendHistory: Array<{ __typename?: 'XSpendMonth', month: string, spentUsd: number }> };

export type SpendPageSetBudgetMutationVariables = Exact<{
  input: SetXBudgetInput;
}>;


export type SpendPageSetBudgetMutation = { __typename?: 'Mutation', setXBudget: { __typename?: 'SetXBudgetPayload', spend?: { __typename?: 'XSpend', budgetUsd: number } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type StaffPageMembersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffPageMembersQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffMemberConnection', nodes: Array<{ __typename?: 'StaffMember', id: string, name: string, email: string, role: Role, active: boolean, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type StaffPageInvitationsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  pendingOnly: Scalars['Boolean']['input'];
}>;


export type StaffPageInvitationsQuery = { __typename?: 'Query', invitations: { __typename?: 'InvitationConnection', nodes: Array<{ __typename?: 'Invitation', id: string, email: string, role: Role, createdAt: string, expiresAt: string, acceptedAt?: string | null, revokedAt?: string | null, pending: boolean }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type StaffPageInviteMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type StaffPageInviteMutation = { __typename?: 'Mutation', inviteStaff: { __typename?: 'InvitationPayload', invitationToken?: string | null, invitation?: { __typename?: 'Invitation', id: string, email: string, expiresAt: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type StaffPageRevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type StaffPageRevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'InvitationPayload', invitation?: { __typename?: 'Invitation', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type StaffPageChangeRoleMutationVariables = Exact<{
  input: ChangeStaffRoleInput;
}>;


export type StaffPageChangeRoleMutation = { __typename?: 'Mutation', changeStaffRole: { __typename?: 'StaffMemberPayload', staffMember?: { __typename?: 'StaffMember', id: string, role: Role, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type StaffPageDeactivateMutationVariables = Exact<{
  input: DeactivateStaffMemberInput;
}>;


export type StaffPageDeactivateMutation = { __typename?: 'Mutation', deactivateStaffMember: { __typename?: 'StaffMemberPayload', staffMember?: { __typename?: 'StaffMember', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type StaffPageReactivateMutationVariables = Exact<{
  input: ReactivateStaffMemberInput;
}>;


export type StaffPageReactivateMutation = { __typename?: 'Mutation', reactivateStaffMember: { __typename?: 'StaffMemberPayload', staffMember?: { __typename?: 'StaffMember', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type WebhooksCardListQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhooksCardListQuery = { __typename?: 'Query', webhookEndpoints: { __typename?: 'WebhookEndpointConnection', nodes: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, events: Array<WebhookEventType>, enabled: boolean, disabledReason?: string | null, consecutiveFailures: number, createdAt: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type WebhooksCardDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhooksCardDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', nodes: Array<{ __typename?: 'WebhookDelivery', id: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, lastStatus?: number | null, lastError?: string | null, nextAttemptAt?: string | null, createdAt: string }> } };

export type WebhooksCardCreateMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WebhooksCardCreateMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookSecretPayload', secret?: string | null, webhookEndpoint?: { __typename?: 'WebhookEndpoint', id: string, url: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type WebhooksCardUpdateMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhooksCardUpdateMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpointPayload', webhookEndpoint?: { __typename?: 'WebhookEndpoint', id: string, enabled: boolean } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type WebhooksCardDeleteMutationVariables = Exact<{
  input: DeleteWebhookEndpointInput;
}>;


export type WebhooksCardDeleteMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: { __typename?: 'DeleteWebhookEndpointPayload', deletedWebhookEndpointId?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type WebhooksCardTestMutationVariables = Exact<{
  input: SendTestWebhookInput;
}>;


export type WebhooksCardTestMutation = { __typename?: 'Mutation', sendTestWebhook: { __typename?: 'WebhookDeliveryPayload', webhookDelivery?: { __typename?: 'WebhookDelivery', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type WebhooksCardRedeliverMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type WebhooksCardRedeliverMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDeliveryPayload', webhookDelivery?: { __typename?: 'WebhookDelivery', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ArchiveImportCardListQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveImportCardListQuery = { __typename?: 'Query', seeker: { __typename?: 'Seeker', id: string, xArchiveImports: Array<{ __typename?: 'XArchiveImport', id: string, status: ArchiveImportStatus, progress: number, posts: number, followers: number, following: number, bytes: number, errorCode?: string | null, errorMessage?: string | null, createdAt: string, finishedAt?: string | null, xUsername?: string | null }> } };

export type JobsTabMatchesQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  includeClosed: Scalars['Boolean']['input'];
  includeDismissed: Scalars['Boolean']['input'];
}>;


export type JobsTabMatchesQuery = { __typename?: 'Query', jobMatches: { __typename?: 'JobMatchConnection', nodes: Array<{ __typename?: 'JobMatch', id: string, score: number, dismissedAt?: string | null, reasons: Array<string>, source: string, createdAt: string, posting: { __typename?: 'JobPosting', id: string, title: string, company?: string | null, location?: string | null, workplace?: string | null, employmentType?: string | null, seniority?: string | null, applyUrl?: string | null, sourcePostUrls: Array<string>, applyLink?: { __typename?: 'LinkStatus', state: LinkState, httpStatus?: number | null, checkedAt?: string | null } | null, salary?: { __typename?: 'Salary', min?: number | null, max?: number | null, currency: string, period: string } | null, recruiters: Array<{ __typename?: 'Recruiter', username: string, kind?: string | null, profileUrl: string, messageIntentUrl: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type JobsTabPipelineQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
}>;


export type JobsTabPipelineQuery = { __typename?: 'Query', jobApplications: { __typename?: 'JobApplicationConnection', nodes: Array<{ __typename?: 'JobApplication', id: string, title: string, company?: string | null, stage: ApplicationStage, nextStages: Array<ApplicationStage>, savedAt: string, updatedAt: string, notes?: string | null, posting?: { __typename?: 'JobPosting', id: string, applyUrl?: string | null } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } }, jobFunnel: { __typename?: 'JobFunnel', saved: number, applied: number, interviewing: number, offer: number, accepted: number, rejected: number, withdrawn: number } };

export type JobsTabSaveMutationVariables = Exact<{
  input: SaveJobInput;
}>;


export type JobsTabSaveMutation = { __typename?: 'Mutation', saveJob: { __typename?: 'JobApplicationPayload', application?: { __typename?: 'JobApplication', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type JobsTabDismissMutationVariables = Exact<{
  input: DismissJobMatchInput;
}>;


export type JobsTabDismissMutation = { __typename?: 'Mutation', dismissJobMatch: { __typename?: 'JobMatchPayload', match?: { __typename?: 'JobMatch', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type JobsTabMoveMutationVariables = Exact<{
  input: MoveJobApplicationInput;
}>;


export type JobsTabMoveMutation = { __typename?: 'Mutation', moveJobApplication: { __typename?: 'JobApplicationPayload', application?: { __typename?: 'JobApplication', id: string, stage: ApplicationStage } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabDraftFragment = { __typename?: 'OutreachDraft', id: string, channel: OutreachChannel, text: string, status: OutreachDraftStatus, createdAt: string, intentUrl?: string | null, sentAt?: string | null, reviewComment?: string | null, reviewedAt?: string | null, check: { __typename?: 'OutreachCheck', ok: boolean, score: number, length: number, asks: number, minutesAsked?: number | null, findings: Array<{ __typename?: 'OutreachFinding', code: string, message: string, severity: OutreachFindingSeverity }> } };

export type MentorshipTabInterviewFragment = { __typename?: 'InformationalInterview', id: string, startsAt: string, endsAt: string, localStart: string, timeZone: string, mode: InterviewMode, place?: string | null, meetingUrl?: string | null, status: InterviewStatus, notes?: string | null, ics: string, agenda: Array<{ __typename?: 'AgendaItem', question: string, postId?: string | null }> };

export type MentorshipTabContactFragment = { __typename?: 'MentorContact', id: string, name?: string | null, username: string, profileUrl: string, contactType: ContactType, stage: OutreachStage, stageChangedAt: string, allowedMoves: Array<OutreachStage>, awaitingReply: boolean, blocked: boolean, reasons: Array<string>, firstContactAt?: string | null, followUpDueAt?: string | null, drafts: Array<{ __typename?: 'OutreachDraft', id: string, channel: OutreachChannel, text: string, status: OutreachDraftStatus, createdAt: string, intentUrl?: string | null, sentAt?: string | null, reviewComment?: string | null, reviewedAt?: string | null, check: { __typename?: 'OutreachCheck', ok: boolean, score: number, length: number, asks: number, minutesAsked?: number | null, findings: Array<{ __typename?: 'OutreachFinding', code: string, message: string, severity: OutreachFindingSeverity }> } }>, interviews: Array<{ __typename?: 'InformationalInterview', id: string, startsAt: string, endsAt: string, localStart: string, timeZone: string, mode: InterviewMode, place?: string | null, meetingUrl?: string | null, status: InterviewStatus, notes?: string | null, ics: string, agenda: Array<{ __typename?: 'AgendaItem', question: string, postId?: string | null }> }>, events: Array<{ __typename?: 'OutreachEvent', at: string, fromStage?: OutreachStage | null, toStage: OutreachStage, note?: string | null }> };

export type MentorshipTabPipelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MentorshipTabPipelineQuery = { __typename?: 'Query', mentorContacts: Array<{ __typename?: 'MentorContact', id: string, name?: string | null, username: string, profileUrl: string, contactType: ContactType, stage: OutreachStage, stageChangedAt: string, allowedMoves: Array<OutreachStage>, awaitingReply: boolean, blocked: boolean, reasons: Array<string>, firstContactAt?: string | null, followUpDueAt?: string | null, drafts: Array<{ __typename?: 'OutreachDraft', id: string, channel: OutreachChannel, text: string, status: OutreachDraftStatus, createdAt: string, intentUrl?: string | null, sentAt?: string | null, reviewComment?: string | null, reviewedAt?: string | null, check: { __typename?: 'OutreachCheck', ok: boolean, score: number, length: number, asks: number, minutesAsked?: number | null, findings: Array<{ __typename?: 'OutreachFinding', code: string, message: string, severity: OutreachFindingSeverity }> } }>, interviews: Array<{ __typename?: 'InformationalInterview', id: string, startsAt: string, endsAt: string, localStart: string, timeZone: string, mode: InterviewMode, place?: string | null, meetingUrl?: string | null, status: InterviewStatus, notes?: string | null, ics: string, agenda: Array<{ __typename?: 'AgendaItem', question: string, postId?: string | null }> }>, events: Array<{ __typename?: 'OutreachEvent', at: string, fromStage?: OutreachStage | null, toStage: OutreachStage, note?: string | null }> }>, mentorFollowUps: Array<{ __typename?: 'MentorContact', id: string }>, outreachPolicy: { __typename?: 'OutreachPolicy', firstContactsPerWeek: number, followUpAfterDays: number, requireFirstContactApproval: boolean } };

export type MentorshipTabSuggestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  reach: MentorReach;
  field?: InputMaybe<Scalars['String']['input']>;
}>;


export type MentorshipTabSuggestionsQuery = { __typename?: 'Query', mentorSuggestions: { __typename?: 'MentorSuggestions', field: string, emptyReason?: string | null, mentors: Array<{ __typename?: 'MentorSuggestion', xAccountId: string, username: string, seniority: string, field?: string | null, distanceKm?: number | null, score: number, reasons: Array<string>, profileUrl: string, followIntentUrl: string }> } };

export type MentorshipTabTemplatesQueryVariables = Exact<{
  type: ContactType;
}>;


export type MentorshipTabTemplatesQuery = { __typename?: 'Query', outreachTemplates: Array<{ __typename?: 'OutreachTemplate', name: string, channel: OutreachChannel, text: string }> };

export type MentorshipTabCheckQueryVariables = Exact<{
  input: CheckOutreachDraftInput;
}>;


export type MentorshipTabCheckQuery = { __typename?: 'Query', checkOutreachDraft: { __typename?: 'OutreachCheck', ok: boolean, score: number, length: number, asks: number, minutesAsked?: number | null, referencedPostId?: string | null, findings: Array<{ __typename?: 'OutreachFinding', code: string, message: string, severity: OutreachFindingSeverity }> } };

export type MentorshipTabAddContactMutationVariables = Exact<{
  input: AddMentorContactInput;
}>;


export type MentorshipTabAddContactMutation = { __typename?: 'Mutation', addMentorContact: { __typename?: 'MentorContactPayload', contact?: { __typename?: 'MentorContact', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabMoveMutationVariables = Exact<{
  input: MoveMentorContactInput;
}>;


export type MentorshipTabMoveMutation = { __typename?: 'Mutation', moveMentorContact: { __typename?: 'MentorContactPayload', contact?: { __typename?: 'MentorContact', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabReplyMutationVariables = Exact<{
  input: RecordMentorReplyInput;
}>;


export type MentorshipTabReplyMutation = { __typename?: 'Mutation', recordMentorReply: { __typename?: 'MentorContactPayload', contact?: { __typename?: 'MentorContact', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabBlockMutationVariables = Exact<{
  input: SetMentorContactBlockedInput;
}>;


export type MentorshipTabBlockMutation = { __typename?: 'Mutation', setMentorContactBlocked: { __typename?: 'MentorContactPayload', contact?: { __typename?: 'MentorContact', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabCreateDraftMutationVariables = Exact<{
  input: CreateOutreachDraftInput;
}>;


export type MentorshipTabCreateDraftMutation = { __typename?: 'Mutation', createOutreachDraft: { __typename?: 'OutreachDraftPayload', draft?: { __typename?: 'OutreachDraft', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabReviewDraftMutationVariables = Exact<{
  input: ReviewOutreachDraftInput;
}>;


export type MentorshipTabReviewDraftMutation = { __typename?: 'Mutation', reviewOutreachDraft: { __typename?: 'OutreachDraftPayload', draft?: { __typename?: 'OutreachDraft', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabMarkSentMutationVariables = Exact<{
  input: MarkOutreachDraftSentInput;
}>;


export type MentorshipTabMarkSentMutation = { __typename?: 'Mutation', markOutreachDraftSent: { __typename?: 'OutreachDraftPayload', draft?: { __typename?: 'OutreachDraft', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabScheduleMutationVariables = Exact<{
  input: ScheduleInformationalInterviewInput;
}>;


export type MentorshipTabScheduleMutation = { __typename?: 'Mutation', scheduleInformationalInterview: { __typename?: 'InformationalInterviewPayload', interview?: { __typename?: 'InformationalInterview', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabUpdateInterviewMutationVariables = Exact<{
  input: UpdateInformationalInterviewInput;
}>;


export type MentorshipTabUpdateInterviewMutation = { __typename?: 'Mutation', updateInformationalInterview: { __typename?: 'InformationalInterviewPayload', interview?: { __typename?: 'InformationalInterview', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type MentorshipTabDiscoveryMutationVariables = Exact<{
  input: StartMentorDiscoveryInput;
}>;


export type MentorshipTabDiscoveryMutation = { __typename?: 'Mutation', startMentorDiscovery: { __typename?: 'StartMentorDiscoveryPayload', field?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrgsTabDataQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
}>;


export type OrgsTabDataQuery = { __typename?: 'Query', seeker: { __typename?: 'Seeker', id: string, name: string, xHandle?: string | null }, organizationSuggestions: Array<{ __typename?: 'OrganizationSuggestion', reasons: Array<string>, organization: { __typename?: 'Organization', id: string } }>, organizations: Array<{ __typename?: 'Organization', id: string, name: string, field?: string | null, site?: string | null, usernames: Array<string> }>, orgEvents: Array<{ __typename?: 'OrgEvent', id: string, name: string, kind: OrgEventKind, startsAt: string, endsAt: string, localStart: string, timeZone: string, online: boolean, place?: string | null, url?: string | null, hashtags: Array<string>, speakers: Array<string>, organization?: { __typename?: 'Organization', id: string, name: string } | null }>, hashtagChats: Array<{ __typename?: 'HashtagChat', id: string, name: string, hashtag: string, schedule: string, hostUsername?: string | null, durationMinutes: number, timeZone: string, participation: Array<{ __typename?: 'ChatParticipation', tookPart: boolean, posts: number, occurrence: { __typename?: 'ChatOccurrence', start: string } }>, upcoming: Array<{ __typename?: 'ChatOccurrence', start: string, localStart: string }> }>, reminders: Array<{ __typename?: 'Reminder', chatId?: string | null, eventId?: string | null, start: string, remindAt: string }> };

export type OrgsTabTalkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgsTabTalkQuery = { __typename?: 'Query', node:
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'BulkExport' }
    | { __typename?: 'CoachNote' }
    | { __typename?: 'Cohort' }
    | { __typename?: 'Company' }
    | { __typename?: 'Consent' }
    | { __typename?: 'HashtagChat' }
    | { __typename?: 'InformationalInterview' }
    | { __typename?: 'Invitation' }
    | { __typename?: 'JobApplication' }
    | { __typename?: 'JobMatch' }
    | { __typename?: 'JobPosting' }
    | { __typename?: 'License' }
    | { __typename?: 'MentorContact' }
    | { __typename?: 'OrgEvent' }
    | { __typename?: 'Organization', id: string, talkingAbout: { __typename?: 'OrganizationTalk', terms: Array<{ __typename?: 'TermCount', term: string, count: number }>, recentPosts: Array<{ __typename?: 'OrgPost', xId: string, text: string, createdAt: string }> } }
    | { __typename?: 'OutreachDraft' }
    | { __typename?: 'RosterImport' }
    | { __typename?: 'ScimToken' }
    | { __typename?: 'Seeker' }
    | { __typename?: 'SeekerTarget' }
    | { __typename?: 'SeekerTask' }
    | { __typename?: 'SsoConnection' }
    | { __typename?: 'StaffMember' }
    | { __typename?: 'Tenant' }
    | { __typename?: 'Topic' }
    | { __typename?: 'VoiceDraft' }
    | { __typename?: 'WebhookDelivery' }
    | { __typename?: 'WebhookEndpoint' }
    | { __typename?: 'XArchiveImport' }
    | { __typename?: 'XWatch' }
   };

export type OrgsTabTasksQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
}>;


export type OrgsTabTasksQuery = { __typename?: 'Query', seekerTasks: Array<{ __typename?: 'SeekerTask', id: string, kind: SeekerTaskKind, title: string, dueAt?: string | null, doneAt?: string | null, profileUrl?: string | null, xUsername?: string | null }> };

export type OrgsTabJoinMutationVariables = Exact<{
  input: JoinOrgActivityInput;
}>;


export type OrgsTabJoinMutation = { __typename?: 'Mutation', joinOrgActivity: { __typename?: 'JoinOrgActivityPayload', reminders?: Array<{ __typename?: 'Reminder', start: string }> | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrgsTabFollowUpsMutationVariables = Exact<{
  input: CreateEventFollowUpsInput;
}>;


export type OrgsTabFollowUpsMutation = { __typename?: 'Mutation', createEventFollowUps: { __typename?: 'CreateEventFollowUpsPayload', created?: number | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type OrgsTabCompleteTaskMutationVariables = Exact<{
  input: CompleteSeekerTaskInput;
}>;


export type OrgsTabCompleteTaskMutation = { __typename?: 'Mutation', completeSeekerTask: { __typename?: 'SeekerTaskPayload', task?: { __typename?: 'SeekerTask', id: string, doneAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type PeersTabMembershipQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
}>;


export type PeersTabMembershipQuery = { __typename?: 'Query', seeker: { __typename?: 'Seeker', id: string, name: string }, cohorts: { __typename?: 'CohortConnection', nodes: Array<{ __typename?: 'Cohort', id: string }> } };

export type PeersTabAllCohortsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeersTabAllCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortConnection', nodes: Array<{ __typename?: 'Cohort', id: string, name: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PeersTabCohortsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type PeersTabCohortsQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'BulkExport' }
    | { __typename?: 'CoachNote' }
    | { __typename?: 'Cohort', id: string, name: string, field?: string | null, stage?: string | null, hashtag?: string | null, termStart?: string | null, termEnd?: string | null, members: Array<{ __typename?: 'Seeker', id: string, name: string }>, peers: Array<{ __typename?: 'CohortPeer', seekerId: string, name: string, city?: string | null, stage: string, xHandle?: string | null }>, checkIns: Array<{ __typename?: 'CohortCheckIn', id: string, seekerId: string, week: string, goal: string, status: CheckInStatus, note?: string | null, createdAt: string }>, links: Array<{ __typename?: 'CohortLink', url: string, canonicalUrl: string, title?: string | null, shares: number, sharerIds: Array<string>, lastAt: string }>, xList: { __typename?: 'CohortXList', name: string, usernames: Array<string> } }
    | { __typename?: 'Company' }
    | { __typename?: 'Consent' }
    | { __typename?: 'HashtagChat' }
    | { __typename?: 'InformationalInterview' }
    | { __typename?: 'Invitation' }
    | { __typename?: 'JobApplication' }
    | { __typename?: 'JobMatch' }
    | { __typename?: 'JobPosting' }
    | { __typename?: 'License' }
    | { __typename?: 'MentorContact' }
    | { __typename?: 'OrgEvent' }
    | { __typename?: 'Organization' }
    | { __typename?: 'OutreachDraft' }
    | { __typename?: 'RosterImport' }
    | { __typename?: 'ScimToken' }
    | { __typename?: 'Seeker' }
    | { __typename?: 'SeekerTarget' }
    | { __typename?: 'SeekerTask' }
    | { __typename?: 'SsoConnection' }
    | { __typename?: 'StaffMember' }
    | { __typename?: 'Tenant' }
    | { __typename?: 'Topic' }
    | { __typename?: 'VoiceDraft' }
    | { __typename?: 'WebhookDelivery' }
    | { __typename?: 'WebhookEndpoint' }
    | { __typename?: 'XArchiveImport' }
    | { __typename?: 'XWatch' }
   | null> };

export type PeersTabCheckInMutationVariables = Exact<{
  input: AddCohortCheckInInput;
}>;


export type PeersTabCheckInMutation = { __typename?: 'Mutation', addCohortCheckIn: { __typename?: 'CohortCheckInPayload', checkIn?: { __typename?: 'CohortCheckIn', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type PeersTabShareLinkMutationVariables = Exact<{
  input: ShareCohortLinkInput;
}>;


export type PeersTabShareLinkMutation = { __typename?: 'Mutation', shareCohortLink: { __typename?: 'CohortLinkPayload', link?: { __typename?: 'CohortLink', url: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabSeekerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProfileTabSeekerQuery = { __typename?: 'Query', seeker: { __typename?: 'Seeker', id: string, name: string, email: string, headline?: string | null, careerStage: CareerStage, targetRoles: Array<string>, industries: Array<string>, locations: Array<string>, status: SeekerStatus, createdAt: string, activatedAt?: string | null, archivedAt?: string | null, xHandle?: string | null, coaches: Array<{ __typename?: 'StaffMember', id: string, name: string, email: string }>, xConnection?: { __typename?: 'XConnection', username: string, xUserId: string, scopes: Array<string>, connectedAt: string } | null, consents: Array<{ __typename?: 'Consent', id: string, kind: ConsentKind, active: boolean, grantedAt: string, revokedAt?: string | null, source: ConsentSource, revokeSource?: ConsentSource | null, scope?: string | null }> } };

export type ProfileTabInviteSeekerMutationVariables = Exact<{
  input: InviteSeekerInput;
}>;


export type ProfileTabInviteSeekerMutation = { __typename?: 'Mutation', inviteSeeker: { __typename?: 'InvitationPayload', invitationToken?: string | null, invitation?: { __typename?: 'Invitation', id: string, email: string, expiresAt: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabCoachCandidatesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProfileTabCoachCandidatesQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffMemberConnection', nodes: Array<{ __typename?: 'StaffMember', id: string, name: string, role: Role, active: boolean }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ProfileTabAssignCoachMutationVariables = Exact<{
  input: AssignCoachInput;
}>;


export type ProfileTabAssignCoachMutation = { __typename?: 'Mutation', assignCoach: { __typename?: 'AssignCoachPayload', seeker?: { __typename?: 'Seeker', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabUnassignCoachMutationVariables = Exact<{
  input: UnassignCoachInput;
}>;


export type ProfileTabUnassignCoachMutation = { __typename?: 'Mutation', unassignCoach: { __typename?: 'UnassignCoachPayload', seeker?: { __typename?: 'Seeker', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabEraseSeekerMutationVariables = Exact<{
  input: EraseSeekerInput;
}>;


export type ProfileTabEraseSeekerMutation = { __typename?: 'Mutation', eraseSeeker: { __typename?: 'EraseSeekerPayload', erasedSeekerId?: string | null, deleted?: Array<{ __typename?: 'ErasedRows', table: string, rows: number }> | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabNotesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProfileTabNotesQuery = { __typename?: 'Query', seeker: { __typename?: 'Seeker', id: string, notes: { __typename?: 'CoachNoteConnection', nodes: Array<{ __typename?: 'CoachNote', id: string, body: string, createdAt: string, author?: { __typename?: 'StaffMember', id: string, name: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type ProfileTabUpdateSeekerMutationVariables = Exact<{
  input: UpdateSeekerInput;
}>;


export type ProfileTabUpdateSeekerMutation = { __typename?: 'Mutation', updateSeeker: { __typename?: 'UpdateSeekerPayload', seeker?: { __typename?: 'Seeker', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabRecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type ProfileTabRecordConsentMutation = { __typename?: 'Mutation', recordConsent: { __typename?: 'RecordConsentPayload', consent?: { __typename?: 'Consent', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabRevokeConsentMutationVariables = Exact<{
  input: RevokeConsentInput;
}>;


export type ProfileTabRevokeConsentMutation = { __typename?: 'Mutation', revokeConsent: { __typename?: 'RevokeConsentPayload', consent?: { __typename?: 'Consent', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabAddNoteMutationVariables = Exact<{
  input: AddCoachNoteInput;
}>;


export type ProfileTabAddNoteMutation = { __typename?: 'Mutation', addCoachNote: { __typename?: 'AddCoachNotePayload', note?: { __typename?: 'CoachNote', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabConnectLinkMutationVariables = Exact<{
  input: CreateXConnectLinkInput;
}>;


export type ProfileTabConnectLinkMutation = { __typename?: 'Mutation', createXConnectLink: { __typename?: 'CreateXConnectLinkPayload', url?: string | null, expiresAt?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabDisconnectXMutationVariables = Exact<{
  input: DisconnectXInput;
}>;


export type ProfileTabDisconnectXMutation = { __typename?: 'Mutation', disconnectX: { __typename?: 'DisconnectXPayload', seeker?: { __typename?: 'Seeker', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ProfileTabLinkHandleMutationVariables = Exact<{
  input: LinkXHandleInput;
}>;


export type ProfileTabLinkHandleMutation = { __typename?: 'Mutation', linkXHandle: { __typename?: 'LinkXHandlePayload', seeker?: { __typename?: 'Seeker', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ResearchTabPostFragment = { __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string };

export type ResearchTabTargetsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResearchTabTargetsQuery = { __typename?: 'Query', seeker: { __typename?: 'Seeker', id: string, name: string, targets: Array<{ __typename?: 'SeekerTarget', id: string, priority: number, status: TargetStatus, createdAt: string, company: { __typename?: 'Company', id: string, name: string, brandUsername: string, domain?: string | null, dossier: { __typename?: 'CompanyDossier', posts: number, emptyReason?: string | null } } }> } };

export type ResearchTabCompaniesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResearchTabCompaniesQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyConnection', nodes: Array<{ __typename?: 'Company', id: string, name: string, brandUsername: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ResearchTabDossierQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResearchTabDossierQuery = { __typename?: 'Query', company: { __typename?: 'Company', id: string, name: string, brandUsername: string, accounts: Array<{ __typename?: 'CompanyAccount', xId: string, username: string, name?: string | null, url: string, kind: CompanyAccountKind, status: CompanyAccountStatus, evidence: Array<{ __typename?: 'AccountEvidence', kind: string, detail: string }> }>, dossier: { __typename?: 'CompanyDossier', posts: number, brandPosts: number, employeePosts: number, emptyReason?: string | null, computedAt: string, windowFrom: string, windowTo: string, cadence: { __typename?: 'DossierCadence', activeEmployees: number, brandPostsPerWeek: number, employeePostsPerWeek: number, lastPostAt?: string | null }, values: Array<{ __typename?: 'DossierValue', label: string, count: number, share: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }>, themes: Array<{ __typename?: 'DossierTheme', term: string, label: string, count: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }>, tone: { __typename?: 'DossierToneSplit', brand: { __typename?: 'DossierTone', formality: number, sentiment: number, posts: number }, employees: { __typename?: 'DossierTone', formality: number, sentiment: number, posts: number } }, voices: { __typename?: 'DossierVoices', brand: Array<string>, employees: Array<string> }, hiring: { __typename?: 'DossierHiring', posts: number, roles: Array<{ __typename?: 'DossierClaim', label: string, count: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }>, teams: Array<{ __typename?: 'DossierClaim', label: string, count: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }>, locations: Array<{ __typename?: 'DossierClaim', label: string, count: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }>, workplace: Array<{ __typename?: 'DossierClaim', label: string, count: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }> }, changes: { __typename?: 'DossierChanges', rising: Array<{ __typename?: 'DossierChange', label: string, count: number, previous: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }>, falling: Array<{ __typename?: 'DossierChange', label: string, count: number, previous: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }>, newThemes: Array<{ __typename?: 'DossierClaim', label: string, count: number, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }> } } } };

export type ResearchTabBriefQueryVariables = Exact<{
  companyId: Scalars['ID']['input'];
  seekerId: Scalars['ID']['input'];
}>;


export type ResearchTabBriefQuery = { __typename?: 'Query', interviewBrief: { __typename?: 'InterviewBrief', company: string, generatedAt: string, markdown: string, talkingPoints: Array<{ __typename?: 'BriefPoint', point: string, posts: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> }>, people: Array<{ __typename?: 'BriefPerson', name?: string | null, username: string, url: string, bio?: string | null, recentPosts: number }>, readFirst: Array<{ __typename?: 'DossierPost', xId: string, url: string, author?: string | null, text: string, createdAt: string }> } };

export type ResearchTabSetTargetMutationVariables = Exact<{
  input: SetSeekerTargetInput;
}>;


export type ResearchTabSetTargetMutation = { __typename?: 'Mutation', setSeekerTarget: { __typename?: 'SetSeekerTargetPayload', target?: { __typename?: 'SeekerTarget', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ResearchTabRemoveTargetMutationVariables = Exact<{
  input: RemoveSeekerTargetInput;
}>;


export type ResearchTabRemoveTargetMutation = { __typename?: 'Mutation', removeSeekerTarget: { __typename?: 'RemoveSeekerTargetPayload', removedTargetId?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ResearchTabDiscoverMutationVariables = Exact<{
  input: DiscoverCompanyAccountsInput;
}>;


export type ResearchTabDiscoverMutation = { __typename?: 'Mutation', discoverCompanyAccounts: { __typename?: 'DiscoverCompanyAccountsPayload', accounts?: Array<{ __typename?: 'CompanyAccount', xId: string }> | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ResearchTabReviewAccountMutationVariables = Exact<{
  input: ReviewCompanyAccountInput;
}>;


export type ResearchTabReviewAccountMutation = { __typename?: 'Mutation', reviewCompanyAccount: { __typename?: 'ReviewCompanyAccountPayload', account?: { __typename?: 'CompanyAccount', xId: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type ResearchTabAddCompanyMutationVariables = Exact<{
  input: AddCompanyInput;
}>;


export type ResearchTabAddCompanyMutation = { __typename?: 'Mutation', addCompany: { __typename?: 'AddCompanyPayload', company?: { __typename?: 'Company', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type TrendsTabBriefingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  day?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrendsTabBriefingQuery = { __typename?: 'Query', dailyBriefing: { __typename?: 'DailyBriefing', day: string, emptyReason?: string | null, topics: number, items: Array<{ __typename?: 'TrendBurst', term: string, count: number, baseline: number, score: number, emerging: boolean, related: Array<string>, links: Array<{ __typename?: 'TrendLink', url: string, count: number }>, posts: Array<{ __typename?: 'TrendPost', xId: string, author?: string | null, text: string, url: string, createdAt: string }>, topic: { __typename?: 'Topic', id: string, name: string } }> } };

export type TrendsTabTopicsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  day?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrendsTabTopicsQuery = { __typename?: 'Query', topics: Array<{ __typename?: 'Topic', id: string, name: string, kind: TopicKind, value: string, seeker?: { __typename?: 'Seeker', id: string } | null, cohort?: { __typename?: 'Cohort', id: string, name: string } | null, bursts: Array<{ __typename?: 'TrendBurst', day: string, term: string, count: number }> }> };

export type TrendsTabPruningQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrendsTabPruningQuery = { __typename?: 'Query', feedPruning: { __typename?: 'FeedPruning', source: FollowingSource, following: number, analyzed: number, suggestions: Array<{ __typename?: 'PruneSuggestion', suggestion: PruneSuggestionKind, reason: string, link: string, lastActivity?: string | null, postsPerWeek?: number | null, relevance?: number | null, repostShare?: number | null, duplicateShare?: number | null, account: { __typename?: 'XAccount', xId: string, username?: string | null, name?: string | null } }>, toFollow: Array<{ __typename?: 'FollowSuggestion', reason: string, link: string, account: { __typename?: 'XAccount', xId: string, username?: string | null, name?: string | null } }> } };

export type TrendsTabAddTopicMutationVariables = Exact<{
  input: AddTopicInput;
}>;


export type TrendsTabAddTopicMutation = { __typename?: 'Mutation', addTopic: { __typename?: 'AddTopicPayload', topic?: { __typename?: 'Topic', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type TrendsTabRemoveTopicMutationVariables = Exact<{
  input: RemoveTopicInput;
}>;


export type TrendsTabRemoveTopicMutation = { __typename?: 'Mutation', removeTopic: { __typename?: 'RemoveTopicPayload', removedTopicId?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabProfileQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
}>;


export type VoiceTabProfileQuery = { __typename?: 'Query', voiceProfile: { __typename?: 'VoiceProfile', consistency: number, onPillarShare: number, posts: number, readabilityGrade: number, tone: { __typename?: 'VoiceTone', formality: number, sentiment: number }, cadence: { __typename?: 'VoiceCadence', postsPerWeek: number, activeWeeks: number, longestGapDays: number }, pillarShare: Array<{ __typename?: 'PillarShare', pillar: string, posts: number, share: number }>, months: Array<{ __typename?: 'VoiceMonth', month: string, consistency: number, posts: number, onPillarShare: number, readabilityGrade: number, themes: Array<{ __typename?: 'ThemeCount', term: string }> }>, themes: Array<{ __typename?: 'ThemeCount', term: string, count: number }> }, voicePillars: Array<{ __typename?: 'VoicePillar', name: string, terms: Array<string> }> };

export type VoiceTabDraftsQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
}>;


export type VoiceTabDraftsQuery = { __typename?: 'Query', seeker: { __typename?: 'Seeker', id: string, name: string }, voiceDrafts: { __typename?: 'VoiceDraftConnection', nodes: Array<{ __typename?: 'VoiceDraft', id: string, text: string, status: VoiceDraftStatus, createdAt: string, approvedAt?: string | null, scheduledFor?: string | null, postedAt?: string | null, postUrl?: string | null, failureMessage?: string | null, seekerOkAt?: string | null, check: { __typename?: 'DraftCheck', ok: boolean, length: number, pillar?: string | null, findings: Array<{ __typename?: 'DraftFinding', code: string, message: string, severity: string }> }, comments: Array<{ __typename?: 'DraftComment', body: string, createdAt: string, authorName?: string | null, authorRole?: Role | null }> }> }, postingSlots: { __typename?: 'PostingSlots', timeZone: string, times: Array<string>, weekdays: Array<number> } };

export type VoiceTabAuditQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
}>;


export type VoiceTabAuditQuery = { __typename?: 'Query', voiceAudit: Array<{ __typename?: 'AuditFinding', postId: string, reason: string, severity: string, detail: string, text?: string | null, postedAt?: string | null, decision?: string | null, decisionStatus?: string | null, decisionError?: string | null }> };

export type VoiceTabLinksQueryVariables = Exact<{
  seekerId: Scalars['ID']['input'];
}>;


export type VoiceTabLinksQuery = { __typename?: 'Query', voiceLinks: Array<{ __typename?: 'LinkStatus', url: string, state: LinkState, httpStatus?: number | null, reason?: string | null, finalUrl?: string | null, checkedAt?: string | null }> };

export type VoiceTabDecideMutationVariables = Exact<{
  input: DecideAuditFindingInput;
}>;


export type VoiceTabDecideMutation = { __typename?: 'Mutation', decideAuditFinding: { __typename?: 'AuditDecisionPayload', status?: string | null, error?: string | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabReviewMutationVariables = Exact<{
  input: ReviewVoiceDraftInput;
}>;


export type VoiceTabReviewMutation = { __typename?: 'Mutation', reviewVoiceDraft: { __typename?: 'VoiceDraftPayload', draft?: { __typename?: 'VoiceDraft', id: string, status: VoiceDraftStatus } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabCommentMutationVariables = Exact<{
  input: CommentVoiceDraftInput;
}>;


export type VoiceTabCommentMutation = { __typename?: 'Mutation', commentVoiceDraft: { __typename?: 'VoiceDraftPayload', draft?: { __typename?: 'VoiceDraft', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabCreateMutationVariables = Exact<{
  input: CreateVoiceDraftInput;
}>;


export type VoiceTabCreateMutation = { __typename?: 'Mutation', createVoiceDraft: { __typename?: 'VoiceDraftPayload', draft?: { __typename?: 'VoiceDraft', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabEditMutationVariables = Exact<{
  input: EditVoiceDraftInput;
}>;


export type VoiceTabEditMutation = { __typename?: 'Mutation', editVoiceDraft: { __typename?: 'VoiceDraftPayload', draft?: { __typename?: 'VoiceDraft', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabSubmitMutationVariables = Exact<{
  input: SubmitVoiceDraftInput;
}>;


export type VoiceTabSubmitMutation = { __typename?: 'Mutation', submitVoiceDraft: { __typename?: 'VoiceDraftPayload', draft?: { __typename?: 'VoiceDraft', id: string, status: VoiceDraftStatus } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabScheduleMutationVariables = Exact<{
  input: ScheduleVoiceDraftInput;
}>;


export type VoiceTabScheduleMutation = { __typename?: 'Mutation', scheduleVoiceDraft: { __typename?: 'VoiceDraftPayload', draft?: { __typename?: 'VoiceDraft', id: string, scheduledFor?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabCancelMutationVariables = Exact<{
  input: CancelVoiceDraftInput;
}>;


export type VoiceTabCancelMutation = { __typename?: 'Mutation', cancelVoiceDraft: { __typename?: 'VoiceDraftPayload', draft?: { __typename?: 'VoiceDraft', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type VoiceTabSlotsMutationVariables = Exact<{
  input: SetPostingSlotsInput;
}>;


export type VoiceTabSlotsMutation = { __typename?: 'Mutation', setPostingSlots: { __typename?: 'PostingSlotsPayload', slots?: { __typename?: 'PostingSlots', timeZone: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type CohortSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortSuggestionsQuery = { __typename?: 'Query', cohortSuggestions: Array<{ __typename?: 'CohortSuggestion', suggestedName: string, suggestedHashtag: string, field?: string | null, stage: string, place?: string | null, reasons: Array<string>, members: Array<{ __typename?: 'Seeker', id: string, name: string }> }> };

export type CohortCreateMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CohortCreateMutation = { __typename?: 'Mutation', createCohort: { __typename?: 'CohortPayload', cohort?: { __typename?: 'Cohort', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type CohortAddMemberMutationVariables = Exact<{
  input: AddCohortMemberInput;
}>;


export type CohortAddMemberMutation = { __typename?: 'Mutation', addCohortMember: { __typename?: 'CohortPayload', cohort?: { __typename?: 'Cohort', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type CohortRemoveMemberMutationVariables = Exact<{
  input: RemoveCohortMemberInput;
}>;


export type CohortRemoveMemberMutation = { __typename?: 'Mutation', removeCohortMember: { __typename?: 'CohortPayload', cohort?: { __typename?: 'Cohort', id: string } | null, userErrors: Array<{ __typename?: 'UserError', message: string, code: UserErrorCode }> } };

export type EventSummaryFragment = { __typename?: 'OrgEvent', id: string, name: string, kind: OrgEventKind, startsAt: string, endsAt: string, localStart: string, timeZone: string, online: boolean, place?: string | null, url?: string | null, hashtags: Array<string>, speakers: Array<string>, organization?: { __typename?: 'Organization', id: string, name: string } | null };

export type ChatSummaryFragment = { __typename?: 'HashtagChat', id: string, name: string, hashtag: string, schedule: string, hostUsername?: string | null, durationMinutes: number, timeZone: string, upcoming: Array<{ __typename?: 'ChatOccurrence', start: string, localStart: string }> };

export type EventHighlightsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventHighlightsQuery = { __typename?: 'Query', node:
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEvent' }
    | { __typename?: 'BulkExport' }
    | { __typename?: 'CoachNote' }
    | { __typename?: 'Cohort' }
    | { __typename?: 'Company' }
    | { __typename?: 'Consent' }
    | { __typename?: 'HashtagChat' }
    | { __typename?: 'InformationalInterview' }
    | { __typename?: 'Invitation' }
    | { __typename?: 'JobApplication' }
    | { __typename?: 'JobMatch' }
    | { __typename?: 'JobPosting' }
    | { __typename?: 'License' }
    | { __typename?: 'MentorContact' }
    | { __typename?: 'OrgEvent', id: string, highlights: { __typename?: 'HashtagArchive', postCount: number, participants: Array<{ __typename?: 'ArchiveParticipant', username: string, posts: number, replies: number, isSpeaker: boolean, isHost: boolean }>, links: Array<{ __typename?: 'SharedLink', url: string, shares: number, sharers: number }>, topPosts: Array<{ __typename?: 'ArchiveTopPost', xId: string, score: number, post: { __typename?: 'ArchivePost', xId: string, text: string, url: string, username: string } }> }, attendees: Array<{ __typename?: 'Seeker', id: string, name: string }> }
    | { __typename?: 'Organization' }
    | { __typename?: 'OutreachDraft' }
    | { __typename?: 'RosterImport' }
    | { __typename?: 'ScimToken' }
    | { __typename?: 'Seeker' }
    | { __typename?: 'SeekerTarget' }
    | { __typename?: 'SeekerTask' }
    | { __typename?: 'SsoConnection' }
    | { __typename?: 'StaffMember' }
    | { __typename?: 'Tenant' }
    | { __typename?: 'Topic' }
    | { __typename?: 'VoiceDraft' }
    | { __typename?: 'WebhookDelivery' }
    | { __typename?: 'WebhookEndpoint' }
    | { __typename?: 'XArchiveImport' }
    | { __typename?: 'XWatch' }
   };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', role?: Role | null, seekerId?: string | null, member?: { __typename?: 'StaffMember', id: string, name: string, email: string } | null, organizations: Array<{ __typename?: 'OrganizationChoice', slug: string, name: string, role: Role }> }, tenant: { __typename?: 'Tenant', id: string, name: string, slug: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MentorshipTabDraftFragmentDoc = new TypedDocumentString(`
    fragment MentorshipTabDraft on OutreachDraft {
  id
  channel
  text
  status
  createdAt
  intentUrl
  sentAt
  reviewComment
  reviewedAt
  check {
    ok
    score
    length
    asks
    minutesAsked
    findings {
      code
      message
      severity
    }
  }
}
    `, {"fragmentName":"MentorshipTabDraft"}) as unknown as TypedDocumentString<MentorshipTabDraftFragment, unknown>;
export const MentorshipTabInterviewFragmentDoc = new TypedDocumentString(`
    fragment MentorshipTabInterview on InformationalInterview {
  id
  startsAt
  endsAt
  localStart
  timeZone
  mode
  place
  meetingUrl
  status
  notes
  ics
  agenda {
    question
    postId
  }
}
    `, {"fragmentName":"MentorshipTabInterview"}) as unknown as TypedDocumentString<MentorshipTabInterviewFragment, unknown>;
export const MentorshipTabContactFragmentDoc = new TypedDocumentString(`
    fragment MentorshipTabContact on MentorContact {
  id
  name
  username
  profileUrl
  contactType
  stage
  stageChangedAt
  allowedMoves
  awaitingReply
  blocked
  reasons
  firstContactAt
  followUpDueAt
  drafts {
    ...MentorshipTabDraft
  }
  interviews {
    ...MentorshipTabInterview
  }
  events {
    at
    fromStage
    toStage
    note
  }
}
    fragment MentorshipTabDraft on OutreachDraft {
  id
  channel
  text
  status
  createdAt
  intentUrl
  sentAt
  reviewComment
  reviewedAt
  check {
    ok
    score
    length
    asks
    minutesAsked
    findings {
      code
      message
      severity
    }
  }
}
fragment MentorshipTabInterview on InformationalInterview {
  id
  startsAt
  endsAt
  localStart
  timeZone
  mode
  place
  meetingUrl
  status
  notes
  ics
  agenda {
    question
    postId
  }
}`, {"fragmentName":"MentorshipTabContact"}) as unknown as TypedDocumentString<MentorshipTabContactFragment, unknown>;
export const ResearchTabPostFragmentDoc = new TypedDocumentString(`
    fragment ResearchTabPost on DossierPost {
  xId
  url
  author
  text
  createdAt
}
    `, {"fragmentName":"ResearchTabPost"}) as unknown as TypedDocumentString<ResearchTabPostFragment, unknown>;
export const EventSummaryFragmentDoc = new TypedDocumentString(`
    fragment EventSummary on OrgEvent {
  id
  name
  kind
  startsAt
  endsAt
  localStart
  timeZone
  online
  place
  url
  hashtags
  speakers
  organization {
    id
    name
  }
}
    `, {"fragmentName":"EventSummary"}) as unknown as TypedDocumentString<EventSummaryFragment, unknown>;
export const ChatSummaryFragmentDoc = new TypedDocumentString(`
    fragment ChatSummary on HashtagChat {
  id
  name
  hashtag
  schedule
  hostUsername
  durationMinutes
  timeZone
  upcoming(first: 1) {
    start
    localStart
  }
}
    `, {"fragmentName":"ChatSummary"}) as unknown as TypedDocumentString<ChatSummaryFragment, unknown>;
export const ApiKeysPageListDocument = new TypedDocumentString(`
    query ApiKeysPageList($after: String) {
  apiKeys(first: 100, after: $after) {
    nodes {
      id
      name
      scopes
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysPageListQuery, ApiKeysPageListQueryVariables>;
export const ApiKeysPageCreateDocument = new TypedDocumentString(`
    mutation ApiKeysPageCreate($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
      name
    }
    token
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysPageCreateMutation, ApiKeysPageCreateMutationVariables>;
export const ApiKeysPageRevokeDocument = new TypedDocumentString(`
    mutation ApiKeysPageRevoke($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysPageRevokeMutation, ApiKeysPageRevokeMutationVariables>;
export const AuditPageDocument = new TypedDocumentString(`
    query AuditPage($seekerId: ID, $after: String) {
  auditEvents(seekerId: $seekerId, first: 50, after: $after) {
    nodes {
      id
      at
      actorKind
      actorId
      actorRole
      via
      action
      kind
      seekerId
      outcome
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditPageQuery, AuditPageQueryVariables>;
export const AuditPageStaffDocument = new TypedDocumentString(`
    query AuditPageStaff($after: String) {
  staffMembers(first: 100, after: $after) {
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditPageStaffQuery, AuditPageStaffQueryVariables>;
export const AuditPageSeekersDocument = new TypedDocumentString(`
    query AuditPageSeekers($after: String) {
  seekers(first: 100, after: $after) {
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditPageSeekersQuery, AuditPageSeekersQueryVariables>;
export const CohortsPageCohortsDocument = new TypedDocumentString(`
    query CohortsPageCohorts($after: String) {
  cohorts(first: 100, after: $after) {
    nodes {
      id
      name
      hashtag
      field
      stage
      termStart
      termEnd
      createdAt
      members {
        id
        name
      }
      checkIns {
        id
        seekerId
        week
        status
      }
      activity(first: 1) {
        at
        kind
        detail
        seekerId
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CohortsPageCohortsQuery, CohortsPageCohortsQueryVariables>;
export const CohortsPageSeekersDocument = new TypedDocumentString(`
    query CohortsPageSeekers($after: String) {
  seekers(first: 100, after: $after) {
    nodes {
      id
      name
      status
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CohortsPageSeekersQuery, CohortsPageSeekersQueryVariables>;
export const CohortsPageEventsDocument = new TypedDocumentString(`
    query CohortsPageEvents {
  orgEvents {
    ...EventSummary
  }
}
    fragment EventSummary on OrgEvent {
  id
  name
  kind
  startsAt
  endsAt
  localStart
  timeZone
  online
  place
  url
  hashtags
  speakers
  organization {
    id
    name
  }
}`) as unknown as TypedDocumentString<CohortsPageEventsQuery, CohortsPageEventsQueryVariables>;
export const CohortsPageAddEventDocument = new TypedDocumentString(`
    mutation CohortsPageAddEvent($input: AddOrgEventInput!) {
  addOrgEvent(input: $input) {
    event {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CohortsPageAddEventMutation, CohortsPageAddEventMutationVariables>;
export const CohortsPageChatsDocument = new TypedDocumentString(`
    query CohortsPageChats {
  hashtagChats {
    ...ChatSummary
    archive {
      occurrence {
        start
        localStart
      }
      archive {
        postCount
        participants {
          username
          posts
          isHost
        }
      }
    }
  }
}
    fragment ChatSummary on HashtagChat {
  id
  name
  hashtag
  schedule
  hostUsername
  durationMinutes
  timeZone
  upcoming(first: 1) {
    start
    localStart
  }
}`) as unknown as TypedDocumentString<CohortsPageChatsQuery, CohortsPageChatsQueryVariables>;
export const CohortsPageAddChatDocument = new TypedDocumentString(`
    mutation CohortsPageAddChat($input: AddHashtagChatInput!) {
  addHashtagChat(input: $input) {
    chat {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CohortsPageAddChatMutation, CohortsPageAddChatMutationVariables>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload {
  caseload(first: 2000) {
    seeker {
      id
      name
      status
      targetRoles
      coaches {
        id
        name
      }
    }
    companiesTargeted
    companiesResearched
    outreachMoves30d
    checkIns30d
    eventsJoined
    openApplications
    newJobMatches
    pipelineStage
    voiceScore
    voiceTrend {
      month
      score
      posts
    }
    lastActivityAt
    xConnected
    atRisk {
      reason
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;
export const CaseloadCohortsDocument = new TypedDocumentString(`
    query CaseloadCohorts($after: String) {
  cohorts(first: 100, after: $after) {
    nodes {
      id
      name
      members {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadCohortsQuery, CaseloadCohortsQueryVariables>;
export const CaseloadCreateSeekerDocument = new TypedDocumentString(`
    mutation CaseloadCreateSeeker($input: CreateSeekerInput!) {
  createSeeker(input: $input) {
    seeker {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadCreateSeekerMutation, CaseloadCreateSeekerMutationVariables>;
export const OrganizationPageSsoDocument = new TypedDocumentString(`
    query OrganizationPageSso($after: String) {
  ssoConnections(first: 100, after: $after) {
    nodes {
      id
      name
      protocol
      enabled
      requireSsoForStaff
      samlIdpEntityId
      samlSsoUrl
      samlIdpCertificateFingerprints
      oidcIssuer
      oidcClientId
      oidcClientSecretSet
      jitRoles
      defaultRole
      emailAttribute
      nameAttribute
      roleAttribute
      roleMappings {
        value
        role
      }
      spEntityId
      acsUrl
      metadataUrl
      loginUrl
      redirectUri
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageSsoQuery, OrganizationPageSsoQueryVariables>;
export const OrganizationPageServiceProviderDocument = new TypedDocumentString(`
    query OrganizationPageServiceProvider {
  ssoServiceProvider {
    samlMetadataUrl
    samlEntityId
    samlAcsUrl
    oidcRedirectUri
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageServiceProviderQuery, OrganizationPageServiceProviderQueryVariables>;
export const OrganizationPageCreateSsoDocument = new TypedDocumentString(`
    mutation OrganizationPageCreateSso($input: CreateSsoConnectionInput!) {
  createSsoConnection(input: $input) {
    ssoConnection {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageCreateSsoMutation, OrganizationPageCreateSsoMutationVariables>;
export const OrganizationPageUpdateSsoDocument = new TypedDocumentString(`
    mutation OrganizationPageUpdateSso($input: UpdateSsoConnectionInput!) {
  updateSsoConnection(input: $input) {
    ssoConnection {
      id
      enabled
      requireSsoForStaff
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageUpdateSsoMutation, OrganizationPageUpdateSsoMutationVariables>;
export const OrganizationPageDeleteSsoDocument = new TypedDocumentString(`
    mutation OrganizationPageDeleteSso($input: DeleteSsoConnectionInput!) {
  deleteSsoConnection(input: $input) {
    deletedSsoConnectionId
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageDeleteSsoMutation, OrganizationPageDeleteSsoMutationVariables>;
export const OrganizationPageScimTokensDocument = new TypedDocumentString(`
    query OrganizationPageScimTokens($after: String) {
  scimTokens(first: 100, after: $after) {
    nodes {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageScimTokensQuery, OrganizationPageScimTokensQueryVariables>;
export const OrganizationPageCreateScimTokenDocument = new TypedDocumentString(`
    mutation OrganizationPageCreateScimToken($input: CreateScimTokenInput!) {
  createScimToken(input: $input) {
    scimToken {
      id
      name
    }
    token
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageCreateScimTokenMutation, OrganizationPageCreateScimTokenMutationVariables>;
export const OrganizationPageRevokeScimTokenDocument = new TypedDocumentString(`
    mutation OrganizationPageRevokeScimToken($input: RevokeScimTokenInput!) {
  revokeScimToken(input: $input) {
    scimToken {
      id
      revokedAt
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageRevokeScimTokenMutation, OrganizationPageRevokeScimTokenMutationVariables>;
export const OrganizationPageDeleteDocument = new TypedDocumentString(`
    mutation OrganizationPageDelete($input: DeleteOrganizationInput!) {
  deleteOrganization(input: $input) {
    deleted
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageDeleteMutation, OrganizationPageDeleteMutationVariables>;
export const ReportsPageSeatsDocument = new TypedDocumentString(`
    query ReportsPageSeats($from: String, $to: String) {
  seatReport(from: $from, to: $to) {
    from
    to
    seatLimit
    used
    free
    peak
    seekersServed
    byCoach {
      coachId
      coachName
      seekers
      activeNow
    }
    utilization {
      date
      used
      peak
    }
    csv
  }
}
    `) as unknown as TypedDocumentString<ReportsPageSeatsQuery, ReportsPageSeatsQueryVariables>;
export const ReportsPageOutcomesDocument = new TypedDocumentString(`
    query ReportsPageOutcomes($from: String, $to: String, $cohortId: ID) {
  outcomesReport(from: $from, to: $to, cohortId: $cohortId) {
    from
    to
    seekers
    metrics {
      capability
      metric
      seekers
      events
    }
    csv
  }
}
    `) as unknown as TypedDocumentString<ReportsPageOutcomesQuery, ReportsPageOutcomesQueryVariables>;
export const ReportsPageCohortsDocument = new TypedDocumentString(`
    query ReportsPageCohorts($after: String) {
  cohorts(first: 100, after: $after) {
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsPageCohortsQuery, ReportsPageCohortsQueryVariables>;
export const RosterImportCardDocument = new TypedDocumentString(`
    query RosterImportCard($id: ID!) {
  rosterImport(id: $id) {
    id
    status
    dryRun
    totalRows
    doneRows
    createdCount
    updatedCount
    invalidCount
    seatRefusedCount
    error
    rows(first: 200, outcomes: ["INVALID", "DUPLICATE", "SEAT_LIMIT"]) {
      line
      externalId
      outcome
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RosterImportCardQuery, RosterImportCardQueryVariables>;
export const SeatsPageUsageDocument = new TypedDocumentString(`
    query SeatsPageUsage {
  seatUsage {
    plan
    seatLimit
    used
    free
    termStart
    termEnd
    unassignedActiveSeekers
    byCoach {
      activeSeekers
      coach {
        id
        name
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeatsPageUsageQuery, SeatsPageUsageQueryVariables>;
export const SeatsPageSeekersDocument = new TypedDocumentString(`
    query SeatsPageSeekers($after: String, $status: SeekerStatus!) {
  seekers(first: 100, after: $after, status: $status) {
    nodes {
      id
      name
      status
      createdAt
      activatedAt
      coaches {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SeatsPageSeekersQuery, SeatsPageSeekersQueryVariables>;
export const SeatsPageActivateDocument = new TypedDocumentString(`
    mutation SeatsPageActivate($input: ActivateSeekerInput!) {
  activateSeeker(input: $input) {
    seeker {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SeatsPageActivateMutation, SeatsPageActivateMutationVariables>;
export const SeatsPageArchiveDocument = new TypedDocumentString(`
    mutation SeatsPageArchive($input: ArchiveSeekerInput!) {
  archiveSeeker(input: $input) {
    seeker {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SeatsPageArchiveMutation, SeatsPageArchiveMutationVariables>;
export const SeatsPageUpdateLicenseDocument = new TypedDocumentString(`
    mutation SeatsPageUpdateLicense($input: UpdateLicenseInput!) {
  updateLicense(input: $input) {
    license {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SeatsPageUpdateLicenseMutation, SeatsPageUpdateLicenseMutationVariables>;
export const SeekerHeaderDocument = new TypedDocumentString(`
    query SeekerHeader($id: ID!) {
  seeker(id: $id) {
    id
    name
    status
    careerStage
    targetRoles
    locations
  }
}
    `) as unknown as TypedDocumentString<SeekerHeaderQuery, SeekerHeaderQueryVariables>;
export const SpendPageMonthDocument = new TypedDocumentString(`
    query SpendPageMonth($month: String) {
  xSpend(month: $month) {
    month
    budgetUsd
    spentUsd
    remainingUsd
    paused
    byCapability {
      capability
      spentUsd
      units
    }
    bySeeker {
      seeker {
        id
        name
      }
      spentUsd
      units
    }
  }
}
    `) as unknown as TypedDocumentString<SpendPageMonthQuery, SpendPageMonthQueryVariables>;
export const SpendPageHistoryDocument = new TypedDocumentString(`
    query SpendPageHistory($months: Int!) {
  xSpendHistory(months: $months) {
    month
    spentUsd
  }
}
    `) as unknown as TypedDocumentString<SpendPageHistoryQuery, SpendPageHistoryQueryVariables>;
export const SpendPageSetBudgetDocument = new TypedDocumentString(`
    mutation SpendPageSetBudget($input: SetXBudgetInput!) {
  setXBudget(input: $input) {
    spend {
      budgetUsd
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SpendPageSetBudgetMutation, SpendPageSetBudgetMutationVariables>;
export const StaffPageMembersDocument = new TypedDocumentString(`
    query StaffPageMembers($after: String) {
  staffMembers(first: 100, after: $after) {
    nodes {
      id
      name
      email
      role
      active
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPageMembersQuery, StaffPageMembersQueryVariables>;
export const StaffPageInvitationsDocument = new TypedDocumentString(`
    query StaffPageInvitations($after: String, $pendingOnly: Boolean!) {
  invitations(first: 100, after: $after, pendingOnly: $pendingOnly) {
    nodes {
      id
      email
      role
      createdAt
      expiresAt
      acceptedAt
      revokedAt
      pending
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPageInvitationsQuery, StaffPageInvitationsQueryVariables>;
export const StaffPageInviteDocument = new TypedDocumentString(`
    mutation StaffPageInvite($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    invitation {
      id
      email
      expiresAt
    }
    invitationToken
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPageInviteMutation, StaffPageInviteMutationVariables>;
export const StaffPageRevokeInvitationDocument = new TypedDocumentString(`
    mutation StaffPageRevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPageRevokeInvitationMutation, StaffPageRevokeInvitationMutationVariables>;
export const StaffPageChangeRoleDocument = new TypedDocumentString(`
    mutation StaffPageChangeRole($input: ChangeStaffRoleInput!) {
  changeStaffRole(input: $input) {
    staffMember {
      id
      role
      active
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPageChangeRoleMutation, StaffPageChangeRoleMutationVariables>;
export const StaffPageDeactivateDocument = new TypedDocumentString(`
    mutation StaffPageDeactivate($input: DeactivateStaffMemberInput!) {
  deactivateStaffMember(input: $input) {
    staffMember {
      id
      active
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPageDeactivateMutation, StaffPageDeactivateMutationVariables>;
export const StaffPageReactivateDocument = new TypedDocumentString(`
    mutation StaffPageReactivate($input: ReactivateStaffMemberInput!) {
  reactivateStaffMember(input: $input) {
    staffMember {
      id
      active
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPageReactivateMutation, StaffPageReactivateMutationVariables>;
export const WebhooksCardListDocument = new TypedDocumentString(`
    query WebhooksCardList($after: String) {
  webhookEndpoints(first: 100, after: $after) {
    nodes {
      id
      url
      description
      events
      enabled
      disabledReason
      consecutiveFailures
      createdAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCardListQuery, WebhooksCardListQueryVariables>;
export const WebhooksCardDeliveriesDocument = new TypedDocumentString(`
    query WebhooksCardDeliveries($id: ID!) {
  webhookDeliveries(webhookEndpointId: $id, first: 20) {
    nodes {
      id
      eventType
      status
      attempts
      lastStatus
      lastError
      nextAttemptAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCardDeliveriesQuery, WebhooksCardDeliveriesQueryVariables>;
export const WebhooksCardCreateDocument = new TypedDocumentString(`
    mutation WebhooksCardCreate($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    webhookEndpoint {
      id
      url
    }
    secret
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCardCreateMutation, WebhooksCardCreateMutationVariables>;
export const WebhooksCardUpdateDocument = new TypedDocumentString(`
    mutation WebhooksCardUpdate($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    webhookEndpoint {
      id
      enabled
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCardUpdateMutation, WebhooksCardUpdateMutationVariables>;
export const WebhooksCardDeleteDocument = new TypedDocumentString(`
    mutation WebhooksCardDelete($input: DeleteWebhookEndpointInput!) {
  deleteWebhookEndpoint(input: $input) {
    deletedWebhookEndpointId
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCardDeleteMutation, WebhooksCardDeleteMutationVariables>;
export const WebhooksCardTestDocument = new TypedDocumentString(`
    mutation WebhooksCardTest($input: SendTestWebhookInput!) {
  sendTestWebhook(input: $input) {
    webhookDelivery {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCardTestMutation, WebhooksCardTestMutationVariables>;
export const WebhooksCardRedeliverDocument = new TypedDocumentString(`
    mutation WebhooksCardRedeliver($input: RedeliverWebhookInput!) {
  redeliverWebhook(input: $input) {
    webhookDelivery {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCardRedeliverMutation, WebhooksCardRedeliverMutationVariables>;
export const ArchiveImportCardListDocument = new TypedDocumentString(`
    query ArchiveImportCardList($id: ID!) {
  seeker(id: $id) {
    id
    xArchiveImports {
      id
      status
      progress
      posts
      followers
      following
      bytes
      errorCode
      errorMessage
      createdAt
      finishedAt
      xUsername
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveImportCardListQuery, ArchiveImportCardListQueryVariables>;
export const JobsTabMatchesDocument = new TypedDocumentString(`
    query JobsTabMatches($seekerId: ID!, $first: Int!, $includeClosed: Boolean!, $includeDismissed: Boolean!) {
  jobMatches(
    seekerId: $seekerId
    first: $first
    includeClosed: $includeClosed
    includeDismissed: $includeDismissed
  ) {
    nodes {
      id
      score
      dismissedAt
      reasons
      source
      createdAt
      posting {
        id
        title
        company
        location
        workplace
        employmentType
        seniority
        applyUrl
        applyLink {
          state
          httpStatus
          checkedAt
        }
        salary {
          min
          max
          currency
          period
        }
        sourcePostUrls
        recruiters {
          username
          kind
          profileUrl
          messageIntentUrl
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<JobsTabMatchesQuery, JobsTabMatchesQueryVariables>;
export const JobsTabPipelineDocument = new TypedDocumentString(`
    query JobsTabPipeline($seekerId: ID!) {
  jobApplications(seekerId: $seekerId, first: 100) {
    nodes {
      id
      title
      company
      stage
      nextStages
      savedAt
      updatedAt
      notes
      posting {
        id
        applyUrl
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  jobFunnel(seekerId: $seekerId) {
    saved
    applied
    interviewing
    offer
    accepted
    rejected
    withdrawn
  }
}
    `) as unknown as TypedDocumentString<JobsTabPipelineQuery, JobsTabPipelineQueryVariables>;
export const JobsTabSaveDocument = new TypedDocumentString(`
    mutation JobsTabSave($input: SaveJobInput!) {
  saveJob(input: $input) {
    application {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<JobsTabSaveMutation, JobsTabSaveMutationVariables>;
export const JobsTabDismissDocument = new TypedDocumentString(`
    mutation JobsTabDismiss($input: DismissJobMatchInput!) {
  dismissJobMatch(input: $input) {
    match {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<JobsTabDismissMutation, JobsTabDismissMutationVariables>;
export const JobsTabMoveDocument = new TypedDocumentString(`
    mutation JobsTabMove($input: MoveJobApplicationInput!) {
  moveJobApplication(input: $input) {
    application {
      id
      stage
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<JobsTabMoveMutation, JobsTabMoveMutationVariables>;
export const MentorshipTabPipelineDocument = new TypedDocumentString(`
    query MentorshipTabPipeline($id: ID!) {
  mentorContacts(seekerId: $id) {
    ...MentorshipTabContact
  }
  mentorFollowUps(seekerId: $id) {
    id
  }
  outreachPolicy {
    firstContactsPerWeek
    followUpAfterDays
    requireFirstContactApproval
  }
}
    fragment MentorshipTabDraft on OutreachDraft {
  id
  channel
  text
  status
  createdAt
  intentUrl
  sentAt
  reviewComment
  reviewedAt
  check {
    ok
    score
    length
    asks
    minutesAsked
    findings {
      code
      message
      severity
    }
  }
}
fragment MentorshipTabInterview on InformationalInterview {
  id
  startsAt
  endsAt
  localStart
  timeZone
  mode
  place
  meetingUrl
  status
  notes
  ics
  agenda {
    question
    postId
  }
}
fragment MentorshipTabContact on MentorContact {
  id
  name
  username
  profileUrl
  contactType
  stage
  stageChangedAt
  allowedMoves
  awaitingReply
  blocked
  reasons
  firstContactAt
  followUpDueAt
  drafts {
    ...MentorshipTabDraft
  }
  interviews {
    ...MentorshipTabInterview
  }
  events {
    at
    fromStage
    toStage
    note
  }
}`) as unknown as TypedDocumentString<MentorshipTabPipelineQuery, MentorshipTabPipelineQueryVariables>;
export const MentorshipTabSuggestionsDocument = new TypedDocumentString(`
    query MentorshipTabSuggestions($id: ID!, $reach: MentorReach!, $field: String) {
  mentorSuggestions(seekerId: $id, first: 12, reach: $reach, field: $field) {
    field
    emptyReason
    mentors {
      xAccountId
      username
      seniority
      field
      distanceKm
      score
      reasons
      profileUrl
      followIntentUrl
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabSuggestionsQuery, MentorshipTabSuggestionsQueryVariables>;
export const MentorshipTabTemplatesDocument = new TypedDocumentString(`
    query MentorshipTabTemplates($type: ContactType!) {
  outreachTemplates(contactType: $type) {
    name
    channel
    text
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabTemplatesQuery, MentorshipTabTemplatesQueryVariables>;
export const MentorshipTabCheckDocument = new TypedDocumentString(`
    query MentorshipTabCheck($input: CheckOutreachDraftInput!) {
  checkOutreachDraft(input: $input) {
    ok
    score
    length
    asks
    minutesAsked
    referencedPostId
    findings {
      code
      message
      severity
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabCheckQuery, MentorshipTabCheckQueryVariables>;
export const MentorshipTabAddContactDocument = new TypedDocumentString(`
    mutation MentorshipTabAddContact($input: AddMentorContactInput!) {
  addMentorContact(input: $input) {
    contact {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabAddContactMutation, MentorshipTabAddContactMutationVariables>;
export const MentorshipTabMoveDocument = new TypedDocumentString(`
    mutation MentorshipTabMove($input: MoveMentorContactInput!) {
  moveMentorContact(input: $input) {
    contact {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabMoveMutation, MentorshipTabMoveMutationVariables>;
export const MentorshipTabReplyDocument = new TypedDocumentString(`
    mutation MentorshipTabReply($input: RecordMentorReplyInput!) {
  recordMentorReply(input: $input) {
    contact {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabReplyMutation, MentorshipTabReplyMutationVariables>;
export const MentorshipTabBlockDocument = new TypedDocumentString(`
    mutation MentorshipTabBlock($input: SetMentorContactBlockedInput!) {
  setMentorContactBlocked(input: $input) {
    contact {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabBlockMutation, MentorshipTabBlockMutationVariables>;
export const MentorshipTabCreateDraftDocument = new TypedDocumentString(`
    mutation MentorshipTabCreateDraft($input: CreateOutreachDraftInput!) {
  createOutreachDraft(input: $input) {
    draft {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabCreateDraftMutation, MentorshipTabCreateDraftMutationVariables>;
export const MentorshipTabReviewDraftDocument = new TypedDocumentString(`
    mutation MentorshipTabReviewDraft($input: ReviewOutreachDraftInput!) {
  reviewOutreachDraft(input: $input) {
    draft {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabReviewDraftMutation, MentorshipTabReviewDraftMutationVariables>;
export const MentorshipTabMarkSentDocument = new TypedDocumentString(`
    mutation MentorshipTabMarkSent($input: MarkOutreachDraftSentInput!) {
  markOutreachDraftSent(input: $input) {
    draft {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabMarkSentMutation, MentorshipTabMarkSentMutationVariables>;
export const MentorshipTabScheduleDocument = new TypedDocumentString(`
    mutation MentorshipTabSchedule($input: ScheduleInformationalInterviewInput!) {
  scheduleInformationalInterview(input: $input) {
    interview {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabScheduleMutation, MentorshipTabScheduleMutationVariables>;
export const MentorshipTabUpdateInterviewDocument = new TypedDocumentString(`
    mutation MentorshipTabUpdateInterview($input: UpdateInformationalInterviewInput!) {
  updateInformationalInterview(input: $input) {
    interview {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabUpdateInterviewMutation, MentorshipTabUpdateInterviewMutationVariables>;
export const MentorshipTabDiscoveryDocument = new TypedDocumentString(`
    mutation MentorshipTabDiscovery($input: StartMentorDiscoveryInput!) {
  startMentorDiscovery(input: $input) {
    field
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MentorshipTabDiscoveryMutation, MentorshipTabDiscoveryMutationVariables>;
export const OrgsTabDataDocument = new TypedDocumentString(`
    query OrgsTabData($seekerId: ID!) {
  seeker(id: $seekerId) {
    id
    name
    xHandle
  }
  organizationSuggestions(seekerId: $seekerId) {
    organization {
      id
    }
    reasons
  }
  organizations {
    id
    name
    field
    site
    usernames
  }
  orgEvents {
    ...EventSummary
  }
  hashtagChats {
    ...ChatSummary
    participation(seekerId: $seekerId, last: 4) {
      occurrence {
        start
      }
      tookPart
      posts
    }
  }
  reminders(seekerId: $seekerId, days: 90) {
    chatId
    eventId
    start
    remindAt
  }
}
    fragment EventSummary on OrgEvent {
  id
  name
  kind
  startsAt
  endsAt
  localStart
  timeZone
  online
  place
  url
  hashtags
  speakers
  organization {
    id
    name
  }
}
fragment ChatSummary on HashtagChat {
  id
  name
  hashtag
  schedule
  hostUsername
  durationMinutes
  timeZone
  upcoming(first: 1) {
    start
    localStart
  }
}`) as unknown as TypedDocumentString<OrgsTabDataQuery, OrgsTabDataQueryVariables>;
export const OrgsTabTalkDocument = new TypedDocumentString(`
    query OrgsTabTalk($id: ID!) {
  node(id: $id) {
    ... on Organization {
      id
      talkingAbout {
        terms {
          term
          count
        }
        recentPosts {
          xId
          text
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgsTabTalkQuery, OrgsTabTalkQueryVariables>;
export const OrgsTabTasksDocument = new TypedDocumentString(`
    query OrgsTabTasks($seekerId: ID!) {
  seekerTasks(seekerId: $seekerId, includeDone: true) {
    id
    kind
    title
    dueAt
    doneAt
    profileUrl
    xUsername
  }
}
    `) as unknown as TypedDocumentString<OrgsTabTasksQuery, OrgsTabTasksQueryVariables>;
export const OrgsTabJoinDocument = new TypedDocumentString(`
    mutation OrgsTabJoin($input: JoinOrgActivityInput!) {
  joinOrgActivity(input: $input) {
    reminders {
      start
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrgsTabJoinMutation, OrgsTabJoinMutationVariables>;
export const OrgsTabFollowUpsDocument = new TypedDocumentString(`
    mutation OrgsTabFollowUps($input: CreateEventFollowUpsInput!) {
  createEventFollowUps(input: $input) {
    created
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrgsTabFollowUpsMutation, OrgsTabFollowUpsMutationVariables>;
export const OrgsTabCompleteTaskDocument = new TypedDocumentString(`
    mutation OrgsTabCompleteTask($input: CompleteSeekerTaskInput!) {
  completeSeekerTask(input: $input) {
    task {
      id
      doneAt
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrgsTabCompleteTaskMutation, OrgsTabCompleteTaskMutationVariables>;
export const PeersTabMembershipDocument = new TypedDocumentString(`
    query PeersTabMembership($seekerId: ID!) {
  seeker(id: $seekerId) {
    id
    name
  }
  cohorts(first: 100, seekerId: $seekerId) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PeersTabMembershipQuery, PeersTabMembershipQueryVariables>;
export const PeersTabAllCohortsDocument = new TypedDocumentString(`
    query PeersTabAllCohorts($after: String) {
  cohorts(first: 100, after: $after) {
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PeersTabAllCohortsQuery, PeersTabAllCohortsQueryVariables>;
export const PeersTabCohortsDocument = new TypedDocumentString(`
    query PeersTabCohorts($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Cohort {
      id
      name
      field
      stage
      hashtag
      termStart
      termEnd
      members {
        id
        name
      }
      peers {
        seekerId
        name
        city
        stage
        xHandle
      }
      checkIns {
        id
        seekerId
        week
        goal
        status
        note
        createdAt
      }
      links {
        url
        canonicalUrl
        title
        shares
        sharerIds
        lastAt
      }
      xList {
        name
        usernames
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeersTabCohortsQuery, PeersTabCohortsQueryVariables>;
export const PeersTabCheckInDocument = new TypedDocumentString(`
    mutation PeersTabCheckIn($input: AddCohortCheckInInput!) {
  addCohortCheckIn(input: $input) {
    checkIn {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PeersTabCheckInMutation, PeersTabCheckInMutationVariables>;
export const PeersTabShareLinkDocument = new TypedDocumentString(`
    mutation PeersTabShareLink($input: ShareCohortLinkInput!) {
  shareCohortLink(input: $input) {
    link {
      url
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PeersTabShareLinkMutation, PeersTabShareLinkMutationVariables>;
export const ProfileTabSeekerDocument = new TypedDocumentString(`
    query ProfileTabSeeker($id: ID!) {
  seeker(id: $id) {
    id
    name
    email
    headline
    careerStage
    targetRoles
    industries
    locations
    status
    createdAt
    activatedAt
    archivedAt
    xHandle
    coaches {
      id
      name
      email
    }
    xConnection {
      username
      xUserId
      scopes
      connectedAt
    }
    consents {
      id
      kind
      active
      grantedAt
      revokedAt
      source
      revokeSource
      scope
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabSeekerQuery, ProfileTabSeekerQueryVariables>;
export const ProfileTabInviteSeekerDocument = new TypedDocumentString(`
    mutation ProfileTabInviteSeeker($input: InviteSeekerInput!) {
  inviteSeeker(input: $input) {
    invitationToken
    invitation {
      id
      email
      expiresAt
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabInviteSeekerMutation, ProfileTabInviteSeekerMutationVariables>;
export const ProfileTabCoachCandidatesDocument = new TypedDocumentString(`
    query ProfileTabCoachCandidates($after: String) {
  staffMembers(first: 100, after: $after, roles: [OWNER, ADMIN, COACH]) {
    nodes {
      id
      name
      role
      active
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabCoachCandidatesQuery, ProfileTabCoachCandidatesQueryVariables>;
export const ProfileTabAssignCoachDocument = new TypedDocumentString(`
    mutation ProfileTabAssignCoach($input: AssignCoachInput!) {
  assignCoach(input: $input) {
    seeker {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabAssignCoachMutation, ProfileTabAssignCoachMutationVariables>;
export const ProfileTabUnassignCoachDocument = new TypedDocumentString(`
    mutation ProfileTabUnassignCoach($input: UnassignCoachInput!) {
  unassignCoach(input: $input) {
    seeker {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabUnassignCoachMutation, ProfileTabUnassignCoachMutationVariables>;
export const ProfileTabEraseSeekerDocument = new TypedDocumentString(`
    mutation ProfileTabEraseSeeker($input: EraseSeekerInput!) {
  eraseSeeker(input: $input) {
    erasedSeekerId
    deleted {
      table
      rows
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabEraseSeekerMutation, ProfileTabEraseSeekerMutationVariables>;
export const ProfileTabNotesDocument = new TypedDocumentString(`
    query ProfileTabNotes($id: ID!, $after: String) {
  seeker(id: $id) {
    id
    notes(first: 100, after: $after) {
      nodes {
        id
        body
        createdAt
        author {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabNotesQuery, ProfileTabNotesQueryVariables>;
export const ProfileTabUpdateSeekerDocument = new TypedDocumentString(`
    mutation ProfileTabUpdateSeeker($input: UpdateSeekerInput!) {
  updateSeeker(input: $input) {
    seeker {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabUpdateSeekerMutation, ProfileTabUpdateSeekerMutationVariables>;
export const ProfileTabRecordConsentDocument = new TypedDocumentString(`
    mutation ProfileTabRecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    consent {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabRecordConsentMutation, ProfileTabRecordConsentMutationVariables>;
export const ProfileTabRevokeConsentDocument = new TypedDocumentString(`
    mutation ProfileTabRevokeConsent($input: RevokeConsentInput!) {
  revokeConsent(input: $input) {
    consent {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabRevokeConsentMutation, ProfileTabRevokeConsentMutationVariables>;
export const ProfileTabAddNoteDocument = new TypedDocumentString(`
    mutation ProfileTabAddNote($input: AddCoachNoteInput!) {
  addCoachNote(input: $input) {
    note {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabAddNoteMutation, ProfileTabAddNoteMutationVariables>;
export const ProfileTabConnectLinkDocument = new TypedDocumentString(`
    mutation ProfileTabConnectLink($input: CreateXConnectLinkInput!) {
  createXConnectLink(input: $input) {
    url
    expiresAt
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabConnectLinkMutation, ProfileTabConnectLinkMutationVariables>;
export const ProfileTabDisconnectXDocument = new TypedDocumentString(`
    mutation ProfileTabDisconnectX($input: DisconnectXInput!) {
  disconnectX(input: $input) {
    seeker {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabDisconnectXMutation, ProfileTabDisconnectXMutationVariables>;
export const ProfileTabLinkHandleDocument = new TypedDocumentString(`
    mutation ProfileTabLinkHandle($input: LinkXHandleInput!) {
  linkXHandle(input: $input) {
    seeker {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTabLinkHandleMutation, ProfileTabLinkHandleMutationVariables>;
export const ResearchTabTargetsDocument = new TypedDocumentString(`
    query ResearchTabTargets($id: ID!) {
  seeker(id: $id) {
    id
    name
    targets {
      id
      priority
      status
      createdAt
      company {
        id
        name
        brandUsername
        domain
        dossier {
          posts
          emptyReason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResearchTabTargetsQuery, ResearchTabTargetsQueryVariables>;
export const ResearchTabCompaniesDocument = new TypedDocumentString(`
    query ResearchTabCompanies($after: String) {
  companies(first: 100, after: $after) {
    nodes {
      id
      name
      brandUsername
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ResearchTabCompaniesQuery, ResearchTabCompaniesQueryVariables>;
export const ResearchTabDossierDocument = new TypedDocumentString(`
    query ResearchTabDossier($id: ID!) {
  company(id: $id) {
    id
    name
    brandUsername
    accounts {
      xId
      username
      name
      url
      kind
      status
      evidence {
        kind
        detail
      }
    }
    dossier {
      posts
      brandPosts
      employeePosts
      emptyReason
      computedAt
      windowFrom
      windowTo
      cadence {
        activeEmployees
        brandPostsPerWeek
        employeePostsPerWeek
        lastPostAt
      }
      values {
        label
        count
        share
        posts {
          ...ResearchTabPost
        }
      }
      themes {
        term
        label
        count
        posts {
          ...ResearchTabPost
        }
      }
      tone {
        brand {
          formality
          sentiment
          posts
        }
        employees {
          formality
          sentiment
          posts
        }
      }
      voices {
        brand
        employees
      }
      hiring {
        posts
        roles {
          label
          count
          posts {
            ...ResearchTabPost
          }
        }
        teams {
          label
          count
          posts {
            ...ResearchTabPost
          }
        }
        locations {
          label
          count
          posts {
            ...ResearchTabPost
          }
        }
        workplace {
          label
          count
          posts {
            ...ResearchTabPost
          }
        }
      }
      changes {
        rising {
          label
          count
          previous
          posts {
            ...ResearchTabPost
          }
        }
        falling {
          label
          count
          previous
          posts {
            ...ResearchTabPost
          }
        }
        newThemes {
          label
          count
          posts {
            ...ResearchTabPost
          }
        }
      }
    }
  }
}
    fragment ResearchTabPost on DossierPost {
  xId
  url
  author
  text
  createdAt
}`) as unknown as TypedDocumentString<ResearchTabDossierQuery, ResearchTabDossierQueryVariables>;
export const ResearchTabBriefDocument = new TypedDocumentString(`
    query ResearchTabBrief($companyId: ID!, $seekerId: ID!) {
  interviewBrief(companyId: $companyId, seekerId: $seekerId) {
    company
    generatedAt
    markdown
    talkingPoints {
      point
      posts {
        ...ResearchTabPost
      }
    }
    people {
      name
      username
      url
      bio
      recentPosts
    }
    readFirst {
      ...ResearchTabPost
    }
  }
}
    fragment ResearchTabPost on DossierPost {
  xId
  url
  author
  text
  createdAt
}`) as unknown as TypedDocumentString<ResearchTabBriefQuery, ResearchTabBriefQueryVariables>;
export const ResearchTabSetTargetDocument = new TypedDocumentString(`
    mutation ResearchTabSetTarget($input: SetSeekerTargetInput!) {
  setSeekerTarget(input: $input) {
    target {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResearchTabSetTargetMutation, ResearchTabSetTargetMutationVariables>;
export const ResearchTabRemoveTargetDocument = new TypedDocumentString(`
    mutation ResearchTabRemoveTarget($input: RemoveSeekerTargetInput!) {
  removeSeekerTarget(input: $input) {
    removedTargetId
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResearchTabRemoveTargetMutation, ResearchTabRemoveTargetMutationVariables>;
export const ResearchTabDiscoverDocument = new TypedDocumentString(`
    mutation ResearchTabDiscover($input: DiscoverCompanyAccountsInput!) {
  discoverCompanyAccounts(input: $input) {
    accounts {
      xId
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResearchTabDiscoverMutation, ResearchTabDiscoverMutationVariables>;
export const ResearchTabReviewAccountDocument = new TypedDocumentString(`
    mutation ResearchTabReviewAccount($input: ReviewCompanyAccountInput!) {
  reviewCompanyAccount(input: $input) {
    account {
      xId
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResearchTabReviewAccountMutation, ResearchTabReviewAccountMutationVariables>;
export const ResearchTabAddCompanyDocument = new TypedDocumentString(`
    mutation ResearchTabAddCompany($input: AddCompanyInput!) {
  addCompany(input: $input) {
    company {
      id
      name
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResearchTabAddCompanyMutation, ResearchTabAddCompanyMutationVariables>;
export const TrendsTabBriefingDocument = new TypedDocumentString(`
    query TrendsTabBriefing($id: ID!, $day: String) {
  dailyBriefing(seekerId: $id, day: $day) {
    day
    emptyReason
    topics
    items {
      term
      count
      baseline
      score
      emerging
      related
      links {
        url
        count
      }
      posts {
        xId
        author
        text
        url
        createdAt
      }
      topic {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrendsTabBriefingQuery, TrendsTabBriefingQueryVariables>;
export const TrendsTabTopicsDocument = new TypedDocumentString(`
    query TrendsTabTopics($id: ID!, $day: String) {
  topics(seekerId: $id) {
    id
    name
    kind
    value
    seeker {
      id
    }
    cohort {
      id
      name
    }
    bursts(day: $day, days: 14) {
      day
      term
      count
    }
  }
}
    `) as unknown as TypedDocumentString<TrendsTabTopicsQuery, TrendsTabTopicsQueryVariables>;
export const TrendsTabPruningDocument = new TypedDocumentString(`
    query TrendsTabPruning($id: ID!) {
  feedPruning(seekerId: $id) {
    source
    following
    analyzed
    suggestions {
      account {
        xId
        username
        name
      }
      suggestion
      reason
      link
      lastActivity
      postsPerWeek
      relevance
      repostShare
      duplicateShare
    }
    toFollow {
      account {
        xId
        username
        name
      }
      reason
      link
    }
  }
}
    `) as unknown as TypedDocumentString<TrendsTabPruningQuery, TrendsTabPruningQueryVariables>;
export const TrendsTabAddTopicDocument = new TypedDocumentString(`
    mutation TrendsTabAddTopic($input: AddTopicInput!) {
  addTopic(input: $input) {
    topic {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TrendsTabAddTopicMutation, TrendsTabAddTopicMutationVariables>;
export const TrendsTabRemoveTopicDocument = new TypedDocumentString(`
    mutation TrendsTabRemoveTopic($input: RemoveTopicInput!) {
  removeTopic(input: $input) {
    removedTopicId
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TrendsTabRemoveTopicMutation, TrendsTabRemoveTopicMutationVariables>;
export const VoiceTabProfileDocument = new TypedDocumentString(`
    query VoiceTabProfile($seekerId: ID!) {
  voiceProfile(seekerId: $seekerId) {
    consistency
    onPillarShare
    posts
    readabilityGrade
    tone {
      formality
      sentiment
    }
    cadence {
      postsPerWeek
      activeWeeks
      longestGapDays
    }
    pillarShare {
      pillar
      posts
      share
    }
    months {
      month
      consistency
      posts
      onPillarShare
      readabilityGrade
      themes {
        term
      }
    }
    themes {
      term
      count
    }
  }
  voicePillars(seekerId: $seekerId) {
    name
    terms
  }
}
    `) as unknown as TypedDocumentString<VoiceTabProfileQuery, VoiceTabProfileQueryVariables>;
export const VoiceTabDraftsDocument = new TypedDocumentString(`
    query VoiceTabDrafts($seekerId: ID!) {
  seeker(id: $seekerId) {
    id
    name
  }
  voiceDrafts(seekerId: $seekerId, first: 50) {
    nodes {
      id
      text
      status
      createdAt
      approvedAt
      scheduledFor
      postedAt
      postUrl
      failureMessage
      seekerOkAt
      check {
        ok
        length
        pillar
        findings {
          code
          message
          severity
        }
      }
      comments {
        body
        createdAt
        authorName
        authorRole
      }
    }
  }
  postingSlots(seekerId: $seekerId) {
    timeZone
    times
    weekdays
  }
}
    `) as unknown as TypedDocumentString<VoiceTabDraftsQuery, VoiceTabDraftsQueryVariables>;
export const VoiceTabAuditDocument = new TypedDocumentString(`
    query VoiceTabAudit($seekerId: ID!) {
  voiceAudit(seekerId: $seekerId) {
    postId
    reason
    severity
    detail
    text
    postedAt
    decision
    decisionStatus
    decisionError
  }
}
    `) as unknown as TypedDocumentString<VoiceTabAuditQuery, VoiceTabAuditQueryVariables>;
export const VoiceTabLinksDocument = new TypedDocumentString(`
    query VoiceTabLinks($seekerId: ID!) {
  voiceLinks(seekerId: $seekerId) {
    url
    state
    httpStatus
    reason
    finalUrl
    checkedAt
  }
}
    `) as unknown as TypedDocumentString<VoiceTabLinksQuery, VoiceTabLinksQueryVariables>;
export const VoiceTabDecideDocument = new TypedDocumentString(`
    mutation VoiceTabDecide($input: DecideAuditFindingInput!) {
  decideAuditFinding(input: $input) {
    status
    error
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabDecideMutation, VoiceTabDecideMutationVariables>;
export const VoiceTabReviewDocument = new TypedDocumentString(`
    mutation VoiceTabReview($input: ReviewVoiceDraftInput!) {
  reviewVoiceDraft(input: $input) {
    draft {
      id
      status
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabReviewMutation, VoiceTabReviewMutationVariables>;
export const VoiceTabCommentDocument = new TypedDocumentString(`
    mutation VoiceTabComment($input: CommentVoiceDraftInput!) {
  commentVoiceDraft(input: $input) {
    draft {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabCommentMutation, VoiceTabCommentMutationVariables>;
export const VoiceTabCreateDocument = new TypedDocumentString(`
    mutation VoiceTabCreate($input: CreateVoiceDraftInput!) {
  createVoiceDraft(input: $input) {
    draft {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabCreateMutation, VoiceTabCreateMutationVariables>;
export const VoiceTabEditDocument = new TypedDocumentString(`
    mutation VoiceTabEdit($input: EditVoiceDraftInput!) {
  editVoiceDraft(input: $input) {
    draft {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabEditMutation, VoiceTabEditMutationVariables>;
export const VoiceTabSubmitDocument = new TypedDocumentString(`
    mutation VoiceTabSubmit($input: SubmitVoiceDraftInput!) {
  submitVoiceDraft(input: $input) {
    draft {
      id
      status
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabSubmitMutation, VoiceTabSubmitMutationVariables>;
export const VoiceTabScheduleDocument = new TypedDocumentString(`
    mutation VoiceTabSchedule($input: ScheduleVoiceDraftInput!) {
  scheduleVoiceDraft(input: $input) {
    draft {
      id
      scheduledFor
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabScheduleMutation, VoiceTabScheduleMutationVariables>;
export const VoiceTabCancelDocument = new TypedDocumentString(`
    mutation VoiceTabCancel($input: CancelVoiceDraftInput!) {
  cancelVoiceDraft(input: $input) {
    draft {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabCancelMutation, VoiceTabCancelMutationVariables>;
export const VoiceTabSlotsDocument = new TypedDocumentString(`
    mutation VoiceTabSlots($input: SetPostingSlotsInput!) {
  setPostingSlots(input: $input) {
    slots {
      timeZone
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<VoiceTabSlotsMutation, VoiceTabSlotsMutationVariables>;
export const CohortSuggestionsDocument = new TypedDocumentString(`
    query CohortSuggestions {
  cohortSuggestions {
    suggestedName
    suggestedHashtag
    field
    stage
    place
    reasons
    members {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CohortSuggestionsQuery, CohortSuggestionsQueryVariables>;
export const CohortCreateDocument = new TypedDocumentString(`
    mutation CohortCreate($input: CreateCohortInput!) {
  createCohort(input: $input) {
    cohort {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CohortCreateMutation, CohortCreateMutationVariables>;
export const CohortAddMemberDocument = new TypedDocumentString(`
    mutation CohortAddMember($input: AddCohortMemberInput!) {
  addCohortMember(input: $input) {
    cohort {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CohortAddMemberMutation, CohortAddMemberMutationVariables>;
export const CohortRemoveMemberDocument = new TypedDocumentString(`
    mutation CohortRemoveMember($input: RemoveCohortMemberInput!) {
  removeCohortMember(input: $input) {
    cohort {
      id
    }
    userErrors {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CohortRemoveMemberMutation, CohortRemoveMemberMutationVariables>;
export const EventHighlightsDocument = new TypedDocumentString(`
    query EventHighlights($id: ID!) {
  node(id: $id) {
    ... on OrgEvent {
      id
      highlights {
        postCount
        participants {
          username
          posts
          replies
          isSpeaker
          isHost
        }
        links {
          url
          shares
          sharers
        }
        topPosts {
          xId
          score
          post {
            xId
            text
            url
            username
          }
        }
      }
      attendees {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventHighlightsQuery, EventHighlightsQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    role
    seekerId
    member {
      id
      name
      email
    }
    organizations {
      slug
      name
      role
    }
  }
  tenant {
    id
    name
    slug
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;