import { Injectable } from '@nestjs/common';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import type { ArchivePost } from './archive.js';

export interface OrganizationRow {
  id: string;
  name: string;
  field: string | null;
  site: string | null;
  xAccountIds: string[];
  usernames: string[];
  createdAt: Date;
}

export type EventKind = 'conference' | 'workshop' | 'meetup';

export interface EventRow {
  id: string;
  name: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  online: boolean;
  place: string | null;
  url: string | null;
  hashtags: string[];
  organizationId: string | null;
  speakers: string[];
  createdAt: Date;
}

export interface ChatRow {
  id: string;
  name: string;
  hashtag: string;
  hostUsername: string | null;
  rrule: string;
  timeZone: string;
  startLocal: string;
  durationMinutes: number;
  organizationId: string | null;
  createdAt: Date;
}

export interface AttendanceRow {
  seekerId: string;
  eventId: string | null;
  chatId: string | null;
  remindMinutes: number;
}

const ORG = `id, name, field, site, x_account_ids::text[] as "xAccountIds", usernames,
  created_at as "createdAt"`;
const EVENT = `id, name, kind, starts_at as "startsAt", ends_at as "endsAt", time_zone as "timeZone",
  online, place, url, hashtags, organization_id as "organizationId", speakers, created_at as "createdAt"`;
const CHAT = `id, name, hashtag, host_username as "hostUsername", rrule, time_zone as "timeZone",
  start_local as "startLocal", duration_minutes as "durationMinutes",
  organization_id as "organizationId", created_at as "createdAt"`;

/** An archive or highlights window reads at most this many posts (the earliest ones). */
export const ARCHIVE_POST_CAP = 20_000;

/** The query a hashtag is captured with; one shared source per hashtag across tenants. */
// X matches hashtags regardless of case, so #DataChat and #datachat are one source.
export const hashtagQuery = (tag: string) => `#${tag.toLowerCase()} -is:retweet`;

