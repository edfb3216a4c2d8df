/**
 * orgs: trade and professional organizations with their X accounts, events (conferences,
 * workshops) whose hashtags are captured before, during and after, and recurring hashtag chats
 * with an archive per occurrence. Capture runs through shared ingestion sources (one per
 * hashtag), so a conference many tenants follow is read once.
 */
import { Injectable } from '@nestjs/common';
import {
  assertTimeZone,
  eventsIcs,
  firstOccurrence,
  nextOccurrences,
  occurrences,
  parseRecurrence,
  utcToZoned,
  zonedToUtc,
  describeRecurrence,
  type IcsEvent,
  type Occurrence,
  type Recurrence,
} from '@libs/calendar';
import { FIELDS, fieldOf } from '@libs/people';
import { countTerms, distinctiveTerms } from '@libs/text';
import { mintToken, parseToken, secretMatches } from '@libs/tokens';
import { v7 } from 'uuid';
import { asTenantId, systemScope, type TenantScope } from '../../platform/database/context.js';
import { DatabaseService } from '../../platform/database/database.service.js';
import { AppError } from '../../platform/errors.js';
import { XCapability, XWatchKind } from '../ingestion/inputs/x-watch.inputs.js';
import { WatchesService } from '../ingestion/watches.service.js';
import { calendarInput } from '../mentorship/calendar-input.js';
import { SeekerTasksRepository } from '../mentorship/seeker-tasks.repository.js';
import { SeekersService } from '../seekers/seekers.service.js';
import type { SeekerModel } from '../seekers/models/seeker.model.js';
import { assembleArchive, type ChatArchive } from './archive.js';
import { normalizeHashtag } from './hashtags.js';
import {
  OrgsRepository,
  hashtagQuery,
  type ChatRow,
  type EventKind,
  type EventRow,
  type OrganizationRow,
} from './orgs.repository.js';

const DAY = 86_400_000;
const CAPTURE_BEFORE_DAYS = 21;
const CAPTURE_AFTER_DAYS = 7;
const HASHTAG_BACKFILL = 1000;

export type EventPhase = 'before' | 'during' | 'after';
export function phaseWindow(e: EventRow, phase: EventPhase): { start: number; end: number } {
  const s = e.startsAt.getTime();
  const en = e.endsAt.getTime();
  if (phase === 'before') return { start: s - CAPTURE_BEFORE_DAYS * DAY, end: s };
  if (phase === 'during') return { start: s, end: en };
  return { start: en, end: en + CAPTURE_AFTER_DAYS * DAY };
}

@Injectable()
export class OrgsService {
  constructor(
    private readonly repo: OrgsRepository,
    private readonly tasks: SeekerTasksRepository,
    private readonly seekers: SeekersService,
    private readonly watches: WatchesService,
    private readonly db: DatabaseService,
  ) {}

  /** Seekers who joined an event or chat, as far as the caller may see them, earliest first. */
  async attendees(
    ctx: TenantScope,
    what: { eventId?: string; chatId?: string },
  ): Promise<SeekerModel[]> {
    const ids = (await this.repo.attendeesOf(ctx, what)).map((a) => a.seekerId);
    const visible = new Map((await this.seekers.visibleByIds(ctx, ids)).map((s) => [s.uuid, s]));
    return ids.flatMap((id) => visible.get(id) ?? []);
  }

  private checkField(field: string | undefined | null): string | null {
    if (!field) return null;
    if (!Object.hasOwn(FIELDS, field)) {
      throw AppError.badInput(
        `Unknown field "${field}"; use one of: ${Object.keys(FIELDS).join(', ')}.`,
        ['field'],
      );
    }
    return field;
  }

  private async captureHashtags(ctx: TenantScope, tags: readonly string[], label: string) {
    for (const tag of tags) {
      await this.watches.add(
        ctx,
        {
          capability: XCapability.ORGS,
          kind: XWatchKind.QUERY,
          target: hashtagQuery(tag),
          label: `${label} #${tag}`,
          cadenceMinutes: 15,
        },
        { backfillPosts: HASHTAG_BACKFILL },
      );
    }
  }

