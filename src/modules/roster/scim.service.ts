/**
 * SCIM 2.0 provisioning of students from a university directory (Entra ID, Okta). A SCIM user is
 * a seeker with a `userName`; `active` is whether it holds a licence seat. Deactivating or
 * deleting frees the seat and ends the student's own access inside the same transaction, so the
 * directory's call returns only once they are locked out. DELETE archives and unlinks (the
 * directory forgets the seeker; the coach's record stays; erasure is a separate feature).
 */
import { Injectable } from '@nestjs/common';
import { v7 } from 'uuid';
import { mintToken, parseToken, secretMatches } from '@libs/tokens';
import {
  asTenantId,
  type TenantScope,
  type TxScope,
  systemScope,
} from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import type { Cursor } from '../../platform/graphql/pagination.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { RosterRepository, type RosterSeekerRow, type ScimTokenRow } from './roster.repository.js';
import {
  applyPatch,
  parseFilter,
  parsePaging,
  parseUser,
  ScimError,
  type ScimUserFields,
} from './scim.protocol.js';

export const SCIM_MAX_PAGE = 200;

function isUniqueViolation(err: unknown): boolean {
  return (
    (err as { code?: string; driverError?: { code?: string } })?.code === '23505' ||
    (err as { driverError?: { code?: string } })?.driverError?.code === '23505'
  );
}

function fieldsOf(row: RosterSeekerRow): ScimUserFields {
  return {
    userName: row.userName ?? row.email,
    externalId: row.externalId,
    name: row.name,
    email: row.email,
    active: row.status === 'active',
  };
}

@Injectable()
export class ScimService {
  constructor(
    private readonly repo: RosterRepository,
    private readonly db: DatabaseService,
    private readonly seekers: SeekersService,
  ) {}

  // Tokens (GraphQL, owners and admins)

  async createToken(
    ctx: TenantScope,
    name: string,
  ): Promise<{ scimToken: ScimTokenRow; token: string }> {
    const id = v7();
    const minted = mintToken('scim', ctx.tenantId, id);
    const scimToken = await this.repo.insertToken(ctx, {
      id,
      name: name.trim(),
      secretHash: minted.secretHash,
      createdBy: ctx.principal.kind === 'user' ? ctx.principal.membershipId : null,
    });
    return { scimToken, token: minted.token };
  }

  async revokeToken(ctx: TenantScope, id: string): Promise<ScimTokenRow> {
    if (!(await this.repo.findToken(ctx, id))) throw AppError.notFound('SCIM token');
    await this.repo.revokeToken(ctx, id);
    return (await this.repo.findToken(ctx, id))!;
  }

  findToken(ctx: TenantScope, id: string) {
    return this.repo.findToken(ctx, id);
  }

  tokenPage(ctx: TenantScope, args: { first: number; cursor: Cursor | null }) {
    return this.repo.tokenPage(ctx, args);
  }

  /** The tenant a presented token provisions, or null: malformed, unknown or revoked. */
  async authenticate(token: string): Promise<TenantScope | null> {
    const parsed = parseToken(token, 'scim');
    if (!parsed) return null;
    const scope = systemScope(asTenantId(parsed.tenantId), 'scim provisioning');
    const row = await this.repo.findToken(scope, parsed.id);
    if (!row || row.revokedAt || !secretMatches(parsed.secret, row.secretHash)) return null;
    await this.repo.touchToken(scope, row.id);
    return scope;
  }

  // Users

  async get(ctx: TenantScope, id: string): Promise<RosterSeekerRow> {
    const row = await this.repo.findScimSeeker(ctx, id);
    if (!row) throw ScimError.notFound();
    return row;
  }

  list(ctx: TenantScope, query: { filter?: string; startIndex?: string; count?: string }) {
    const filter = parseFilter(query.filter);
    const page = parsePaging(query.startIndex, query.count, SCIM_MAX_PAGE);
    return this.repo.listScim(ctx, filter, page).then((r) => ({ ...r, offset: page.offset }));
  }

