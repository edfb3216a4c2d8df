/**
 * What the data-rights operations read and delete, found in the live catalog rather than listed
 * by hand: every tenant table with a `seeker_id` column holds a seeker's rows, and every tenant
 * table with a composite foreign key into one of those holds rows that belong to them too (a job
 * application's stage history). A table added later is covered without anyone remembering to.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatabaseService } from '../../platform/database/database.service.js';
import type { TenantScope } from '../../platform/database/context.js';
import { TABLE_REGISTRY } from '../../platform/database/table-registry.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';

/** Never exported: ciphertexts, hashes and secrets are of no use to the person and a risk to them. */
const SECRET_COLUMN = /(_enc|_hash|^secret|^password|^token|^file)$/;
/** Kept on erasure: the append-only audit names the seeker by an id that no longer resolves. */
const KEPT_ON_ERASURE = new Set(['audit_events']);

export interface ChildTable {
  table: string;
  /** Its column holding the parent's id. */
  column: string;
  parent: string;
}

export interface Catalog {
  /** Tenant tables with a seeker_id column. */
  direct: string[];
  /**
   * Of those, tables whose reference to the seeker is ON DELETE SET NULL: history that outlives
   * the person (seat events, X spend), kept with the seeker taken out so past reports still add up.
   */
  keepWithoutSeeker: string[];
  /** Tenant tables that reference rows of a direct table. */
  children: ChildTable[];
  /** Each tenant table's exportable columns. */
  columns: Map<string, string[]>;
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  return `"${name}"`;
};

@Injectable()
export class DataRightsRepository extends TenantRepository {
  private catalog: Promise<Catalog> | undefined;

  constructor(db: DatabaseService) {
    super(db);
  }