  // ---- organizations ----

  async addOrganization(
    ctx: TenantScope,
    input: { name: string; field?: string; site?: string; handles: string[] },
  ): Promise<OrganizationRow> {
    const field = this.checkField(input.field);
    const name = input.name.trim();
    // One transaction: a duplicate name or a handle X does not know leaves no watch behind.
    return this.db.tx(ctx, async (tx) => {
      const row = await this.repo.insertOrganization(tx, {
        id: v7(),
        name,
        field,
        site: input.site?.trim() || null,
        xAccountIds: [],
        usernames: [],
      });
      if (!row) {
        throw new AppError('CONFLICT', `An organization named "${name}" exists already.`, ['name']);
      }
      const ids: string[] = [];
      const usernames: string[] = [];
      for (const [i, handle] of input.handles.entries()) {
        const watch = await this.watches
          .add(tx, {
            capability: XCapability.ORGS,
            kind: XWatchKind.TIMELINE,
            target: handle,
            cadenceMinutes: 120,
          })
          .catch((e: unknown) => {
            if (e instanceof AppError && e.field) {
              throw new AppError(e.code, e.message, ['handles', String(i)]);
            }
            throw e;
          });
        ids.push(watch.target);
        usernames.push(watch.label.replace(/^@/, ''));
      }
      return this.repo.setOrganizationAccounts(tx, row.id, ids, usernames);
    });
  }

  organizations(ctx: TenantScope): Promise<OrganizationRow[]> {
    return this.repo.organizations(ctx);
  }

  async organization(ctx: TenantScope, id: string): Promise<OrganizationRow> {
    const o = await this.repo.organization(ctx, id);
    if (!o) throw AppError.notFound('organization');
    return o;
  }

  findOrganization(ctx: TenantScope, id: string): Promise<OrganizationRow | null> {
    return this.repo.organization(ctx, id);
  }

  /** What the organization is talking about: its distinctive terms against other orgs’ posts. */
  async talkingAbout(
    ctx: TenantScope,
    org: OrganizationRow,
    days = 30,
  ): Promise<{
    terms: { term: string; count: number }[];
    posts: { id: string; text: string; createdAt: Date }[];
  }> {
    const since = new Date(Date.now() - days * DAY);
    const all = await this.repo.organizations(ctx);
    const allIds = [...new Set(all.flatMap((o) => o.xAccountIds))];
    const posts = await this.repo.postsBy(ctx, allIds, since, 5000);
    const mine = new Set(org.xAccountIds);
    const own = posts.filter((p) => mine.has(p.authorId));
    const fg = countTerms(
      own.map((p) => p.text),
      { distinct: true },
    );
    const bg = countTerms(
      posts.map((p) => p.text),
      { distinct: true },
    );
    const terms = distinctiveTerms(fg, bg, { top: 10, minCount: 2 }).map((t) => ({
      term: t.term,
      count: t.count,
    }));
    return { terms, posts: own.slice(0, 5) };
  }

  /** Organizations in the seeker's field, or naming their city, with the reason. */
  async suggestionsFor(
    ctx: TenantScope,
    seekerId: string,
  ): Promise<{ org: OrganizationRow; reasons: string[] }[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const field = fieldOf([...seeker.targetRoles, seeker.headline ?? ''].join('. '));
    const cities = seeker.locations
      .map((l) => l.split(',')[0].trim().toLowerCase())
      .filter(Boolean);
    const out: { org: OrganizationRow; reasons: string[]; score: number }[] = [];
    for (const org of await this.repo.organizations(ctx)) {
      const reasons: string[] = [];
      let score = 0;
      if (field && org.field === field) {
        reasons.push(`In your field: ${field}`);
        score += 2;
      }
      const name = org.name.toLowerCase();
      const city = cities.find((c) => name.includes(c));
      if (city) {
        reasons.push(`Local to ${city.replace(/\b\w/g, (c) => c.toUpperCase())}`);
        score += 1;
      }
      if (!org.field && !city) continue;
      if (score > 0) out.push({ org, reasons, score });
    }
    return out.sort((a, b) => b.score - a.score || a.org.name.localeCompare(b.org.name));
  }

