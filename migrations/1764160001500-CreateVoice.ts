import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Voice: a seeker's pillars (3–5 themes set with the coach), decisions on the public-trail audit,
 * drafts with their check, coach comments and approval, the posting slots, and the posting state
 * that makes scheduled posting exactly-once: the intent is recorded (status `posting`, an intent
 * id, the attempt time) before X is called, and the outcome after.
 */
export class CreateVoice1764160001500 implements MigrationInterface {
  name = 'CreateVoice1764160001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table voice_pillars (
        tenant_id uuid not null,
        seeker_id uuid not null,
        position integer not null check (position between 0 and 4),
        name text not null,
        terms text[] not null,
        primary key (tenant_id, seeker_id, position),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(`
      create table voice_audit_decisions (
        tenant_id uuid not null,
        seeker_id uuid not null,
        post_id text not null,
        decision text not null check (decision in ('keep','delete')),
        status text not null check (status in ('kept','deleting','deleted','failed')),
        error text,
        decided_by uuid,
        decided_at timestamptz(3) not null default now(),
        primary key (tenant_id, seeker_id, post_id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(`
      create table voice_slots (
        tenant_id uuid not null,
        seeker_id uuid not null,
        time_zone text not null,
        times text[] not null,
        weekdays integer[] not null default '{1,2,3,4,5}',
        primary key (tenant_id, seeker_id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(`
      create table voice_drafts (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        text text not null,
        check_result jsonb not null,
        status text not null default 'draft' check (status in ('draft','in_review','changes_requested',
          'approved','scheduled','posting','posted','failed','cancelled','paused')),
        scheduled_for timestamptz(3),
        intent_id uuid,
        attempts integer not null default 0,
        last_attempt_at timestamptz(3),
        x_post_id text,
        failure_code text,
        failure_message text,
        created_by uuid,
        approved_by uuid,
        approved_at timestamptz(3),
        posted_at timestamptz(3),
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index voice_drafts_due_idx on voice_drafts (tenant_id, status, scheduled_for)`,
    );
    await q.query(
      `create index voice_drafts_seeker_idx on voice_drafts (tenant_id, seeker_id, created_at desc)`,
    );
    // One post per slot: two drafts cannot hold the same minute of the same seeker's queue.
    await q.query(`create unique index voice_drafts_slot_uq on voice_drafts (tenant_id, seeker_id, scheduled_for)
      where status in ('scheduled','posting')`);
    await q.query(`
      create table voice_draft_comments (
        tenant_id uuid not null,
        id uuid not null,
        draft_id uuid not null,
        author_membership_id uuid,
        body text not null,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, draft_id) references voice_drafts (tenant_id, id) on delete cascade
      )`);
    for (const t of [
      'voice_pillars',
      'voice_audit_decisions',
      'voice_slots',
      'voice_drafts',
      'voice_draft_comments',
    ]) {
      for (const s of tenantRls(t)) await q.query(s);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'voice_draft_comments',
      'voice_drafts',
      'voice_slots',
      'voice_audit_decisions',
      'voice_pillars',
    ]) {
      await q.query(`drop table ${t}`);
    }
  }
}
