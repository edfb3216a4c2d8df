import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Global tables: a tenant is not owned by a tenant, and one person may work in several. */
export class CreateTenantsAndUsers1764160000100 implements MigrationInterface {
  name = 'CreateTenantsAndUsers1764160000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table tenants (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name text not null check (length(name) between 1 and 200),
        settings jsonb not null default '{}',
        created_at timestamptz(3) not null default now()
      )`);
    await q.query(`
      create table users (
        id uuid primary key,
        email citext not null unique,
        name text not null,
        password_hash text,
        password_changed_at timestamptz,
        created_at timestamptz(3) not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table users`);
    await q.query(`drop table tenants`);
  }
}
