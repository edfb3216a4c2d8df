/**
 * Every read of a seeker, and of what hangs off one, carries the caller's visibility in SQL:
 * staff who see everyone get `true`, a coach gets an `exists` on their assignments, a seeker gets
 * their own id. Filtering in the query (not after it) keeps pages full and counts honest.
 * Batch reads take all keys at once (`= any($2)`) so a page of seekers costs one statement per
 * nested field, not one per seeker.
 */
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  seesAllSeekers,
  type Principal,
  type TenantScope,
} from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import type { Cursor } from '../../platform/graphql/pagination.js';
import type { CoachNoteEntity } from './entities/coach-note.entity.js';
import type { ConsentEntity, ConsentKind, ConsentSource } from './entities/consent.entity.js';
import type { CareerStage, SeekerEntity, SeekerStatus } from './entities/seeker.entity.js';
import type { SeekerProfilePatch } from './inputs/seeker-profile.input.js';
import { SeekerErrors } from './seekers.errors.js';

export type SeekerVisibility =
  | { kind: 'all' }
  | { kind: 'assigned'; membershipId: string }
  | { kind: 'self'; seekerId: string }
  | { kind: 'none' };

/** Which seekers a principal may see at all; every seeker query applies this. */
export function seekerVisibility(p: Principal): SeekerVisibility {
  if (seesAllSeekers(p)) return { kind: 'all' };
  if (p.kind !== 'user') return { kind: 'none' };
  if (p.role === 'coach') return { kind: 'assigned', membershipId: p.membershipId };
  if (p.role === 'seeker' && p.seekerId) return { kind: 'self', seekerId: p.seekerId };
  return { kind: 'none' };
}

/** Makes user text match literally inside an ILIKE pattern (backslash is the escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Numbered parameters for SQL assembled from optional parts. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function visibleSql(v: SeekerVisibility, alias: string, p: Params): string {
  switch (v.kind) {
    case 'all':
      return 'true';
    case 'assigned':
      return `exists (select 1 from seeker_coaches vc where vc.tenant_id = ${alias}.tenant_id
        and vc.seeker_id = ${alias}.id and vc.membership_id = ${p.add(v.membershipId)}::uuid)`;
    case 'self':
      return `${alias}.id = ${p.add(v.seekerId)}::uuid`;
    case 'none':
      return 'false';
  }
}

/** Keyset condition after a cursor; created_at is stored at millisecond precision like the cursor. */
function afterSql(alias: string, after: Cursor, p: Params): string {
  return `(${alias}.created_at, ${alias}.id) > (${p.add(after.createdAt)}::timestamptz, ${p.add(after.id)}::uuid)`;
}

const SEEKER_COLUMNS = `s.tenant_id as "tenantId", s.id, s.name, s.email, s.x_handle as "xHandle",
  s.headline, s.target_roles as "targetRoles", s.industries, s.locations,
  s.career_stage as "careerStage", s.status, s.activated_at as "activatedAt",
  s.archived_at as "archivedAt", s.created_at as "createdAt", s.updated_at as "updatedAt"`;

const NOTE_COLUMNS = `n.tenant_id as "tenantId", n.id, n.seeker_id as "seekerId",
  n.author_id as "authorId", n.body, n.created_at as "createdAt"`;

const CONSENT_COLUMNS = `c.tenant_id as "tenantId", c.id, c.seeker_id as "seekerId", c.kind,
  c.scope, c.source, c.recorded_by as "recordedBy", c.granted_at as "grantedAt",
  c.revoked_at as "revokedAt", c.revoke_source as "revokeSource"`;

const PATCH_COLUMNS: Record<keyof SeekerProfilePatch, string> = {
  name: 'name',
  email: 'email',
  headline: 'headline',
  targetRoles: 'target_roles',
  industries: 'industries',
  locations: 'locations',
  careerStage: 'career_stage',
};

/** node-postgres through TypeORM answers UPDATE and DELETE with [rows, rowCount]. */
type Changed<T> = [T[], number];

function uniqueViolation(err: unknown): string | null {
  if (!(err instanceof QueryFailedError)) return null;
  const e = err.driverError as { code?: string; constraint?: string };
  return e.code === '23505' ? (e.constraint ?? '') : null;
}

