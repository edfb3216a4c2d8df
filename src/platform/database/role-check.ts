/**
 * The application role must not be able to bypass row-level security: superusers and BYPASSRLS
 * roles ignore even forced RLS, and a table owner (or a member of its role) could turn it off.
 * Boot refuses such a role rather than run with isolation silently off.
 */
import type { DataSource } from 'typeorm';

export class UnsafeDatabaseRoleError extends Error {}

export async function assertRoleCannotBypassRls(ds: DataSource): Promise<void> {
  const [role] = await ds.query<{ name: string; rolsuper: boolean; rolbypassrls: boolean }[]>(
    `select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
  );
  if (!role) throw new UnsafeDatabaseRoleError('cannot read the current role');
  if (role.rolsuper || role.rolbypassrls) {
    throw new UnsafeDatabaseRoleError(
      `database role "${role.name}" is ${role.rolsuper ? 'a superuser' : 'BYPASSRLS'} and would bypass row-level security; connect DATABASE_URL as an application role (see README, "Database roles")`,
    );
  }
  const owned = await ds.query<{ relname: string }[]>(
    `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r','p','v','m')
        and pg_has_role(current_user, c.relowner, 'USAGE') limit 5`,
  );
  if (owned.length) {
    throw new UnsafeDatabaseRoleError(
      `database role "${role.name}" owns (or inherits the owner of) ${owned.map((r) => r.relname).join(', ')}; owners can switch row-level security off. Run migrations as a separate owner role (DATABASE_OWNER_URL)`,
    );
  }
}
