import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * A seeker's own X trail and follows, as imported from their archive (and later their owned
 * reads). Tenant rows, not the public layer: an archive can hold protected posts that only this
 * tenant, with the seeker's consent, may see.
 */
export class CreateSeekerXData1764160000800 implements MigrationInterface {
  name = 'CreateSeekerXData1764160000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table x_archive_imports (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        status text not null check (status in ('processing','completed','failed')),
        error_code text,
        error_message text,
        bytes bigint not null,
        x_account_id text,
        x_username text,
        posts integer not null default 0,
        following integer not null default 0,
        followers integer not null default 0,
        entries_done integer not null default 0,
        entries_total integer not null default 0,
        created_at timestamptz(3) not null default now(),
        finished_at timestamptz(3),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index x_archive_imports_seeker_idx on x_archive_imports (tenant_id, seeker_id, created_at)`,
    );
    await q.query(`
      create table seeker_x_posts (
        tenant_id uuid not null,
        seeker_id uuid not null,
        post_id text not null,
        posted_at timestamptz,
        text text not null,
        lang text,
        reply_to_post_id text,
        repost_of_post_id text,
        hashtags text[] not null default '{}',
        mentions text[] not null default '{}',
        urls jsonb not null default '[]',
        metrics jsonb,
        source text not null check (source in ('archive','api')),
        imported_at timestamptz(3) not null default now(),
        primary key (tenant_id, seeker_id, post_id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index seeker_x_posts_time_idx on seeker_x_posts (tenant_id, seeker_id, posted_at desc)`,
    );
    await q.query(`
      create table seeker_x_follows (
        tenant_id uuid not null,
        seeker_id uuid not null,
        direction text not null check (direction in ('following','follower')),
        x_account_id text not null,
        imported_at timestamptz(3) not null default now(),
        primary key (tenant_id, seeker_id, direction, x_account_id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    for (const t of ['x_archive_imports', 'seeker_x_posts', 'seeker_x_follows']) {
      for (const s of tenantRls(t)) await q.query(s);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table seeker_x_follows`);
    await q.query(`drop table seeker_x_posts`);
    await q.query(`drop table x_archive_imports`);
  }
}