/** Turns the unique violations a seeker write can hit into the CONFLICT the caller can act on. */
async function seekerConflicts<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const constraint = uniqueViolation(err);
    if (constraint === 'seekers_email_uq') throw SeekerErrors.emailTaken();
    if (constraint === 'seekers_x_handle_uq') throw SeekerErrors.handleTaken();
    throw err;
  }
}

export interface NewSeeker {
  id: string;
  name: string;
  email: string;
  headline: string | null;
  targetRoles: string[];
  industries: string[];
  locations: string[];
  careerStage: CareerStage;
}

export interface SeekerFilter {
  status?: SeekerStatus;
  /** Already trimmed; matched as a substring of name or email. */
  search?: string;
  /** Only seekers assigned to this membership. */
  assignedTo?: string;
  after: Cursor | null;
  limit: number;
}

@Injectable()
export class SeekersRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  // Seekers

  /**
   * The seeker if the caller may see it. `lock` holds the row until the transaction ends; the
   * no-key lock still lets notes, consents and assignments reference the row meanwhile.
   */
  findVisible(
    ctx: TenantScope,
    id: string,
    opts: { lock?: boolean } = {},
  ): Promise<SeekerEntity | null> {
    return this.run(ctx, async (m, tenantId) => {
      const p = new Params();
      const sql = `select ${SEEKER_COLUMNS} from seekers s
        where s.tenant_id = ${p.add(tenantId)} and s.id = ${p.add(id)}::uuid
          and ${visibleSql(seekerVisibility(ctx.principal), 's', p)}
        ${opts.lock ? 'for no key update of s' : ''}`;
      const rows = await m.query<SeekerEntity[]>(sql, p.values);
      return rows[0] ?? null;
    });
  }

  list(ctx: TenantScope, f: SeekerFilter): Promise<SeekerEntity[]> {
    return this.run(ctx, (m, tenantId) => {
      const p = new Params();
      const tenant = p.add(tenantId);
      const where = [
        `s.tenant_id = ${tenant}`,
        visibleSql(seekerVisibility(ctx.principal), 's', p),
      ];
      if (f.status) where.push(`s.status = ${p.add(f.status)}`);
      if (f.search) {
        const pattern = p.add(`%${escapeLike(f.search)}%`);
        where.push(`(s.name ilike ${pattern} or s.email::text ilike ${pattern})`);
      }
      if (f.assignedTo) {
        where.push(`exists (select 1 from seeker_coaches mc where mc.tenant_id = s.tenant_id
          and mc.seeker_id = s.id and mc.membership_id = ${p.add(f.assignedTo)}::uuid)`);
      }
      if (f.after) where.push(afterSql('s', f.after, p));
      const sql = `select ${SEEKER_COLUMNS} from seekers s where ${where.join(' and ')}
        order by s.created_at, s.id limit ${p.add(f.limit)}`;
      return m.query<SeekerEntity[]>(sql, p.values);
    });
  }

  /** The seekers among `ids` the caller may see, in one statement. */
  /** Every seeker the caller may see that is not archived, by name (a caseload). */
  visibleList(ctx: TenantScope, limit: number): Promise<SeekerEntity[]> {
    return this.run(ctx, (m, tenantId) => {
      const p = new Params();
      const sql = `select ${SEEKER_COLUMNS} from seekers s
        where s.tenant_id = ${p.add(tenantId)} and s.status <> 'archived'
          and ${visibleSql(seekerVisibility(ctx.principal), 's', p)}
        order by s.name, s.id limit ${p.add(limit)}`;
      return m.query<SeekerEntity[]>(sql, p.values);
    });
  }

  visibleByIds(ctx: TenantScope, ids: readonly string[]): Promise<SeekerEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.run(ctx, (m, tenantId) => {
      const p = new Params();
      const sql = `select ${SEEKER_COLUMNS} from seekers s
        where s.tenant_id = ${p.add(tenantId)} and s.id = any(${p.add(ids)}::uuid[])
          and ${visibleSql(seekerVisibility(ctx.principal), 's', p)}
        order by s.created_at, s.id`;
      return m.query<SeekerEntity[]>(sql, p.values);
    });
  }

  insert(ctx: TenantScope, s: NewSeeker): Promise<SeekerEntity> {
    return seekerConflicts(
      this.run(ctx, async (m, tenantId) => {
        const rows = await m.query<SeekerEntity[]>(
          `insert into seekers as s (tenant_id, id, name, email, headline, target_roles,
             industries, locations, career_stage)
           values ($1, $2, $3, $4, $5, $6::text[], $7::text[], $8::text[], $9)
           returning ${SEEKER_COLUMNS}`,
          [
            tenantId,
            s.id,
            s.name,
            s.email,
            s.headline,
            s.targetRoles,
            s.industries,
            s.locations,
            s.careerStage,
          ],
        );
        return rows[0];
      }),
    );
  }

  /** Writes the fields present in `patch` and bumps updated_at. */
  update(ctx: TenantScope, id: string, patch: SeekerProfilePatch): Promise<SeekerEntity | null> {
    return seekerConflicts(
      this.run(ctx, async (m, tenantId) => {
        const p = new Params();
        const tenant = p.add(tenantId);
        const seeker = p.add(id);
        const sets = ['updated_at = now()'];
        for (const key of Object.keys(PATCH_COLUMNS) as (keyof SeekerProfilePatch)[]) {
          const value = patch[key];
          if (value !== undefined) sets.push(`${PATCH_COLUMNS[key]} = ${p.add(value)}`);
        }
        const [rows] = await m.query<Changed<SeekerEntity>>(
          `update seekers as s set ${sets.join(', ')}
           where s.tenant_id = ${tenant} and s.id = ${seeker}::uuid returning ${SEEKER_COLUMNS}`,
          p.values,
        );
        return rows[0] ?? null;
      }),
    );
  }

  /** Takes a seat: the caller must hold the licence lock and have counted the seats. */
  activate(ctx: TenantScope, id: string): Promise<SeekerEntity | null> {
    return this.setColumns(
      ctx,
      id,
      `status = 'active', activated_at = now(), archived_at = null, updated_at = now()`,
    );
  }

  /** Gives the seat back; activated_at stays as history. */
  archive(ctx: TenantScope, id: string): Promise<SeekerEntity | null> {
    return this.setColumns(ctx, id, `status = 'archived', archived_at = now(), updated_at = now()`);
  }

  touch(ctx: TenantScope, id: string): Promise<SeekerEntity | null> {
    return this.setColumns(ctx, id, `updated_at = now()`);
  }

  setXHandle(ctx: TenantScope, id: string, handle: string | null): Promise<SeekerEntity | null> {
    return seekerConflicts(
      this.run(ctx, async (m, tenantId) => {
        const [rows] = await m.query<Changed<SeekerEntity>>(
          `update seekers as s set x_handle = $3, updated_at = now()
           where s.tenant_id = $1 and s.id = $2 returning ${SEEKER_COLUMNS}`,
          [tenantId, id, handle],
        );
        return rows[0] ?? null;
      }),
    );
  }

  private setColumns(ctx: TenantScope, id: string, sets: string): Promise<SeekerEntity | null> {
    return this.run(ctx, async (m, tenantId) => {
      const [rows] = await m.query<Changed<SeekerEntity>>(
        `update seekers as s set ${sets}
         where s.tenant_id = $1 and s.id = $2 returning ${SEEKER_COLUMNS}`,
        [tenantId, id],
      );
      return rows[0] ?? null;
    });
  }

  // Coach assignments

  /** True if the assignment is new; assigning twice is a no-op. */
  addCoach(ctx: TenantScope, seekerId: string, membershipId: string): Promise<boolean> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<unknown[]>(
        `insert into seeker_coaches (tenant_id, seeker_id, membership_id) values ($1, $2, $3)
         on conflict do nothing returning 1`,
        [tenantId, seekerId, membershipId],
      );
      return rows.length > 0;
    });
  }

  /** True if an assignment was removed. */
  removeCoach(ctx: TenantScope, seekerId: string, membershipId: string): Promise<boolean> {
    return this.run(ctx, async (m, tenantId) => {
      const [, count] = await m.query<Changed<unknown>>(
        `delete from seeker_coaches where tenant_id = $1 and seeker_id = $2 and membership_id = $3`,
        [tenantId, seekerId, membershipId],
      );
      return count > 0;
    });
  }

  coachLinks(
    ctx: TenantScope,
    seekerIds: readonly string[],
  ): Promise<{ seekerId: string; membershipId: string }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<{ seekerId: string; membershipId: string }[]>(
        `select seeker_id as "seekerId", membership_id as "membershipId" from seeker_coaches
         where tenant_id = $1 and seeker_id = any($2::uuid[]) order by created_at, membership_id`,
        [tenantId, seekerIds],
      ),
    );
  }

  // Seats

  async seatCounts(ctx: TenantScope): Promise<{ used: number; unassigned: number }> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<{ used: number; unassigned: number }[]>(
        `select count(*)::int as used,
           (count(*) filter (where not exists (select 1 from seeker_coaches sc
             where sc.tenant_id = s.tenant_id and sc.seeker_id = s.id)))::int as unassigned
         from seekers s where s.tenant_id = $1 and s.status = 'active'`,
        [tenantId],
      );
      return rows[0] ?? { used: 0, unassigned: 0 };
    });
  }

  /** Each coach with any assignment, and how many of their seekers are active. */
  activeByCoach(ctx: TenantScope): Promise<{ membershipId: string; activeSeekers: number }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<{ membershipId: string; activeSeekers: number }[]>(
        `select sc.membership_id as "membershipId",
           (count(*) filter (where s.status = 'active'))::int as "activeSeekers"
         from seeker_coaches sc
         join seekers s on s.tenant_id = sc.tenant_id and s.id = sc.seeker_id
         where sc.tenant_id = $1 and s.tenant_id = $1
         group by sc.membership_id
         order by "activeSeekers" desc, sc.membership_id`,
        [tenantId],
      ),
    );
  }

  // Coach notes

  insertNote(
    ctx: TenantScope,
    note: { id: string; seekerId: string; authorId: string | null; body: string },
  ): Promise<CoachNoteEntity> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<CoachNoteEntity[]>(
        `insert into coach_notes as n (tenant_id, id, seeker_id, author_id, body)
         values ($1, $2, $3, $4, $5) returning ${NOTE_COLUMNS}`,
        [tenantId, note.id, note.seekerId, note.authorId, note.body],
      );
      return rows[0];
    });
  }

  /** The note if the caller may see the seeker it belongs to. */
  findVisibleNote(ctx: TenantScope, id: string): Promise<CoachNoteEntity | null> {
    return this.findVisibleChild<CoachNoteEntity>(ctx, 'coach_notes n', NOTE_COLUMNS, 'n', id);
  }

  /**
   * A row hanging off a seeker (a note, a consent), found by id only if the caller may see that
   * seeker: the same rule as the seeker itself, so node(id) reveals nothing more.
   */
  private findVisibleChild<T>(
    ctx: TenantScope,
    tableWithAlias: 'coach_notes n' | 'consents c',
    columns: string,
    alias: 'n' | 'c',
    id: string,
  ): Promise<T | null> {
    return this.run(ctx, async (m, tenantId) => {
      const p = new Params();
      const tenant = p.add(tenantId);
      const rows = await m.query<T[]>(
        `select ${columns} from ${tableWithAlias}
         join seekers s on s.tenant_id = ${alias}.tenant_id and s.id = ${alias}.seeker_id
         where ${alias}.tenant_id = ${tenant} and s.tenant_id = ${tenant} and ${alias}.id = ${p.add(id)}::uuid
           and ${visibleSql(seekerVisibility(ctx.principal), 's', p)}`,
        p.values,
      );
      return rows[0] ?? null;
    });
  }

  /** The newest note of each seeker, in one statement. */
  latestNotes(ctx: TenantScope, seekerIds: readonly string[]): Promise<CoachNoteEntity[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<CoachNoteEntity[]>(
        `select distinct on (n.seeker_id) ${NOTE_COLUMNS} from coach_notes n
         where n.tenant_id = $1 and n.seeker_id = any($2::uuid[])
         order by n.seeker_id, n.created_at desc, n.id desc`,
        [tenantId, seekerIds],
      ),
    );
  }

  /** One page of notes for each seeker (same `after` and size for all), in one statement. */
  notePages(
    ctx: TenantScope,
    seekerIds: readonly string[],
    after: Cursor | null,
    limit: number,
  ): Promise<CoachNoteEntity[]> {
    return this.run(ctx, (m, tenantId) => {
      const p = new Params();
      const tenant = p.add(tenantId);
      const keys = p.add(seekerIds);
      const cursor = after ? `and ${afterSql('n', after, p)}` : '';
      return m.query<CoachNoteEntity[]>(
        `select ${NOTE_COLUMNS} from unnest(${keys}::uuid[]) as wanted(seeker_id)
         cross join lateral (
           select * from coach_notes n
           where n.tenant_id = ${tenant} and n.seeker_id = wanted.seeker_id ${cursor}
           order by n.created_at, n.id
           limit ${p.add(limit)}
         ) n`,
        p.values,
      );
    });
  }

  // Consents. Times come from clock_timestamp(), not now(): grants of one seeker queue on the
  // seeker row lock, and now() (transaction start) would date a later grant before an earlier one.

  consentsOf(ctx: TenantScope, seekerIds: readonly string[]): Promise<ConsentEntity[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query<ConsentEntity[]>(
        `select ${CONSENT_COLUMNS} from consents c
         where c.tenant_id = $1 and c.seeker_id = any($2::uuid[])
         order by c.granted_at desc, c.id desc`,
        [tenantId, seekerIds],
      ),
    );
  }

  /** The consent if the caller may see the seeker it belongs to. */
  findVisibleConsent(ctx: TenantScope, id: string): Promise<ConsentEntity | null> {
    return this.findVisibleChild<ConsentEntity>(ctx, 'consents c', CONSENT_COLUMNS, 'c', id);
  }

  findStandingConsent(
    ctx: TenantScope,
    seekerId: string,
    kind: ConsentKind,
  ): Promise<ConsentEntity | null> {
    return this.run(ctx, async (m, tenantId) => {
      const rows = await m.query<ConsentEntity[]>(
        `select ${CONSENT_COLUMNS} from consents c
         where c.tenant_id = $1 and c.seeker_id = $2 and c.kind = $3 and c.revoked_at is null`,
        [tenantId, seekerId, kind],
      );
      return rows[0] ?? null;
    });
  }

  /** Ends the standing grant of a kind, if any, so a new one can take its place. */
  async revokeStanding(
    ctx: TenantScope,
    seekerId: string,
    kind: ConsentKind,
    source: ConsentSource,
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query<unknown>(
        `update consents set revoked_at = clock_timestamp(), revoke_source = $4
         where tenant_id = $1 and seeker_id = $2 and kind = $3 and revoked_at is null`,
        [tenantId, seekerId, kind, source],
      ),
    );
  }

  async insertConsent(
    ctx: TenantScope,
    c: {
      id: string;
      seekerId: string;
      kind: ConsentKind;
      scope: string | null;
      source: ConsentSource;
      recordedBy: string | null;
    },
  ): Promise<ConsentEntity> {
    try {
      return await this.run(ctx, async (m, tenantId) => {
        const rows = await m.query<ConsentEntity[]>(
          `insert into consents as c (tenant_id, id, seeker_id, kind, scope, source, recorded_by,
             granted_at)
           values ($1, $2, $3, $4, $5, $6, $7, clock_timestamp()) returning ${CONSENT_COLUMNS}`,
          [tenantId, c.id, c.seekerId, c.kind, c.scope, c.source, c.recordedBy],
        );
        return rows[0];
      });
    } catch (err) {
      if (uniqueViolation(err) === 'consents_active_uq') throw SeekerErrors.consentRace();
      throw err;
    }
  }

  /** Revokes one grant; null if it was already revoked. */
  revokeConsent(
    ctx: TenantScope,
    id: string,
    source: ConsentSource,
  ): Promise<ConsentEntity | null> {
    return this.run(ctx, async (m, tenantId) => {
      const [rows] = await m.query<Changed<ConsentEntity>>(
        `update consents as c set revoked_at = clock_timestamp(), revoke_source = $3
         where c.tenant_id = $1 and c.id = $2 and c.revoked_at is null
         returning ${CONSENT_COLUMNS}`,
        [tenantId, id, source],
      );
      return rows[0] ?? null;
    });
  }
}
