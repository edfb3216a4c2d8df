import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * The audit log: who did what, when, through which session or API key. Append-only for the
 * application: its role may insert and read rows but never change or remove one, so a
 * compromised api cannot cover its tracks. Rows name people by id only (no names, emails or
 * input values), so once a seeker is erased the ids left here point at nothing: a pseudonymous
 * record. Deleting a whole tenant still removes them through the foreign key's cascade, which
 * PostgreSQL runs as the table's owner.
 */
export class CreateAuditEvents1764160001700 implements MigrationInterface {
  name = 'CreateAuditEvents1764160001700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table audit_events (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        at timestamptz(3) not null default now(),
        actor_kind text not null check (actor_kind in ('user','apiKey','system','scim','sso')),
        actor_id uuid,
        actor_role text,
        via text not null check (via in ('session','apiKey','system','scim','sso','http')),
        via_id uuid,
        action text not null check (length(action) <= 200),
        kind text not null check (kind in ('mutation','read','http')),
        seeker_id uuid,
        targets text[] not null default '{}',
        outcome text not null check (length(outcome) <= 64),
        request_id text,
        ip inet,
        primary key (tenant_id, id)
      )`);
    await q.query(`create index audit_events_at_idx on audit_events (tenant_id, at desc, id desc)`);
    await q.query(
      `create index audit_events_seeker_idx on audit_events (tenant_id, seeker_id, at desc) where seeker_id is not null`,
    );
    await q.query(
      `create index audit_events_actor_idx on audit_events (tenant_id, actor_id, at desc) where actor_id is not null`,
    );
    for (const s of tenantRls('audit_events')) await q.query(s);
    await q.query(`revoke update, delete, truncate on audit_events from perch_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table audit_events`);
  }
}
