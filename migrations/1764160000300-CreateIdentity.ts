import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Memberships (a user's role in a tenant), refresh-token families, invitations and API keys.
 * Tokens are stored as SHA-256 digests of high-entropy secrets, never in clear.
 */
export class CreateIdentity1764160000300 implements MigrationInterface {
  name = 'CreateIdentity1764160000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table memberships (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        user_id uuid not null references users(id) on delete cascade,
        role text not null check (role in ('owner','admin','coach','viewer','seeker')),
        seeker_id uuid,
        status text not null default 'active' check (status in ('active','disabled')),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        check ((role = 'seeker') = (seeker_id is not null))
      )`);
    await q.query(`create unique index memberships_user_uq on memberships (tenant_id, user_id)`);
    await q.query(`create index memberships_user_idx on memberships (tenant_id, role)`);

    await q.query(`
      create table refresh_tokens (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        family_id uuid not null,
        membership_id uuid not null,
        token_hash bytea not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, membership_id) references memberships (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index refresh_tokens_family_idx on refresh_tokens (tenant_id, family_id)`,
    );
    await q.query(
      `create index refresh_tokens_expiry_idx on refresh_tokens (tenant_id, expires_at)`,
    );

    await q.query(`
      create table invitations (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        email citext not null,
        role text not null check (role in ('owner','admin','coach','viewer','seeker')),
        seeker_id uuid,
        token_hash bytea not null,
        invited_by uuid,
        expires_at timestamptz not null,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, invited_by) references memberships (tenant_id, id) on delete set null (invited_by),
        check ((role = 'seeker') = (seeker_id is not null))
      )`);
    await q.query(`create index invitations_page_idx on invitations (tenant_id, created_at, id)`);

    await q.query(`
      create table api_keys (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        name text not null check (length(name) between 1 and 100),
        scopes text[] not null check (scopes <@ array['read','write','admin']::text[] and cardinality(scopes) > 0),
        secret_hash bytea not null,
        created_by uuid,
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, created_by) references memberships (tenant_id, id) on delete set null (created_by)
      )`);
    await q.query(`create index api_keys_page_idx on api_keys (tenant_id, created_at, id)`);

    for (const t of ['memberships', 'refresh_tokens', 'invitations', 'api_keys']) {
      for (const s of tenantRls(t)) await q.query(s);
    }

    // Sign-in must find a user's tenants before any tenant is chosen, which RLS forbids by
    // design. This one definer function answers exactly that question and nothing else.
    await q.query(`
      create function auth_memberships_for_user(p_user_id uuid)
      returns table (tenant_id uuid, membership_id uuid, role text, seeker_id uuid, tenant_slug text, tenant_name text)
      language sql stable security definer set search_path = pg_catalog, public
      as $$
        select m.tenant_id, m.id, m.role, m.seeker_id, t.slug, t.name
        from public.memberships m join public.tenants t on t.id = m.tenant_id
        where m.user_id = p_user_id and m.status = 'active'
        order by t.name
      $$`);
    await q.query(`revoke execute on function auth_memberships_for_user(uuid) from public`);
    await q.query(`grant execute on function auth_memberships_for_user(uuid) to perch_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop function auth_memberships_for_user(uuid)`);
    await q.query(`drop table api_keys`);
    await q.query(`drop table invitations`);
    await q.query(`drop table refresh_tokens`);
    await q.query(`drop table memberships`);
  }
}
