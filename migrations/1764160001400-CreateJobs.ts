import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Jobs. The public layer (global, like x_posts): job postings extracted from posts, one row per
 * opening however many people posted it, the posts behind each, and accounts classified as
 * recruiters. The tenant layer: a seeker's job preferences, matches (found or pushed by a coach)
 * and the application pipeline with every stage change logged.
 */
export class CreateJobs1764160001400 implements MigrationInterface {
  name = 'CreateJobs1764160001400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table job_postings (
        id uuid primary key,
        dedupe_key text not null unique,
        title text not null,
        seniority text,
        company text,
        company_handle text,
        location text,
        workplace text check (workplace in ('remote','hybrid','on-site')),
        employment_type text,
        salary_min numeric,
        salary_max numeric,
        salary_currency text,
        salary_period text,
        apply_url text,
        confidence real not null,
        representative_post_id bigint not null,
        post_count integer not null default 0,
        first_seen_at timestamptz(3) not null,
        last_seen_at timestamptz(3) not null
      )`);
    await q.query(`create index job_postings_seen_idx on job_postings (last_seen_at desc)`);
    await q.query(`
      create table job_posting_posts (
        posting_id uuid not null references job_postings(id) on delete cascade,
        post_id bigint not null,
        author_id bigint,
        recruiter_handle text,
        created_at timestamptz,
        primary key (posting_id, post_id)
      )`);
    await q.query(`create unique index job_posting_posts_post_uq on job_posting_posts (post_id)`);
    await q.query(`create index job_posting_posts_author_idx on job_posting_posts (author_id)`);
    await q.query(`
      create table job_recruiters (
        x_account_id bigint primary key,
        username text not null,
        is_recruiter boolean not null,
        kind text,
        score real not null,
        companies text[] not null default '{}',
        reasons text[] not null default '{}',
        hiring_posts integer not null default 0,
        last_post_at timestamptz,
        updated_at timestamptz(3) not null default now()
      )`);

    await q.query(`
      create table job_preferences (
        tenant_id uuid not null,
        seeker_id uuid not null,
        skills text[] not null default '{}',
        remote text not null default 'open' check (remote in ('remote_only','open','on_site_ok')),
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id, seeker_id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(`
      create table job_matches (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        posting_id uuid not null references job_postings(id) on delete cascade,
        score real not null,
        reasons text[] not null default '{}',
        source text not null check (source in ('matched','coach')),
        pushed_by uuid,
        dismissed_at timestamptz(3),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index job_matches_uq on job_matches (tenant_id, seeker_id, posting_id)`,
    );
    await q.query(
      `create index job_matches_new_idx on job_matches (tenant_id, seeker_id, created_at desc)`,
    );
    await q.query(`
      create table job_applications (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        posting_id uuid references job_postings(id) on delete set null,
        company_id uuid,
        title text not null,
        company text,
        stage text not null default 'saved' check (stage in
          ('saved','applied','interviewing','offer','accepted','rejected','withdrawn')),
        contacts text[] not null default '{}',
        notes text,
        saved_at timestamptz(3) not null default now(),
        applied_at timestamptz(3),
        interviewing_at timestamptz(3),
        offer_at timestamptz(3),
        closed_at timestamptz(3),
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, company_id) references companies (tenant_id, id) on delete set null (company_id)
      )`);
    await q.query(
      `create unique index job_applications_posting_uq on job_applications (tenant_id, seeker_id, posting_id) where posting_id is not null`,
    );
    await q.query(
      `create index job_applications_seeker_idx on job_applications (tenant_id, seeker_id, updated_at desc)`,
    );
    await q.query(`
      create table job_application_events (
        tenant_id uuid not null,
        id uuid not null,
        application_id uuid not null,
        from_stage text,
        to_stage text not null,
        note text,
        actor_membership_id uuid,
        at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, application_id) references job_applications (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index job_application_events_app_idx on job_application_events (tenant_id, application_id, at)`,
    );
    for (const t of [
      'job_preferences',
      'job_matches',
      'job_applications',
      'job_application_events',
    ]) {
      for (const s of tenantRls(t)) await q.query(s);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'job_application_events',
      'job_applications',
      'job_matches',
      'job_preferences',
      'job_recruiters',
      'job_posting_posts',
      'job_postings',
    ]) {
      await q.query(`drop table ${t}`);
    }
  }
}
