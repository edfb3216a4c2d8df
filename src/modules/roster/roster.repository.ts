import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import type { Cursor } from '../../platform/graphql/pagination.js';

export interface ScimTokenRow {
  tenantId: string;
  id: string;
  name: string;
  secretHash: Buffer;
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface RosterSeekerRow {
  id: string;
  name: string;
  email: string;
  status: 'invited' | 'active' | 'archived';
  externalId: string | null;
  userName: string | null;
  cohort: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const TOKEN_COLUMNS = `tenant_id as "tenantId", id, name, secret_hash as "secretHash",
  created_by as "createdBy", last_used_at as "lastUsedAt", revoked_at as "revokedAt",
  created_at as "createdAt"`;

const SEEKER_COLUMNS = `id, name, email::text as email, status, external_id as "externalId",
  scim_user_name::text as "userName", roster_cohort as cohort, created_at as "createdAt",
  updated_at as "updatedAt"`;

@Injectable()
export class RosterRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  // SCIM tokens

  insertToken(
    ctx: TenantScope,
    row: { id: string; name: string; secretHash: Buffer; createdBy: string | null },
  ): Promise<ScimTokenRow> {
    return this.run(ctx, async (m, tenantId) => {
      const rows: ScimTokenRow[] = await m.query(
        `insert into scim_tokens (tenant_id, id, name, secret_hash, created_by)
         values ($1, $2, $3, $4, $5) returning ${TOKEN_COLUMNS}`,
        [tenantId, row.id, row.name, row.secretHash, row.createdBy],
      );
      return rows[0];
    });
  }

  findToken(ctx: TenantScope, id: string): Promise<ScimTokenRow | null> {
    return this.run(ctx, async (m, tenantId) => {
      const rows: ScimTokenRow[] = await m.query(
        `select ${TOKEN_COLUMNS} from scim_tokens where tenant_id = $1 and id = $2`,
        [tenantId, id],
      );
      return rows[0] ?? null;
    });
  }

  async revokeToken(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update scim_tokens set revoked_at = coalesce(revoked_at, now()) where tenant_id = $1 and id = $2`,
        [tenantId, id],
      ),
    );
  }

  /** At most one write a minute per token, like API keys. */
  async touchToken(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update scim_tokens set last_used_at = now() where tenant_id = $1 and id = $2
           and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [tenantId, id],
      ),
    );
  }

  tokenPage(ctx: TenantScope, args: { first: number; cursor: Cursor | null }) {
    return this.run(ctx, (m, tenantId): Promise<ScimTokenRow[]> => {
      const params: unknown[] = [tenantId, args.first + 1];
      let after = '';
      if (args.cursor) {
        params.push(args.cursor.createdAt, args.cursor.id);
        after = 'and (created_at, id) > ($3, $4)';
      }
      return m.query(
        `select ${TOKEN_COLUMNS} from scim_tokens where tenant_id = $1 ${after}
         order by created_at, id limit $2`,
        params,
      );
    });
  }

  // Seekers as directory users

  /** A SCIM-provisioned seeker (one with a userName); others are not SCIM resources. */
  findScimSeeker(ctx: TenantScope, id: string, lock = false): Promise<RosterSeekerRow | null> {
    return this.run(ctx, async (m, tenantId) => {
      const rows: RosterSeekerRow[] = await m.query(
        `select ${SEEKER_COLUMNS} from seekers
          where tenant_id = $1 and id = $2 and scim_user_name is not null ${lock ? 'for update' : ''}`,
        [tenantId, id],
      );
      return rows[0] ?? null;
    });
  }

  /** Seekers holding any of the keys, for uniqueness checks and adoption. */
  findByKeys(
    ctx: TenantScope,
    keys: { userName?: string | null; externalId?: string | null; email?: string | null },
  ): Promise<RosterSeekerRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select ${SEEKER_COLUMNS} from seekers
          where tenant_id = $1
            and (scim_user_name = $2::citext or external_id = $3 or email = $4::citext)
          order by created_at, id`,
        [tenantId, keys.userName ?? null, keys.externalId ?? null, keys.email ?? null],
      ),
    );
  }

  listScim(
    ctx: TenantScope,
    filter: { attribute: 'userName' | 'externalId'; value: string } | null,
    page: { offset: number; limit: number },
  ): Promise<{ total: number; rows: RosterSeekerRow[] }> {
    return this.run(ctx, async (m, tenantId) => {
      // No filter: `$2::text is null` holds and the column test is skipped.
      const column = filter?.attribute === 'userName' ? 'scim_user_name::text' : 'external_id';
      const where = `tenant_id = $1 and scim_user_name is not null
        and ($2::text is null or ${filter?.attribute === 'userName' ? 'scim_user_name = $2::citext' : `${column} = $2`})`;
      const params: unknown[] = [tenantId, filter?.value ?? null];
      const counted: { total: number }[] = await m.query(
        `select count(*)::int as total from seekers where ${where}`,
        params,
      );
      const rows: RosterSeekerRow[] = page.limit
        ? await m.query(
            `select ${SEEKER_COLUMNS} from seekers where ${where}
              order by created_at, id offset $3 limit $4`,
            [...params, page.offset, page.limit],
          )
        : [];
      const total = counted[0]?.total ?? 0;
      return { total, rows };
    });
  }

  insertSeeker(
    m: EntityManager,
    tenantId: string,
    row: {
      id: string;
      name: string;
      email: string;
      externalId: string | null;
      userName: string | null;
      cohort: string | null;
    },
  ): Promise<void> {
    return m.query(
      `insert into seekers (tenant_id, id, name, email, career_stage, external_id, scim_user_name, roster_cohort)
       values ($1, $2, $3, $4, 'student', $5, $6, $7)`,
      [tenantId, row.id, row.name, row.email, row.externalId, row.userName, row.cohort],
    );
  }

  updateDirectoryFields(
    m: EntityManager,
    tenantId: string,
    id: string,
    row: {
      name: string;
      email: string;
      externalId: string | null;
      userName?: string | null;
      cohort?: string | null;
    },
  ): Promise<void> {
    return m.query(
      `update seekers set name = $3, email = $4, external_id = $5,
          scim_user_name = case when $6::boolean then $7::citext else scim_user_name end,
          roster_cohort = case when $8::boolean then $9 else roster_cohort end,
          updated_at = now()
        where tenant_id = $1 and id = $2`,
      [
        tenantId,
        id,
        row.name,
        row.email,
        row.externalId,
        row.userName !== undefined,
        row.userName ?? null,
        row.cohort !== undefined,
        row.cohort ?? null,
      ],
    );
  }

  /** DELETE: the directory forgets the seeker; the record stays for the coach (erasure is apart). */
  unlink(m: EntityManager, tenantId: string, id: string): Promise<void> {
    return m.query(
      `update seekers set scim_user_name = null, external_id = null, updated_at = now()
        where tenant_id = $1 and id = $2`,
      [tenantId, id],
    );
  }

  /**
   * Ends the seeker's own access now: their sign-in is disabled, refresh tokens revoked and open
   * invitations withdrawn. Access tokens already issued live out their few minutes.
   */
  async revokeSeekerAccess(m: EntityManager, tenantId: string, seekerId: string): Promise<void> {
    await m.query(
      `update refresh_tokens set revoked_at = coalesce(revoked_at, now())
        where tenant_id = $1 and revoked_at is null
          and membership_id in (select id from memberships where tenant_id = $1 and seeker_id = $2)`,
      [tenantId, seekerId],
    );
    await m.query(
      `update memberships set status = 'disabled' where tenant_id = $1 and seeker_id = $2`,
      [tenantId, seekerId],
    );
    await m.query(
      `update invitations set revoked_at = coalesce(revoked_at, now())
        where tenant_id = $1 and seeker_id = $2 and accepted_at is null`,
      [tenantId, seekerId],
    );
  }

  /** A reactivated seeker may sign in again. */
  async restoreSeekerAccess(m: EntityManager, tenantId: string, seekerId: string): Promise<void> {
    await m.query(
      `update memberships set status = 'active' where tenant_id = $1 and seeker_id = $2`,
      [tenantId, seekerId],
    );
  }
}
