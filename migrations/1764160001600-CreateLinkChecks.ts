import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Link checks, in the public layer: whether a URL resolves is a fact about the web, not about a
 * tenant, so one check serves every post and posting that links there. Rows are claimed by the
 * worker with a lease, so two workers never fetch the same URL at once.
 */
export class CreateLinkChecks1764160001600 implements MigrationInterface {
  name = 'CreateLinkChecks1764160001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table link_checks (
        url text primary key check (length(url) <= 2048),
        state text not null default 'pending'
          check (state in ('pending','ok','broken','blocked','unknown')),
        http_status integer,
        final_url text,
        reason text,
        attempts integer not null default 0,
        checked_at timestamptz(3),
        next_check_at timestamptz(3) not null default now(),
        lease_until timestamptz(3),
        created_at timestamptz(3) not null default now()
      )`);
    await q.query(`create index link_checks_due_idx on link_checks (next_check_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table link_checks`);
  }
}
