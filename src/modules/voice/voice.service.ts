/**
 * voice: one clear professional voice. The profile and the public-trail audit read the seeker's
 * own posts (archive import or reads with consent); drafts are checked against the profile,
 * reviewed by a coach and queued into time slots; an approved draft is posted at its time with
 * the seeker's token, exactly once:
 *
 * 1. claim: `scheduled → posting` in one statement, recording an intent (id, attempt, time)
 *    before X is called, so two workers never both post and a crash leaves a trace;
 * 2. post once (the client never retries a post); on success record the post id;
 * 3. an attempt whose outcome is unknown (a timeout, a 5xx, a crash before recording) stays
 *    `posting`; once X has had time to settle, the seeker's recent posts are read and the draft
 *    is matched by its text: found, it is `posted`; not found, it is posted again (at most three
 *    attempts), so a post never appears twice and never silently vanishes.
 *
 * A draft posts as the seeker, so it needs the seeker's OK to its words before a coach can approve
 * it: writing or editing it themself, or sending it for review, is that OK; anyone else changing
 * the text withdraws it. Revoking the posting consent pauses the seeker's queue at once, and the
 * consent is read again right before every post call.
 */
import { Injectable } from '@nestjs/common';
import { assertTimeZone, utcToZoned, zonedToUtc } from '@libs/calendar';
import { XError, type XPost } from '@libs/x-client';
import {
  auditPosts,
  checkDraft,
  linksIn,
  voiceProfile,
  type Pillar,
  type VoicePost,
} from '@libs/voice';
import { v7 } from 'uuid';
import type { Principal, TenantScope } from '../../platform/database/context.js';
import { systemScope } from '../../platform/database/context.js';
import { LinkChecksService } from '../links/link-checks.service.js';
import { pendingLink, type LinkRow } from '../links/link-checks.repository.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { WebhookEventType } from '../integrations/webhook-events.js';
import { WebhooksService } from '../integrations/webhooks.service.js';
import { calendarInput } from '../mentorship/calendar-input.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { XArchiveRepository } from '../x-archive/x-archive.repository.js';
import { XConnectService } from '../x-connect/x-connect.service.js';
import { VoiceRepository, type DraftRow, type DraftStatus } from './voice.repository.js';

const MAX_ATTEMPTS = 3;
const DEFAULT_SLOTS = { timeZone: 'UTC', times: ['09:00', '13:00'], weekdays: [1, 2, 3, 4, 5] };

const CONSENT_REVOKED = {
  code: 'CONSENT_REVOKED',
  message: 'The seeker withdrew their consent to posting; the queue is paused.',
};

/** The seeker themself, signed in: the one person whose yes lets words post as them. */
const seekerSelf = (p: Principal, seekerUuid: string) =>
  p.kind === 'user' && p.role === 'seeker' && p.seekerId === seekerUuid;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * Posts compare by their words: X rewrites links to t.co, may trim whitespace, and returns
 * `&`, `<` and `>` HTML-escaped in API v2 post text.
 */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e])
      .normalize('NFC')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
}

@Injectable()
export class VoiceService {
  constructor(
    private readonly repo: VoiceRepository,
    private readonly seekers: SeekersService,
    private readonly connect: XConnectService,
    private readonly tenants: TenantsService,
    private readonly archive: XArchiveRepository,
    private readonly db: DatabaseService,
    private readonly linkChecks: LinkChecksService,
    private readonly webhooks: WebhooksService,
  ) {}

