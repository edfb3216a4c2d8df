/**
 * Sign-in, sessions (short-lived JWT + rotating refresh token families), invitations and staff.
 * A refresh token is single-use: presenting a spent one means it was stolen or replayed, so the
 * whole family is revoked (OAuth 2.0 Security BCP, refresh token rotation).
 */
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { v7 } from 'uuid';
import { mintToken, parseToken, secretMatches } from '@libs/tokens';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import {
  asTenantId,
  type Role,
  type TenantId,
  type TenantScope,
  type TxScope,
  systemScope,
} from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import {
  invalidCredentials,
  invalidInvitation,
  invalidRefreshToken,
  refreshTokenReused,
} from './identity.errors.js';
import { IdentityRepository, type StaffRow } from './identity.repository.js';
import { StaffMemberModel } from './models/staff-member.model.js';
import { PasswordService } from './password.service.js';

export interface AccessClaims {
  sub: string;
  tid: string;
  mid: string;
  role: Role;
  skr: string | null;
  /** The refresh-token family: one sign-in, so the audit can say which session acted. */
  sid?: string;
}

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  tenantId: TenantId;
  membership: StaffRow;
}

/** A spent refresh token presented again this soon is a race, not a theft (Auth0's reuse interval). */
export const REUSE_GRACE_MS = 10_000;

export const JWT_ISSUER = 'perch';
export const JWT_AUDIENCE = 'perch-api';

