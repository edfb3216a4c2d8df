/**
 * Finds a seeker's rows from the live catalog rather than a hand-kept list, so a table added
 * later is covered without touching this file: a row is the seeker's when a `*seeker_id` column
 * names them, or when it hangs (by a cascading foreign key) off a row that is theirs, or when its
 * text carries their id (event payloads, stored responses).
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantId, TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TABLE_REGISTRY } from '../../platform/database/table-registry.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

interface ForeignKey {
  child: string;
  parent: string;
  cols: string[];
  pcols: string[];
  onDelete: string;
}

interface SeekerColumn {
  name: string;
  nullable: boolean;
}

interface Catalog {
  fks: ForeignKey[];
  seekerCols: Map<string, SeekerColumn[]>;
}

/**
 * Kept on erasure: the append-only audit log names people by id only, so once the seeker row is
 * gone its ids are a pseudonymous record (the app role cannot delete from it anyway).
 */
export const ERASURE_KEEPS: readonly string[] = ['audit_events'];

const TENANT_TABLES = Object.entries(TABLE_REGISTRY)
  .filter(([, c]) => c === 'tenant')
  .map(([t]) => t)
  .sort();

const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export type Rows = Record<string, unknown>[];

@Injectable()
export class DataRightsRepository extends TenantRepository {
  private catalog: Promise<Catalog> | undefined;

  constructor(db: DatabaseService) {
    super(db);
  }

  private loadCatalog(m: EntityManager) {
    this.catalog ??= (async () => {
      const fks = await m.query<ForeignKey[]>(`
        select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
               c.confdeltype as "onDelete",
               array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o)
                      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o) as cols,
               array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o)
                      join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o) as pcols
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
         where c.contype = 'f' and n.nspname = 'public'`);
      const cols = await m.query<
        {
          t: string;
          c: string;
          nullable: boolean;
        }[]
      >(`
        select table_name as t, column_name as c, is_nullable = 'YES' as nullable
          from information_schema.columns
         where table_schema = 'public' and column_name like '%seeker\\_id'`);
      const seekerCols = new Map<string, SeekerColumn[]>();
      for (const { t, c, nullable } of cols)
        seekerCols.set(t, [...(seekerCols.get(t) ?? []), { name: c, nullable }]);
      return { fks, seekerCols };
    })();
    return this.catalog;
  }

  /**
   * SQL over alias `t<depth>` true for the seeker's rows of `table` ($1 tenant, $2 seeker), or
   * null when the table cannot hold any. Depth-bounded against cycles.
   */
  private predicate(cat: Catalog, table: string, depth = 0): string | null {
    const a = `t${depth}`;
    if (table === 'seekers') return `${a}.id = $2::uuid`;
    if (depth > 4 || !TENANT_TABLES.includes(table)) return null;
    const parts = (cat.seekerCols.get(table) ?? []).map((c) => `${a}.${ident(c.name)} = $2::uuid`);
    for (const fk of cat.fks.filter((f) => f.child === table && f.onDelete === 'c')) {
      if (fk.parent === 'seekers' || fk.parent === 'tenants') continue;
      const inner = this.predicate(cat, fk.parent, depth + 1);
      if (!inner) continue;
      const b = `t${depth + 1}`;
      const join = fk.cols.map((c, i) => `${b}.${ident(fk.pcols[i])} = ${a}.${ident(c)}`);
      parts.push(
        `exists (select 1 from ${ident(fk.parent)} ${b} where ${join.join(' and ')} and (${inner}))`,
      );
    }
    return parts.length ? parts.join(' or ') : null;
  }

  /** Every tenant table's rows about the seeker (needles: the ways their id is written). */
  seekerRows(ctx: TenantScope, seekerId: string, needles: string[]): Promise<Map<string, Rows>> {
    return this.run(ctx, async (m, tenantId) => {
      const cat = await this.loadCatalog(m);
      const out = new Map<string, Rows>();
      for (const table of TENANT_TABLES) {
        const pred = this.predicate(cat, table) ?? '$2::uuid is null';
        const rows = await m.query<Rows>(
          `select * from ${ident(table)} t0 where t0.tenant_id = $1
              and ((${pred}) or t0::text like any($3::text[]))`,
          [tenantId, seekerId, needles.map((n) => `%${n}%`)],
        );
        if (rows.length) out.set(table, rows);
      }
      return out;
    });
  }

