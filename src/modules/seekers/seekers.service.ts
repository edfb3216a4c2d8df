/**
 * Seekers, their coaches, coach notes and consent. Who may do what:
 * - reads: staff and API keys see every seeker, except a coach, who sees only assigned seekers;
 *   a seeker sees only themself. An invisible seeker is NOT_FOUND, never FORBIDDEN.
 * - writes: owners, admins, coaches (on seekers they see) and write-scoped API keys; viewers never.
 *   A seeker may edit their own profile and record or revoke their own consent, nothing else.
 * - coach notes are staff-only: a seeker asking for them is FORBIDDEN.
 * Seat changes take the licence lock (TenantsService.lockLicense) before counting, so concurrent
 * activations fill exactly the free seats.
 */
import { Injectable } from '@nestjs/common';
import { v7 } from 'uuid';
import type { Principal, TenantScope, TxScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import type { InvitationEntity } from '../identity/entities/invitation.entity.js';
import {
  decodeCursor,
  type Page,
  type PageArgs,
  pageSize,
  toPage,
} from '../../platform/graphql/pagination.js';
import { IdentityService } from '../identity/identity.service.js';
import { WebhookEventType } from '../integrations/webhook-events.js';
import { WebhooksService } from '../integrations/webhooks.service.js';
import type { StaffMemberModel } from '../identity/models/staff-member.model.js';
import { licenseEnded, TenantsService } from '../tenants/tenants.service.js';
import type { ConsentKind, ConsentSource } from './entities/consent.entity.js';
import type { SeekerEntity, SeekerStatus } from './entities/seeker.entity.js';
import { parseXHandle } from './inputs/link-x-handle.input.js';
import {
  normalizeProfile,
  profileProblems,
  type SeekerProfileFields,
  type SeekerProfilePatch,
} from './inputs/seeker-profile.input.js';
import { CoachNoteModel } from './models/coach-note.model.js';
import { ConsentModel } from './models/consent.model.js';
import { CoachSeatUsageModel, SeatUsageModel } from './models/seat-usage.model.js';
import { SeekerModel } from './models/seeker.model.js';
import { SeekerErrors } from './seekers.errors.js';
import { SeekersRepository } from './seekers.repository.js';

/** Roles whose members may be assigned to coach a seeker. */
const COACHING_ROLES: ReadonlySet<string> = new Set(['owner', 'admin', 'coach']);

function isSeekerSelf(p: Principal): boolean {
  return p.kind === 'user' && p.role === 'seeker';
}

function hasWriteScope(p: Principal): boolean {
  return p.kind === 'apiKey' && p.scopes.some((s) => s === 'write' || s === 'admin');
}

/** Owners, admins, coaches, write-scoped keys and the system change seekers. */
function mayWrite(p: Principal): boolean {
  switch (p.kind) {
    case 'user':
      return p.role === 'owner' || p.role === 'admin' || p.role === 'coach';
    case 'apiKey':
      return hasWriteScope(p);
    case 'system':
      return true;
  }
}

function mayManage(p: Principal): boolean {
  switch (p.kind) {
    case 'user':
      return p.role === 'owner' || p.role === 'admin';
    case 'apiKey':
      return hasWriteScope(p);
    case 'system':
      return true;
  }
}

function requireWriter(p: Principal, opts: { seekerSelf?: boolean } = {}): void {
  // A seeker passing this still only reaches their own record: visibility does the rest.
  if (opts.seekerSelf && isSeekerSelf(p)) return;
  if (!mayWrite(p)) throw SeekerErrors.readOnly();
}

function requireNoteReader(p: Principal): void {
  if (isSeekerSelf(p)) throw SeekerErrors.notesForbidden();
}

function membershipOf(p: Principal): string | null {
  return p.kind === 'user' ? p.membershipId : null;
}

function throwProblems(problems: { field: string[]; message: string }[]): void {
  const [first, ...more] = problems;
  if (first) throw new AppError('BAD_USER_INPUT', first.message, first.field, more);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

export interface SeekerListArgs extends PageArgs {
  status?: SeekerStatus;
  search?: string;
  assignedToMe?: boolean;
}

export type NewSeekerFields = SeekerProfileFields & { name: string; email: string };

export type ConsentRevokedHook = (
  tx: TxScope,
  consent: { seekerId: string; kind: ConsentKind },
) => Promise<void>;

@Injectable()
export class SeekersService {
  constructor(
    private readonly repo: SeekersRepository,
    private readonly db: DatabaseService,
    private readonly tenants: TenantsService,
    private readonly identity: IdentityService,
    private readonly webhooks: WebhooksService,
  ) {}

  private readonly revokeHooks: ConsentRevokedHook[] = [];

  /**
   * Modules that must act the moment a consent is withdrawn (voice pauses the posting queue)
   * register here; seekers cannot import them without a cycle. Hooks run inside the revoking
   * transaction, so the withdrawal and its effect commit together.
   */
  onConsentRevoked(hook: ConsentRevokedHook): void {
    this.revokeHooks.push(hook);
  }

  // Reads

  async listSeekers(ctx: TenantScope, args: SeekerListArgs): Promise<Page<SeekerModel>> {
    const first = pageSize(args);
    const after = decodeCursor(args.after);
    let assignedTo: string | undefined;
    if (args.assignedToMe) {
      if (ctx.principal.kind !== 'user') throw SeekerErrors.assignedToMeNeedsPerson();
      assignedTo = ctx.principal.membershipId;
    }
    const rows = await this.repo.list(ctx, {
      status: args.status,
      search: args.search?.trim() || undefined,
      assignedTo,
      after,
      limit: first + 1,
    });
    return toPage(rows, first, args.after, (r) => SeekerModel.of(r));
  }

  /** The seeker, or NOT_FOUND if it does not exist or the caller may not see it. */
  async getSeeker(ctx: TenantScope, seekerId: string): Promise<SeekerModel> {
    return SeekerModel.of(await this.visible(ctx, seekerId));
  }

  /** The seekers among `ids` the caller may see (others are left out), in one query. */
  /** The caller's caseload: every seeker they may see, not archived, by name. */
  async visibleList(ctx: TenantScope, limit: number): Promise<SeekerModel[]> {
    return (await this.repo.visibleList(ctx, limit)).map((r) => SeekerModel.of(r));
  }

  async visibleByIds(ctx: TenantScope, ids: readonly string[]): Promise<SeekerModel[]> {
    return (await this.repo.visibleByIds(ctx, ids)).map((r) => SeekerModel.of(r));
  }

  /** For `node(id)`: the seeker if visible, else null. */
  async findVisible(ctx: TenantScope, seekerId: string): Promise<SeekerModel | null> {
    const row = await this.repo.findVisible(ctx, seekerId);
    return row ? SeekerModel.of(row) : null;
  }

  /** For `node(id)`: the note if the caller is staff and sees its seeker, else null. */
  async findVisibleNote(ctx: TenantScope, noteId: string): Promise<CoachNoteModel | null> {
    if (isSeekerSelf(ctx.principal)) return null;
    const row = await this.repo.findVisibleNote(ctx, noteId);
    return row ? CoachNoteModel.of(row) : null;
  }

  /** For `node(id)`: the consent if the caller sees its seeker, else null. */
  async findVisibleConsent(ctx: TenantScope, consentId: string): Promise<ConsentModel | null> {
    const row = await this.repo.findVisibleConsent(ctx, consentId);
    return row ? ConsentModel.of(row) : null;
  }

  async seatUsage(ctx: TenantScope): Promise<SeatUsageModel> {
    if (isSeekerSelf(ctx.principal)) {
      throw new AppError('FORBIDDEN', 'Seat usage is for staff only.');
    }
    return this.db.tx(ctx, async (tx) => {
      const license = await this.tenants.getLicense(tx);
      if (!license) throw new AppError('INVALID_STATE', 'This workspace has no licence yet.');
      const counts = await this.repo.seatCounts(tx);
      const perCoach = await this.repo.activeByCoach(tx);
      const staff = perCoach.length
        ? await this.identity.staffByIds(
            tx,
            perCoach.map((c) => c.membershipId),
          )
        : [];
      const byCoach: CoachSeatUsageModel[] = [];
      perCoach.forEach((c, i) => {
        const coach = staff[i];
        if (coach) {
          byCoach.push(
            Object.assign(new CoachSeatUsageModel(), { coach, activeSeekers: c.activeSeekers }),
          );
        }
      });
      return Object.assign(new SeatUsageModel(), {
        plan: license.plan,
        seatLimit: license.seatLimit,
        used: counts.used,
        // An owner may have lowered the limit below what was in use before the check existed.
        free: Math.max(0, license.seatLimit - counts.used),
        termStart: license.termStart,
        termEnd: license.termEnd,
        byCoach,
        unassignedActiveSeekers: counts.unassigned,
      });
    });
  }

  // Batches for the per-request loaders: every key at once, results in key order. The keys are
  // seekers the caller was already shown, so visibility was applied when they were listed.

  async coachesFor(ctx: TenantScope, seekerIds: readonly string[]): Promise<StaffMemberModel[][]> {
    return this.db.tx(ctx, async (tx) => {
      const links = await this.repo.coachLinks(tx, seekerIds);
      const ids = [...new Set(links.map((l) => l.membershipId))];
      const staff = ids.length ? await this.identity.staffByIds(tx, ids) : [];
      const byId = new Map<string, StaffMemberModel>();
      ids.forEach((id, i) => {
        const member = staff[i];
        if (member) byId.set(id, member);
      });
      const bySeeker = groupBy(links, (l) => l.seekerId);
      return seekerIds.map((id) =>
        (bySeeker.get(id) ?? []).flatMap((l) => {
          const member = byId.get(l.membershipId);
          return member ? [member] : [];
        }),
      );
    });
  }

  async latestNotesFor(
    ctx: TenantScope,
    seekerIds: readonly string[],
  ): Promise<(CoachNoteModel | null)[]> {
    requireNoteReader(ctx.principal);
    const rows = await this.repo.latestNotes(ctx, seekerIds);
    const bySeeker = new Map(rows.map((r) => [r.seekerId, CoachNoteModel.of(r)]));
    return seekerIds.map((id) => bySeeker.get(id) ?? null);
  }

  async notesFor(
    ctx: TenantScope,
    seekerIds: readonly string[],
    args: PageArgs,
  ): Promise<Page<CoachNoteModel>[]> {
    requireNoteReader(ctx.principal);
    const first = pageSize(args);
    const rows = await this.repo.notePages(ctx, seekerIds, decodeCursor(args.after), first + 1);
    const bySeeker = groupBy(rows, (r) => r.seekerId);
    return seekerIds.map((id) =>
      toPage(bySeeker.get(id) ?? [], first, args.after, (r) => CoachNoteModel.of(r)),
    );
  }

  /** Every grant of each seeker, standing and revoked, newest first. */
  async consentsFor(ctx: TenantScope, seekerIds: readonly string[]): Promise<ConsentModel[][]> {
    const rows = await this.repo.consentsOf(ctx, seekerIds);
    const bySeeker = groupBy(rows, (r) => r.seekerId);
    return seekerIds.map((id) => (bySeeker.get(id) ?? []).map((r) => ConsentModel.of(r)));
  }

  /** Note authors by membership id, in key order (null for a deleted membership). */
  authorsFor(
    ctx: TenantScope,
    membershipIds: readonly string[],
  ): Promise<(StaffMemberModel | null)[]> {
    return this.identity.staffByIds(ctx, membershipIds);
  }

  // Writes

  /** Creates an invited seeker (no seat yet). A coach creating one becomes their coach. */
  async createSeeker(ctx: TenantScope, input: NewSeekerFields): Promise<SeekerModel> {
    requireWriter(ctx.principal);
    const patch = normalizeProfile(input);
    throwProblems(profileProblems(patch));
    const { name, email } = patch;
    if (!name) throw AppError.badInput('A name is 1 to 200 characters.', ['name']);
    if (!email) throw AppError.badInput('Enter an email address.', ['email']);
    return this.db.tx(ctx, async (tx) => {
      const row = await this.repo.insert(tx, {
        id: v7(),
        name,
        email,
        headline: patch.headline ?? null,
        targetRoles: patch.targetRoles ?? [],
        industries: patch.industries ?? [],
        locations: patch.locations ?? [],
        careerStage: patch.careerStage ?? 'exploring',
      });
      const p = tx.principal;
      // Otherwise the coach could not see the seeker they just created.
      if (p.kind === 'user' && p.role === 'coach') {
        await this.repo.addCoach(tx, row.id, p.membershipId);
      }
      return SeekerModel.of(row);
    });
  }

  /** Changes the given profile fields; a seeker may change their own. */
  async updateSeeker(
    ctx: TenantScope,
    seekerId: string,
    input: SeekerProfileFields,
  ): Promise<SeekerModel> {
    requireWriter(ctx.principal, { seekerSelf: true });
    const patch: SeekerProfilePatch = normalizeProfile(input);
    throwProblems(profileProblems(patch));
    return this.db.tx(ctx, async (tx) => {
      const current = await this.visible(tx, seekerId);
      if (Object.keys(patch).length === 0) return SeekerModel.of(current);
      const row = await this.repo.update(tx, seekerId, patch);
      if (!row) throw SeekerErrors.seekerNotFound();
      return SeekerModel.of(row);
    });
  }

  /**
   * NOT_FOUND unless the caller sees the seeker; INVALID_STATE unless the seeker's consent to read
   * their X data stands. Connecting X and importing an archive both need it.
   */
  async requireXDataConsent(ctx: TenantScope, seekerId: string, field: string[] | null = null) {
    await this.visible(ctx, seekerId);
    if (!(await this.repo.findStandingConsent(ctx, seekerId, 'read_x_data'))) {
      throw new AppError(
        'INVALID_STATE',
        "Record the seeker's consent to read their X data first.",
        field,
      );
    }
  }

  /**
   * Invites the seeker to sign in with the `seeker` role, at the email on their record; the
   * token comes back once, for the coach to pass on.
   */
  async inviteSeeker(
    ctx: TenantScope,
    seekerId: string,
  ): Promise<{ invitation: InvitationEntity; token: string }> {
    requireWriter(ctx.principal);
    const seeker = await this.visible(ctx, seekerId);
    if (seeker.status === 'archived') {
      throw new AppError('INVALID_STATE', 'This seeker is archived; activate them first.');
    }
    const { invitationId, token } = await this.identity.invite(ctx, {
      email: seeker.email,
      role: 'seeker',
      seekerId,
    });
    const invitation = await this.identity.findInvitation(ctx, invitationId);
    return { invitation: invitation!, token };
  }

  /**
   * Gives the seeker a licence seat. Idempotent. Race-safe: the licence row lock queues
   * concurrent activations of the tenant, and each counts the active seats only once it holds
   * the lock, so N free seats admit exactly N activations however many arrive together.
   */
  async activateSeeker(ctx: TenantScope, seekerId: string): Promise<SeekerModel> {
    requireWriter(ctx.principal);
    let refused: { seekerId: string; seatLimit: number; used: number } | null = null;
    try {
      return await this.db.tx(ctx, async (tx) => {
        const seen = await this.visible(tx, seekerId);
        if (seen.status === 'active') return SeekerModel.of(seen);
        const license = await this.tenants.lockLicense(tx);
        if (licenseEnded(license)) throw SeekerErrors.licenseEnded(license.termEnd);
        // Re-read under the lock: another request may have activated this seeker meanwhile.
        const current = await this.visible(tx, seekerId, { lock: true });
        if (current.status === 'active') return SeekerModel.of(current);
        const used = await this.tenants.countActiveSeats(tx);
        if (used >= license.seatLimit) {
          refused = { seekerId: current.id, seatLimit: license.seatLimit, used };
          throw SeekerErrors.seatLimit(license.seatLimit);
        }
        const activated = await this.mustExist(this.repo.activate(tx, seekerId));
        await this.webhooks.emit(tx, WebhookEventType.SEEKER_ACTIVATED, {
          seekerId: toGlobalId('Seeker', activated.id),
          seatsUsed: used + 1,
          seatLimit: license.seatLimit,
        });
        return SeekerModel.of(activated);
      });
    } catch (err) {
      // After the transaction, which rolled back and released its connection and the licence
      // lock: the refusal itself is the news, and waiting for a second connection while holding
      // the first would starve the pool when many activations hit the limit at once.
      const r = refused as { seekerId: string; seatLimit: number; used: number } | null;
      if (r) {
        await this.webhooks.emitApart(ctx.tenantId, WebhookEventType.SEAT_LIMIT_REACHED, {
          seekerId: toGlobalId('Seeker', r.seekerId),
          seatLimit: r.seatLimit,
          seatsUsed: r.used,
        });
      }
      throw err;
    }
  }

  /** Frees the seeker's seat. Idempotent. */
  async archiveSeeker(ctx: TenantScope, seekerId: string): Promise<SeekerModel> {
    requireWriter(ctx.principal);
    return this.db.tx(ctx, async (tx) => {
      const current = await this.visible(tx, seekerId, { lock: true });
      if (current.status === 'archived') return SeekerModel.of(current);
      return SeekerModel.of(await this.mustExist(this.repo.archive(tx, seekerId)));
    });
  }

  /** Owners and admins assign any owner, admin or coach; assigning twice changes nothing. */
  async assignCoach(
    ctx: TenantScope,
    seekerId: string,
    membershipId: string,
  ): Promise<SeekerModel> {
    if (!mayManage(ctx.principal)) throw SeekerErrors.managersOnly();
    return this.db.tx(ctx, async (tx) => {
      const seeker = await this.visible(tx, seekerId);
      const staff = await this.identity.getStaffMember(tx, membershipId);
      if (!staff) throw SeekerErrors.staffNotFound();
      if (!COACHING_ROLES.has(staff.role) || !staff.active) throw SeekerErrors.cannotCoach();
      if (!(await this.repo.addCoach(tx, seekerId, membershipId))) return SeekerModel.of(seeker);
      return SeekerModel.of(await this.mustExist(this.repo.touch(tx, seekerId)));
    });
  }

  /** Removes an assignment if there is one. */
  async unassignCoach(
    ctx: TenantScope,
    seekerId: string,
    membershipId: string,
  ): Promise<SeekerModel> {
    if (!mayManage(ctx.principal)) throw SeekerErrors.managersOnly();
    return this.db.tx(ctx, async (tx) => {
      const seeker = await this.visible(tx, seekerId);
      // Any role may be unassigned: a coach since made viewer must still be removable.
      if (!(await this.identity.getStaffMember(tx, membershipId))) {
        throw SeekerErrors.staffNotFound();
      }
      if (!(await this.repo.removeCoach(tx, seekerId, membershipId))) {
        return SeekerModel.of(seeker);
      }
      return SeekerModel.of(await this.mustExist(this.repo.touch(tx, seekerId)));
    });
  }

  /** Staff only; a coach must be assigned to the seeker (others do not see it). */
  async addCoachNote(ctx: TenantScope, seekerId: string, body: string): Promise<CoachNoteModel> {
    requireNoteReader(ctx.principal);
    requireWriter(ctx.principal);
    const text = body.trim();
    if (text.length < 1 || text.length > 10_000) {
      throw AppError.badInput('A note is 1 to 10000 characters.', ['body']);
    }
    return this.db.tx(ctx, async (tx) => {
      await this.visible(tx, seekerId);
      const row = await this.repo.insertNote(tx, {
        id: v7(),
        seekerId,
        authorId: membershipOf(tx.principal),
        body: text,
      });
      return CoachNoteModel.of(row);
    });
  }

  /**
   * Records a grant. A standing grant of the same kind is revoked first, so exactly one stands
   * and the old one stays as history. Recorded by the seeker themself, or by staff on their
   * behalf; the source says which.
   */
  async recordConsent(
    ctx: TenantScope,
    seekerId: string,
    kind: ConsentKind,
    scope?: string | null,
  ): Promise<ConsentModel> {
    requireWriter(ctx.principal, { seekerSelf: true });
    const detail = scope?.trim() || null;
    if (detail && detail.length > 200) {
      throw AppError.badInput('A consent scope is at most 200 characters.', ['scope']);
    }
    const source = this.consentSource(ctx.principal);
    return this.db.tx(ctx, async (tx) => {
      // The seeker row lock serializes consent changes of one seeker, so two grants recorded
      // together cannot both pass the revoke step and collide on the one-standing-grant index.
      await this.visible(tx, seekerId, { lock: true });
      await this.repo.revokeStanding(tx, seekerId, kind, source);
      const row = await this.repo.insertConsent(tx, {
        id: v7(),
        seekerId,
        kind,
        scope: detail,
        source,
        recordedBy: membershipOf(tx.principal),
      });
      return ConsentModel.of(row);
    });
  }

  /** Revokes a grant (idempotent). Revoking the X-handle link consent also unlinks the handle. */
  async revokeConsent(ctx: TenantScope, consentId: string): Promise<ConsentModel> {
    requireWriter(ctx.principal, { seekerSelf: true });
    const source = this.consentSource(ctx.principal);
    return this.db.tx(ctx, async (tx) => {
      const consent = await this.repo.findVisibleConsent(tx, consentId);
      if (!consent) throw SeekerErrors.consentNotFound();
      await this.visible(tx, consent.seekerId, { lock: true });
      const revoked = await this.repo.revokeConsent(tx, consentId, source);
      if (!revoked) {
        // Already revoked, possibly a moment ago by someone else: report how it stands now.
        const now = await this.repo.findVisibleConsent(tx, consentId);
        return ConsentModel.of(now ?? consent);
      }
      if (revoked.kind === 'link_x_handle') {
        await this.repo.setXHandle(tx, revoked.seekerId, null);
      }
      for (const hook of this.revokeHooks) {
        await hook(tx, { seekerId: revoked.seekerId, kind: revoked.kind });
      }
      return ConsentModel.of(revoked);
    });
  }

  /** Links an X handle; needs a standing LINK_X_HANDLE consent. */
  async linkXHandle(ctx: TenantScope, seekerId: string, handle: string): Promise<SeekerModel> {
    requireWriter(ctx.principal);
    const stored = parseXHandle(handle);
    return this.db.tx(ctx, async (tx) => {
      const current = await this.visible(tx, seekerId, { lock: true });
      if (!(await this.repo.findStandingConsent(tx, seekerId, 'link_x_handle'))) {
        throw SeekerErrors.consentMissing();
      }
      if (current.xHandle === stored) return SeekerModel.of(current);
      return SeekerModel.of(await this.mustExist(this.repo.setXHandle(tx, seekerId, stored)));
    });
  }

  // Helpers

  private async visible(
    ctx: TenantScope | TxScope,
    seekerId: string,
    opts: { lock?: boolean } = {},
  ): Promise<SeekerEntity> {
    const row = await this.repo.findVisible(ctx, seekerId, opts);
    if (!row) throw SeekerErrors.seekerNotFound();
    return row;
  }

  private async mustExist(work: Promise<SeekerEntity | null>): Promise<SeekerEntity> {
    // Only reachable if the row vanished inside our own transaction (a cascade from elsewhere).
    const row = await work;
    if (!row) throw SeekerErrors.seekerNotFound();
    return row;
  }

  private consentSource(p: Principal): ConsentSource {
    return isSeekerSelf(p) ? 'seeker' : 'coach_on_behalf';
  }
}