@Injectable()
export class IdentityService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DatabaseService,
    private readonly repo: IdentityRepository,
    private readonly passwords: PasswordService,
  ) {}

  // Sign-in and sessions

  async login(input: {
    email: string;
    password: string;
    tenantSlug?: string;
  }): Promise<IssuedSession> {
    const user = await this.repo.findUserByEmail(input.email);
    const ok = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok) throw invalidCredentials();
    if (this.passwords.needsRehash(user.passwordHash!)) {
      await this.repo.setPasswordHash(user.id, await this.passwords.hash(input.password));
    }
    const choices = await this.repo.membershipsForUser(user.id);
    const choice = input.tenantSlug
      ? choices.find((c) => c.tenantSlug === input.tenantSlug)
      : choices.length === 1
        ? choices[0]
        : undefined;
    if (!choice) {
      if (choices.length > 1 && !input.tenantSlug) {
        throw new AppError(
          'TENANT_REQUIRED',
          `You belong to several organizations; pick one with tenantSlug: ${choices.map((c) => c.tenantSlug).join(', ')}.`,
          ['tenantSlug'],
        );
      }
      // Unknown slug or no membership: the same answer as a wrong password.
      throw invalidCredentials();
    }
    const tenantId = asTenantId(choice.tenantId);
    const scope = systemScope(tenantId, 'sign-in');
    return this.db.tx(scope, async (tx) => {
      const membership = await this.repo.staffById(tx, choice.membershipId);
      // A disabled membership (a student deprovisioned by SCIM) signs in nowhere.
      if (!membership || membership.status !== 'active') throw invalidCredentials();
      // Owners keep their password as the break-glass way in when the IdP is down or
      // misconfigured; seekers are not staff. Checked after the password, so the answer tells
      // nothing to someone who does not know it.
      if (
        membership.role !== 'owner' &&
        membership.role !== 'seeker' &&
        (await this.repo.ssoRequiredForStaff(tx))
      ) {
        throw new AppError(
          'SSO_REQUIRED',
          `${choice.tenantName} requires single sign-on for staff: use "Sign in with SSO" with the organization ${choice.tenantSlug}.`,
        );
      }
      return this.issue(tx, membership, v7());
    });
  }

  /** A session for a person the SSO module has just authenticated, inside its transaction. */
  async issueForMembership(tx: TenantScope, membershipId: string): Promise<IssuedSession> {
    const membership = await this.repo.staffById(tx, membershipId);
    if (!membership || membership.status !== 'active') {
      throw new AppError('FORBIDDEN', 'This account is not active in the organization.');
    }
    return this.issue(tx, membership, v7());
  }

  /**
   * A person created by SSO just-in-time provisioning: no password (they sign in through their
   * IdP), one membership. Inside the caller's transaction so a refusal later leaves nothing.
   */
  async provisionSsoMember(
    tx: TxScope,
    input: { email: string; name: string; role: Role; seekerId: string | null },
  ): Promise<string> {
    const userId = await this.repo.insertUser(tx.manager, {
      email: input.email,
      name: input.name,
      passwordHash: null,
    });
    return this.repo.insertMembership(tx, {
      userId,
      role: input.role,
      seekerId: input.seekerId,
    });
  }

  /** Whether some account (any tenant, any way of signing in) already uses this email. */
  async emailTaken(email: string, tx: TxScope): Promise<boolean> {
    return (await this.repo.findUserByEmail(email, tx.manager)) !== null;
  }

  /** Switches the signed-in person to another of their tenants without a password. */
  async switchTenant(ctx: TenantScope, tenantSlug: string): Promise<IssuedSession> {
    if (ctx.principal.kind !== 'user')
      throw new AppError('FORBIDDEN', 'Only people switch tenants.');
    const current = await this.repo.staffById(ctx, ctx.principal.membershipId);
    if (!current) throw new AppError('UNAUTHENTICATED', 'Sign in again.');
    return this.switchForUser(current.userId, tenantSlug);
  }

  /** The console's switch: the person behind a session just refreshed from its cookie. */
  switchFrom(current: IssuedSession, tenantSlug: string): Promise<IssuedSession> {
    return this.switchForUser(current.membership.userId, tenantSlug);
  }

  private async switchForUser(userId: string, tenantSlug: string): Promise<IssuedSession> {
    const choices = await this.repo.membershipsForUser(userId);
    const choice = choices.find((c) => c.tenantSlug === tenantSlug);
    if (!choice) throw AppError.notFound('organization');
    const scope = systemScope(asTenantId(choice.tenantId), 'switch tenant');
    return this.db.tx(scope, async (tx) => {
      const membership = await this.repo.staffById(tx, choice.membershipId);
      if (!membership || membership.status !== 'active') throw AppError.notFound('organization');
      return this.issue(tx, membership, v7());
    });
  }

  async refresh(refreshToken: string): Promise<IssuedSession> {
    const parsed = parseToken(refreshToken, 'rt');
    if (!parsed) throw invalidRefreshToken();
    const scope = systemScope(asTenantId(parsed.tenantId), 'refresh');
    const outcome = await this.db.tx(scope, async (tx) => {
      const row = await this.repo.lockRefreshToken(tx, parsed.id);
      if (!row || !secretMatches(parsed.secret, row.tokenHash)) return 'invalid' as const;
      if (row.revokedAt || row.expiresAt <= new Date()) return 'invalid' as const;
      if (row.usedAt) {
        // Two tabs or a retried request refresh at once: the loser is refused, not punished.
        if (Date.now() - row.usedAt.getTime() < REUSE_GRACE_MS) return 'invalid' as const;
        // Committed before we answer: the revocation must survive the error we return.
        await this.repo.revokeFamily(tx, row.familyId);
        return 'reused' as const;
      }
      const membership = await this.repo.staffById(tx, row.membershipId);
      if (!membership || membership.status !== 'active') return 'invalid' as const;
      await this.repo.markRefreshTokenUsed(tx, row.id);
      return this.issue(tx, membership, row.familyId);
    });
    if (outcome === 'invalid') throw invalidRefreshToken();
    if (outcome === 'reused') throw refreshTokenReused();
    return outcome;
  }

  async logout(refreshToken: string): Promise<void> {
    const parsed = parseToken(refreshToken, 'rt');
    if (!parsed) throw invalidRefreshToken();
    const scope = systemScope(asTenantId(parsed.tenantId), 'logout');
    const done = await this.db.tx(scope, async (tx) => {
      const row = await this.repo.lockRefreshToken(tx, parsed.id);
      if (!row || !secretMatches(parsed.secret, row.tokenHash)) return false;
      await this.repo.revokeFamily(tx, row.familyId);
      return true;
    });
    if (!done) throw invalidRefreshToken();
  }

  async changePassword(ctx: TenantScope, current: string, next: string): Promise<void> {
    if (ctx.principal.kind !== 'user')
      throw new AppError('FORBIDDEN', 'Only people have passwords.');
    const membershipId = ctx.principal.membershipId;
    this.passwords.assertAcceptable(next, ['newPassword']);
    const me = await this.repo.staffById(ctx, membershipId);
    const user = me ? await this.repo.findUserById(me.userId) : null;
    if (!user || !(await this.passwords.verify(user.passwordHash, current))) {
      throw AppError.badInput('The current password is not right.', ['currentPassword']);
    }
    const hash = await this.passwords.hash(next);
    await this.repo.setPasswordHash(user.id, hash);
    // The password is the person's, across organizations: end their sessions in every one.
    for (const m of await this.repo.membershipsForUser(user.id)) {
      await this.repo.revokeAllForMembership(
        systemScope(asTenantId(m.tenantId), 'password changed'),
        m.membershipId,
      );
    }
  }

  private async issue(
    ctx: TenantScope,
    membership: StaffRow,
    familyId: string,
  ): Promise<IssuedSession> {
    const tenantId = ctx.tenantId;
    const claims: AccessClaims = {
      sub: membership.userId,
      tid: tenantId,
      mid: membership.id,
      role: membership.role,
      skr: membership.seekerId,
      sid: familyId,
    };
    const ttl = this.config.tokens.accessTtlSeconds;
    const accessToken = jwt.sign(claims, this.config.secrets.jwtSecret, {
      algorithm: 'HS256',
      expiresIn: ttl,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
    });
    const id = v7();
    const minted = mintToken('rt', tenantId, id);
    const refreshTokenExpiresAt = new Date(
      Date.now() + this.config.tokens.refreshTtlDays * 86_400_000,
    );
    await this.repo.insertRefreshToken(ctx, {
      id,
      familyId,
      membershipId: membership.id,
      tokenHash: minted.secretHash,
      expiresAt: refreshTokenExpiresAt,
    });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + ttl * 1000),
      refreshToken: minted.token,
      refreshTokenExpiresAt,
      tenantId,
      membership,
    };
  }

  // Staff

  async staffByIds(ctx: TenantScope, ids: readonly string[]): Promise<(StaffMemberModel | null)[]> {
    const rows = await this.repo.staffByIds(ctx, ids);
    const byId = new Map(rows.map((r) => [r.id, StaffMemberModel.of(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async getStaffMember(
    ctx: TenantScope,
    membershipId: string,
  ): Promise<(StaffMemberModel & { uuid: string }) | null> {
    const row = await this.repo.staffById(ctx, membershipId);
    return row ? Object.assign(StaffMemberModel.of(row), { uuid: row.id }) : null;
  }

  /**
   * Owners and admins change a colleague's role or end and restore their access. Only an owner
   * touches an owner's membership or makes one, nobody changes their own (a slip would lock them
   * out), and the organization always keeps an active owner. Ending access revokes every sign-in
   * at once; a role change reaches the person's next request (their token no longer matches).
   */
  async updateStaffMember(
    ctx: TenantScope,
    membershipId: string,
    change: { role?: Role; active?: boolean },
  ): Promise<StaffRow> {
    const p = ctx.principal;
    const callerRole: Role = p.kind === 'user' ? p.role : 'admin';
    return this.db.tx(ctx, async (tx) => {
      const target = await this.repo.staffById(tx, membershipId);
      if (!target || target.role === 'seeker') throw AppError.notFound('staff member');
      if (change.role === 'seeker') {
        throw AppError.badInput('Seekers are added from the caseload, not by changing a role.', [
          'role',
        ]);
      }
      if (p.kind === 'user' && p.membershipId === target.id) {
        throw AppError.badInput(
          'You cannot change your own role or access; ask another owner or admin.',
          change.role ? ['role'] : ['staffMemberId'],
        );
      }
      if ((target.role === 'owner' || change.role === 'owner') && callerRole !== 'owner') {
        throw new AppError('FORBIDDEN', 'Only an owner can change an owner or make one.');
      }
      const losesOwner =
        target.role === 'owner' &&
        target.status === 'active' &&
        ((change.role !== undefined && change.role !== 'owner') || change.active === false);
      if (losesOwner) {
        const owners = await this.repo.activeOwnerIds(tx);
        if (owners.filter((o) => o.id !== target.id).length === 0) {
          throw new AppError('CONFLICT', 'The organization needs at least one active owner.');
        }
      }
      await this.repo.setMembership(tx, target.id, {
        role: change.role,
        status: change.active === undefined ? undefined : change.active ? 'active' : 'disabled',
      });
      if (change.active === false) await this.repo.revokeAllForMembership(tx, target.id);
      return (await this.repo.staffById(tx, target.id))!;
    });
  }

  staffPage(ctx: TenantScope, args: Parameters<IdentityRepository['staffPage']>[1]) {
    return this.repo.staffPage(ctx, args);
  }

  /** The person behind a user principal, for `viewer`. */
  async me(ctx: TenantScope): Promise<StaffRow | null> {
    if (ctx.principal.kind !== 'user') return null;
    return this.repo.staffById(ctx, ctx.principal.membershipId);
  }

  async tenantsOf(userId: string) {
    return this.repo.membershipsForUser(userId);
  }

  /**
   * Creates a person with a membership directly (seeding, tenant creation). Invitations are the
   * way in for everyone else.
   */
  async createMember(
    ctx: TenantScope,
    input: { email: string; name: string; password: string; role: Role; seekerId?: string | null },
  ): Promise<StaffRow> {
    this.passwords.assertAcceptable(input.password, ['password']);
    const hash = await this.passwords.hash(input.password);
    return this.db.tx(ctx, async (tx) => {
      const existing = await this.repo.findUserByEmail(input.email, tx.manager);
      const userId =
        existing?.id ??
        (await this.repo.insertUser(tx.manager, {
          email: input.email,
          name: input.name,
          passwordHash: hash,
        }));
      const id = await this.repo.insertMembership(tx, {
        userId,
        role: input.role,
        seekerId: input.seekerId ?? null,
      });
      return (await this.repo.staffById(tx, id))!;
    });
  }

  // Invitations

  async invite(
    ctx: TenantScope,
    input: { email: string; role: Role; seekerId: string | null },
  ): Promise<{ invitationId: string; token: string }> {
    const p = ctx.principal;
    if (input.role === 'owner' && !(p.kind === 'user' && p.role === 'owner')) {
      throw new AppError('FORBIDDEN', 'Only an owner can invite another owner.');
    }
    const id = v7();
    const minted = mintToken('inv', ctx.tenantId, id);
    await this.db.tx(ctx, async (tx) => {
      const existing = await this.repo.findUserByEmail(input.email, tx.manager);
      if (existing && (await this.repo.membershipOfUser(tx, existing.id))) {
        throw new AppError('CONFLICT', 'That person is already a member of this organization.', [
          'email',
        ]);
      }
      await this.repo.insertInvitation(tx, {
        id,
        email: input.email,
        role: input.role,
        seekerId: input.seekerId,
        tokenHash: minted.secretHash,
        invitedBy: p.kind === 'user' ? p.membershipId : null,
        expiresAt: new Date(Date.now() + this.config.tokens.invitationTtlHours * 3_600_000),
      });
    });
    return { invitationId: id, token: minted.token };
  }

  /**
   * Accepting creates the account, or, for someone who already has one (in another tenant),
   * requires that account's password: an invitation never takes over an existing account.
   */
  async acceptInvitation(input: {
    token: string;
    name: string;
    password: string;
  }): Promise<IssuedSession> {
    try {
      return await this.accept(input);
    } catch (err) {
      // Two acceptances racing for one email or one membership: the loser hits a unique key.
      if ((err as { code?: string }).code === '23505') {
        throw new AppError('CONFLICT', 'This invitation was just accepted; sign in instead.');
      }
      throw err;
    }
  }

  private async accept(input: {
    token: string;
    name: string;
    password: string;
  }): Promise<IssuedSession> {
    const parsed = parseToken(input.token, 'inv');
    if (!parsed) throw invalidInvitation();
    const scope = systemScope(asTenantId(parsed.tenantId), 'accept invitation');
    const hash = await this.passwords.hash(input.password);
    return this.db.tx(scope, async (tx) => {
      const inv = await this.repo.lockInvitation(tx, parsed.id);
      if (
        !inv ||
        !secretMatches(parsed.secret, inv.tokenHash) ||
        inv.acceptedAt ||
        inv.revokedAt ||
        inv.expiresAt <= new Date()
      ) {
        throw invalidInvitation();
      }
      const existing = await this.repo.findUserByEmail(inv.email, tx.manager);
      let userId: string;
      if (existing) {
        if (!(await this.passwords.verify(existing.passwordHash, input.password))) {
          throw AppError.badInput(
            'You already have a Perch account with this email: enter its password to join.',
            ['password'],
          );
        }
        if (await this.repo.membershipOfUser(tx, existing.id)) {
          throw new AppError('CONFLICT', 'You are already a member of this organization.');
        }
        userId = existing.id;
      } else {
        this.passwords.assertAcceptable(input.password, ['password']);
        userId = await this.repo.insertUser(tx.manager, {
          email: inv.email,
          name: input.name,
          passwordHash: hash,
        });
      }
      const membershipId = await this.repo.insertMembership(tx, {
        userId,
        role: inv.role,
        seekerId: inv.seekerId,
      });
      await this.repo.updateInvitation(tx, inv.id, { acceptedAt: new Date() });
      const membership = (await this.repo.staffById(tx, membershipId))!;
      return this.issue(tx, membership, v7());
    });
  }

  async revokeInvitation(ctx: TenantScope, id: string) {
    return this.db.tx(ctx, async (tx) => {
      const inv = await this.repo.findInvitation(tx, id);
      if (!inv) throw AppError.notFound('invitation');
      if (inv.acceptedAt)
        throw new AppError('INVALID_STATE', 'This invitation was already accepted.');
      await this.repo.updateInvitation(tx, id, { revokedAt: inv.revokedAt ?? new Date() });
      return (await this.repo.findInvitation(tx, id))!;
    });
  }

  findInvitation(ctx: TenantScope, id: string) {
    return this.repo.findInvitation(ctx, id);
  }

  invitationPage(ctx: TenantScope, args: Parameters<IdentityRepository['invitationPage']>[1]) {
    return this.repo.invitationPage(ctx, args);
  }

  purgeExpiredTokens(ctx: TenantScope) {
    return this.repo.purgeExpiredTokens(ctx);
  }
}
