import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * research and trends. Term statistics are facts about public posts, so they are global and
 * counted once at ingestion (per source and hour, and a background document frequency over
 * everything ingested); what a tenant tracks (companies, their accounts, seekers' targets,
 * topics) and what it derives for its seekers (dossiers) are tenant rows.
 */
export class CreateResearchAndTrends1764160001000 implements MigrationInterface {
  name = 'CreateResearchAndTrends1764160001000';

  async up(q: QueryRunner): Promise<void> {
    // Trends need a baseline: a topic's source reads more history on its first poll than the
    // default page (null: INGEST_BACKFILL_POSTS).
    await q.query(
      `alter table x_sources add column backfill_posts integer check (backfill_posts between 1 and 5000)`,
    );
    await q.query(`
      create table x_source_term_buckets (
        source_id uuid not null references x_sources(id) on delete cascade,
        bucket timestamptz not null,
        term text not null,
        n integer not null check (n > 0),
        primary key (source_id, bucket, term)
      )`);
    await q.query(
      `create index x_source_term_buckets_term_idx on x_source_term_buckets (source_id, term, bucket)`,
    );
    // docs of term '' is the number of posts counted: the background corpus size.
    await q.query(`
      create table x_term_df (
        term text primary key,
        docs bigint not null check (docs > 0)
      )`);

    await q.query(`
      create table companies (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        name text not null,
        domain text,
        brand_x_id bigint not null,
        brand_username text not null,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id)
      )`);
    await q.query(`create unique index companies_brand_uq on companies (tenant_id, brand_x_id)`);
    await q.query(`
      create table company_accounts (
        tenant_id uuid not null,
        company_id uuid not null,
        x_account_id bigint not null,
        username text not null,
        name text,
        kind text not null check (kind in ('brand','careers','executive','employee')),
        status text not null check (status in ('suggested','confirmed','rejected')),
        evidence jsonb not null default '[]',
        watch_id uuid,
        created_at timestamptz(3) not null default now(),
        decided_at timestamptz(3),
        primary key (tenant_id, company_id, x_account_id),
        foreign key (tenant_id, company_id) references companies (tenant_id, id) on delete cascade,
        foreign key (tenant_id, watch_id) references x_watches (tenant_id, id) on delete set null (watch_id)
      )`);
    await q.query(
      `create index company_accounts_watch_idx on company_accounts (tenant_id, watch_id)`,
    );
    await q.query(`
      create table seeker_targets (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        company_id uuid not null,
        priority integer not null default 3 check (priority between 1 and 5),
        status text not null default 'researching'
          check (status in ('researching','applied','interviewing','offer','closed')),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, company_id) references companies (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index seeker_targets_uq on seeker_targets (tenant_id, seeker_id, company_id)`,
    );
    await q.query(`
      create table company_dossiers (
        tenant_id uuid not null,
        company_id uuid not null,
        computed_at timestamptz(3) not null,
        stale boolean not null default false,
        body jsonb not null,
        primary key (tenant_id, company_id),
        foreign key (tenant_id, company_id) references companies (tenant_id, id) on delete cascade
      )`);
    await q.query(`
      create table topics (
        tenant_id uuid not null,
        id uuid not null,
        name text not null,
        kind text not null check (kind in ('keyword','hashtag','query','list')),
        value text not null,
        seeker_id uuid,
        watch_id uuid not null,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, watch_id) references x_watches (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index topics_uq on topics (tenant_id, kind, value, seeker_id) nulls not distinct`,
    );
    for (const t of [
      'companies',
      'company_accounts',
      'seeker_targets',
      'company_dossiers',
      'topics',
    ]) {
      for (const s of tenantRls(t)) await q.query(s);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'topics',
      'company_dossiers',
      'seeker_targets',
      'company_accounts',
      'companies',
      'x_term_df',
      'x_source_term_buckets',
    ]) {
      await q.query(`drop table ${t}`);
    }
    await q.query(`alter table x_sources drop column backfill_posts`);
  }
}