  async create(ctx: TenantScope, body: unknown): Promise<RosterSeekerRow> {
    const fields = parseUser(body);
    return this.write(ctx, async (tx) => {
      const matches = await this.repo.findByKeys(tx, fields);
      if (matches.some((m) => m.userName !== null) || matches.length > 1) {
        throw this.conflict(fields, matches);
      }
      // A seeker already on the roster (entered by hand or from a CSV) is adopted, not doubled.
      const adopted = matches[0];
      if (adopted) return this.apply(tx, adopted, fields);
      const id = v7();
      await this.repo.insertSeeker(tx.manager, tx.tenantId, {
        id,
        name: fields.name,
        email: fields.email,
        externalId: fields.externalId,
        userName: fields.userName,
        cohort: null,
      });
      const created = (await this.repo.findScimSeeker(tx, id))!;
      return this.setActive(tx, created, fields.active);
    });
  }

  replace(ctx: TenantScope, id: string, body: unknown): Promise<RosterSeekerRow> {
    const fields = parseUser(body);
    return this.write(ctx, async (tx) => {
      const current = await this.repo.findScimSeeker(tx, id, true);
      if (!current) throw ScimError.notFound();
      return this.apply(tx, current, fields);
    });
  }

  patch(ctx: TenantScope, id: string, body: unknown): Promise<RosterSeekerRow> {
    return this.write(ctx, async (tx) => {
      const current = await this.repo.findScimSeeker(tx, id, true);
      if (!current) throw ScimError.notFound();
      return this.apply(tx, current, applyPatch(fieldsOf(current), body));
    });
  }

  async remove(ctx: TenantScope, id: string): Promise<void> {
    await this.write(ctx, async (tx) => {
      const current = await this.repo.findScimSeeker(tx, id, true);
      if (!current) throw ScimError.notFound();
      await this.setActive(tx, current, false);
      await this.repo.revokeSeekerAccess(tx.manager, tx.tenantId, id);
      await this.repo.unlink(tx.manager, tx.tenantId, id);
      return current;
    });
  }

  private async apply(
    tx: TxScope,
    current: RosterSeekerRow,
    fields: ScimUserFields,
  ): Promise<RosterSeekerRow> {
    const others = (await this.repo.findByKeys(tx, fields)).filter((m) => m.id !== current.id);
    if (others.length) throw this.conflict(fields, others);
    await this.repo.updateDirectoryFields(tx.manager, tx.tenantId, current.id, {
      name: fields.name,
      email: fields.email,
      externalId: fields.externalId,
      userName: fields.userName,
    });
    const updated = (await this.repo.findScimSeeker(tx, current.id))!;
    return this.setActive(tx, updated, fields.active);
  }

  /** Takes or gives back the seat; going inactive also ends the student's own access. */
  private async setActive(
    tx: TxScope,
    row: RosterSeekerRow,
    active: boolean,
  ): Promise<RosterSeekerRow> {
    if (active && row.status !== 'active') {
      await this.seekers.activateSeeker(tx, row.id);
      await this.repo.restoreSeekerAccess(tx.manager, tx.tenantId, row.id);
    } else if (!active && row.status === 'active') {
      await this.seekers.archiveSeeker(tx, row.id);
    }
    if (!active) await this.repo.revokeSeekerAccess(tx.manager, tx.tenantId, row.id);
    return (await this.repo.findScimSeeker(tx, row.id)) ?? row;
  }

  private conflict(fields: ScimUserFields, matches: RosterSeekerRow[]): ScimError {
    const m = matches[0];
    const which =
      m.userName && m.userName.toLowerCase() === fields.userName.toLowerCase()
        ? `userName "${fields.userName}"`
        : fields.externalId && m.externalId === fields.externalId
          ? `externalId "${fields.externalId}"`
          : `email "${fields.email}"`;
    return new ScimError(409, `A user with ${which} already exists.`, 'uniqueness');
  }

  /** One transaction per request; Perch's own refusals become SCIM errors. */
  private async write<T>(ctx: TenantScope, work: (tx: TxScope) => Promise<T>): Promise<T> {
    try {
      return await this.db.tx(ctx, work);
    } catch (err) {
      if (err instanceof ScimError) throw err;
      if (isUniqueViolation(err)) {
        throw new ScimError(
          409,
          'A user with that userName, externalId or email exists.',
          'uniqueness',
        );
      }
      if (err instanceof AppError) {
        if (err.code === 'SEAT_LIMIT_REACHED') {
          throw new ScimError(403, `Seat limit reached: ${err.message} Nothing was changed.`);
        }
        if (err.code === 'INVALID_STATE') throw new ScimError(403, err.message);
        if (err.code === 'NOT_FOUND') throw ScimError.notFound();
      }
      throw err;
    }
  }
}
