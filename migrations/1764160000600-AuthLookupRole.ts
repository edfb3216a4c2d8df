import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in's one cross-tenant read (auth_memberships_for_user) ran with its owner's rights, which
 * only worked because the owner was a superuser: row-level security is forced, so a plain owner
 * saw no membership at all. The function now belongs to its own NOLOGIN role, which may read
 * memberships through a SELECT-only policy of its own and do nothing else.
 */
export class AuthLookupRole1764160000600 implements MigrationInterface {
  name = 'AuthLookupRole1764160000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = 'perch_auth') then
          create role perch_auth nologin nosuperuser nobypassrls nocreatedb nocreaterole;
        end if;
      end $$`);
    // Handing the function over needs membership of the new owner (PostgreSQL 16+ rules).
    await q.query(`
      do $$ begin
        if not pg_has_role(current_user, 'perch_auth', 'USAGE') then
          execute format('grant perch_auth to %I', current_user);
        end if;
      end $$`);
    await q.query(`grant usage on schema public to perch_auth`);
    await q.query(`grant select on memberships, tenants to perch_auth`);
    await q.query(`create policy auth_lookup on memberships for select to perch_auth using (true)`);
    // A new owner needs CREATE on the schema at the moment of the change, and only then.
    await q.query(`grant create on schema public to perch_auth`);
    await q.query(`alter function auth_memberships_for_user(uuid) owner to perch_auth`);
    await q.query(`revoke create on schema public from perch_auth`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter function auth_memberships_for_user(uuid) owner to current_user`);
    await q.query(`drop policy auth_lookup on memberships`);
    await q.query(`revoke select on memberships, tenants from perch_auth`);
    await q.query(`revoke usage on schema public from perch_auth`);
  }
}