  // ---- events ----

  async addEvent(
    ctx: TenantScope,
    input: {
      name: string;
      kind: EventKind;
      startsAt: string;
      endsAt: string;
      timeZone: string;
      online: boolean;
      place?: string;
      url?: string;
      hashtags: string[];
      organizationId?: string | null;
      speakers?: string[];
    },
  ): Promise<EventRow> {
    const timeZone = calendarInput(() => assertTimeZone(input.timeZone), { timeZone: 'timeZone' });
    const startsAt = calendarInput(() => zonedToUtc(input.startsAt, timeZone), {
      localTime: 'startsAt',
    });
    const endsAt = calendarInput(() => zonedToUtc(input.endsAt, timeZone), {
      localTime: 'endsAt',
    });
    if (endsAt <= startsAt) {
      throw AppError.badInput('The event ends before it starts; check endsAt.', ['endsAt']);
    }
    if (!input.online && !input.place?.trim()) {
      throw AppError.badInput('Give a place, or mark the event online.', ['place']);
    }
    if (!input.hashtags.length) {
      throw AppError.badInput('Give at least one hashtag to capture, like #DataConf2026.', [
        'hashtags',
      ]);
    }
    const hashtags = [
      ...new Set(input.hashtags.map((h, i) => normalizeHashtag(h, ['hashtags', String(i)]))),
    ];
    const speakers = (input.speakers ?? []).map((s, i) => {
      const m = /^@?(\w{1,15})$/.exec(s.trim());
      if (!m) throw AppError.badInput('Give speakers as X handles.', ['speakers', String(i)]);
      return m[1];
    });
    if (input.organizationId) await this.organization(ctx, input.organizationId);
    return this.db.tx(ctx, async (tx) => {
      await this.captureHashtags(tx, hashtags, input.name);
      return this.repo.insertEvent(tx, {
        id: v7(),
        name: input.name.trim(),
        kind: input.kind,
        startsAt,
        endsAt,
        timeZone,
        online: input.online,
        place: input.place?.trim() || null,
        url: input.url?.trim() || null,
        hashtags,
        organizationId: input.organizationId ?? null,
        speakers,
      });
    });
  }

  events(ctx: TenantScope, upcomingOnly: boolean): Promise<EventRow[]> {
    return this.repo.events(ctx, upcomingOnly ? new Date() : null);
  }

  async event(ctx: TenantScope, id: string): Promise<EventRow> {
    const e = await this.repo.event(ctx, id);
    if (!e) throw AppError.notFound('org event');
    return e;
  }

  findEvent(ctx: TenantScope, id: string): Promise<EventRow | null> {
    return this.repo.event(ctx, id);
  }

  async highlights(ctx: TenantScope, e: EventRow, phase: EventPhase | null): Promise<ChatArchive> {
    const window = phase
      ? phaseWindow(e, phase)
      : { start: phaseWindow(e, 'before').start, end: phaseWindow(e, 'after').end };
    const posts = await this.repo.hashtagPosts(
      ctx,
      e.hashtags,
      new Date(window.start),
      new Date(window.end),
    );
    const speakerIds = await this.repo.accountIdsByUsername(ctx, e.speakers);
    return assembleArchive(posts, window, {
      speakerIds: [...speakerIds.values()],
      topPosts: 5,
      topLinks: 5,
    });
  }

