import { Injectable } from '@nestjs/common';
import type { MentorCandidate } from '@libs/people';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import type { Stage } from './pipeline.js';

export type ContactType = 'mentor' | 'peer' | 'recruiter' | 'hiring_manager';
export type DraftStatus = 'draft' | 'pending_approval' | 'approved' | 'changes_requested' | 'sent';

export interface PolicyRow {
  requireFirstContactApproval: boolean;
  firstContactsPerWeek: number;
  followUpAfterDays: number;
}

export interface ContactRow {
  id: string;
  seekerId: string;
  xAccountId: string;
  username: string;
  name: string | null;
  contactType: ContactType;
  stage: Stage;
  blocked: boolean;
  awaitingReply: boolean;
  reasons: string[];
  score: number | null;
  firstContactAt: Date | null;
  stageChangedAt: Date;
  createdAt: Date;
}

export interface EventRow {
  id: string;
  contactId: string;
  fromStage: string | null;
  toStage: string;
  note: string | null;
  at: Date;
}

export interface DraftRow {
  id: string;
  contactId: string;
  channel: 'reply' | 'dm';
  text: string;
  replyToPostId: string | null;
  checkResult: unknown;
  status: DraftStatus;
  reviewComment: string | null;
  reviewedAt: Date | null;
  sentAt: Date | null;
  createdAt: Date;
}

export interface InterviewRow {
  id: string;
  contactId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  mode: 'online' | 'in_person';
  place: string | null;
  meetingUrl: string | null;
  agenda: { question: string; postId: string | null }[];
  notes: string | null;
  status: 'scheduled' | 'held' | 'cancelled';
  createdAt: Date;
}

export interface AccountPost {
  id: string;
  text: string;
  createdAt: Date;
}

const CONTACT = `id, seeker_id as "seekerId", x_account_id::text as "xAccountId", username, name,
  contact_type as "contactType", stage, blocked, awaiting_reply as "awaitingReply", reasons, score,
  first_contact_at as "firstContactAt", stage_changed_at as "stageChangedAt", created_at as "createdAt"`;
const EVENT = `id, contact_id as "contactId", from_stage as "fromStage", to_stage as "toStage", note, at`;
const DRAFT = `id, contact_id as "contactId", channel, text, reply_to_post_id::text as "replyToPostId",
  check_result as "checkResult", status, review_comment as "reviewComment", reviewed_at as "reviewedAt",
  sent_at as "sentAt", created_at as "createdAt"`;
const INTERVIEW = `id, contact_id as "contactId", starts_at as "startsAt", ends_at as "endsAt",
  time_zone as "timeZone", mode, place, meeting_url as "meetingUrl", agenda, notes, status,
  created_at as "createdAt"`;

