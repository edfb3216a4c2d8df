import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Shared ingestion. The public X layer (accounts, posts, sources with their cursors) is global:
 * one poll of a source serves every tenant that watches it. A tenant's watches are tenant rows
 * pointing at a source. The worker needs two cross-tenant answers (who watches this source, which
 * sources are due); they come from SECURITY DEFINER functions owned by a NOLOGIN role that may only
 * read watches, as sign-in's lookup does for memberships.
 */
export class CreateIngestion1764160000900 implements MigrationInterface {
  name = 'CreateIngestion1764160000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table x_accounts (
        id bigint primary key,
        username text not null,
        name text not null,
        description text,
        location text,
        url text,
        created_at timestamptz,
        metrics jsonb,
        updated_at timestamptz(3) not null default now()
      )`);
    await q.query(`create index x_accounts_username_idx on x_accounts (lower(username))`);
    await q.query(`
      create table x_posts (
        id bigint primary key,
        author_id bigint,
        created_at timestamptz,
        text text not null,
        lang text,
        conversation_id bigint,
        in_reply_to_user_id bigint,
        referenced jsonb not null default '[]',
        hashtags text[] not null default '{}',
        mentions text[] not null default '{}',
        urls jsonb not null default '[]',
        metrics jsonb,
        ingested_at timestamptz(3) not null default now()
      )`);
    await q.query(`create index x_posts_author_idx on x_posts (author_id, id desc)`);
    // The run_* columns hold a poll in progress, so a worker that dies mid-run is resumed exactly
    // where the last committed page ended; since_id moves only when the run has caught up.
    await q.query(`
      create table x_sources (
        id uuid primary key,
        kind text not null check (kind in ('timeline','query','list')),
        target text not null,
        label text not null,
        since_id bigint,
        run_newest_id bigint,
        run_oldest_id bigint,
        run_token text,
        status text not null default 'pending'
          check (status in ('pending','ok','running','rate_limited','retrying','failed','paused')),
        next_poll_at timestamptz(3) not null default now(),
        last_polled_at timestamptz(3),
        last_success_at timestamptz(3),
        last_error_code text,
        last_error_message text,
        failures integer not null default 0,
        lease_owner uuid,
        lease_until timestamptz(3),
        posts_ingested bigint not null default 0,
        created_at timestamptz(3) not null default now(),
        unique (kind, target)
      )`);
    await q.query(`create index x_sources_due_idx on x_sources (next_poll_at)`);
    // seq orders a source's posts by arrival: fan-out consumers keep a watermark over it.
    await q.query(`
      create table x_source_posts (
        source_id uuid not null references x_sources(id) on delete cascade,
        post_id bigint not null references x_posts(id),
        seq bigint generated always as identity,
        primary key (source_id, post_id)
      )`);
    await q.query(`create index x_source_posts_seq_idx on x_source_posts (source_id, seq)`);
    await q.query(`
      create table x_watches (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        source_id uuid not null references x_sources(id),
        capability text not null
          check (capability in ('research','trends','mentorship','peers','orgs','jobs','voice')),
        seeker_id uuid,
        label text,
        cadence_seconds integer not null check (cadence_seconds between 60 and 86400),
        fanned_seq bigint not null default 0,
        posts_seen bigint not null default 0,
        last_post_at timestamptz,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index x_watches_uq on x_watches (tenant_id, source_id, capability, seeker_id) nulls not distinct`,
    );
    await q.query(`create index x_watches_source_idx on x_watches (tenant_id, source_id)`);
    for (const s of tenantRls('x_watches')) await q.query(s);

    await q.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = 'perch_ingest') then
          create role perch_ingest nologin nosuperuser nobypassrls nocreatedb nocreaterole;
        end if;
      end $$`);
    await q.query(`
      do $$ begin
        if not pg_has_role(current_user, 'perch_ingest', 'USAGE') then
          execute format('grant perch_ingest to %I', current_user);
        end if;
      end $$`);
    await q.query(`grant usage on schema public to perch_ingest`);
    await q.query(`grant select on x_watches, x_sources to perch_ingest`);
    await q.query(
      `create policy ingest_lookup on x_watches for select to perch_ingest using (true)`,
    );
    await q.query(`
      create function x_source_watches(p_source uuid)
      returns table (tenant_id uuid, watch_id uuid, capability text, seeker_id uuid, cadence_seconds integer)
      language sql stable security definer set search_path = public, pg_temp as $$
        select w.tenant_id, w.id, w.capability, w.seeker_id, w.cadence_seconds
          from x_watches w where w.source_id = p_source
         order by w.tenant_id, w.id
      $$`);
    await q.query(`
      create function x_due_sources(p_limit integer)
      returns setof uuid
      language sql stable security definer set search_path = public, pg_temp as $$
        select s.id from x_sources s
         where s.next_poll_at <= now()
           and s.status <> 'failed'
           and (s.lease_until is null or s.lease_until < now())
           and exists (select 1 from x_watches w where w.source_id = s.id)
         order by s.next_poll_at
         limit p_limit
      $$`);
    await q.query(`grant create on schema public to perch_ingest`);
    for (const f of ['x_source_watches(uuid)', 'x_due_sources(integer)']) {
      await q.query(`alter function ${f} owner to perch_ingest`);
      await q.query(`revoke all on function ${f} from public`);
      await q.query(`grant execute on function ${f} to perch_app`);
    }
    await q.query(`revoke create on schema public from perch_ingest`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop function x_due_sources(integer)`);
    await q.query(`drop function x_source_watches(uuid)`);
    await q.query(`drop policy ingest_lookup on x_watches`);
    await q.query(`revoke select on x_watches, x_sources from perch_ingest`);
    await q.query(`revoke usage on schema public from perch_ingest`);
    await q.query(`drop table x_watches`);
    await q.query(`drop table x_source_posts`);
    await q.query(`drop table x_sources`);
    await q.query(`drop table x_posts`);
    await q.query(`drop table x_accounts`);
  }
}
