import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the application connects as: no superuser, no BYPASSRLS, owns nothing, and only DML on
 * tables the owner creates from now on. Roles are cluster-wide, so `down` takes the privileges
 * back but leaves the role for other databases on the same cluster.
 */
export class CreateAppRole1764160000000 implements MigrationInterface {
  name = 'CreateAppRole1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = 'perch_app') then
          create role perch_app nologin nosuperuser nobypassrls nocreatedb nocreaterole;
        end if;
      end $$`);
    await q.query(`alter role perch_app set statement_timeout = '30s'`);
    await q.query(`alter role perch_app set idle_in_transaction_session_timeout = '60s'`);
    await q.query(`revoke create on schema public from public`);
    await q.query(`grant usage on schema public to perch_app`);
    await q.query(
      `alter default privileges in schema public grant select, insert, update, delete on tables to perch_app`,
    );
    await q.query(`create extension if not exists citext`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `alter default privileges in schema public revoke select, insert, update, delete on tables from perch_app`,
    );
    await q.query(`revoke usage on schema public from perch_app`);
  }
}