  /** Read once per process: the schema changes only with a migration and a restart. */
  tables(): Promise<Catalog> {
    this.catalog ??= this.db.global(async (m) => {
      const tenantTables = Object.entries(TABLE_REGISTRY)
        .filter(([, c]) => c === 'tenant')
        .map(([t]) => t);
      const cols = await m.query<{ table: string; column: string }[]>(
        `select table_name as "table", column_name as "column" from information_schema.columns
          where table_schema = 'public' and table_name = any($1::text[])
          order by table_name, ordinal_position`,
        [tenantTables],
      );
      const columns = new Map<string, string[]>();
      for (const c of cols) columns.set(c.table, [...(columns.get(c.table) ?? []), c.column]);
      const direct = [...columns.entries()]
        .filter(([t, cs]) => cs.includes('seeker_id') && t !== 'seekers')
        .map(([t]) => t);
      const fks = await m.query<
        { child: string; parent: string; cols: string[]; refcols: string[]; deleteAction: string }[]
      >(
        `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
                c.confdeltype::text as "deleteAction",
                array(select a.attname::text from unnest(c.conkey) with ordinality k(n, o)
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o) as cols,
                array(select a.attname::text from unnest(c.confkey) with ordinality k(n, o)
                        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o) as refcols
           from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
      );
      const keepWithoutSeeker = fks
        .filter(
          (fk) =>
            fk.parent === 'seekers' && fk.deleteAction === 'n' && fk.cols.includes('seeker_id'),
        )
        .map((fk) => fk.child);
      const children: ChildTable[] = [];
      for (const fk of fks) {
        if (!direct.includes(fk.parent) || !columns.has(fk.child) || direct.includes(fk.child))
          continue;
        const i = fk.refcols.indexOf('id');
        if (i < 0 || fk.cols[0] !== 'tenant_id') continue;
        children.push({ table: fk.child, column: fk.cols[i], parent: fk.parent });
      }
      for (const [t, cs] of columns)
        columns.set(
          t,
          cs.filter((c) => !SECRET_COLUMN.test(c)),
        );
      return { direct, keepWithoutSeeker, children, columns };
    });
    return this.catalog;
  }

  private select(cat: Catalog, table: string): string {
    return (cat.columns.get(table) ?? []).map(ident).join(', ');
  }

  /** Every row about one seeker, by table. */
  seekerRows(ctx: TenantScope, seekerId: string): Promise<Record<string, unknown[]>> {
    return this.run(ctx, async (m, tenantId) => {
      const cat = await this.tables();
      const out: Record<string, unknown[]> = {};
      out.seekers = await m.query(
        `select ${this.select(cat, 'seekers')} from seekers where tenant_id = $1 and id = $2`,
        [tenantId, seekerId],
      );
      for (const t of cat.direct) {
        if (t === 'audit_events') continue;
        out[t] = await m.query(
          `select ${this.select(cat, t)} from ${ident(t)} where tenant_id = $1 and seeker_id = $2`,
          [tenantId, seekerId],
        );
      }
      for (const c of cat.children) {
        out[`${c.table} (of ${c.parent})`] = await m.query(
          `select ${this.select(cat, c.table)} from ${ident(c.table)} x
            where x.tenant_id = $1 and x.${ident(c.column)} in (
              select id from ${ident(c.parent)} where tenant_id = $1 and seeker_id = $2)`,
          [tenantId, seekerId],
        );
      }
      return out;
    });
  }

  /** The person's sign-in account(s) behind the seeker, before they go. */
  async seekerUsers(m: EntityManager, tenantId: string, seekerId: string): Promise<string[]> {
    const rows = await m.query<{ userId: string }[]>(
      `select user_id as "userId" from memberships where tenant_id = $1 and seeker_id = $2`,
      [tenantId, seekerId],
    );
    return rows.map((r) => r.userId);
  }

  /** Deletes the seeker's rows everywhere but the audit; returns rows deleted per table. */
  async eraseRows(m: EntityManager, tenantId: string, seekerId: string) {
    await this.stopRosterImports(m, tenantId);
    const cat = await this.tables();
    const deleted: Record<string, number> = {};
    // Children first, then the seeker's own tables, then the seeker (foreign keys cascade too).
    for (const c of cat.children) {
      const r = await m.query<unknown[]>(
        `with d as (delete from ${ident(c.table)} x where x.tenant_id = $1 and x.${ident(c.column)} in (
           select id from ${ident(c.parent)} where tenant_id = $1 and seeker_id = $2) returning 1)
         select count(*)::int as n from d`,
        [tenantId, seekerId],
      );
      deleted[c.table] = (deleted[c.table] ?? 0) + Number((r[0] as { n: number }).n);
    }
    for (const t of cat.direct) {
      if (KEPT_ON_ERASURE.has(t)) continue;
      if (cat.keepWithoutSeeker.includes(t)) {
        await m.query(
          `update ${ident(t)} set seeker_id = null where tenant_id = $1 and seeker_id = $2`,
          [tenantId, seekerId],
        );
        continue;
      }
      const r = await m.query<{ n: number }[]>(
        `with d as (delete from ${ident(t)} where tenant_id = $1 and seeker_id = $2 returning 1)
         select count(*)::int as n from d`,
        [tenantId, seekerId],
      );
      deleted[t] = r[0].n;
    }
    const r = await m.query<{ n: number }[]>(
      `with d as (delete from seekers where tenant_id = $1 and id = $2 returning 1) select count(*)::int as n from d`,
      [tenantId, seekerId],
    );
    deleted.seekers = r[0].n;
    // Exports may hold the seeker's name and email; their files go (the rows stay, as history).
    await m.query(`update bulk_exports set file = null where tenant_id = $1 and file is not null`, [
      tenantId,
    ]);
    return deleted;
  }

  /**
   * A roster file waiting in an import may name the person and would bring them back: the
   * imports stop (their lease holders write nothing more) and their files and chunk reports go.
   * First, before any seeker row is touched: a chunk locks its import and then seekers, so
   * erasure takes the same order (it waits for a chunk in flight instead of deadlocking with it).
   * The chunk reports are deleted by a second statement, which sees a chunk that committed while
   * the first one waited.
   */
  private async stopRosterImports(m: EntityManager, tenantId: string): Promise<void> {
    const stopped = await m.query<{ id: string }[]>(
      `with stopped as (
         update roster_imports
            set file = null, lease_token = null, lease_until = null, finished_at = now(),
                status = 'failed',
                error = 'The import was stopped because a person''s data was erased; upload the file again.'
          where tenant_id = $1 and status in ('queued','running') returning id)
       select id from stopped`,
      [tenantId],
    );
    if (!stopped.length) return;
    await m.query(
      `delete from roster_import_chunks where tenant_id = $1 and import_id = any($2::uuid[])`,
      [tenantId, stopped.map((r) => r.id)],
    );
  }

  /** Every exportable row of the tenant, table by table. */
  tenantRows(ctx: TenantScope): Promise<Record<string, unknown[]>> {
    return this.run(ctx, async (m, tenantId) => {
      const cat = await this.tables();
      const out: Record<string, unknown[]> = {};
      for (const t of [...cat.columns.keys()].sort()) {
        out[t] = await m.query(
          `select ${this.select(cat, t)} from ${ident(t)} where tenant_id = $1`,
          [tenantId],
        );
      }
      return out;
    });
  }

  /** Deletes every row of the tenant in every tenant table; returns the tenant's user ids. */
  async eraseTenantRows(m: EntityManager, tenantId: string): Promise<string[]> {
    const cat = await this.tables();
    const users = (
      await m.query<{ userId: string }[]>(
        `select user_id as "userId" from memberships where tenant_id = $1`,
        [tenantId],
      )
    ).map((u) => u.userId);
    // Foreign keys between tenant tables cascade or set null, but not all point the same way:
    // retry what a reference still blocks until nothing is left.
    let left = [...cat.columns.keys()].filter((t) => t !== 'audit_events');
    for (let round = 0; round < 10 && left.length; round++) {
      const blocked: string[] = [];
      for (const t of left) {
        await m.query('savepoint erase_table');
        try {
          await m.query(`delete from ${ident(t)} where tenant_id = $1`, [tenantId]);
          await m.query('release savepoint erase_table');
        } catch {
          await m.query('rollback to savepoint erase_table');
          blocked.push(t);
        }
      }
      left = blocked;
    }
    if (left.length) throw new Error(`could not empty ${left.join(', ')}`);
    return users;
  }

  allSeekerIds(ctx: TenantScope): Promise<string[]> {
    return this.run(ctx, async (m, tenantId) =>
      (
        await m.query<{ id: string }[]>(`select id from seekers where tenant_id = $1`, [tenantId])
      ).map((r) => r.id),
    );
  }

  /**
   * Removes sign-in accounts left with no membership in any organization (a cross-tenant
   * question, answered by the one definer function made for it).
   */
  async deleteOrphanUsers(userIds: string[]): Promise<void> {
    await this.db.global((m) =>
      m.query(`delete from users where id in (select auth_users_without_memberships($1::uuid[]))`, [
        userIds,
      ]),
    );
  }
}
