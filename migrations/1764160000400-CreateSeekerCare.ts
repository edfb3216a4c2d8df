import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/** Coach assignments, the coach-notes timeline and the seeker's consent records. */
export class CreateSeekerCare1764160000400 implements MigrationInterface {
  name = 'CreateSeekerCare1764160000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table seeker_coaches (
        tenant_id uuid not null,
        seeker_id uuid not null,
        membership_id uuid not null,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, seeker_id, membership_id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, membership_id) references memberships (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index seeker_coaches_coach_idx on seeker_coaches (tenant_id, membership_id, seeker_id)`,
    );
    await q.query(`
      create table coach_notes (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        author_id uuid,
        body text not null check (length(body) between 1 and 10000),
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, author_id) references memberships (tenant_id, id) on delete set null (author_id)
      )`);
    await q.query(
      `create index coach_notes_seeker_idx on coach_notes (tenant_id, seeker_id, created_at desc, id desc)`,
    );
    await q.query(`
      create table consents (
        tenant_id uuid not null,
        id uuid not null,
        seeker_id uuid not null,
        kind text not null check (kind in ('link_x_handle','read_x_data','post_approved_drafts','coach_visibility')),
        scope text,
        source text not null check (source in ('seeker','coach_on_behalf','roster_import','sso')),
        recorded_by uuid,
        granted_at timestamptz not null default now(),
        revoked_at timestamptz,
        revoke_source text check (revoke_source in ('seeker','coach_on_behalf','roster_import','sso')),
        primary key (tenant_id, id),
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade,
        foreign key (tenant_id, recorded_by) references memberships (tenant_id, id) on delete set null (recorded_by)
      )`);
    // At most one standing grant per kind; history stays as revoked rows.
    await q.query(
      `create unique index consents_active_uq on consents (tenant_id, seeker_id, kind) where revoked_at is null`,
    );
    for (const t of ['seeker_coaches', 'coach_notes', 'consents']) {
      for (const s of tenantRls(t)) await q.query(s);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table consents`);
    await q.query(`drop table coach_notes`);
    await q.query(`drop table seeker_coaches`);
  }
}
