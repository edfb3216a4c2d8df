import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v7 } from 'uuid';
import type { Role, Scope, TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { TenantRepository } from '../../platform/database/tenant.repository.js';
import type { Cursor } from '../../platform/graphql/pagination.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { UserEntity } from './entities/user.entity.js';

export interface StaffRow {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  seekerId: string | null;
  status: 'active' | 'disabled';
  createdAt: Date;
}

export interface MembershipChoice {
  tenantId: string;
  membershipId: string;
  role: Role;
  seekerId: string | null;
  tenantSlug: string;
  tenantName: string;
}

const STAFF_COLUMNS = `m.id, m.user_id as "userId", u.name, u.email, m.role, m.seeker_id as "seekerId",
  m.status, m.created_at as "createdAt"`;

@Injectable()
export class IdentityRepository extends TenantRepository {
  constructor(db: DatabaseService) {
    super(db);
  }

  // Users are global: one person, many tenants.

  findUserByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    const work = (m: EntityManager) => m.getRepository(UserEntity).findOneBy({ email });
    return manager ? work(manager) : this.db.global(work);
  }

  findUserById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    const work = (m: EntityManager) => m.getRepository(UserEntity).findOneBy({ id });
    return manager ? work(manager) : this.db.global(work);
  }

  async insertUser(
    manager: EntityManager,
    user: { email: string; name: string; passwordHash: string | null },
  ): Promise<string> {
    const id = v7();
    await manager.query(
      `insert into users (id, email, name, password_hash, password_changed_at) values ($1, $2, $3, $4, now())`,
      [id, user.email, user.name, user.passwordHash],
    );
    return id;
  }

  async setPasswordHash(userId: string, hash: string, manager?: EntityManager): Promise<void> {
    const work = async (m: EntityManager) => {
      await m.query(
        `update users set password_hash = $2, password_changed_at = now() where id = $1`,
        [userId, hash],
      );
    };
    await (manager ? work(manager) : this.db.global(work));
  }

  /** Through the one SECURITY DEFINER function: which tenants this user may sign in to. */
  membershipsForUser(userId: string): Promise<MembershipChoice[]> {
    return this.db.global((m) =>
      m.query(
        `select tenant_id as "tenantId", membership_id as "membershipId", role, seeker_id as "seekerId",
                tenant_slug as "tenantSlug", tenant_name as "tenantName"
           from auth_memberships_for_user($1)`,
        [userId],
      ),
    );
  }

  /**
   * Whether staff of the tenant must sign in through its IdP. Read here, by SQL, so password
   * sign-in does not depend on the SSO module (which depends on this one).
   */
  async ssoRequiredForStaff(ctx: TenantScope): Promise<boolean> {
    const rows: { required: boolean }[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `select exists(select 1 from sso_connections
                        where tenant_id = $1 and enabled and require_for_staff) as required`,
        [tenantId],
      ),
    );
    return rows[0]?.required === true;
  }

  // Memberships

  async staffById(ctx: TenantScope, membershipId: string): Promise<StaffRow | null> {
    const [row] = await this.staffByIds(ctx, [membershipId]);
    return row ?? null;
  }

  staffByIds(ctx: TenantScope, ids: readonly string[]): Promise<StaffRow[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select ${STAFF_COLUMNS} from memberships m join users u on u.id = m.user_id
          where m.tenant_id = $1 and m.id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
  }

  staffPage(
    ctx: TenantScope,
    args: { first: number; cursor: Cursor | null; roles: readonly Role[] },
  ): Promise<(StaffRow & Cursor)[]> {
    return this.run(ctx, (m, tenantId) => {
      const params: unknown[] = [tenantId, args.roles];
      let cond = '';
      if (args.cursor) {
        params.push(args.cursor.createdAt, args.cursor.id);
        cond = ' and (m.created_at, m.id) > ($3, $4)';
      }
      params.push(args.first + 1);
      return m.query(
        `select ${STAFF_COLUMNS} from memberships m join users u on u.id = m.user_id
          where m.tenant_id = $1 and m.role = any($2::text[])${cond}
          order by m.created_at, m.id limit $${params.length}`,
        params,
      );
    });
  }

  async insertMembership(
    ctx: TenantScope,
    row: { userId: string; role: Role; seekerId: string | null },
  ): Promise<string> {
    const id = v7();
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into memberships (tenant_id, id, user_id, role, seeker_id) values ($1, $2, $3, $4, $5)`,
        [tenantId, id, row.userId, row.role, row.seekerId],
      ),
    );
    return id;
  }

  async membershipOfUser(ctx: TenantScope, userId: string): Promise<StaffRow | null> {
    const rows: StaffRow[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `select ${STAFF_COLUMNS} from memberships m join users u on u.id = m.user_id
          where m.tenant_id = $1 and m.user_id = $2`,
        [tenantId, userId],
      ),
    );
    return rows[0] ?? null;
  }

  // Refresh tokens

  async insertRefreshToken(
    ctx: TenantScope,
    row: { id: string; familyId: string; membershipId: string; tokenHash: Buffer; expiresAt: Date },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `insert into refresh_tokens (tenant_id, id, family_id, membership_id, token_hash, expires_at)
         values ($1, $2, $3, $4, $5, $6)`,
        [tenantId, row.id, row.familyId, row.membershipId, row.tokenHash, row.expiresAt],
      ),
    );
  }

  lockRefreshToken(ctx: TenantScope, id: string): Promise<RefreshTokenEntity | null> {
    return this.run(ctx, (m, tenantId) =>
      m
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tenant_id = :tenantId and t.id = :id', { tenantId, id })
        .getOne(),
    );
  }

  async markRefreshTokenUsed(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(`update refresh_tokens set used_at = now() where tenant_id = $1 and id = $2`, [
        tenantId,
        id,
      ]),
    );
  }

  async revokeFamily(ctx: TenantScope, familyId: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update refresh_tokens set revoked_at = coalesce(revoked_at, now())
          where tenant_id = $1 and family_id = $2`,
        [tenantId, familyId],
      ),
    );
  }

  /**
   * Whether an access token still speaks for its person: the membership is active with the role
   * the token names, and (when it names one) its sign-in has not been ended.
   */
  async accessStillValid(
    ctx: TenantScope,
    claims: { membershipId: string; role: Role; sessionId: string | null },
  ): Promise<boolean> {
    const rows: { ok: boolean }[] = await this.run(ctx, (m, tenantId) =>
      m.query(
        `select exists(select 1 from memberships
                        where tenant_id = $1 and id = $2 and status = 'active' and role = $3)
            and ($4::uuid is null or not exists(
                  select 1 from refresh_tokens
                   where tenant_id = $1 and family_id = $4 and revoked_at is not null)) as ok`,
        [tenantId, claims.membershipId, claims.role, claims.sessionId],
      ),
    );
    return rows[0]?.ok === true;
  }

  /** Locks the tenant's active owners, so two demotions cannot each leave the other last. */
  activeOwnerIds(ctx: TenantScope): Promise<{ id: string }[]> {
    return this.run(ctx, (m, tenantId) =>
      m.query(
        `select id from memberships where tenant_id = $1 and role = 'owner' and status = 'active'
          order by id for update`,
        [tenantId],
      ),
    );
  }

  async setMembership(
    ctx: TenantScope,
    id: string,
    change: { role?: Role; status?: 'active' | 'disabled' },
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update memberships set role = coalesce($3, role), status = coalesce($4, status)
          where tenant_id = $1 and id = $2`,
        [tenantId, id, change.role ?? null, change.status ?? null],
      ),
    );
  }

  async revokeAllForMembership(ctx: TenantScope, membershipId: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update refresh_tokens set revoked_at = coalesce(revoked_at, now())
          where tenant_id = $1 and membership_id = $2 and revoked_at is null`,
        [tenantId, membershipId],
      ),
    );
  }

  /** Maintenance: spent and expired tokens older than a day carry no information we need. */
  async purgeExpiredTokens(ctx: TenantScope): Promise<number> {
    return this.run(ctx, async (m, tenantId) => {
      const res: [unknown[], number] = await m.query(
        `delete from refresh_tokens where tenant_id = $1 and expires_at < now() - interval '1 day'`,
        [tenantId],
      );
      return res[1];
    });
  }

  // Invitations

  async insertInvitation(
    ctx: TenantScope,
    row: Omit<InvitationEntity, 'tenantId' | 'createdAt' | 'acceptedAt' | 'revokedAt'>,
  ): Promise<InvitationEntity> {
    return this.run(ctx, async (m, tenantId) => {
      const repo = m.getRepository(InvitationEntity);
      await repo.insert({ ...row, tenantId });
      return repo.findOneByOrFail({ tenantId, id: row.id });
    });
  }

  lockInvitation(ctx: TenantScope, id: string): Promise<InvitationEntity | null> {
    return this.run(ctx, (m, tenantId) =>
      m
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.tenant_id = :tenantId and i.id = :id', { tenantId, id })
        .getOne(),
    );
  }

  findInvitation(ctx: TenantScope, id: string): Promise<InvitationEntity | null> {
    return this.run(ctx, (m, tenantId) =>
      m.getRepository(InvitationEntity).findOneBy({ tenantId, id }),
    );
  }

  async updateInvitation(
    ctx: TenantScope,
    id: string,
    change: Partial<Pick<InvitationEntity, 'acceptedAt' | 'revokedAt'>>,
  ): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.getRepository(InvitationEntity).update({ tenantId, id }, change),
    );
  }

  invitationPage(
    ctx: TenantScope,
    args: { first: number; cursor: Cursor | null; pendingOnly: boolean },
  ): Promise<InvitationEntity[]> {
    return this.run(ctx, (m, tenantId) => {
      const qb = m
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .where('i.tenant_id = :tenantId', { tenantId });
      if (args.pendingOnly) {
        qb.andWhere('i.accepted_at is null and i.revoked_at is null and i.expires_at > now()');
      }
      if (args.cursor) {
        qb.andWhere('(i.created_at, i.id) > (:c, :cid)', {
          c: args.cursor.createdAt,
          cid: args.cursor.id,
        });
      }
      return qb
        .orderBy('i.created_at')
        .addOrderBy('i.id')
        .limit(args.first + 1)
        .getMany();
    });
  }

  // API keys

  async insertApiKey(
    ctx: TenantScope,
    row: {
      id: string;
      name: string;
      scopes: Scope[];
      secretHash: Buffer;
      createdBy: string | null;
      expiresAt: Date | null;
    },
  ): Promise<ApiKeyEntity> {
    return this.run(ctx, async (m, tenantId) => {
      const repo = m.getRepository(ApiKeyEntity);
      await repo.insert({ ...row, tenantId });
      return repo.findOneByOrFail({ tenantId, id: row.id });
    });
  }

  findApiKey(ctx: TenantScope, id: string): Promise<ApiKeyEntity | null> {
    return this.run(ctx, (m, tenantId) =>
      m.getRepository(ApiKeyEntity).findOneBy({ tenantId, id }),
    );
  }

  /** At most one write a minute per key: last-used is for people, not an audit trail. */
  async touchApiKey(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update api_keys set last_used_at = now()
          where tenant_id = $1 and id = $2
            and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [tenantId, id],
      ),
    );
  }

  async revokeApiKey(ctx: TenantScope, id: string): Promise<void> {
    await this.run(ctx, (m, tenantId) =>
      m.query(
        `update api_keys set revoked_at = coalesce(revoked_at, now()) where tenant_id = $1 and id = $2`,
        [tenantId, id],
      ),
    );
  }

  apiKeyPage(
    ctx: TenantScope,
    args: { first: number; cursor: Cursor | null },
  ): Promise<ApiKeyEntity[]> {
    return this.run(ctx, (m, tenantId) => {
      const qb = m
        .getRepository(ApiKeyEntity)
        .createQueryBuilder('k')
        .where('k.tenant_id = :tenantId', { tenantId });
      if (args.cursor) {
        qb.andWhere('(k.created_at, k.id) > (:c, :cid)', {
          c: args.cursor.createdAt,
          cid: args.cursor.id,
        });
      }
      return qb
        .orderBy('k.created_at')
        .addOrderBy('k.id')
        .limit(args.first + 1)
        .getMany();
    });
  }
}