  /**
   * Follow-ups after an event so the conversation carries on: thank each speaker who posted,
   * meet the most active participants. Re-running adds nothing twice.
   */
  async createEventFollowUps(ctx: TenantScope, eventId: string, seekerId: string): Promise<number> {
    const e = await this.event(ctx, eventId);
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const archive = await this.highlights(ctx, e, null);
    const me = seeker.xHandle?.toLowerCase();
    const due = new Date(Math.max(Date.now(), e.endsAt.getTime()) + 2 * DAY);
    const speakers = new Set(e.speakers.map((s) => s.toLowerCase()));
    const base = {
      seekerId: seeker.uuid,
      contactId: null,
      eventId: e.id,
      interviewId: null,
      dueAt: due,
    };
    const tasks = [
      ...e.speakers.map((s) => ({
        ...base,
        id: v7(),
        kind: 'thank' as const,
        title: `Thank @${s} for their talk at ${e.name}, naming one idea you took away`,
        xUsername: s,
      })),
      ...archive.participants
        .filter((p) => !speakers.has(p.username.toLowerCase()) && p.username.toLowerCase() !== me)
        .filter((p) => !p.isHost)
        .slice(0, 5)
        .map((p) => ({
          ...base,
          id: v7(),
          kind: 'meet' as const,
          title: `Keep talking with @${p.username} (${p.posts} ${p.posts === 1 ? 'post' : 'posts'} at #${e.hashtags[0]}): reply to one of their posts`,
          xUsername: p.username,
        })),
    ];
    return this.tasks.add(ctx, tasks);
  }

  // ---- chats ----

  recurrenceOf(c: ChatRow): Recurrence {
    return parseRecurrence({
      rrule: c.rrule,
      timeZone: c.timeZone,
      startLocal: c.startLocal,
      durationMinutes: c.durationMinutes,
    });
  }

  async addChat(
    ctx: TenantScope,
    input: {
      name: string;
      hashtag: string;
      hostUsername?: string;
      rrule: string;
      timeZone: string;
      startLocal: string;
      durationMinutes: number;
      organizationId?: string | null;
    },
  ): Promise<ChatRow> {
    const hashtag = normalizeHashtag(input.hashtag, ['hashtag']);
    const rec = calendarInput(() =>
      parseRecurrence({
        rrule: input.rrule,
        timeZone: input.timeZone,
        startLocal: input.startLocal,
        durationMinutes: input.durationMinutes,
      }),
    );
    const host = input.hostUsername?.trim().replace(/^@/, '') || null;
    if (host && !/^\w{1,15}$/.test(host)) {
      throw AppError.badInput('Give the host as an X handle.', ['hostUsername']);
    }
    if (input.organizationId) await this.organization(ctx, input.organizationId);
    return this.db.tx(ctx, async (tx) => {
      const row = await this.repo.insertChat(tx, {
        id: v7(),
        name: input.name.trim(),
        hashtag,
        hostUsername: host,
        rrule: rec.rrule,
        timeZone: rec.timeZone,
        startLocal: rec.startLocal,
        durationMinutes: rec.durationMinutes,
        organizationId: input.organizationId ?? null,
      });
      if (!row) {
        throw new AppError('CONFLICT', `The chat #${hashtag} exists already.`, ['hashtag']);
      }
      await this.captureHashtags(tx, [hashtag], input.name);
      return row;
    });
  }

  chats(ctx: TenantScope): Promise<ChatRow[]> {
    return this.repo.chats(ctx);
  }

  async chat(ctx: TenantScope, id: string): Promise<ChatRow> {
    const c = await this.repo.chat(ctx, id);
    if (!c) throw AppError.notFound('hashtag chat');
    return c;
  }

  findChat(ctx: TenantScope, id: string): Promise<ChatRow | null> {
    return this.repo.chat(ctx, id);
  }

  describe(c: ChatRow): string {
    return describeRecurrence(this.recurrenceOf(c));
  }

  upcoming(c: ChatRow, n: number, after = new Date()): Occurrence[] {
    return nextOccurrences(this.recurrenceOf(c), after, n);
  }

  /** The last `n` occurrences that have ended, newest first. */
  past(c: ChatRow, n: number, now = new Date()): Occurrence[] {
    const rec = this.recurrenceOf(c);
    // Widen the look-back until n are found: a weekly chat needs weeks, a yearly one years.
    let found: Occurrence[] = [];
    for (let days = Math.max(n * 8, 62); days <= 366 * 20; days *= 4) {
      const from = new Date(now.getTime() - days * DAY);
      found = occurrences(rec, from, now, 100_000).filter((o) => o.end <= now);
      if (found.length >= n) break;
    }
    return found.slice(-n).reverse();
  }