  /** Every row of the tenant, table by table. */
  tenantRows(ctx: TenantScope): Promise<Map<string, Rows>> {
    return this.run(ctx, async (m, tenantId) => {
      const out = new Map<string, Rows>();
      for (const table of TENANT_TABLES) {
        const rows = await m.query<Rows>(`select * from ${ident(table)} where tenant_id = $1`, [
          tenantId,
        ]);
        out.set(table, rows);
      }
      return out;
    });
  }

  /** The users behind the seeker's logins. */
  loginsOf(ctx: TenantScope, seekerId: string): Promise<string[]> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<{ userId: string }[]>(
        `select user_id as "userId" from memberships where tenant_id = $1 and seeker_id = $2`,
        [tenantId, seekerId],
      );
      return rows.map((r) => r.userId);
    });
  }

  /**
   * Deletes the seeker and everything derived from them; returns rows removed per table. Order:
   * references without a foreign key first, then the seeker row (whose cascades take the owned
   * rows and null the anonymous ones, like seat history and X spend), then any row still
   * carrying their id in its text.
   */
  erase(ctx: TenantScope, seekerId: string, needles: string[]): Promise<Record<string, number>> {
    return this.run(ctx, async (m, tenantId) => {
      const cat = await this.loadCatalog(m);
      const removed: Record<string, number> = {};
      const count = (t: string, n: number) => {
        if (n > 0) removed[t] = (removed[t] ?? 0) + n;
      };
      for (const table of TENANT_TABLES) {
        if (ERASURE_KEEPS.includes(table) || table === 'seekers') continue;
        const fkCols = new Set(
          cat.fks.filter((f) => f.child === table && f.parent === 'seekers').flatMap((f) => f.cols),
        );
        for (const col of cat.seekerCols.get(table) ?? []) {
          if (fkCols.has(col.name)) continue;
          // No foreign key holds this reference, so the cascade would miss it. A nullable one
          // only credits the seeker (who first shared a link): forget them, keep the row.
          const c = ident(col.name);
          const [, n] = await m.query<[unknown, number]>(
            col.nullable
              ? `update ${ident(table)} set ${c} = null where tenant_id = $1 and ${c} = $2`
              : `delete from ${ident(table)} where tenant_id = $1 and ${c} = $2`,
            [tenantId, seekerId],
          );
          if (!col.nullable) count(table, n);
        }
      }
      const [, n] = await m.query<[unknown, number]>(
        `delete from seekers where tenant_id = $1 and id = $2`,
        [tenantId, seekerId],
      );
      count('seekers', n);
      for (const table of TENANT_TABLES) {
        if (ERASURE_KEEPS.includes(table)) continue;
        const [, k] = await m.query<[unknown, number]>(
          `delete from ${ident(table)} t0 where t0.tenant_id = $1 and t0::text like any($2::text[])`,
          [tenantId, needles.map((x) => `%${x}%`)],
        );
        count(table, k);
      }
      return removed;
    });
  }

  /** Everyone with a membership in the tenant. */
  tenantUsers(ctx: TenantScope): Promise<string[]> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<{ userId: string }[]>(
        `select user_id as "userId" from memberships where tenant_id = $1`,
        [tenantId],
      );
      return rows.map((r) => r.userId);
    });
  }

  /** Users of `userIds` who no longer belong to any tenant lose their login. */
  async dropOrphanUsers(userIds: string[]): Promise<number> {
    if (!userIds.length) return 0;
    return this.db.global(async (m) => {
      let dropped = 0;
      for (const id of userIds) {
        const left = await m.query<unknown[]>(`select 1 from auth_memberships_for_user($1)`, [id]);
        if (left.length) continue;
        const [, n] = await m.query<[unknown, number]>(`delete from users where id = $1`, [id]);
        dropped += n;
      }
      return dropped;
    });
  }

  /** Removes the tenant; every tenant table's rows go with it by cascade. */
  deleteTenant(tenantId: TenantId): Promise<number> {
    return this.db.global(async (m) => {
      const [, n] = await m.query<[unknown, number]>(`delete from tenants where id = $1`, [
        tenantId,
      ]);
      // Rate buckets are keyed by text (no foreign key), so the cascade cannot reach them.
      await m.query(`delete from rate_buckets where strpos(key, $1) > 0`, [tenantId]);
      return n;
    });
  }
}