@Injectable()
export class MentorshipRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async policy(ctx: TenantScope): Promise<PolicyRow> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<PolicyRow[]>(
        `select require_first_contact_approval as "requireFirstContactApproval",
                first_contacts_per_week as "firstContactsPerWeek",
                follow_up_after_days as "followUpAfterDays"
           from outreach_policies where tenant_id = $1`,
        [tenantId],
      ),
    );
    return (
      rows[0] ?? {
        requireFirstContactApproval: false,
        firstContactsPerWeek: 5,
        followUpAfterDays: 7,
      }
    );
  }

  async savePolicy(ctx: TenantScope, p: PolicyRow): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into outreach_policies (tenant_id, require_first_contact_approval,
                first_contacts_per_week, follow_up_after_days)
         values ($1, $2, $3, $4)
         on conflict (tenant_id) do update set
           require_first_contact_approval = excluded.require_first_contact_approval,
           first_contacts_per_week = excluded.first_contacts_per_week,
           follow_up_after_days = excluded.follow_up_after_days, updated_at = now()`,
        [tenantId, p.requireFirstContactApproval, p.firstContactsPerWeek, p.followUpAfterDays],
      ),
    );
  }

  /** Inserts the contact, or returns the existing one for the same seeker and account. */
  async upsertContact(
    ctx: TenantScope,
    c: Pick<ContactRow, 'id' | 'seekerId' | 'xAccountId' | 'username' | 'name' | 'contactType'> & {
      reasons: string[];
      score: number | null;
    },
  ): Promise<{ row: ContactRow; created: boolean }> {
    return this.run(ctx, async (m, tenantId) => {
      const inserted = await m.query<ContactRow[]>(
        `insert into mentor_contacts (tenant_id, id, seeker_id, x_account_id, username, name,
                contact_type, reasons, score)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (tenant_id, seeker_id, x_account_id) do nothing
         returning ${CONTACT}`,
        [
          tenantId,
          c.id,
          c.seekerId,
          c.xAccountId,
          c.username,
          c.name,
          c.contactType,
          c.reasons,
          c.score,
        ],
      );
      if (inserted[0]) return { row: inserted[0], created: true };
      const [existing] = await m.query<ContactRow[]>(
        `select ${CONTACT} from mentor_contacts
          where tenant_id = $1 and seeker_id = $2 and x_account_id = $3`,
        [tenantId, c.seekerId, c.xAccountId],
      );
      return { row: existing, created: false };
    });
  }

  async contact(ctx: TenantScope, id: string, lock = false): Promise<ContactRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<ContactRow[]>(
        `select ${CONTACT} from mentor_contacts where tenant_id = $1 and id = $2
          ${lock ? 'for update' : ''}`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  contactsOf(ctx: TenantScope, seekerIds: readonly string[]): Promise<ContactRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ContactRow[]>(
        `select ${CONTACT} from mentor_contacts where tenant_id = $1 and seeker_id = any($2::uuid[])
          order by stage_changed_at desc, id`,
        [tenantId, seekerIds],
      ),
    );
  }

  async contactedAccountIds(ctx: TenantScope, seekerId: string): Promise<Set<string>> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ id: string }[]>(
        `select x_account_id::text as id from mentor_contacts where tenant_id = $1 and seeker_id = $2`,
        [tenantId, seekerId],
      ),
    );
    return new Set(rows.map((r) => r.id));
  }

  async firstContactsSince(
    ctx: TenantScope,
    seekerId: string,
    since: Date,
    except: string,
  ): Promise<number> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ n: number }[]>(
        `select count(*)::int as n from mentor_contacts
          where tenant_id = $1 and seeker_id = $2 and first_contact_at >= $3 and id <> $4`,
        [tenantId, seekerId, since, except],
      ),
    );
    return row.n;
  }

  async move(
    ctx: TenantScope,
    c: { id: string; from: Stage; to: Stage; awaitingReply: boolean; note: string | null },
    eventId: string,
    actorMembershipId: string | null,
  ): Promise<ContactRow> {
    return this.run(ctx, async (m, tenantId) => {
      const [row] = await m.query<ContactRow[]>(
        `with u as (update mentor_contacts set stage = $3, awaiting_reply = $4, stage_changed_at = now(),
                first_contact_at = case when $3 = 'first_contact' and first_contact_at is null
                                        then now() else first_contact_at end
          where tenant_id = $1 and id = $2 returning *)
         select ${CONTACT} from u`,
        [tenantId, c.id, c.to, c.awaitingReply],
      );
      await m.query(
        `insert into outreach_events (tenant_id, id, contact_id, from_stage, to_stage, note, actor_membership_id)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [tenantId, eventId, c.id, c.from, c.to, c.note, actorMembershipId],
      );
      return row;
    });
  }

  async logEvent(
    ctx: TenantScope,
    e: { id: string; contactId: string; from: string | null; to: string; note: string | null },
    actorMembershipId: string | null,
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into outreach_events (tenant_id, id, contact_id, from_stage, to_stage, note, actor_membership_id)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [tenantId, e.id, e.contactId, e.from, e.to, e.note, actorMembershipId],
      ),
    );
  }

  async setFlags(
    ctx: TenantScope,
    id: string,
    flags: { blocked?: boolean; awaitingReply?: boolean },
  ): Promise<ContactRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ContactRow[]>(
        `with u as (update mentor_contacts set blocked = coalesce($3, blocked),
                awaiting_reply = coalesce($4, awaiting_reply)
          where tenant_id = $1 and id = $2 returning *)
         select ${CONTACT} from u`,
        [tenantId, id, flags.blocked ?? null, flags.awaitingReply ?? null],
      ),
    );
    return row;
  }

  eventsOf(ctx: TenantScope, contactIds: readonly string[]): Promise<EventRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<EventRow[]>(
        `select ${EVENT} from outreach_events where tenant_id = $1 and contact_id = any($2::uuid[])
          order by at, id`,
        [tenantId, contactIds],
      ),
    );
  }

  async insertDraft(
    ctx: TenantScope,
    d: Pick<DraftRow, 'id' | 'contactId' | 'channel' | 'text' | 'replyToPostId' | 'status'> & {
      checkResult: unknown;
      createdBy: string | null;
    },
  ): Promise<DraftRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<DraftRow[]>(
        `insert into outreach_drafts (tenant_id, id, contact_id, channel, text, reply_to_post_id,
                check_result, status, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${DRAFT}`,
        [
          tenantId,
          d.id,
          d.contactId,
          d.channel,
          d.text,
          d.replyToPostId,
          JSON.stringify(d.checkResult),
          d.status,
          d.createdBy,
        ],
      ),
    );
    return row;
  }

  async draft(ctx: TenantScope, id: string): Promise<DraftRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<DraftRow[]>(`select ${DRAFT} from outreach_drafts where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return rows[0] ?? null;
  }

  draftsOf(ctx: TenantScope, contactIds: readonly string[]): Promise<DraftRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<DraftRow[]>(
        `select ${DRAFT} from outreach_drafts where tenant_id = $1 and contact_id = any($2::uuid[])
          order by created_at desc, id`,
        [tenantId, contactIds],
      ),
    );
  }

  /** The seeker's messages to other people, for the near-duplicate check. */
  otherMessages(
    ctx: TenantScope,
    seekerId: string,
    exceptContactId: string,
  ): Promise<{ recipient: string; text: string }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<{ recipient: string; text: string }[]>(
        `select c.username as recipient, d.text from outreach_drafts d
           join mentor_contacts c on c.tenant_id = d.tenant_id and c.id = d.contact_id
          where d.tenant_id = $1 and c.seeker_id = $2 and c.id <> $3
          order by d.created_at desc limit 200`,
        [tenantId, seekerId, exceptContactId],
      ),
    );
  }

  /** Null when the draft was sent meanwhile: a sent draft is never changed. */
  async reviewDraft(
    ctx: TenantScope,
    id: string,
    status: DraftStatus,
    comment: string | null,
    reviewer: string | null,
  ): Promise<DraftRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<DraftRow[]>(
        `with u as (update outreach_drafts set status = $3, review_comment = coalesce($4, review_comment),
                reviewed_by = coalesce($5, reviewed_by),
                reviewed_at = case when $5::uuid is null then reviewed_at else now() end,
                sent_at = case when $3 = 'sent' then now() else sent_at end
          where tenant_id = $1 and id = $2 and status <> 'sent' returning *)
         select ${DRAFT} from u`,
        [tenantId, id, status, comment, reviewer],
      ),
    );
    return row;
  }

  async hasApprovedDraft(ctx: TenantScope, contactId: string): Promise<boolean> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<{ ok: boolean }[]>(
        `select exists (select from outreach_drafts where tenant_id = $1 and contact_id = $2
                          and status in ('approved','sent')) as ok`,
        [tenantId, contactId],
      ),
    );
    return row.ok;
  }

  async insertInterview(
    ctx: TenantScope,
    i: Omit<InterviewRow, 'createdAt' | 'status' | 'notes'>,
  ): Promise<InterviewRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<InterviewRow[]>(
        `insert into info_interviews (tenant_id, id, contact_id, starts_at, ends_at, time_zone,
                mode, place, meeting_url, agenda)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${INTERVIEW}`,
        [
          tenantId,
          i.id,
          i.contactId,
          i.startsAt,
          i.endsAt,
          i.timeZone,
          i.mode,
          i.place,
          i.meetingUrl,
          JSON.stringify(i.agenda),
        ],
      ),
    );
    return row;
  }

  async interview(ctx: TenantScope, id: string): Promise<InterviewRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<InterviewRow[]>(
        `select ${INTERVIEW} from info_interviews where tenant_id = $1 and id = $2`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  interviewsOf(ctx: TenantScope, contactIds: readonly string[]): Promise<InterviewRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<InterviewRow[]>(
        `select ${INTERVIEW} from info_interviews where tenant_id = $1 and contact_id = any($2::uuid[])
          order by starts_at, id`,
        [tenantId, contactIds],
      ),
    );
  }

  async updateInterview(
    ctx: TenantScope,
    id: string,
    patch: { notes?: string | null; status?: InterviewRow['status'] },
  ): Promise<InterviewRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<InterviewRow[]>(
        `with u as (update info_interviews set notes = coalesce($3, notes), status = coalesce($4, status)
          where tenant_id = $1 and id = $2 returning *)
         select ${INTERVIEW} from u`,
        [tenantId, id, patch.notes ?? null, patch.status ?? null],
      ),
    );
    return row;
  }

  /**
   * Mentor candidates: every author of a post the tenant's watches brought in since `since`,
   * aggregated per author. Retweets are not the author's own words, so they do not count.
   */
  candidates(ctx: TenantScope, since: Date, fieldPattern: string): Promise<MentorCandidate[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<MentorCandidate[]>(
        `with src as (select distinct source_id from x_watches where tenant_id = $1),
              posts as (
                select distinct p.id, p.author_id, p.text, p.created_at, p.in_reply_to_user_id
                  from x_source_posts sp join x_posts p on p.id = sp.post_id
                 where sp.source_id in (select source_id from src) and p.created_at >= $2
                   and not p.referenced @> '[{"type":"retweeted"}]')
         select p.author_id::text as id, a.username, coalesce(a.description, '') as description,
                coalesce(a.location, '') as location,
                coalesce((a.metrics->>'followers')::int, 0) as followers,
                count(*)::int as posts,
                (count(*) filter (where p.text ~* $3))::int as "onFieldPosts",
                (count(*) filter (where p.in_reply_to_user_id is not null
                                    and p.in_reply_to_user_id <> p.author_id))::int as replies,
                (count(distinct p.in_reply_to_user_id) filter (
                   where p.in_reply_to_user_id <> p.author_id))::int as "peopleRepliedTo",
                (extract(epoch from max(p.created_at)) * 1000)::float8 as "lastPostAt"
           from posts p join x_accounts a on a.id = p.author_id
          group by p.author_id, a.username, a.description, a.location, a.metrics`,
        [tenantId, since, fieldPattern],
      ),
    );
  }

  /** An account's own recent posts from the public layer, newest first. */
  async recentPosts(ctx: TenantScope, accountId: string, limit = 20): Promise<AccountPost[]> {
    return this.run(ctx, (m) =>
      m.query<AccountPost[]>(
        `select id::text as id, text, created_at as "createdAt" from x_posts
          where author_id = $1 and not referenced @> '[{"type":"retweeted"}]'
          order by id desc limit $2`,
        [accountId, limit],
      ),
    );
  }

  async account(
    ctx: TenantScope,
    id: string,
  ): Promise<{ id: string; username: string; name: string | null } | null> {
    const rows = await this.run(ctx, (m) =>
      m.query<{ id: string; username: string; name: string | null }[]>(
        `select id::text as id, username, name from x_accounts where id = $1`,
        [id],
      ),
    );
    return rows[0] ?? null;
  }
}
