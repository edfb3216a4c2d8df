import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

export type AccountKind = 'brand' | 'careers' | 'executive' | 'employee';
export type AccountStatus = 'suggested' | 'confirmed' | 'rejected';
export type TargetStatus = 'researching' | 'applied' | 'interviewing' | 'offer' | 'closed';

export interface CompanyRow {
  id: string;
  name: string;
  domain: string | null;
  brandXId: string;
  brandUsername: string;
  createdAt: Date;
}

export interface Evidence {
  kind: 'bio' | 'list' | 'interaction' | 'handle';
  detail: string;
}

export interface AccountRow {
  companyId: string;
  xAccountId: string;
  username: string;
  name: string | null;
  kind: AccountKind;
  status: AccountStatus;
  evidence: Evidence[];
  watchId: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface TargetRow {
  id: string;
  seekerId: string;
  companyId: string;
  priority: number;
  status: TargetStatus;
  createdAt: Date;
}

/** A public post with what dossiers need of it. */
export interface PostRow {
  id: string;
  authorId: string;
  username: string | null;
  description: string | null;
  createdAt: Date;
  text: string;
  lang: string | null;
  referenced: { type: string; id: string }[];
  urls: { url: string; expandedUrl: string | null }[];
  likes: number;
  reposts: number;
}

const COMPANY = `id, name, domain, brand_x_id::text as "brandXId", brand_username as "brandUsername", created_at as "createdAt"`;
const ACCOUNT = `company_id as "companyId", x_account_id::text as "xAccountId", username, name, kind, status, evidence,
  watch_id as "watchId", created_at as "createdAt", decided_at as "decidedAt"`;
const TARGET = `id, seeker_id as "seekerId", company_id as "companyId", priority, status, created_at as "createdAt"`;
const POST = `p.id::text as id, p.author_id::text as "authorId", a.username, a.description, p.created_at as "createdAt",
  p.text, p.lang, p.referenced, p.urls, coalesce((p.metrics->>'likes')::int, 0) as likes,
  coalesce((p.metrics->>'reposts')::int, 0) as reposts`;

@Injectable()
export class ResearchRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  async insertCompany(
    ctx: TenantScope,
    c: { id: string; name: string; domain: string | null; brandXId: string; brandUsername: string },
  ): Promise<CompanyRow> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<CompanyRow[]>(
        `insert into companies (tenant_id, id, name, domain, brand_x_id, brand_username)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, brand_x_id) do update set name = companies.name
         returning ${COMPANY}`,
        [tenantId, c.id, c.name, c.domain, c.brandXId, c.brandUsername],
      );
      return rows[0];
    });
  }

  async findCompany(ctx: TenantScope, id: string): Promise<CompanyRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<CompanyRow[]>(`select ${COMPANY} from companies where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
    return rows[0] ?? null;
  }

  listCompanies(
    ctx: TenantScope,
    after: { createdAt: Date; id: string } | null,
    limit: number,
  ): Promise<CompanyRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<CompanyRow[]>(
        `select ${COMPANY} from companies
          where tenant_id = $1 and ($2::timestamptz is null or (created_at, id) > ($2, $3::uuid))
          order by created_at, id limit $4`,
        [tenantId, after?.createdAt ?? null, after?.id ?? null, limit],
      ),
    );
  }

  /** Adds accounts not known yet; a known one keeps its status (a rejection stays rejected). */
  async addAccounts(
    ctx: TenantScope,
    companyId: string,
    accounts: {
      xAccountId: string;
      username: string;
      name: string | null;
      kind: AccountKind;
      status: AccountStatus;
      evidence: Evidence[];
    }[],
  ): Promise<void> {
    if (!accounts.length) return;
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into company_accounts (tenant_id, company_id, x_account_id, username, name, kind, status, evidence)
         select $1, $2, x_account_id, username, name, kind, status, evidence
           from jsonb_to_recordset($3::jsonb) as r(x_account_id bigint, username text, name text, kind text,
                status text, evidence jsonb)
         on conflict (tenant_id, company_id, x_account_id) do update
           set evidence = excluded.evidence, username = excluded.username
         where company_accounts.status = 'suggested'`,
        [
          tenantId,
          companyId,
          JSON.stringify(
            accounts.map((a) => ({
              x_account_id: a.xAccountId,
              username: a.username,
              name: a.name,
              kind: a.kind,
              status: a.status,
              evidence: a.evidence,
            })),
          ),
        ],
      ),
    );
  }

  accountsOf(ctx: TenantScope, companyIds: readonly string[]): Promise<AccountRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<AccountRow[]>(
        `select ${ACCOUNT} from company_accounts
          where tenant_id = $1 and company_id = any($2::uuid[])
          order by company_id, case kind when 'brand' then 0 when 'careers' then 1 when 'executive' then 2 else 3 end,
                   status, username`,
        [tenantId, companyIds],
      ),
    );
  }

  async findAccount(
    ctx: TenantScope,
    companyId: string,
    xAccountId: string,
  ): Promise<AccountRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<AccountRow[]>(
        `select ${ACCOUNT} from company_accounts
          where tenant_id = $1 and company_id = $2 and x_account_id = $3`,
        [tenantId, companyId, xAccountId],
      ),
    );
    return rows[0] ?? null;
  }

  async decideAccount(
    ctx: TenantScope,
    companyId: string,
    xAccountId: string,
    change: { status: AccountStatus; kind: AccountKind; watchId: string | null },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update company_accounts set status = $4, kind = $5, watch_id = $6, decided_at = now()
          where tenant_id = $1 and company_id = $2 and x_account_id = $3`,
        [tenantId, companyId, xAccountId, change.status, change.kind, change.watchId],
      ),
    );
  }

  /** Stops following an account no confirmed company account needs any more (it is billed). */
  async dropUnusedWatch(ctx: TenantScope, watchId: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `delete from x_watches w where w.tenant_id = $1 and w.id = $2
            and not exists (select 1 from company_accounts a where a.tenant_id = $1 and a.watch_id = $2)`,
        [tenantId, watchId],
      ),
    );
  }

  /** Companies whose confirmed accounts are followed through this watch. */
  async companiesWatchedBy(m: EntityManager, tenantId: string, watchId: string): Promise<string[]> {
    const rows = await m.query<{ id: string }[]>(
      `select distinct company_id as id from company_accounts where tenant_id = $1 and watch_id = $2`,
      [tenantId, watchId],
    );
    return rows.map((r) => r.id);
  }

  async upsertTarget(
    ctx: TenantScope,
    t: { id: string; seekerId: string; companyId: string; priority: number; status: TargetStatus },
  ): Promise<TargetRow> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<TargetRow[]>(
        `insert into seeker_targets (tenant_id, id, seeker_id, company_id, priority, status)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, seeker_id, company_id) do update
           set priority = excluded.priority, status = excluded.status
         returning ${TARGET}`,
        [tenantId, t.id, t.seekerId, t.companyId, t.priority, t.status],
      );
      return rows[0];
    });
  }

  async findTarget(ctx: TenantScope, id: string): Promise<TargetRow | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<TargetRow[]>(
        `select ${TARGET} from seeker_targets where tenant_id = $1 and id = $2`,
        [tenantId, id],
      ),
    );
    return rows[0] ?? null;
  }

  targetsOf(ctx: TenantScope, seekerIds: readonly string[]): Promise<TargetRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<TargetRow[]>(
        `select ${TARGET} from seeker_targets where tenant_id = $1 and seeker_id = any($2::uuid[])
          order by priority, created_at, id`,
        [tenantId, seekerIds],
      ),
    );
  }

  async deleteTarget(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(`delete from seeker_targets where tenant_id = $1 and id = $2`, [tenantId, id]),
    );
  }

  async saveDossier(ctx: TenantScope, companyId: string, body: unknown): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into company_dossiers (tenant_id, company_id, computed_at, stale, body)
         values ($1, $2, now(), false, $3)
         on conflict (tenant_id, company_id) do update set computed_at = now(), stale = false, body = excluded.body`,
        [tenantId, companyId, JSON.stringify(body)],
      ),
    );
  }

  async loadDossier(
    ctx: TenantScope,
    companyId: string,
  ): Promise<{ computedAt: Date; stale: boolean; body: unknown } | null> {
    const rows = await this.run(ctx, (m, tenantId) =>
      m.query<{ computedAt: Date; stale: boolean; body: unknown }[]>(
        `select computed_at as "computedAt", stale, body from company_dossiers
          where tenant_id = $1 and company_id = $2`,
        [tenantId, companyId],
      ),
    );
    return rows[0] ?? null;
  }

  async markStale(m: EntityManager, tenantId: string, companyIds: string[]): Promise<void> {
    await m.query(
      `update company_dossiers set stale = true where tenant_id = $1 and company_id = any($2::uuid[])`,
      [tenantId, companyIds],
    );
  }

  // ---- the public layer (read in the caller's transaction: a request holds one connection) ----

  /** Posts by these accounts since a time, newest first. */
  postsBy(
    ctx: TenantScope,
    authorIds: readonly string[],
    since: Date,
    limit = 50_000,
  ): Promise<PostRow[]> {
    return this.run(ctx, (m) =>
      m.query<PostRow[]>(
        `select ${POST} from x_posts p left join x_accounts a on a.id = p.author_id
          where p.author_id = any($1::bigint[]) and p.created_at >= $2
          order by p.id desc limit $3`,
        [authorIds, since, limit],
      ),
    );
  }

  /**
   * Background document frequency of these terms, and the corpus size (term ''): the planner's
   * estimate of the posts table, exact while the table is small enough to count.
   */
  async documentFrequency(
    ctx: TenantScope,
    terms: readonly string[],
  ): Promise<Map<string, number>> {
    return this.run(ctx, async (m) => {
      const rows = await m.query<{ term: string; docs: string }[]>(
        `select term, docs::text from x_term_df where term = any($1::text[])`,
        [terms],
      );
      const [est] = await m.query<{ n: string }[]>(
        `select greatest(reltuples, 0)::bigint::text as n from pg_class where oid = 'x_posts'::regclass`,
      );
      let corpus = Number(est?.n ?? 0);
      if (corpus < 100_000) {
        const [exact] = await m.query<{ n: string }[]>(`select count(*)::text as n from x_posts`);
        corpus = Number(exact.n);
      }
      return new Map([
        ['', corpus],
        ...rows.map((r) => [r.term, Number(r.docs)] as [string, number]),
      ]);
    });
  }

  /**
   * Accounts the public layer links to a company: bios naming it or its handle, and authors who
   * mention or reply to its accounts, with how often.
   */
  async employeeCandidates(
    ctx: TenantScope,
    names: string[],
    handles: string[],
    brandIds: string[],
  ): Promise<
    {
      id: string;
      username: string;
      name: string;
      description: string | null;
      mentions: number;
    }[]
  > {
    const patterns = [...names, ...handles.map((h) => `@${h}`)].map(
      (n) => `%${n.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`,
    );
    return this.run(ctx, (m) =>
      m.query(
        `with mentioning as (
           select p.author_id, count(*)::int as n from x_posts p
            where (p.in_reply_to_user_id = any($3::bigint[])
                   or exists (select 1 from unnest(p.mentions) m where lower(m) = any($2::text[])))
              and p.created_at > now() - interval '90 days'
              and not (p.author_id = any($3::bigint[]))
            group by p.author_id)
         select a.id::text as id, a.username, a.name, a.description, coalesce(mt.n, 0) as mentions
           from x_accounts a left join mentioning mt on mt.author_id = a.id
          where not (a.id = any($3::bigint[]))
            and (lower(coalesce(a.description, '')) like any($1::text[]) or coalesce(mt.n, 0) >= 3)
          order by mentions desc, a.username
          limit 500`,
        [patterns, handles.map((h) => h.toLowerCase()), brandIds],
      ),
    );
  }
}