  /** The archive of the occurrence starting at `start` (default: the last one that ended). */
  async archive(
    ctx: TenantScope,
    c: ChatRow,
    start: Date | null,
  ): Promise<{ occurrence: Occurrence; archive: ChatArchive } | null> {
    let occurrence: Occurrence | undefined;
    if (start) {
      const t = start.getTime();
      if (!Number.isFinite(t) || t < Date.UTC(1970, 0, 1) || t > Date.UTC(2200, 0, 1)) {
        throw AppError.badInput('Give an occurrence start from pastOccurrences.', [
          'occurrenceStart',
        ]);
      }
      const rec = this.recurrenceOf(c);
      [occurrence] = calendarInput(() => occurrences(rec, start, new Date(t + 1), 1), {
        start: 'occurrenceStart',
        from: 'occurrenceStart',
      });
      if (!occurrence) {
        throw AppError.badInput(
          `#${c.hashtag} has no occurrence starting at ${start.toISOString()}; pick one from pastOccurrences.`,
          ['occurrenceStart'],
        );
      }
    } else {
      [occurrence] = this.past(c, 1);
      if (!occurrence) return null;
    }
    const posts = await this.repo.hashtagPosts(ctx, [c.hashtag], occurrence.start, occurrence.end);
    const hostIds = c.hostUsername
      ? [...(await this.repo.accountIdsByUsername(ctx, [c.hostUsername])).values()]
      : [];
    return {
      occurrence,
      archive: assembleArchive(
        posts,
        { start: occurrence.start.getTime(), end: occurrence.end.getTime() },
        { hostIds },
      ),
    };
  }

