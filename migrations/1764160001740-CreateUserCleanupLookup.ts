import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasing a seeker or an organization must also remove sign-in accounts left with no membership
 * anywhere; memberships are tenant rows, so whether a user has one in another organization is a
 * cross-tenant question. Like sign-in's lookup (decision in 1764160000600), one definer function
 * owned by the read-only `perch_auth` role answers exactly that and nothing else.
 */
export class CreateUserCleanupLookup1764160001740 implements MigrationInterface {
  name = 'CreateUserCleanupLookup1764160001740';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function auth_users_without_memberships(p_user_ids uuid[])
      returns setof uuid
      language sql stable security definer set search_path = pg_catalog, public
      as $$
        select u from unnest(p_user_ids) u
         where not exists (select 1 from public.memberships m where m.user_id = u)
      $$`);
    await q.query(`revoke execute on function auth_users_without_memberships(uuid[]) from public`);
    await q.query(`grant execute on function auth_users_without_memberships(uuid[]) to perch_app`);
    await q.query(`grant create on schema public to perch_auth`);
    await q.query(`alter function auth_users_without_memberships(uuid[]) owner to perch_auth`);
    await q.query(`revoke create on schema public from perch_auth`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop function auth_users_without_memberships(uuid[])`);
  }
}
