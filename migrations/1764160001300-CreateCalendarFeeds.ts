import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * A seeker's calendar feed: a secret address calendar apps subscribe to (they cannot send a
 * bearer token). Only the hash of the secret is kept; revoking or making a new one kills the old.
 */
export class CreateCalendarFeeds1764160001300 implements MigrationInterface {
  name = 'CreateCalendarFeeds1764160001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table calendar_feeds (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        secret_hash bytea not null,
        created_at timestamptz(3) not null default now(),
        revoked_at timestamptz(3),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create unique index calendar_feeds_active_uq on calendar_feeds (tenant_id, seeker_id) where revoked_at is null`,
    );
    for (const s of tenantRls('calendar_feeds')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table calendar_feeds`);
  }
}