  /** For each of the last `n` occurrences: did the seeker post in it? */
  async participation(
    ctx: TenantScope,
    c: ChatRow,
    seekerId: string,
    n: number,
  ): Promise<{ occurrence: Occurrence; tookPart: boolean; posts: number }[]> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const handle = seeker.xHandle?.toLowerCase();
    const list = this.past(c, n);
    if (!list.length) return [];
    const oldest = list[list.length - 1].start;
    const posts = await this.repo.hashtagPosts(ctx, [c.hashtag], oldest, list[0].end);
    return list.map((o) => {
      const mine = handle
        ? posts.filter(
            (p) =>
              p.username.toLowerCase() === handle &&
              p.createdAt >= o.start.getTime() &&
              p.createdAt < o.end.getTime(),
          ).length
        : 0;
      return { occurrence: o, tookPart: mine > 0, posts: mine };
    });
  }

  // ---- attendance, reminders and calendars ----

  async join(
    ctx: TenantScope,
    seekerId: string,
    what: { eventId?: string; chatId?: string },
    remindMinutes: number,
  ): Promise<void> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    if (what.eventId) await this.event(ctx, what.eventId);
    if (what.chatId) await this.chat(ctx, what.chatId);
    await this.repo.attend(ctx, {
      id: v7(),
      seekerId: seeker.uuid,
      eventId: what.eventId ?? null,
      chatId: what.chatId ?? null,
      remindMinutes,
    });
  }

  async reminders(
    ctx: TenantScope,
    seekerId: string,
    days: number,
  ): Promise<
    {
      title: string;
      hashtag: string;
      start: Date;
      end: Date;
      remindAt: Date;
      chatId: string | null;
      eventId: string | null;
    }[]
  > {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const now = new Date();
    const until = new Date(now.getTime() + days * DAY);
    const out = [];
    for (const a of await this.repo.attendanceOf(ctx, seeker.uuid)) {
      if (a.chatId) {
        const c = await this.repo.chat(ctx, a.chatId);
        if (!c) continue;
        for (const o of occurrences(this.recurrenceOf(c), now, until, 100)) {
          out.push({
            title: c.name,
            hashtag: c.hashtag,
            start: o.start,
            end: o.end,
            remindAt: new Date(o.start.getTime() - a.remindMinutes * 60_000),
            chatId: c.id,
            eventId: null,
          });
        }
      } else if (a.eventId) {
        const e = await this.repo.event(ctx, a.eventId);
        if (!e || e.startsAt < now || e.startsAt > until) continue;
        out.push({
          title: e.name,
          hashtag: e.hashtags[0],
          start: e.startsAt,
          end: e.endsAt,
          remindAt: new Date(e.startsAt.getTime() - a.remindMinutes * 60_000),
          chatId: null,
          eventId: e.id,
        });
      }
    }
    return out.sort((x, y) => x.start.getTime() - y.start.getTime());
  }

  eventIcsEntry(e: EventRow, alarm?: number): IcsEvent {
    return {
      uid: `${e.id}@perch`,
      title: e.name,
      description: `${e.kind} · ${e.hashtags.map((h) => `#${h}`).join(' ')}${e.url ? `\n${e.url}` : ''}`,
      start: e.startsAt,
      end: e.endsAt,
      timeZone: e.timeZone,
      location: e.online ? 'Online' : (e.place ?? undefined),
      url: e.url ?? undefined,
      alarmMinutesBefore: alarm,
    };
  }

  chatIcsEntry(c: ChatRow, alarm?: number): IcsEvent {
    const rec = this.recurrenceOf(c);
    const first = firstOccurrence(rec);
    const start = first?.start ?? zonedToUtc(rec.startLocal, rec.timeZone);
    return {
      uid: `${c.id}@perch`,
      title: `#${c.hashtag} chat`,
      description: `${c.name}: ${describeRecurrence(rec)}. Follow along at https://x.com/hashtag/${c.hashtag}`,
      start,
      end: new Date(start.getTime() + c.durationMinutes * 60_000),
      timeZone: c.timeZone,
      url: `https://x.com/hashtag/${c.hashtag}`,
      alarmMinutesBefore: alarm,
      recurrence: rec,
    };
  }

  eventIcs(e: EventRow): string {
    return eventsIcs(e.name, [this.eventIcsEntry(e, 60)]);
  }

  chatIcs(c: ChatRow): string {
    return eventsIcs(`#${c.hashtag}`, [this.chatIcsEntry(c, 15)]);
  }

  /** One feed of everything the seeker joined, with their reminder times. */
  async seekerCalendar(ctx: TenantScope, seekerId: string): Promise<string> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const entries: IcsEvent[] = [];
    for (const a of await this.repo.attendanceOf(ctx, seeker.uuid)) {
      if (a.chatId) {
        const c = await this.repo.chat(ctx, a.chatId);
        if (c) entries.push(this.chatIcsEntry(c, a.remindMinutes));
      } else if (a.eventId) {
        const e = await this.repo.event(ctx, a.eventId);
        if (e) entries.push(this.eventIcsEntry(e, a.remindMinutes));
      }
    }
    return eventsIcs(`Perch: ${seeker.name}`, entries);
  }

  localTime(d: Date, tz: string): string {
    return utcToZoned(d, tz);
  }

  /** A new secret feed address for the seeker; any earlier one stops working. */
  async createFeed(ctx: TenantScope, seekerId: string, baseUrl: string): Promise<string> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    const id = v7();
    const minted = mintToken('cal', ctx.tenantId, id);
    await this.repo.replaceFeed(ctx, { id, seekerId: seeker.uuid, secretHash: minted.secretHash });
    return `${baseUrl.replace(/\/+$/, '')}/calendar/${minted.token}.ics`;
  }

  async revokeFeeds(ctx: TenantScope, seekerId: string): Promise<number> {
    const seeker = await this.seekers.getSeeker(ctx, seekerId);
    return this.repo.revokeFeeds(ctx, seeker.uuid);
  }

  /** The feed behind a secret address, or null for anything unknown, revoked or forged. */
  async feedByToken(token: string): Promise<string | null> {
    const parsed = parseToken(token, 'cal');
    if (!parsed) return null;
    const ctx = systemScope(asTenantId(parsed.tenantId), 'calendar feed');
    const feed = await this.repo.activeFeed(ctx, parsed.id);
    if (!feed || !secretMatches(parsed.secret, feed.secretHash)) return null;
    return this.seekerCalendar(ctx, feed.seekerId);
  }
}
