import { Injectable } from '@nestjs/common';
import type { XPost } from '@libs/x-client';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export interface ImportRow {
  id: string;
  seekerId: string;
  status: 'processing' | 'completed' | 'failed';
  errorCode: string | null;
  errorMessage: string | null;
  bytes: number;
  xAccountId: string | null;
  xUsername: string | null;
  posts: number;
  following: number;
  followers: number;
  entriesDone: number;
  entriesTotal: number;
  createdAt: Date;
  finishedAt: Date | null;
}

const IMPORT = `id, seeker_id as "seekerId", status, error_code as "errorCode", error_message as "errorMessage",
  bytes::float8 as bytes, x_account_id as "xAccountId", x_username as "xUsername", posts, following, followers,
  entries_done as "entriesDone", entries_total as "entriesTotal", created_at as "createdAt", finished_at as "finishedAt"`;

@Injectable()
export class XArchiveRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async insertImport(
    ctx: TenantScope,
    row: { id: string; seekerId: string; bytes: number },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into x_archive_imports (tenant_id, id, seeker_id, status, bytes) values ($1, $2, $3, 'processing', $4)`,
        [tenantId, row.id, row.seekerId, row.bytes],
      ),
    );
  }

  async findImport(ctx: TenantScope, id: string): Promise<ImportRow | null> {
    const [row] = await this.run(ctx, (m, tenantId) =>
      m.query<ImportRow[]>(
        `select ${IMPORT} from x_archive_imports where tenant_id = $1 and id = $2`,
        [tenantId, id],
      ),
    );
    return row ?? null;
  }

  importsOf(ctx: TenantScope, seekerIds: readonly string[]): Promise<ImportRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ImportRow[]>(
        `select ${IMPORT} from x_archive_imports where tenant_id = $1 and seeker_id = any($2::uuid[])
          order by created_at desc, id desc`,
        [tenantId, seekerIds],
      ),
    );
  }

  async update(
    ctx: TenantScope,
    id: string,
    change: Partial<Omit<ImportRow, 'id' | 'seekerId' | 'createdAt'>>,
  ): Promise<void> {
    const cols: Record<string, string> = {
      status: 'status',
      errorCode: 'error_code',
      errorMessage: 'error_message',
      xAccountId: 'x_account_id',
      xUsername: 'x_username',
      posts: 'posts',
      following: 'following',
      followers: 'followers',
      entriesDone: 'entries_done',
      entriesTotal: 'entries_total',
      finishedAt: 'finished_at',
    };
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const [k, v] of Object.entries(change)) {
      const col = cols[k];
      if (!col) continue;
      params.push(v);
      sets.push(`${col} = $${params.length + 2}`);
    }
    if (!sets.length) return;
    await this.run(ctx, (m, tenantId) =>
      m.query(`update x_archive_imports set ${sets.join(', ')} where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
        ...params,
      ]),
    );
  }

  /** Batched, idempotent: a post already imported is left as it is. Returns how many were new. */
  async insertPosts(
    ctx: TenantScope,
    seekerId: string,
    posts: XPost[],
    source: 'archive' | 'api' = 'archive',
  ): Promise<number> {
    if (!posts.length) return 0;
    const rows = posts.map((p) => ({
      post_id: p.id,
      posted_at: p.createdAt,
      text: p.text,
      lang: p.lang,
      reply_to_post_id: p.referenced.find((r) => r.type === 'replied_to')?.id ?? null,
      repost_of_post_id: p.referenced.find((r) => r.type === 'retweeted')?.id ?? null,
      hashtags: p.hashtags,
      mentions: p.mentions,
      urls: p.urls,
      metrics: p.metrics,
    }));
    const inserted = await this.run(ctx, (m, tenantId) =>
      m.query<unknown[]>(
        `insert into seeker_x_posts (tenant_id, seeker_id, post_id, posted_at, text, lang, reply_to_post_id,
                                     repost_of_post_id, hashtags, mentions, urls, metrics, source)
         select $1, $2, r.post_id, r.posted_at, r.text, r.lang, r.reply_to_post_id, r.repost_of_post_id,
                coalesce(r.hashtags, '{}'), coalesce(r.mentions, '{}'), coalesce(r.urls, '[]'), r.metrics, $4
           from jsonb_to_recordset($3::jsonb) as r(post_id text, posted_at timestamptz, text text, lang text,
                reply_to_post_id text, repost_of_post_id text, hashtags text[], mentions text[], urls jsonb, metrics jsonb)
         on conflict do nothing returning post_id`,
        [tenantId, seekerId, JSON.stringify(rows), source],
      ),
    );
    return inserted.length;
  }

  async insertFollows(
    ctx: TenantScope,
    seekerId: string,
    direction: 'following' | 'follower',
    ids: string[],
  ): Promise<number> {
    if (!ids.length) return 0;
    const inserted = await this.run(ctx, (m, tenantId) =>
      m.query<unknown[]>(
        `insert into seeker_x_follows (tenant_id, seeker_id, direction, x_account_id)
         select $1, $2, $3, unnest($4::text[]) on conflict do nothing returning x_account_id`,
        [tenantId, seekerId, direction, [...new Set(ids)]],
      ),
    );
    return inserted.length;
  }

  /** Imports a crash or restart interrupted: nothing is left running them. */
  async failInterrupted(ctx: TenantScope): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update x_archive_imports set status = 'failed', error_code = 'ARCHIVE_INTERRUPTED',
                error_message = 'Perch restarted during this import; upload the archive again (nothing is duplicated).',
                finished_at = now()
          where tenant_id = $1 and status = 'processing'`,
        [tenantId],
      ),
    );
  }
}
