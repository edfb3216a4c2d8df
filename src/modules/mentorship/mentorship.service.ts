/**
 * mentorship: mentors found in what the tenant's watches bring in (seniority, topical authority,
 * responsiveness, place), an outreach pipeline with every move logged and cadence caps, drafts
 * checked for etiquette (and approved by a coach when the tenant asks), and informational
 * interviews with an agenda and an .ics invitation. Perch sends nothing itself: the seeker acts
 * through X web-intent links.
 */
import { Injectable } from '@nestjs/common';
import { assertTimeZone, eventsIcs, zonedToUtc } from '@libs/calendar';
import {
  FIELDS,
  fieldOf,
  locate,
  rankMentors,
  rankPeers,
  type RankedMentor,
  type RankedPeer,
} from '@libs/people';
import { checkOutreach, type ContactType, type OutreachCheck } from '@libs/text';
import { v7 } from 'uuid';
import type { TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { WebhookEventType } from '../integrations/webhook-events.js';
import { WebhooksService } from '../integrations/webhooks.service.js';
import { XCapability, XWatchKind } from '../ingestion/inputs/x-watch.inputs.js';
import type { XWatchModel } from '../ingestion/models/x-watch.model.js';
import { WatchesService } from '../ingestion/watches.service.js';
import type { SeekerModel } from '../seekers/models/seeker.model.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { agendaQuestions } from './agenda.js';
import { calendarInput } from './calendar-input.js';
import {
  MentorshipRepository,
  type ContactRow,
  type DraftRow,
  type InterviewRow,
  type PolicyRow,
} from './mentorship.repository.js';
import { awaitingAfter, followUpDueAt, moveProblem, type Stage } from './pipeline.js';
import { SeekerTasksRepository, type TaskRow } from './seeker-tasks.repository.js';

const DAY = 86_400_000;
const DISCOVERY_DAYS = 90;
const DISCOVERY_BACKFILL = 500;

export type Reach = 'near' | 'remote' | 'any';

/** X ids are 64-bit; anything longer would be an internal error in PostgreSQL, not bad input. */
export function isPostgresBigint(s: string): boolean {
  return /^\d{1,19}$/.test(s) && BigInt(s) <= 9223372036854775807n;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A field's words as a Postgres word-boundary regex, for counting on-field posts in SQL. */
export function fieldPattern(field: string): string {
  const f = Object.hasOwn(FIELDS, field) ? FIELDS[field] : undefined;
  if (!f) return '$^';
  const words = [...f.titles, ...f.skills].map((w) => escapeRegex(w.toLowerCase()));
  return `\\m(${words.join('|')})\\M`;
}

/** The X search that brings a field's conversation (and its mentors' replies) into Perch. */
export function discoveryQuery(field: string): string {
  const f = Object.hasOwn(FIELDS, field) ? FIELDS[field] : undefined;
  const words = f ? [...f.skills, ...f.titles] : [field];
  const quoted = words.map((w) => (/\s/.test(w) ? `"${w}"` : w));
  const parts: string[] = [];
  let length = 0;
  // X caps a query at 512 characters; the most telling words come first in the vocabulary.
  for (const w of quoted) {
    if (length + w.length + 4 > 440) break;
    parts.push(w);
    length += w.length + 4;
  }
  return `(${parts.join(' OR ')}) -is:retweet`;
}

export function intentUrl(
  contact: Pick<ContactRow, 'xAccountId' | 'username'>,
  draft: Pick<DraftRow, 'channel' | 'text' | 'replyToPostId'>,
): string {
  const text = encodeURIComponent(draft.text);
  if (draft.channel === 'dm') {
    return `https://x.com/messages/compose?recipient_id=${contact.xAccountId}&text=${text}`;
  }
  const reply = draft.replyToPostId ? `&in_reply_to=${draft.replyToPostId}` : '';
  return `https://x.com/intent/post?text=${text}${reply}`;
}

@Injectable()
export class MentorshipService {
  constructor(
    private readonly repo: MentorshipRepository,
    private readonly tasks: SeekerTasksRepository,
    private readonly seekers: SeekersService,
    private readonly watches: WatchesService,
    private readonly db: DatabaseService,
    private readonly webhooks: WebhooksService,
  ) {}

  /** The seeker's field: given, or read from their target roles, headline and industries. */
  fieldFor(seeker: SeekerModel, given?: string | null): string {
    if (given) {
      if (!Object.hasOwn(FIELDS, given)) {
        throw AppError.badInput(
          `Unknown field "${given}"; use one of: ${Object.keys(FIELDS).join(', ')}.`,
          ['field'],
        );
      }
      return given;
    }
    const text = [...seeker.targetRoles, seeker.headline ?? '', ...seeker.industries].join('. ');
    const field = fieldOf(text);
    if (!field) {
      throw new AppError(
        'INVALID_STATE',
        'Perch cannot tell this seeker\'s field from their target roles; add a target role (e.g. "Data Analyst") or pass a field.',
        ['field'],
      );
    }
    return field;
  }

  // ---- discovery ----

  /** Starts (or keeps) the shared search that brings the seeker's field into Perch. */
  async startDiscovery(
    ctx: TenantScope,
    seekerId: string,
    field?: string | null,
  ): Promise<{ field: string; watch: XWatchModel }> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const f = this.fieldFor(seeker, field);
    const watch = await this.watches.add(
      ctx,
      {
        capability: XCapability.MENTORSHIP,
        kind: XWatchKind.QUERY,
        target: discoveryQuery(f),
        seekerId: seeker.id,
        label: `Mentors in ${f}`,
        cadenceMinutes: 360,
      },
      { backfillPosts: DISCOVERY_BACKFILL },
    );
    return { field: f, watch };
  }

  async suggestions(
    ctx: TenantScope,
    seekerId: string,
    opts: { reach: Reach; radiusKm?: number; field?: string | null; first: number },
  ): Promise<{ field: string; mentors: RankedMentor[] }> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const field = this.fieldFor(seeker, opts.field);
    const place = seeker.locations.map((l) => locate(l)).find((p) => p !== null) ?? null;
    if (opts.reach === 'near' && !place) {
      throw AppError.badInput(
        'Perch cannot place this seeker: add a city to their locations (e.g. "Austin, TX"), or search with reach REMOTE or ANY.',
        ['reach'],
      );
    }
    const now = Date.now();
    const candidates = await this.repo.candidates(
      ctx,
      new Date(now - DISCOVERY_DAYS * DAY),
      fieldPattern(field),
    );
    const exclude = await this.repo.contactedAccountIds(ctx, seeker.uuid);
    const me = seeker.xHandle?.toLowerCase();
    const mentors = rankMentors(
      { field, place, reach: opts.reach, radiusKm: opts.radiusKm },
      candidates.filter((c) => c.username.toLowerCase() !== me),
      { now, limit: opts.first, exclude },
    );
    return { field, mentors };
  }

  /** People on X at an early stage in the seeker's field, near them, from the same candidates. */
  async peerSuggestions(
    ctx: TenantScope,
    seekerId: string,
    opts: { reach: Reach; first: number },
  ): Promise<RankedPeer[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const field = this.fieldFor(seeker);
    const place = seeker.locations.map((l) => locate(l)).find((p) => p !== null) ?? null;
    if (opts.reach === 'near' && !place) {
      throw AppError.badInput(
        'Perch cannot place this seeker: add a city to their locations, or search with reach REMOTE or ANY.',
        ['reach'],
      );
    }
    const now = Date.now();
    const candidates = await this.repo.candidates(
      ctx,
      new Date(now - DISCOVERY_DAYS * DAY),
      fieldPattern(field),
    );
    const me = seeker.xHandle?.toLowerCase();
    return rankPeers(
      {
        field,
        stage: seeker.careerStage,
        place: opts.reach === 'near' ? place : null,
        radiusKm: opts.reach === 'near' ? 150 : undefined,
      },
      candidates.filter((c) => c.username.toLowerCase() !== me),
      { now, limit: opts.first },
    );
  }

  // ---- the pipeline ----

  async addContact(
    ctx: TenantScope,
    seekerId: string,
    input: { xAccountId: string; contactType: ContactType; reasons?: string[]; score?: number },
  ): Promise<ContactRow> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    if (!isPostgresBigint(input.xAccountId)) {
      throw AppError.badInput('Give the numeric X account id from mentorSuggestions.', [
        'xAccountId',
      ]);
    }
    const account = await this.repo.account(ctx, input.xAccountId);
    if (!account) {
      throw AppError.badInput(
        'Perch has not seen this X account yet; pick one from mentorSuggestions.',
        ['xAccountId'],
      );
    }
    // A contact picked from the suggestions keeps why it was suggested ("Why them").
    const suggested =
      input.reasons === undefined
        ? (await this.suggestions(ctx, seekerId, { reach: 'any', first: 100 })).mentors.find(
            (m) => m.id === account.id,
          )
        : undefined;
    return this.db.tx(ctx, async (tx) => {
      const { row, created } = await this.repo.upsertContact(tx, {
        id: v7(),
        seekerId: seeker.uuid,
        xAccountId: account.id,
        username: account.username,
        name: account.name,
        contactType: input.contactType,
        reasons: input.reasons ?? suggested?.reasons ?? [],
        score: input.score ?? suggested?.score ?? null,
      });
      if (created) {
        await this.repo.logEvent(
          tx,
          { id: v7(), contactId: row.id, from: null, to: 'identified', note: null },
          this.actor(ctx),
        );
      }
      return row;
    });
  }

  /** The contact, if the caller may see its seeker; NOT_FOUND otherwise. */
  async contact(ctx: TenantScope, id: string): Promise<ContactRow> {
    const c = await this.repo.contact(ctx, id);
    if (!c || !(await this.seekers.findVisible(ctx, c.seekerId))) {
      throw AppError.notFound('mentor contact');
    }
    return c;
  }

  async findContact(ctx: TenantScope, id: string): Promise<ContactRow | null> {
    const c = await this.repo.contact(ctx, id);
    return c && (await this.seekers.findVisible(ctx, c.seekerId)) ? c : null;
  }

  async contactsOf(ctx: TenantScope, seekerId: string): Promise<ContactRow[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    return this.repo.contactsOf(ctx, [seeker.uuid]);
  }

  async move(
    ctx: TenantScope,
    contactId: string,
    to: Stage,
    opts: { note?: string | null; replied?: boolean },
  ): Promise<ContactRow> {
    await this.contact(ctx, contactId);
    return this.db.tx(ctx, async (tx) => {
      const c = await this.repo.contact(tx, contactId, true);
      if (!c) throw AppError.notFound('mentor contact');
      return this.applyMove(tx, c, to, opts.note ?? null, opts.replied ?? false);
    });
  }

  private async applyMove(
    ctx: TenantScope,
    c: ContactRow,
    to: Stage,
    note: string | null,
    replied: boolean,
  ): Promise<ContactRow> {
    const policy = await this.repo.policy(ctx);
    const isNewFirstContact = to === 'first_contact' && c.firstContactAt === null;
    const recent = isNewFirstContact
      ? await this.repo.firstContactsSince(ctx, c.seekerId, new Date(Date.now() - 7 * DAY), c.id)
      : 0;
    const problem = moveProblem(c, to, {
      replied,
      firstContactsThisWeek: recent,
      weeklyCap: policy.firstContactsPerWeek,
    });
    if (problem) throw new AppError(problem.code, problem.message, ['stage']);
    if (
      isNewFirstContact &&
      policy.requireFirstContactApproval &&
      !(await this.repo.hasApprovedDraft(ctx, c.id))
    ) {
      throw new AppError(
        'INVALID_STATE',
        'Your organization asks a coach to approve the first message to a new contact: write a draft and have it approved first.',
        ['stage'],
      );
    }
    return this.repo.move(
      ctx,
      { id: c.id, from: c.stage, to, awaitingReply: awaitingAfter(c, to, replied), note },
      v7(),
      this.actor(ctx),
    );
  }

  async recordReply(ctx: TenantScope, contactId: string, note: string | null): Promise<ContactRow> {
    const c = await this.contact(ctx, contactId);
    return this.db.tx(ctx, async (tx) => {
      await this.repo.logEvent(
        tx,
        { id: v7(), contactId, from: c.stage, to: c.stage, note: note ?? 'They replied.' },
        this.actor(ctx),
      );
      return this.repo.setFlags(tx, contactId, { awaitingReply: false });
    });
  }

  async setBlocked(ctx: TenantScope, contactId: string, blocked: boolean): Promise<ContactRow> {
    const c = await this.contact(ctx, contactId);
    return this.db.tx(ctx, async (tx) => {
      await this.repo.logEvent(
        tx,
        {
          id: v7(),
          contactId,
          from: c.stage,
          to: c.stage,
          note: blocked ? 'Blocked: no more outreach.' : 'Unblocked.',
        },
        this.actor(ctx),
      );
      return this.repo.setFlags(tx, contactId, { blocked });
    });
  }

  eventsOf(ctx: TenantScope, contactIds: readonly string[]) {
    return this.repo.eventsOf(ctx, contactIds);
  }

  followUpDueAt(c: ContactRow, policy: PolicyRow): Date | null {
    return followUpDueAt(c, policy.followUpAfterDays);
  }

  policy(ctx: TenantScope): Promise<PolicyRow> {
    return this.repo.policy(ctx);
  }

  async setPolicy(ctx: TenantScope, patch: Partial<PolicyRow>): Promise<PolicyRow> {
    return this.db.tx(ctx, async (tx) => {
      const next = { ...(await this.repo.policy(tx)), ...patch };
      await this.repo.savePolicy(tx, next);
      return next;
    });
  }

  // ---- drafts and the etiquette check ----

  private refuseOutreach(c: ContactRow): void {
    if (c.blocked) {
      throw new AppError(
        'INVALID_STATE',
        `You blocked @${c.username}; unblock them before writing to them.`,
        ['contactId'],
      );
    }
    if (c.stage === 'declined') {
      throw new AppError(
        'INVALID_STATE',
        `@${c.username} declined; Perch will not help write to them again.`,
        ['contactId'],
      );
    }
  }

  async check(
    ctx: TenantScope,
    contactId: string,
    text: string,
    channel: 'reply' | 'dm',
  ): Promise<OutreachCheck> {
    const c = await this.contact(ctx, contactId);
    const [recentPosts, otherMessages] = await Promise.all([
      this.repo.recentPosts(ctx, c.xAccountId),
      this.repo.otherMessages(ctx, c.seekerId, c.id),
    ]);
    return checkOutreach(text, {
      contactType: c.contactType,
      channel,
      firstContact: c.firstContactAt === null,
      recipient: {
        username: c.username,
        name: c.name ?? undefined,
        recentPosts: recentPosts.map((p) => ({ id: p.id, text: p.text })),
      },
      otherMessages,
    });
  }

  async createDraft(
    ctx: TenantScope,
    input: { contactId: string; text: string; channel: 'reply' | 'dm'; replyToPostId?: string },
  ): Promise<{ draft: DraftRow; contact: ContactRow }> {
    const c = await this.contact(ctx, input.contactId);
    this.refuseOutreach(c);
    if (input.replyToPostId && !isPostgresBigint(input.replyToPostId)) {
      throw AppError.badInput('Give the numeric id of an X post.', ['replyToPostId']);
    }
    const check = await this.check(ctx, c.id, input.text, input.channel);
    if (input.channel === 'reply' && check.length > 280) {
      throw AppError.badInput(
        `A public reply holds 280 characters; this one has ${check.length}. Shorten it or send it as a DM.`,
        ['text'],
      );
    }
    const policy = await this.repo.policy(ctx);
    const needsApproval = policy.requireFirstContactApproval && c.firstContactAt === null;
    const draft = await this.repo.insertDraft(ctx, {
      id: v7(),
      contactId: c.id,
      channel: input.channel,
      text: input.text,
      replyToPostId:
        input.replyToPostId ?? (input.channel === 'reply' ? check.referencedPostId : null),
      checkResult: check,
      status: needsApproval ? 'pending_approval' : 'draft',
      createdBy: this.actor(ctx),
    });
    return { draft, contact: c };
  }

  async draft(ctx: TenantScope, id: string): Promise<{ draft: DraftRow; contact: ContactRow }> {
    const d = await this.repo.draft(ctx, id);
    const c = d ? await this.findContact(ctx, d.contactId) : null;
    if (!d || !c) throw AppError.notFound('outreach draft');
    return { draft: d, contact: c };
  }

  draftsOf(ctx: TenantScope, contactIds: readonly string[]): Promise<DraftRow[]> {
    return this.repo.draftsOf(ctx, contactIds);
  }

  async review(
    ctx: TenantScope,
    id: string,
    approve: boolean,
    comment: string | null,
  ): Promise<{ draft: DraftRow; contact: ContactRow }> {
    const { draft, contact } = await this.draft(ctx, id);
    if (ctx.principal.kind !== 'user') {
      // An approval is a coach's judgement; it must name who made it.
      throw new AppError('FORBIDDEN', 'A coach approves drafts, signed in, not an API key.');
    }
    if (draft.status === 'sent') {
      throw new AppError('INVALID_STATE', 'This draft was already sent.', ['draftId']);
    }
    if (approve) this.refuseOutreach(contact);
    const reviewer = this.actor(ctx);
    const next = await this.repo.reviewDraft(
      ctx,
      id,
      approve ? 'approved' : 'changes_requested',
      comment,
      reviewer,
    );
    if (!next) throw new AppError('INVALID_STATE', 'This draft was already sent.', ['draftId']);
    return { draft: next, contact };
  }

  /**
   * The seeker sent the draft through its intent link. A first message moves the contact to
   * first_contact (with the cadence cap); later ones are logged on the contact.
   */
  async markSent(ctx: TenantScope, id: string): Promise<{ draft: DraftRow; contact: ContactRow }> {
    const found = await this.draft(ctx, id);
    this.refuseOutreach(found.contact);
    return this.db.tx(ctx, async (tx) => {
      const c = await this.repo.contact(tx, found.contact.id, true);
      if (!c) throw AppError.notFound('mentor contact');
      this.refuseOutreach(c);
      const asks = (found.draft.checkResult as { asks?: number } | null)?.asks ?? 0;
      if (c.awaitingReply && asks > 0) {
        throw new AppError(
          'INVALID_STATE',
          'You are still waiting for an answer to your last message. Wait for a reply (recordMentorReply) before asking again, or send a message without a new ask.',
          ['draftId'],
        );
      }
      const policy = await this.repo.policy(tx);
      const approvalNeeded = policy.requireFirstContactApproval && c.firstContactAt === null;
      if (found.draft.status === 'sent') {
        throw new AppError('INVALID_STATE', 'This draft was already marked sent.', ['draftId']);
      }
      if (approvalNeeded && found.draft.status !== 'approved') {
        throw new AppError(
          'INVALID_STATE',
          'A coach must approve this first message before it is sent.',
          ['draftId'],
        );
      }
      let contact = c;
      if (c.stage === 'identified' || c.stage === 'engaging' || c.stage === 'no_reply') {
        contact = await this.applyMove(tx, c, 'first_contact', 'Sent an outreach draft.', false);
      } else {
        await this.repo.logEvent(
          tx,
          { id: v7(), contactId: c.id, from: c.stage, to: c.stage, note: 'Sent a message.' },
          this.actor(ctx),
        );
      }
      const draft = await this.repo.reviewDraft(tx, id, 'sent', null, null);
      if (!draft)
        throw new AppError('INVALID_STATE', 'This draft was already marked sent.', ['draftId']);
      return { draft, contact };
    });
  }

  // ---- informational interviews ----

  async schedule(
    ctx: TenantScope,
    input: {
      contactId: string;
      startsAt: string;
      timeZone: string;
      durationMinutes: number;
      mode: 'online' | 'in_person';
      place?: string | null;
      meetingUrl?: string | null;
    },
  ): Promise<{ interview: InterviewRow; contact: ContactRow }> {
    const c = await this.contact(ctx, input.contactId);
    this.refuseOutreach(c);
    const timeZone = calendarInput(() => assertTimeZone(input.timeZone), { timeZone: 'timeZone' });
    const startsAt = calendarInput(() => zonedToUtc(input.startsAt, timeZone), {
      localTime: 'startsAt',
    });
    if (input.mode === 'in_person' && !input.place?.trim()) {
      throw AppError.badInput('An in-person interview needs a place (a café, an office…).', [
        'place',
      ]);
    }
    if (startsAt.getTime() < Date.now() - 5 * 60_000) {
      throw AppError.badInput('The interview starts in the past; give a future time.', [
        'startsAt',
      ]);
    }
    const seeker = await this.seekers.getSeeker(ctx, c.seekerId);
    const posts = await this.repo.recentPosts(ctx, c.xAccountId);
    const agenda = agendaQuestions(posts, {
      targetRoles: seeker.targetRoles,
      field: fieldOf([...seeker.targetRoles, seeker.headline ?? ''].join('. ')),
    });
    return this.db.tx(ctx, async (tx) => {
      const locked = await this.repo.contact(tx, c.id, true);
      if (!locked) throw AppError.notFound('mentor contact');
      const contact = await this.applyMove(tx, locked, 'scheduled', 'Interview scheduled.', true);
      const interview = await this.repo.insertInterview(tx, {
        id: v7(),
        contactId: c.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
        timeZone,
        mode: input.mode,
        place: input.mode === 'in_person' ? (input.place?.trim() ?? null) : null,
        meetingUrl: input.meetingUrl?.trim() || null,
        agenda,
      });
      await this.tasks.add(tx, [
        {
          id: v7(),
          seekerId: c.seekerId,
          kind: 'prepare',
          title: `Prepare for your conversation with @${c.username}: read their recent posts and the agenda`,
          dueAt: new Date(startsAt.getTime() - DAY),
          contactId: c.id,
          eventId: null,
          interviewId: interview.id,
          xUsername: c.username,
        },
      ]);
      await this.webhooks.emit(tx, WebhookEventType.INTERVIEW_SCHEDULED, {
        interviewId: toGlobalId('InformationalInterview', interview.id),
        seekerId: toGlobalId('Seeker', c.seekerId),
        mentorContactId: toGlobalId('MentorContact', c.id),
        mentorUsername: c.username,
        startsAt: interview.startsAt.toISOString(),
        endsAt: interview.endsAt.toISOString(),
        timeZone,
        mode: input.mode,
      });
      return { interview, contact };
    });
  }

  async interview(
    ctx: TenantScope,
    id: string,
  ): Promise<{ interview: InterviewRow; contact: ContactRow }> {
    const i = await this.repo.interview(ctx, id);
    const c = i ? await this.findContact(ctx, i.contactId) : null;
    if (!i || !c) throw AppError.notFound('informational interview');
    return { interview: i, contact: c };
  }

  interviewsOf(ctx: TenantScope, contactIds: readonly string[]): Promise<InterviewRow[]> {
    return this.repo.interviewsOf(ctx, contactIds);
  }

  /** Notes and the outcome; a held interview moves the contact on and asks for a thank-you. */
  async updateInterview(
    ctx: TenantScope,
    id: string,
    input: { notes?: string | null; status?: 'held' | 'cancelled'; followUps?: string[] },
  ): Promise<{ interview: InterviewRow; contact: ContactRow }> {
    const found = await this.interview(ctx, id);
    if (found.interview.status !== 'scheduled' && input.status) {
      throw new AppError('INVALID_STATE', `This interview is already ${found.interview.status}.`, [
        'status',
      ]);
    }
    return this.db.tx(ctx, async (tx) => {
      let contact = found.contact;
      if (input.status === 'held') {
        const locked = await this.repo.contact(tx, contact.id, true);
        if (!locked) throw AppError.notFound('mentor contact');
        contact = await this.applyMove(tx, locked, 'held', 'Interview held.', true);
      } else if (input.status === 'cancelled') {
        // A cancellation is always possible; the contact moves back only if it was waiting on
        // this interview, and the preparation task goes with it.
        const locked = await this.repo.contact(tx, contact.id, true);
        if (!locked) throw AppError.notFound('mentor contact');
        contact =
          locked.stage === 'scheduled'
            ? await this.repo.move(
                tx,
                {
                  id: locked.id,
                  from: locked.stage,
                  to: 'interview_proposed',
                  awaitingReply: false,
                  note: 'Interview cancelled.',
                },
                v7(),
                this.actor(ctx),
              )
            : locked;
        await this.tasks.completeFor(tx, { interviewId: id, kind: 'prepare' });
      }
      const interview = await this.repo.updateInterview(tx, id, {
        notes: input.notes,
        status: input.status,
      });
      const ends = interview.endsAt.getTime();
      const base = {
        seekerId: contact.seekerId,
        contactId: contact.id,
        eventId: null,
        interviewId: interview.id,
        xUsername: contact.username,
      };
      const tasks: Omit<TaskRow, 'doneAt' | 'createdAt'>[] =
        input.status === 'held'
          ? [
              {
                ...base,
                id: v7(),
                kind: 'thank',
                title: `Thank @${contact.username} within a day, naming one thing you will act on`,
                dueAt: new Date(ends + DAY),
              },
            ]
          : [];
      for (const f of input.followUps ?? []) {
        tasks.push({
          ...base,
          id: v7(),
          kind: 'follow_up',
          title: f,
          dueAt: new Date(ends + 7 * DAY),
          xUsername: null,
        });
      }
      await this.tasks.add(tx, tasks);
      return { interview, contact };
    });
  }

  ics(i: InterviewRow, c: ContactRow, seekerName: string): string {
    return eventsIcs(`Perch: ${seekerName}`, [
      {
        uid: `${i.id}@perch`,
        title: `Informational interview with @${c.username}`,
        description: [
          `${seekerName} and @${c.username} (https://x.com/${c.username}).`,
          '',
          'Agenda:',
          ...i.agenda.map((a, n) => `${n + 1}. ${a.question}`),
        ].join('\n'),
        start: i.startsAt,
        end: i.endsAt,
        timeZone: i.timeZone,
        location: i.mode === 'in_person' ? (i.place ?? undefined) : (i.meetingUrl ?? 'Online'),
        url: i.meetingUrl ?? undefined,
        alarmMinutesBefore: 30,
      },
    ]);
  }

  // ---- tasks ----

  async tasksOf(ctx: TenantScope, seekerId: string, includeDone: boolean): Promise<TaskRow[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    return this.tasks.listFor(ctx, seeker.uuid, includeDone);
  }

  async completeTask(ctx: TenantScope, id: string): Promise<TaskRow> {
    const t = await this.tasks.find(ctx, id);
    if (!t || !(await this.seekers.findVisible(ctx, t.seekerId))) {
      throw AppError.notFound('seeker task');
    }
    return this.tasks.complete(ctx, id);
  }

  async findTask(ctx: TenantScope, id: string): Promise<TaskRow | null> {
    const t = await this.tasks.find(ctx, id);
    return t && (await this.seekers.findVisible(ctx, t.seekerId)) ? t : null;
  }

  private actor(ctx: TenantScope): string | null {
    return ctx.principal.kind === 'user' ? ctx.principal.membershipId : null;
  }
}
