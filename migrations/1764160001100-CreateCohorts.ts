import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantRls } from './tenant-table.sql.js';

/**
 * Cohorts of seekers (the peers capability starts here): a coach's group of seekers at the same
 * stage, in the same field. Topics can belong to a cohort, so its members share a briefing.
 */
export class CreateCohorts1764160001100 implements MigrationInterface {
  name = 'CreateCohorts1764160001100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table cohorts (
        tenant_id uuid not null references tenants(id) on delete cascade,
        id uuid not null,
        name text not null,
        field text,
        term_start date,
        term_end date,
        created_at timestamptz(3) not null default now(),
        primary key (tenant_id, id),
        check (term_end is null or term_start is null or term_end >= term_start)
      )`);
    await q.query(`
      create table cohort_members (
        tenant_id uuid not null,
        cohort_id uuid not null,
        seeker_id uuid not null,
        joined_at timestamptz(3) not null default now(),
        primary key (tenant_id, cohort_id, seeker_id),
        foreign key (tenant_id, cohort_id) references cohorts (tenant_id, id) on delete cascade,
        foreign key (tenant_id, seeker_id) references seekers (tenant_id, id) on delete cascade
      )`);
    await q.query(
      `create index cohort_members_seeker_idx on cohort_members (tenant_id, seeker_id)`,
    );
    for (const t of ['cohorts', 'cohort_members']) for (const s of tenantRls(t)) await q.query(s);
    await q.query(`alter table topics add column cohort_id uuid`);
    await q.query(
      `alter table topics add foreign key (tenant_id, cohort_id) references cohorts (tenant_id, id) on delete cascade`,
    );
    await q.query(
      `alter table topics add constraint topics_one_owner check (seeker_id is null or cohort_id is null)`,
    );
    await q.query(`drop index topics_uq`);
    await q.query(
      `create unique index topics_uq on topics (tenant_id, kind, value, seeker_id, cohort_id) nulls not distinct`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index topics_uq`);
    await q.query(`delete from topics where cohort_id is not null`);
    await q.query(`alter table topics drop constraint topics_one_owner`);
    await q.query(`alter table topics drop column cohort_id`);
    await q.query(
      `create unique index topics_uq on topics (tenant_id, kind, value, seeker_id) nulls not distinct`,
    );
    await q.query(`drop table cohort_members`);
    await q.query(`drop table cohorts`);
  }
}
