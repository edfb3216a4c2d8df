import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export type DraftStatus =
  | 'draft'
  | 'in_review'
  | 'changes_requested'
  | 'approved'
  | 'scheduled'
  | 'posting'
  | 'posted'
  | 'failed'
  | 'cancelled'
  | 'paused';

export interface DraftRow {
  id: string;
  seekerId: string;
  text: string;
  checkResult: unknown;
  status: DraftStatus;
  scheduledFor: Date | null;
  intentId: string | null;
  attempts: number;
  lastAttemptAt: Date | null;
  xPostId: string | null;
  failureCode: string | null;
  failureMessage: string | null;
  approvedAt: Date | null;
  postedAt: Date | null;
  /** When the seeker agreed to these words (wrote, edited or submitted them); null until then. */
  seekerOkAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DraftCommentRow {
  draftId: string;
  body: string;
  createdAt: Date;
  /** Null for a comment made with an API key or by Perch itself, or by a member since removed. */
  authorName: string | null;
  authorRole: string | null;
}

export interface SeekerPost {
  id: string;
  text: string;
  postedAt: Date | null;
  urls: string[];
  isReply: boolean;
  isRepost: boolean;
}

const DRAFT = `id, seeker_id as "seekerId", text, check_result as "checkResult", status,
  scheduled_for as "scheduledFor", intent_id as "intentId", attempts, last_attempt_at as "lastAttemptAt",
  x_post_id as "xPostId", failure_code as "failureCode", failure_message as "failureMessage",
  approved_at as "approvedAt", posted_at as "postedAt", seeker_ok_at as "seekerOkAt", created_at as "createdAt", updated_at as "updatedAt"`;

@Injectable()
export class VoiceRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  pillars(ctx: TenantScope, seekerId: string): Promise<{ name: string; terms: string[] }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select name, terms from voice_pillars where tenant_id = $1 and seeker_id = $2 order by position`,
        [tenantId, seekerId],
      ),
    );
  }

  async setPillars(
    ctx: TenantScope,
    seekerId: string,
    pillars: { name: string; terms: string[] }[],
  ) {
    await this.run(ctx, async (m, tenantId) => {
      await m.query(`delete from voice_pillars where tenant_id = $1 and seeker_id = $2`, [
        tenantId,
        seekerId,
      ]);
      for (const [i, p] of pillars.entries()) {
        await m.query(
          `insert into voice_pillars (tenant_id, seeker_id, position, name, terms) values ($1, $2, $3, $4, $5)`,
          [tenantId, seekerId, i, p.name, p.terms],
        );
      }
    });
  }

  /** The seeker's own posts Perch holds (archive import or reads with consent), newest first. */
  posts(ctx: TenantScope, seekerId: string, limit = 5000): Promise<SeekerPost[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select post_id as id, text, posted_at as "postedAt",
                coalesce((select array_agg(coalesce(u->>'expandedUrl', u->>'expanded_url', u->>'url'))
                            from jsonb_array_elements(urls) u), '{}') as urls,
                reply_to_post_id is not null as "isReply", repost_of_post_id is not null as "isRepost"
           from seeker_x_posts where tenant_id = $1 and seeker_id = $2
          order by posted_at desc nulls last limit $3`,
        [tenantId, seekerId, limit],
      ),
    );
  }

  decisions(ctx: TenantScope, seekerId: string) {
    return this.run(ctx, (m, tenantId) =>
      m.query<
        {
          postId: string;
          decision: string;
          status: string;
          error: string | null;
          decidedAt: Date;
        }[]
      >(
        `select post_id as "postId", decision, status, error, decided_at as "decidedAt"
           from voice_audit_decisions where tenant_id = $1 and seeker_id = $2`,
        [tenantId, seekerId],
      ),
    );
  }

  async decide(
    ctx: TenantScope,
    d: {
      seekerId: string;
      postId: string;
      decision: 'keep' | 'delete';
      status: string;
      error: string | null;
      by: string | null;
    },
  ) {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into voice_audit_decisions (tenant_id, seeker_id, post_id, decision, status, error, decided_by)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (tenant_id, seeker_id, post_id) do update set decision = excluded.decision,
           status = excluded.status, error = excluded.error, decided_by = excluded.decided_by, decided_at = now()`,
        [tenantId, d.seekerId, d.postId, d.decision, d.status, d.error, d.by],
      ),
    );
  }

  async removeSeekerPost(ctx: TenantScope, seekerId: string, postId: string) {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `delete from seeker_x_posts where tenant_id = $1 and seeker_id = $2 and post_id = $3`,
        [tenantId, seekerId, postId],
      ),
    );
  }

  slots(ctx: TenantScope, seekerId: string) {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<{ timeZone: string; times: string[]; weekdays: number[] }[]>(
        `select time_zone as "timeZone", times, weekdays from voice_slots where tenant_id = $1 and seeker_id = $2`,
        [tenantId, seekerId],
      );
      return rows[0] ?? null;
    });
  }

  async setSlots(
    ctx: TenantScope,
    seekerId: string,
    s: { timeZone: string; times: string[]; weekdays: number[] },
  ) {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into voice_slots (tenant_id, seeker_id, time_zone, times, weekdays) values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, seeker_id) do update set time_zone = excluded.time_zone,
           times = excluded.times, weekdays = excluded.weekdays`,
        [tenantId, seekerId, s.timeZone, s.times, s.weekdays],
      ),
    );
  }

  async insertDraft(
    ctx: TenantScope,
    d: {
      id: string;
      seekerId: string;
      text: string;
      checkResult: unknown;
      createdBy: string | null;
      seekerOkAt: Date | null;
    },
  ): Promise<DraftRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<DraftRow[]>(
        `insert into voice_drafts (tenant_id, id, seeker_id, text, check_result, created_by, seeker_ok_at)
         values ($1, $2, $3, $4, $5, $6, $7) returning ${DRAFT}`,
        [
          tenantId,
          d.id,
          d.seekerId,
          d.text,
          JSON.stringify(d.checkResult),
          d.createdBy,
          d.seekerOkAt,
        ],
      ),
    );
    return row;
  }

  async draft(ctx: TenantScope, id: string, lock = false): Promise<DraftRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<DraftRow[]>(
        `select ${DRAFT} from voice_drafts where tenant_id = $1 and id = $2 ${lock ? 'for update' : ''}`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  /** Latest first (by when it posts, else when it was written); `afterId` continues after it. */
  draftsOf(
    ctx: TenantScope,
    seekerId: string,
    opts: { limit: number; afterId: string | null } = { limit: 1000, afterId: null },
  ): Promise<DraftRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<DraftRow[]>(
        `select ${DRAFT} from voice_drafts d where tenant_id = $1 and seeker_id = $2
            and ($3::uuid is null or (coalesce(d.scheduled_for, d.created_at), d.id) <
                 (select coalesce(c.scheduled_for, c.created_at), c.id from voice_drafts c
                   where c.tenant_id = $1 and c.id = $3))
          order by coalesce(scheduled_for, created_at) desc, id desc limit $4`,
        [tenantId, seekerId, opts.afterId, opts.limit],
      ),
    );
  }

  /** Updates a draft only from the states given; null when it was in another state. */
  async transition(
    ctx: TenantScope,
    id: string,
    from: readonly DraftStatus[],
    set: Partial<{
      status: DraftStatus;
      text: string;
      checkResult: unknown;
      scheduledFor: Date | null;
      intentId: string | null;
      attempts: number;
      lastAttemptAt: Date | null;
      xPostId: string | null;
      failureCode: string | null;
      failureMessage: string | null;
      approvedBy: string | null;
      approvedAt: Date | null;
      postedAt: Date | null;
      seekerOkAt: Date | null;
    }>,
    /**
     * Compare-and-set: the row must still be as the caller read it. Two workers that both read
     * a draft then both try to claim it: only the first update matches.
     */
    expect?: { attempts?: number; intentId?: string | null; updatedAt?: Date },
  ): Promise<DraftRow | null> {
    const cols: Record<string, string> = {
      status: 'status',
      text: 'text',
      checkResult: 'check_result',
      scheduledFor: 'scheduled_for',
      intentId: 'intent_id',
      attempts: 'attempts',
      lastAttemptAt: 'last_attempt_at',
      xPostId: 'x_post_id',
      failureCode: 'failure_code',
      failureMessage: 'failure_message',
      approvedBy: 'approved_by',
      approvedAt: 'approved_at',
      postedAt: 'posted_at',
      seekerOkAt: 'seeker_ok_at',
    };
    const values: unknown[] = [];
    const parts = Object.entries(set).map(([k, v]) => {
      values.push(k === 'checkResult' ? JSON.stringify(v) : v);
      return `${cols[k]} = $${values.length + 3}`;
    });
    const guards: string[] = [];
    if (expect?.attempts !== undefined) {
      values.push(expect.attempts);
      guards.push(`attempts = $${values.length + 3}`);
    }
    if (expect && 'intentId' in expect) {
      values.push(expect.intentId ?? null);
      guards.push(`intent_id is not distinct from $${values.length + 3}::uuid`);
    }
    if (expect?.updatedAt) {
      values.push(expect.updatedAt);
      guards.push(`updated_at = $${values.length + 3}`);
    }
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<DraftRow[]>(
        `with u as (update voice_drafts set ${[...parts, 'updated_at = now()'].join(', ')}
                     where tenant_id = $1 and id = $2 and status = any($3::text[])
                       ${guards.map((g) => `and ${g}`).join(' ')} returning *)
         select ${DRAFT} from u`,
        [tenantId, id, from, ...values],
      ),
    );
    return rows[0] ?? null;
  }

  comments(ctx: TenantScope, draftIds: readonly string[]): Promise<DraftCommentRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<DraftCommentRow[]>(
        `select c.draft_id as "draftId", c.body, c.created_at as "createdAt",
                u.name as "authorName", mb.role as "authorRole"
           from voice_draft_comments c
           left join memberships mb on mb.tenant_id = $1 and mb.id = c.author_membership_id
           left join users u on u.id = mb.user_id
          where c.tenant_id = $1 and c.draft_id = any($2::uuid[]) order by c.created_at, c.id`,
        [tenantId, draftIds],
      ),
    );
  }

  /**
   * The seeker withdrew their posting consent: every queued draft stops now. Drafts mid-post
   * (`posting`) are left to the outcome check, which records a post that landed and pauses the
   * rest instead of sending again.
   */
  async pauseQueue(ctx: TenantScope, seekerId: string, reason: { code: string; message: string }) {
    return this.run(ctx, (m, tenantId) =>
      m.query<{ id: string }[]>(
        `with u as (
           update voice_drafts set status = 'paused', failure_code = $3, failure_message = $4,
                  updated_at = now()
            where tenant_id = $1 and seeker_id = $2 and status = 'scheduled' returning id)
         select id from u`,
        [tenantId, seekerId, reason.code, reason.message],
      ),
    );
  }

  async comment(
    ctx: TenantScope,
    c: { id: string; draftId: string; body: string; by: string | null },
  ) {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into voice_draft_comments (tenant_id, id, draft_id, author_membership_id, body) values ($1, $2, $3, $4, $5)`,
        [tenantId, c.id, c.draftId, c.by, c.body],
      ),
    );
  }

  /** Occupied slots of the seeker's queue from `from` on. */
  async taken(ctx: TenantScope, seekerId: string, from: Date): Promise<number[]> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ at: Date }[]>(
        `select scheduled_for as at from voice_drafts where tenant_id = $1 and seeker_id = $2
            and status in ('scheduled','posting') and scheduled_for >= $3`,
        [tenantId, seekerId, from],
      ),
    );
    return rows.map((r) => new Date(r.at).getTime());
  }

  /** Scheduled drafts whose time has come, and posting attempts left unresolved. */
  due(
    ctx: TenantScope,
    now: Date,
    staleBefore: Date,
  ): Promise<{ id: string; status: DraftStatus }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select id, status from voice_drafts where tenant_id = $1 and (
            (status = 'scheduled' and scheduled_for <= $2) or
            (status = 'posting' and last_attempt_at < $3))
          order by scheduled_for limit 100`,
        [tenantId, now, staleBefore],
      ),
    );
  }
}