@Injectable()
export class OrgsRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async insertOrganization(
    ctx: TenantScope,
    o: Omit<OrganizationRow, 'createdAt'>,
  ): Promise<OrganizationRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<OrganizationRow[]>(
        `insert into organizations (tenant_id, id, name, field, site, x_account_ids, usernames)
         values ($1, $2, $3, $4, $5, $6::bigint[], $7) on conflict do nothing returning ${ORG}`,
        [tenantId, o.id, o.name, o.field, o.site, o.xAccountIds, o.usernames],
      ),
    );
    return rows[0] ?? null;
  }

  async setOrganizationAccounts(
    ctx: TenantScope,
    id: string,
    xAccountIds: string[],
    usernames: string[],
  ): Promise<OrganizationRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<OrganizationRow[]>(
        `with u as (update organizations set x_account_ids = $3::bigint[], usernames = $4
                     where tenant_id = $1 and id = $2 returning *)
         select ${ORG} from u`,
        [tenantId, id, xAccountIds, usernames],
      ),
    );
    return row;
  }

  organizations(ctx: TenantScope): Promise<OrganizationRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<OrganizationRow[]>(
        `select ${ORG} from organizations where tenant_id = $1 order by lower(name), id`,
        [tenantId],
      ),
    );
  }

  async organization(ctx: TenantScope, id: string): Promise<OrganizationRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<OrganizationRow[]>(
        `select ${ORG} from organizations where tenant_id = $1 and id = $2`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  /** Recent own posts of accounts, from the public layer. */
  postsBy(
    ctx: TenantScope,
    accountIds: readonly string[],
    since: Date,
    limit: number,
  ): Promise<{ id: string; authorId: string; text: string; createdAt: Date }[]> {
    return this.run(ctx, (m) =>
      m.query<{ id: string; authorId: string; text: string; createdAt: Date }[]>(
        `select id::text as id, author_id::text as "authorId", text, created_at as "createdAt"
           from x_posts where author_id = any($1::bigint[]) and created_at >= $2
            and not referenced @> '[{"type":"retweeted"}]'
          order by id desc limit $3`,
        [accountIds, since, limit],
      ),
    );
  }

  async insertEvent(ctx: TenantScope, e: Omit<EventRow, 'createdAt'>): Promise<EventRow> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<EventRow[]>(
        `insert into org_events (tenant_id, id, name, kind, starts_at, ends_at, time_zone, online,
                place, url, hashtags, organization_id, speakers)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning ${EVENT}`,
        [
          tenantId,
          e.id,
          e.name,
          e.kind,
          e.startsAt,
          e.endsAt,
          e.timeZone,
          e.online,
          e.place,
          e.url,
          e.hashtags,
          e.organizationId,
          e.speakers,
        ],
      ),
    );
    return row;
  }

  events(ctx: TenantScope, from: Date | null): Promise<EventRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<EventRow[]>(
        `select ${EVENT} from org_events where tenant_id = $1 and ($2::timestamptz is null or ends_at >= $2)
          order by starts_at, id`,
        [tenantId, from],
      ),
    );
  }

  async event(ctx: TenantScope, id: string): Promise<EventRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<EventRow[]>(`select ${EVENT} from org_events where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return rows[0] ?? null;
  }

  async insertChat(ctx: TenantScope, c: Omit<ChatRow, 'createdAt'>): Promise<ChatRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<ChatRow[]>(
        `insert into hashtag_chats (tenant_id, id, name, hashtag, host_username, rrule, time_zone,
                start_local, duration_minutes, organization_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing returning ${CHAT}`,
        [
          tenantId,
          c.id,
          c.name,
          c.hashtag,
          c.hostUsername,
          c.rrule,
          c.timeZone,
          c.startLocal,
          c.durationMinutes,
          c.organizationId,
        ],
      ),
    );
    return rows[0] ?? null;
  }

  chats(ctx: TenantScope): Promise<ChatRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ChatRow[]>(
        `select ${CHAT} from hashtag_chats where tenant_id = $1 order by lower(name), id`,
        [tenantId],
      ),
    );
  }

  async chat(ctx: TenantScope, id: string): Promise<ChatRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<ChatRow[]>(`select ${CHAT} from hashtag_chats where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return rows[0] ?? null;
  }

  async attend(
    ctx: TenantScope,
    a: {
      id: string;
      seekerId: string;
      eventId: string | null;
      chatId: string | null;
      remindMinutes: number;
    },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into org_attendance (tenant_id, id, seeker_id, event_id, chat_id, remind_minutes)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, seeker_id, event_id, chat_id)
         do update set remind_minutes = excluded.remind_minutes`,
        [tenantId, a.id, a.seekerId, a.eventId, a.chatId, a.remindMinutes],
      ),
    );
  }

  attendanceOf(ctx: TenantScope, seekerId: string): Promise<AttendanceRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<AttendanceRow[]>(
        `select seeker_id as "seekerId", event_id as "eventId", chat_id as "chatId",
                remind_minutes as "remindMinutes"
           from org_attendance where tenant_id = $1 and seeker_id = $2`,
        [tenantId, seekerId],
      ),
    );
  }

  attendeesOf(
    ctx: TenantScope,
    what: { eventId?: string; chatId?: string },
  ): Promise<{ seekerId: string; xHandle: string | null }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<{ seekerId: string; xHandle: string | null }[]>(
        `select a.seeker_id as "seekerId", s.x_handle::text as "xHandle"
           from org_attendance a join seekers s on s.tenant_id = a.tenant_id and s.id = a.seeker_id
          where a.tenant_id = $1 and (a.event_id = $2 or a.chat_id = $3) order by a.created_at`,
        [tenantId, what.eventId ?? null, what.chatId ?? null],
      ),
    );
  }

  /**
   * Posts with any of the hashtags in [from, to) that this tenant's orgs watches brought in: the
   * capture runs through shared sources, one per hashtag.
   */
  hashtagPosts(
    ctx: TenantScope,
    tags: readonly string[],
    from: Date,
    to: Date,
  ): Promise<ArchivePost[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ArchivePost[]>(
        `select distinct on (p.id) p.id::text as id, p.author_id::text as "authorId",
                coalesce(a.username, p.author_id::text) as username, p.text,
                (extract(epoch from p.created_at) * 1000)::float8 as "createdAt",
                p.conversation_id::text as "conversationId",
                (select r->>'id' from jsonb_array_elements(p.referenced) r
                  where r->>'type' = 'replied_to' limit 1) as "inReplyToPostId",
                coalesce((select array_agg(coalesce(u->>'expandedUrl', u->>'url'))
                            from jsonb_array_elements(p.urls) u), '{}') as urls,
                coalesce((p.metrics->>'likes')::int, 0) as likes,
                coalesce((p.metrics->>'reposts')::int, 0) as reposts,
                coalesce((p.metrics->>'replies')::int, 0) as replies,
                coalesce((p.metrics->>'quotes')::int, 0) as quotes
           from x_watches w
           join x_sources s on s.id = w.source_id
           join x_source_posts sp on sp.source_id = s.id
           join x_posts p on p.id = sp.post_id
           left join x_accounts a on a.id = p.author_id
          where w.tenant_id = $1 and w.capability = 'orgs' and s.kind = 'query'
            and s.target = any($2::text[]) and p.created_at >= $3 and p.created_at < $4
          order by p.id limit ${ARCHIVE_POST_CAP}`,
        [tenantId, tags.map(hashtagQuery), from, to],
      ),
    );
  }

  async accountIdsByUsername(
    ctx: TenantScope,
    usernames: readonly string[],
  ): Promise<Map<string, string>> {
    const rows = await this.run(ctx, (m) =>
      m.query<{ id: string; username: string }[]>(
        `select id::text as id, lower(username) as username from x_accounts
          where lower(username) = any($1::text[])`,
        [usernames.map((u) => u.toLowerCase())],
      ),
    );
    return new Map(rows.map((r) => [r.username, r.id]));
  }

  /** Replaces the seeker's feed: the old address stops working. */
  async replaceFeed(
    ctx: TenantScope,
    f: { id: string; seekerId: string; secretHash: Buffer },
  ): Promise<void> {
    await this.run(ctx, async (m, tenantId) => {
      await m.query(
        `update calendar_feeds set revoked_at = now()
          where tenant_id = $1 and seeker_id = $2 and revoked_at is null`,
        [tenantId, f.seekerId],
      );
      await m.query(
        `insert into calendar_feeds (tenant_id, id, seeker_id, secret_hash) values ($1, $2, $3, $4)`,
        [tenantId, f.id, f.seekerId, f.secretHash],
      );
    });
  }

  async revokeFeeds(ctx: TenantScope, seekerId: string): Promise<number> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ id: string }[]>(
        `with u as (update calendar_feeds set revoked_at = now()
                     where tenant_id = $1 and seeker_id = $2 and revoked_at is null returning id)
         select id from u`,
        [tenantId, seekerId],
      ),
    );
    return rows.length;
  }

  async activeFeed(
    ctx: TenantScope,
    id: string,
  ): Promise<{ seekerId: string; secretHash: Buffer } | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ seekerId: string; secretHash: Buffer }[]>(
        `select seeker_id as "seekerId", secret_hash as "secretHash" from calendar_feeds
          where tenant_id = $1 and id = $2 and revoked_at is null`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }
}