  /**
   * Reads the seeker's own recent posts from X with their token (owned reads, with their
   * consent) into the same store an archive import fills; returns how many were new.
   */
  async syncPosts(ctx: TenantScope, seekerId: string, maxPosts = 800): Promise<number> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    await this.seekers.requireXDataConsent(ctx, seeker.uuid, ['seekerId']);
    const client = await this.connect.userClient(ctx, seeker.uuid);
    const me = await client.me();
    let added = 0;
    for await (const page of client.pages(
      (token) => client.userTimeline(me.id, { maxResults: 100, pageToken: token }),
      Math.ceil(maxPosts / 100),
    )) {
      added += await this.archive.insertPosts(ctx, seeker.uuid, page.items, 'api');
      // Checked in the background, so the audit can name dead links by the time it is read.
      await this.linkChecks.track(
        page.items.flatMap((t) => t.urls.map((u) => u.expandedUrl ?? u.url)),
      );
    }
    return added;
  }

  /**
   * How long after an attempt its outcome is checked: longer than a post call can be in flight
   * (X_TIMEOUT_MS, 30 s by default; posts never wait for a rate window) plus the time X takes to
   * show a post, so a check never runs beside a call still under way.
   */
  settleMs = 120_000;

  /** Unknown outcomes that still cannot be checked after this long end as failed (no repost). */
  static readonly GIVE_UP_CHECKING_MS = 24 * 3600_000;

  // ---- pillars, profile, audit ----

  async setPillars(ctx: TenantScope, seekerId: string, pillars: Pillar[]): Promise<Pillar[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    if (pillars.length < 3 || pillars.length > 5) {
      throw AppError.badInput(
        'Choose 3 to 5 pillars: the themes the seeker wants to be known for.',
        ['pillars'],
      );
    }
    const clean = pillars.map((p) => ({
      name: p.name.trim(),
      terms: [...new Set(p.terms.map((t) => t.trim().toLowerCase()).filter(Boolean))],
    }));
    const names = new Set(clean.map((p) => p.name.toLowerCase()));
    if (names.size !== clean.length)
      throw AppError.badInput('Each pillar needs its own name.', ['pillars']);
    clean.forEach((p, i) => {
      if (!p.terms.length)
        throw AppError.badInput('Give each pillar at least one term.', [
          'pillars',
          String(i),
          'terms',
        ]);
    });
    await this.db
      .tx(ctx, (tx) => this.repo.setPillars(tx, seeker.uuid, clean))
      .catch((err: unknown) => {
        // Two saves at once: the second's rows collide with the first's.
        if ((err as { code?: string }).code === '23505') {
          throw new AppError('CONFLICT', 'The pillars were changed at the same time; try again.', [
            'pillars',
          ]);
        }
        throw err;
      });
    return clean;
  }

  async pillars(ctx: TenantScope, seekerId: string): Promise<Pillar[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    return this.repo.pillars(ctx, seeker.uuid);
  }

  private async ownPosts(ctx: TenantScope, seekerUuid: string): Promise<VoicePost[]> {
    return (await this.repo.posts(ctx, seekerUuid)).map((p) => ({
      id: p.id,
      text: p.text,
      // NaN, not 0: an untimed post is no time at all, and libs/voice leaves it out of cadence
      // and months instead of placing it in January 1970.
      createdAt: p.postedAt ? new Date(p.postedAt).getTime() : Number.NaN,
      urls: p.urls,
      isReply: p.isReply,
      isRepost: p.isRepost,
    }));
  }

  async profile(ctx: TenantScope, seekerId: string) {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const [posts, pillars] = await Promise.all([
      this.ownPosts(ctx, seeker.uuid),
      this.repo.pillars(ctx, seeker.uuid),
    ]);
    return voiceProfile(posts, pillars);
  }

  async audit(ctx: TenantScope, seekerId: string) {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const [posts, pillars, decisions] = await Promise.all([
      this.ownPosts(ctx, seeker.uuid),
      this.repo.pillars(ctx, seeker.uuid),
      this.repo.decisions(ctx, seeker.uuid),
    ]);
    const byId = new Map(posts.map((p) => [p.id, p]));
    const decided = new Map(decisions.map((d) => [d.postId, d]));
    const brokenUrls = new Set(
      [...(await this.trailLinks(ctx, posts))].flatMap(([u, r]) =>
        r.state === 'broken' ? [u] : [],
      ),
    );
    return auditPosts(posts, { pillars, brokenUrls }).map((f) => ({
      ...f,
      post: byId.get(f.postId) ?? null,
      decision: decided.get(f.postId) ?? null,
    }));
  }

  /**
   * The links in a trail with what is known of each. Links an archive import brought in are
   * tracked here on first sight (idempotent), so no import path can leave them unchecked.
   */
  private async trailLinks(ctx: TenantScope, posts: VoicePost[]) {
    const urls = [...new Set(posts.flatMap((p) => p.urls ?? []))];
    await this.linkChecks.trackFor(ctx, urls);
    // Through the request's own connection: link_checks is global, readable in any session.
    return this.db.tx(ctx, (tx) => this.linkChecks.statuses(urls, tx.manager));
  }

  /** Every link in the seeker's posts and whether it still resolves, broken ones first. */
  async links(ctx: TenantScope, seekerId: string): Promise<LinkRow[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const posts = await this.ownPosts(ctx, seeker.uuid);
    const known = await this.trailLinks(ctx, posts);
    const order: Record<string, number> = { broken: 0, blocked: 1, unknown: 2, pending: 3, ok: 4 };
    return [...new Set(posts.flatMap((p) => p.urls ?? []))]
      .map((u) => ({ ...(known.get(u) ?? pendingLink(u)), url: u }))
      .sort((a, b) => order[a.state] - order[b.state] || a.url.localeCompare(b.url));
  }

  /** Keep a post, or delete it through X with the seeker's token (their posting consent). */
  async decide(
    ctx: TenantScope,
    seekerId: string,
    postId: string,
    decision: 'keep' | 'delete',
  ): Promise<{ status: string; error: string | null }> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const posts = await this.repo.posts(ctx, seeker.uuid);
    if (!posts.some((p) => p.id === postId)) {
      throw AppError.badInput('That post is not in the seeker’s trail.', ['postId']);
    }
    const by = ctx.principal.kind === 'user' ? ctx.principal.membershipId : null;
    if (decision === 'keep') {
      await this.repo.decide(ctx, {
        seekerId: seeker.uuid,
        postId,
        decision,
        status: 'kept',
        error: null,
        by,
      });
      return { status: 'kept', error: null };
    }
    // The post is the seeker's: staff and API keys may keep a finding, only the seeker deletes.
    const p = ctx.principal;
    if (!(p.kind === 'user' && p.role === 'seeker')) {
      throw new AppError(
        'FORBIDDEN',
        'Only the seeker can delete their posts; send them the finding, or keep it.',
        ['decision'],
      );
    }
    await this.requirePostingConsent(ctx, seeker.uuid);
    const client = await this.connect.userClient(ctx, seeker.uuid);
    try {
      await client.deletePost(postId);
    } catch (err) {
      if (!(err instanceof XError)) throw err;
      // Already gone on X is what the seeker wanted.
      if (err.code !== 'X_NOT_FOUND') {
        await this.repo.decide(ctx, {
          seekerId: seeker.uuid,
          postId,
          decision,
          status: 'failed',
          error: `${err.code}: ${err.message}`,
          by,
        });
        return { status: 'failed', error: `${err.code}: ${err.message}` };
      }
    }
    await this.db.tx(ctx, async (tx) => {
      await this.repo.decide(tx, {
        seekerId: seeker.uuid,
        postId,
        decision,
        status: 'deleted',
        error: null,
        by,
      });
      await this.repo.removeSeekerPost(tx, seeker.uuid, postId);
    });
    return { status: 'deleted', error: null };
  }

  // ---- drafts and review ----

  private async check(ctx: TenantScope, seekerUuid: string, text: string) {
    const [posts, pillars] = await Promise.all([
      this.ownPosts(ctx, seekerUuid),
      this.repo.pillars(ctx, seekerUuid),
    ]);
    // The draft's links are queued for checking now; a link already known dead is flagged.
    const urls = linksIn(text).map((u) => (/^https?:\/\//i.test(u) ? u : `https://${u}`));
    await this.linkChecks.trackFor(ctx, urls);
    const known = await this.db.tx(ctx, (tx) => this.linkChecks.statuses(urls, tx.manager));
    const brokenUrls = new Set(
      [...known.values()].flatMap((r) => (r.state === 'broken' ? [r.url] : [])),
    );
    return checkDraft(text, posts.length ? voiceProfile(posts, pillars) : null, pillars, {
      brokenUrls,
    });
  }

  async createDraft(ctx: TenantScope, seekerId: string, text: string): Promise<DraftRow> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const check = await this.check(ctx, seeker.uuid, text);
    return this.repo.insertDraft(ctx, {
      id: v7(),
      seekerId: seeker.uuid,
      text,
      checkResult: check,
      createdBy: ctx.principal.kind === 'user' ? ctx.principal.membershipId : null,
      seekerOkAt: seekerSelf(ctx.principal, seeker.uuid) ? new Date() : null,
    });
  }

  async draft(ctx: TenantScope, id: string): Promise<DraftRow> {
    const d = await this.repo.draft(ctx, id);
    if (!d || !(await this.seekers.findVisible(ctx, d.seekerId)))
      throw AppError.notFound('voice draft');
    return d;
  }

  async findDraft(ctx: TenantScope, id: string): Promise<DraftRow | null> {
    const d = await this.repo.draft(ctx, id);
    return d && (await this.seekers.findVisible(ctx, d.seekerId)) ? d : null;
  }

  async drafts(
    ctx: TenantScope,
    seekerId: string,
    page: { limit: number; afterId: string | null },
  ): Promise<DraftRow[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    return this.repo.draftsOf(ctx, seeker.uuid, page);
  }

  private stateError(d: DraftRow, doing: string): AppError {
    return new AppError('INVALID_STATE', `A draft that is ${d.status} cannot be ${doing}.`, [
      'draftId',
    ]);
  }

  private requireClean(d: DraftRow): void {
    const check = d.checkResult as {
      ok: boolean;
      findings: { severity: string; message: string }[];
    };
    if (!check.ok) {
      const first = check.findings.find((f) => f.severity === 'error');
      throw new AppError(
        'INVALID_STATE',
        `Fix the draft first: ${first?.message ?? 'it has errors'}.`,
        ['draftId'],
      );
    }
  }

  async editDraft(ctx: TenantScope, id: string, text: string): Promise<DraftRow> {
    const d = await this.draft(ctx, id);
    const check = await this.check(ctx, d.seekerId, text);
    const next = await this.repo.transition(ctx, id, ['draft', 'changes_requested', 'in_review'], {
      text,
      checkResult: check,
      status: 'draft',
      // New words need the seeker's yes again, unless they are the seeker's own.
      seekerOkAt: seekerSelf(ctx.principal, d.seekerId) ? new Date() : null,
    });
    if (!next) throw this.stateError(d, 'edited');
    return next;
  }

  /**
   * Sends a draft to the coach. The seeker sending it is their OK to its words; anyone else may
   * send only words the seeker already agreed to (wrote or edited themself), so a coach's draft
   * never reaches approval without the seeker having read it.
   */
  async submit(ctx: TenantScope, id: string): Promise<DraftRow> {
    const d = await this.draft(ctx, id);
    this.requireClean(d);
    const self = seekerSelf(ctx.principal, d.seekerId);
    if (!self) this.requireSeekerOk(d, 'sent for review');
    const next = await this.repo.transition(
      ctx,
      id,
      ['draft', 'changes_requested'],
      self ? { status: 'in_review', seekerOkAt: new Date() } : { status: 'in_review' },
      // Exactly the words the seeker agreed to: an edit in between makes this match nothing.
      { updatedAt: d.updatedAt },
    );
    if (!next) {
      const now = await this.repo.draft(ctx, id);
      throw now && now.status === d.status
        ? new AppError('CONFLICT', 'The draft changed while you sent it; read it again.', [
            'draftId',
          ])
        : this.stateError(now ?? d, 'sent for review');
    }
    return next;
  }

  private requireSeekerOk(d: DraftRow, doing: string): void {
    if (!d.seekerOkAt) {
      throw new AppError(
        'INVALID_STATE',
        `The seeker has not OK'd this draft, so it cannot be ${doing}: it posts as them. The seeker sends it for review themself (or edits it).`,
        ['draftId'],
      );
    }
  }

  async review(
    ctx: TenantScope,
    id: string,
    approve: boolean,
    comment: string | null,
  ): Promise<DraftRow> {
    const d = await this.draft(ctx, id);
    if (ctx.principal.kind !== 'user') {
      throw new AppError('FORBIDDEN', 'A coach approves drafts, signed in, not an API key.');
    }
    const by = ctx.principal.membershipId;
    if (approve) {
      this.requireClean(d);
      // The approval below is guarded by updatedAt, so the OK read here is the one approved.
      if (d.status === 'in_review') this.requireSeekerOk(d, 'approved');
    }
    return this.db.tx(ctx, async (tx) => {
      if (comment) await this.repo.comment(tx, { id: v7(), draftId: id, body: comment, by });
      // Approval is of a submitted draft, exactly as it was read here: an edit since then (which
      // sends it back to `draft`) or a concurrent change makes this update match nothing.
      const next = await this.repo.transition(
        tx,
        id,
        approve ? ['in_review'] : ['in_review', 'draft'],
        approve
          ? { status: 'approved', approvedBy: by, approvedAt: new Date() }
          : { status: 'changes_requested' },
        { updatedAt: d.updatedAt },
      );
      if (!next) {
        const now = await this.repo.draft(tx, id);
        throw now && now.updatedAt.getTime() !== d.updatedAt.getTime() && now.status === d.status
          ? new AppError('CONFLICT', 'The draft changed while you reviewed it; read it again.', [
              'draftId',
            ])
          : this.stateError(
              now ?? d,
              approve ? 'approved (submit it for review first)' : 'sent back',
            );
      }
      if (approve) {
        await this.webhooks.emit(tx, WebhookEventType.DRAFT_APPROVED, {
          draftId: toGlobalId('VoiceDraft', next.id),
          seekerId: toGlobalId('Seeker', next.seekerId),
          approvedBy: toGlobalId('StaffMember', by),
        });
      }
      return next;
    });
  }

  async comment(ctx: TenantScope, id: string, body: string): Promise<void> {
    await this.draft(ctx, id);
    await this.repo.comment(ctx, {
      id: v7(),
      draftId: id,
      body,
      by: ctx.principal.kind === 'user' ? ctx.principal.membershipId : null,
    });
  }

  comments(ctx: TenantScope, ids: readonly string[]) {
    return this.repo.comments(ctx, ids);
  }

  // ---- the queue ----

  async setSlots(
    ctx: TenantScope,
    seekerId: string,
    s: { timeZone: string; times: string[]; weekdays: number[] },
  ) {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const timeZone = calendarInput(() => assertTimeZone(s.timeZone), { timeZone: 'timeZone' });
    const times = [...new Set(s.times)].sort();
    if (!times.length || times.some((t) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(t))) {
      throw AppError.badInput('Give slot times as HH:mm, e.g. ["09:00", "13:00"].', ['times']);
    }
    const weekdays = [...new Set(s.weekdays)].sort();
    if (!weekdays.length || weekdays.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
      throw AppError.badInput('Give weekdays as numbers 0 (Sunday) to 6 (Saturday).', ['weekdays']);
    }
    await this.repo.setSlots(ctx, seeker.uuid, { timeZone, times, weekdays });
    return { timeZone, times, weekdays };
  }

  async slots(ctx: TenantScope, seekerId: string) {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    return (await this.repo.slots(ctx, seeker.uuid)) ?? DEFAULT_SLOTS;
  }

  /** The first slot from now on that no scheduled draft holds. */
  async nextFreeSlot(ctx: TenantScope, seekerUuid: string, now = new Date()): Promise<Date> {
    const slots = (await this.repo.slots(ctx, seekerUuid)) ?? DEFAULT_SLOTS;
    const taken = new Set(await this.repo.taken(ctx, seekerUuid, now));
    const today = utcToZoned(now, slots.timeZone).slice(0, 10);
    const start = Date.parse(`${today}T00:00:00Z`);
    for (let day = 0; day < 60; day++) {
      const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (!slots.weekdays.includes(weekday)) continue;
      for (const t of slots.times) {
        const at = zonedToUtc(`${date}T${t}`, slots.timeZone);
        if (at > now && !taken.has(at.getTime())) return at;
      }
    }
    throw new AppError(
      'CONFLICT',
      'The next 60 days of posting slots are full; add slots or cancel a draft.',
    );
  }

  private async requirePostingConsent(ctx: TenantScope, seekerUuid: string): Promise<void> {
    const consents = await this.seekers.consentsFor(ctx, [seekerUuid]);
    const standing = consents[0]?.some((c) => c.kind === 'post_approved_drafts' && !c.revokedAt);
    if (!standing) {
      throw new AppError(
        'INVALID_STATE',
        'The seeker has not agreed that Perch posts their approved drafts (consent POST_APPROVED_DRAFTS).',
        ['draftId'],
      );
    }
  }

  async schedule(ctx: TenantScope, id: string, at: Date | null): Promise<DraftRow> {
    const d = await this.draft(ctx, id);
    if (d.status !== 'approved' && d.status !== 'paused') {
      throw this.stateError(d, 'scheduled before a coach approves it');
    }
    this.requireSeekerOk(d, 'scheduled');
    await this.requirePostingConsent(ctx, d.seekerId);
    if (d.status === 'paused' && d.attempts > 0) {
      // Paused after an attempt whose outcome is unknown: the next tick checks X for it before
      // anything is sent again.
      const resumed = await this.repo.transition(
        ctx,
        id,
        ['paused'],
        { status: 'posting', failureCode: null, failureMessage: null },
        { attempts: d.attempts },
      );
      if (!resumed) throw this.stateError(d, 'resumed');
      return resumed;
    }
    const chosen = at ?? (await this.nextFreeSlot(ctx, d.seekerId));
    // Slots are whole minutes: 09:00:00.001 is the 09:00 slot, and held like it.
    const when = new Date(Math.floor(chosen.getTime() / 60_000) * 60_000);
    if (when.getTime() < Date.now() - 60_000) {
      throw AppError.badInput(
        'That time has passed; give a future time or leave it out for the next free slot.',
        ['at'],
      );
    }
    const next = await this.repo
      .transition(ctx, id, ['approved', 'paused'], {
        status: 'scheduled',
        scheduledFor: when,
        failureCode: null,
        failureMessage: null,
      })
      .catch((err: unknown) => {
        if ((err as { code?: string }).code === '23505') {
          throw new AppError('CONFLICT', 'Another post holds that slot; pick another time.', [
            'at',
          ]);
        }
        throw err;
      });
    if (!next) throw this.stateError(d, 'scheduled');
    return next;
  }

  async cancel(ctx: TenantScope, id: string): Promise<DraftRow> {
    const d = await this.draft(ctx, id);
    const next = await this.repo.transition(
      ctx,
      id,
      ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'paused', 'failed'],
      { status: 'cancelled', scheduledFor: null },
    );
    if (!next) throw this.stateError(d, 'cancelled');
    return next;
  }

  // ---- posting, exactly once ----

  /** Every tenant's due drafts (the worker's tick). */
  async publishDueAll(now = new Date()): Promise<number> {
    let n = 0;
    for (const tenantId of await this.tenants.listTenantIds()) {
      n += await this.publishDue(systemScope(tenantId, 'scheduled posting'), now);
    }
    return n;
  }

  async publishDue(ctx: TenantScope, now = new Date()): Promise<number> {
    const due = await this.repo.due(ctx, now, new Date(now.getTime() - this.settleMs));
    let n = 0;
    for (const d of due) {
      if (d.status === 'posting') await this.reconcile(ctx, d.id, now);
      else await this.attempt(ctx, d.id, ['scheduled']);
      n++;
    }
    return n;
  }

  /** The posting consent was withdrawn: the seeker's queued drafts pause now (in `tx`). */
  async pauseQueue(ctx: TenantScope, seekerUuid: string): Promise<number> {
    return (await this.repo.pauseQueue(ctx, seekerUuid, CONSENT_REVOKED)).length;
  }

  private async hasPostingConsent(ctx: TenantScope, seekerUuid: string): Promise<boolean> {
    const consents = await this.seekers.consentsFor(ctx, [seekerUuid]);
    return !!consents[0]?.some((c) => c.kind === 'post_approved_drafts' && !c.revokedAt);
  }

  /** Claims the draft (recording the intent), posts once, records the outcome. */
  private async attempt(
    ctx: TenantScope,
    id: string,
    from: readonly DraftStatus[],
    /** The draft as the caller's outcome check saw it: a claim since then wins over ours. */
    seen?: DraftRow,
  ): Promise<void> {
    const before = seen ?? (await this.repo.draft(ctx, id));
    if (!before) return;
    const claimed = await this.repo.transition(
      ctx,
      id,
      from,
      {
        status: 'posting',
        intentId: v7(),
        attempts: before.attempts + 1,
        lastAttemptAt: new Date(),
      },
      // Only if nobody claimed it since we read it: two workers never both post it.
      { attempts: before.attempts, intentId: before.intentId },
    );
    if (!claimed) return; // another worker has it
    // Read after the claim, right before the call: a withdrawal committed before this read is
    // seen, and one committed after the claim finds the draft `posting` and leaves it to us.
    if (!(await this.hasPostingConsent(ctx, claimed.seekerId))) {
      // Nothing was sent: the claim is undone, so the attempt does not count.
      await this.repo.transition(
        ctx,
        id,
        ['posting'],
        {
          status: 'paused',
          attempts: before.attempts,
          intentId: before.intentId,
          lastAttemptAt: before.lastAttemptAt,
          failureCode: CONSENT_REVOKED.code,
          failureMessage: CONSENT_REVOKED.message,
        },
        { intentId: claimed.intentId },
      );
      return;
    }
    let post: XPost;
    try {
      const client = await this.connect.userClient(ctx, claimed.seekerId);
      post = await client.post(claimed.text);
    } catch (err) {
      await this.afterFailure(ctx, claimed, err);
      return;
    }
    await this.markPosted(ctx, id, post);
  }

  /** The draft is on X: recorded, and integrators told in the same transaction. */
  private async markPosted(ctx: TenantScope, id: string, post: XPost): Promise<void> {
    await this.db.tx(ctx, async (tx) => {
      const done = await this.repo.transition(tx, id, ['posting'], {
        status: 'posted',
        xPostId: post.id,
        postedAt: post.createdAt ? new Date(post.createdAt) : new Date(),
        failureCode: null,
        failureMessage: null,
      });
      if (!done) return;
      await this.webhooks.emit(tx, WebhookEventType.POST_PUBLISHED, {
        draftId: toGlobalId('VoiceDraft', done.id),
        seekerId: toGlobalId('Seeker', done.seekerId),
        xPostId: post.id,
        url: `https://x.com/i/status/${post.id}`,
      });
    });
  }

  private async afterFailure(ctx: TenantScope, d: DraftRow, err: unknown): Promise<void> {
    const x = err instanceof XError ? err : null;
    const app = err instanceof AppError ? err : null;
    // Refusals X answered are final: nothing was posted, and sending again would be refused too.
    const definitive =
      (x &&
        [
          'X_BAD_REQUEST',
          'X_UNAUTHORIZED',
          'X_FORBIDDEN',
          'X_PAYMENT_REQUIRED',
          'X_NOT_FOUND',
        ].includes(x.code)) ||
      app !== null;
    if (definitive) {
      await this.repo.transition(ctx, d.id, ['posting'], {
        status: 'failed',
        failureCode: x?.code ?? app?.code ?? 'FAILED',
        failureMessage: (x ?? app)?.message ?? 'Posting failed.',
      });
      return;
    }
    if (x?.code === 'X_RATE_LIMITED') {
      // X refused before doing anything: back to the queue for the next tick, and the refused
      // call does not use up one of the three attempts.
      await this.repo.transition(ctx, d.id, ['posting'], {
        status: 'scheduled',
        attempts: Math.max(0, d.attempts - 1),
        failureCode: x.code,
        failureMessage: x.message,
      });
      return;
    }
    // Unknown outcome (timeout, 5xx, cut connection): stays `posting` and is checked once X
    // has settled.
    await this.repo.transition(ctx, d.id, ['posting'], {
      failureCode: x?.code ?? 'UNKNOWN',
      failureMessage: x?.message ?? String(err),
    });
  }

  /** An attempt of unknown outcome: find the post on X, or post again (up to three attempts). */
  async reconcile(ctx: TenantScope, id: string, now = new Date()): Promise<void> {
    const d = await this.repo.draft(ctx, id);
    if (!d || d.status !== 'posting') return;
    // Another worker attempted it since this tick listed it: that call may still be in flight.
    if (d.lastAttemptAt && d.lastAttemptAt.getTime() >= now.getTime() - this.settleMs) return;
    let found: XPost | undefined;
    try {
      const client = await this.connect.userClient(ctx, d.seekerId);
      const me = await client.me();
      // From the slot (before any attempt), not the last check: a failed check must not move
      // the window past a post that did land.
      const anchor = Math.min(
        d.scheduledFor?.getTime() ?? Infinity,
        d.lastAttemptAt?.getTime() ?? Infinity,
        d.updatedAt.getTime(),
      );
      const since = new Date(anchor - 5 * 60_000);
      const page = await client.userTimeline(me.id, {
        maxResults: 100,
        startTime: since.toISOString(),
        exclude: ['retweets'],
      });
      found = page.items.find((p) => sameText(p.text, d.text));
    } catch (err) {
      if (err instanceof XError || err instanceof AppError) {
        const since = d.scheduledFor ?? d.updatedAt;
        if (Date.now() - since.getTime() > VoiceService.GIVE_UP_CHECKING_MS) {
          // Posting again blind could post twice; say plainly that a person must look.
          await this.repo.transition(ctx, id, ['posting'], {
            status: 'failed',
            failureCode: 'OUTCOME_UNKNOWN',
            failureMessage: `Could not check for a day whether X published it (${err.message}); look at the seeker's profile before posting it again.`,
          });
          return;
        }
        // Cannot tell yet; try again at the next tick.
        await this.repo.transition(ctx, id, ['posting'], {
          lastAttemptAt: new Date(),
          failureCode: 'CHECK_FAILED',
          failureMessage: `Could not check the seeker's recent posts: ${err.message}`,
        });
        return;
      }
      throw err;
    }
    if (found) {
      await this.markPosted(ctx, id, found);
      return;
    }
    if (d.attempts >= MAX_ATTEMPTS) {
      await this.repo.transition(ctx, id, ['posting'], {
        status: 'failed',
        failureCode: 'NOT_POSTED',
        failureMessage: `X did not show the post after ${d.attempts} attempts.`,
      });
      return;
    }
    await this.attempt(ctx, id, ['posting'], d);
  }
}
