/**
 * The tenant-layer rules of ARCHITECTURE.md, checked against the live catalog after migrations:
 * a table added without them fails here, whoever adds it.
 */
import { migrations } from '../../../migrations/index.js';
import {
  DEFINER_FUNCTION_ALLOWLIST,
  EXTRA_POLICY_ALLOWLIST,
  TABLE_REGISTRY,
} from '../../../src/platform/database/table-registry.js';
import { createTestDatabase, withClient, type TestDatabase } from '../../helpers/database.js';

let db: TestDatabase;
const q = async <T = any>(sql: string, params: unknown[] = []): Promise<T[]> =>
  withClient(db.ownerUrl, async (c) => (await c.query(sql, params)).rows as T[]);

beforeAll(async () => {
  db = await createTestDatabase();
});

const tenantTables = Object.entries(TABLE_REGISTRY)
  .filter(([, cls]) => cls === 'tenant')
  .map(([t]) => t);

describe('database catalog', () => {
  it('classifies every table in the registry, and lists no table that does not exist', async () => {
    const rows = await q<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r','p')`,
    );
    const actual = rows.map((r) => r.relname).sort();
    expect(actual).toEqual(Object.keys(TABLE_REGISTRY).sort());
  });

  it('has applied every migration', async () => {
    const rows = await q<{ name: string }>(`select name from migrations order by id`);
    expect(rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
  });

  describe.each(tenantTables)('tenant table %s', (table) => {
    it('has a non-null uuid tenant_id', async () => {
      const [col] = await q(
        `select data_type, is_nullable from information_schema.columns
          where table_schema = 'public' and table_name = $1 and column_name = 'tenant_id'`,
        [table],
      );
      expect(col).toEqual({ data_type: 'uuid', is_nullable: 'NO' });
    });

    it('has row-level security enabled and forced, with one nullif policy for read and write', async () => {
      const [rel] = await q(
        `select relrowsecurity, relforcerowsecurity from pg_class where oid = $1::regclass`,
        [table],
      );
      expect(rel).toEqual({ relrowsecurity: true, relforcerowsecurity: true });
      const policies = await q<{
        policyname: string;
        roles: string[];
        cmd: string;
        qual: string;
        with_check: string;
        permissive: string;
      }>(
        `select policyname, roles::text[] as roles, cmd, qual, with_check, permissive
           from pg_policies where schemaname = 'public' and tablename = $1`,
        [table],
      );
      const forAll = policies.filter((p) => p.roles.includes('public'));
      expect(forAll).toHaveLength(1);
      const [p] = forAll;
      expect(p.cmd).toBe('ALL');
      expect(p.permissive).toBe('PERMISSIVE');
      for (const expr of [p.qual, p.with_check]) {
        expect(expr).toMatch(
          /tenant_id = \(NULLIF\(current_setting\('app\.tenant_id'::text, true\), ''::text\)\)::uuid/,
        );
      }
      // Any other policy is named in the allowlist, for its one role and command.
      for (const extra of policies.filter((x) => x !== p)) {
        expect(EXTRA_POLICY_ALLOWLIST).toContainEqual({
          table,
          policy: extra.policyname,
          role: extra.roles.join(','),
          cmd: extra.cmd,
        });
      }
    });

    it('leads its primary key and every unique index with tenant_id', async () => {
      const idx = await q<{ indexname: string; first: string; primary: boolean }>(
        `select i.indexrelid::regclass::text as indexname, a.attname as first, i.indisprimary as primary
           from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
          where i.indrelid = $1::regclass and (i.indisunique or i.indisprimary)`,
        [table],
      );
      expect(idx.some((i) => i.primary)).toBe(true);
      for (const i of idx)
        expect({ index: i.indexname, first: i.first }).toEqual({
          index: i.indexname,
          first: 'tenant_id',
        });
    });

    it('references other tenant tables only through composite keys on tenant_id', async () => {
      const fks = await q<{ target: string; cols: string[]; refcols: string[] }>(
        `select confrelid::regclass::text as target,
                array(select attname from pg_attribute where attrelid = conrelid and attnum = any(conkey) order by array_position(conkey, attnum))::text[] as cols,
                array(select attname from pg_attribute where attrelid = confrelid and attnum = any(confkey) order by array_position(confkey, attnum))::text[] as refcols
           from pg_constraint where contype = 'f' and conrelid = $1::regclass`,
        [table],
      );
      for (const fk of fks) {
        if (TABLE_REGISTRY[fk.target] === 'tenant') {
          expect(fk.cols[0]).toBe('tenant_id');
          expect(fk.refcols[0]).toBe('tenant_id');
        }
      }
    });
  });

  it('has no foreign key from a global table into a tenant table', async () => {
    const fks = await q<{ source: string; target: string }>(
      `select conrelid::regclass::text as source, confrelid::regclass::text as target
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where contype = 'f' and n.nspname = 'public'`,
    );
    for (const fk of fks) {
      if (TABLE_REGISTRY[fk.source] !== 'tenant')
        expect(TABLE_REGISTRY[fk.target]).not.toBe('tenant');
    }
  });

  it('allows only listed SECURITY DEFINER functions, each with a pinned search_path and no PUBLIC execute', async () => {
    const fns = await q<{ name: string; config: string[] | null; public_exec: boolean }>(
      `select p.proname as name, p.proconfig as config,
              has_function_privilege('public', p.oid, 'execute') as public_exec
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prosecdef`,
    );
    expect(fns.map((f) => f.name).sort()).toEqual([...DEFINER_FUNCTION_ALLOWLIST].sort());
    for (const f of fns) {
      expect(f.config?.some((c) => c.startsWith('search_path='))).toBe(true);
      expect(f.public_exec).toBe(false);
    }
  });

  it('gives the application role no way around row-level security', async () => {
    const [role] = await q(
      `select rolsuper, rolbypassrls from pg_roles where rolname = 'perch_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await q(
      `select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and pg_has_role('perch_app', c.relowner, 'USAGE')`,
    );
    expect(owned).toEqual([]);
  });

  it('has no views that would run with their owner’s rights', async () => {
    const views = await q<{ relname: string; options: string[] | null }>(
      `select c.relname, c.reloptions as options from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'v'`,
    );
    for (const v of views) expect(v.options ?? []).toContain('security_invoker=true');
  });
});
