/**
 * The X API v2 endpoints over the world: parameter validation with X's messages (400),
 * not-found answers inside a 200, fields and expansions, pagination, search, and posting. The
 * server hands each handler a request that is already routed, authenticated, scope-checked and
 * counted against the rate limit.
 */
import { randomBytes } from 'node:crypto';
import { CursorCodec, type CursorPosition } from './cursor.js';
import {
  envelope,
  listIncludes,
  parseSelection,
  renderList,
  renderTweet,
  renderUser,
  SELECTION_PARAMS,
  tweetIncludes,
  userIncludes,
  type Includes,
  type Selection,
} from './fields.js';
import type { Caller } from './oauth.js';
import {
  forbidden,
  invalidRequest,
  notFound,
  paramError,
  PROBLEM_BASE,
  unauthorized,
  unsupportedAuthentication,
  type ParameterError,
  type PartialError,
  type Reply,
} from './problems.js';
import {
  matchesQuery,
  parseQuery,
  QuerySyntaxError,
  type QueryNode,
  type SearchablePost,
} from './query.js';
import type { EndpointId } from './rate-limits.js';
import { compareIds, isNumericId, isoTime, snowflake, snowflakeTime } from './snowflake.js';
import { URL_RE, extractEntities, weightedLength, words } from './text.js';
import type { SimList, SimTweet, SimUser, WorldStore } from './world.js';

/** X product policies of 2026 (x-api.md §3) that a test may want to switch off. */
export interface SimulatorPolicy {
  /** Since 2026-05-04 recent search leaves retweets out. Default false. */
  searchIncludesRetweets?: boolean;
  /** Since 2026-02-23 an app may reply only where its user was mentioned ("summoned"). Default true. */
  repliesRequireMention?: boolean;
  /** Since 2026-04-20 quote posts are not available to self-serve apps. Default false. */
  allowQuotePosts?: boolean;
}

/** A request as a handler sees it: routed, authenticated and counted. */
export interface Ctx {
  q: URLSearchParams;
  params: Record<string, string>;
  caller: Caller;
  now: number;
  body: unknown;
}

/** One endpoint: its path pattern, who may call it, its query parameters and its handler. */
export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  re: RegExp;
  keys: string[];
  endpoint: EndpointId;
  userContext: boolean;
  scopes: readonly string[];
  query: readonly string[];
  run: (c: Ctx) => Reply;
}

const READ = ['tweet.read', 'users.read'];
const DAY = 86_400_000;
const SEARCH_WINDOW_MS = 7 * DAY;
const TIMELINE_CAP = 3200;
const MENTIONS_CAP = 800;
const LIST_TWEETS_CAP = 800;
const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const USERNAME_RE = /^[A-Za-z0-9_]{1,15}$/;

const TIMELINE_PARAMS = [
  'max_results',
  'pagination_token',
  'since_id',
  'until_id',
  'start_time',
  'end_time',
];

function compile(path: string): { re: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = path
    .split('/')
    .map((seg) => {
      if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(seg.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { re: new RegExp(`^${source}$`), keys };
}

export const json = (status: number, body: unknown): Reply => ({ status, body });

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A fresh t.co link (ten base62 characters, as X's are). */
function randomTco(): string {
  return `https://t.co/${[...randomBytes(10)].map((b) => BASE62[b % 62]).join('')}`;
}

/** The API handlers and the state they keep besides the world. */
export class XApi {
  private readonly cursors = new CursorCodec();
  private readonly searchable = new WeakMap<SimTweet, SearchablePost>();
  private readonly msOf = new WeakMap<SimTweet, number>();
  /** What each API post was submitted as, for X's duplicate-content check. */
  private readonly rawTexts = new Map<string, string>();
  private lastTweetId: string;

  constructor(
    private readonly world: WorldStore,
    private readonly policy: Required<SimulatorPolicy>,
  ) {
    this.lastTweetId = world.tweets[0]?.id ?? '0';
  }

  /* --------------------------------- routes -------------------------------- */

  /** The route table, most specific paths first. */
  routes(): Route[] {
    const r = (
      method: Route['method'],
      path: string,
      opts: { userContext?: boolean; scopes?: string[]; query: readonly string[] },
      run: (c: Ctx) => Reply,
    ): Route => ({
      method,
      ...compile(path),
      endpoint: `${method} ${path}` as EndpointId,
      userContext: opts.userContext ?? false,
      scopes: opts.scopes ?? READ,
      query: opts.query,
      run,
    });
    const U = SELECTION_PARAMS.user;
    const T = SELECTION_PARAMS.tweet;
    const L = SELECTION_PARAMS.list;
    return [
      r('GET', '/2/users/by/username/:username', { query: U }, (c) => this.userByUsername(c)),
      r('GET', '/2/users/by', { query: [...U, 'usernames'] }, (c) => this.usersByUsernames(c)),
      r('GET', '/2/users/me', { userContext: true, query: U }, (c) => this.me(c)),
      r('GET', '/2/users', { query: [...U, 'ids'] }, (c) => this.usersByIds(c)),
      r('GET', '/2/users/:id/tweets', { query: [...T, ...TIMELINE_PARAMS, 'exclude'] }, (c) =>
        this.userTweets(c),
      ),
      r('GET', '/2/users/:id/mentions', { query: [...T, ...TIMELINE_PARAMS] }, (c) =>
        this.mentions(c),
      ),
      r(
        'GET',
        '/2/users/:id/followers',
        { scopes: [...READ, 'follows.read'], query: [...U, 'max_results', 'pagination_token'] },
        (c) => this.follows(c, 'followers'),
      ),
      r(
        'GET',
        '/2/users/:id/following',
        { scopes: [...READ, 'follows.read'], query: [...U, 'max_results', 'pagination_token'] },
        (c) => this.follows(c, 'following'),
      ),
      r(
        'GET',
        '/2/users/:id/owned_lists',
        { scopes: [...READ, 'list.read'], query: [...L, 'max_results', 'pagination_token'] },
        (c) => this.userLists(c, 'owned'),
      ),
      r(
        'GET',
        '/2/users/:id/list_memberships',
        { scopes: [...READ, 'list.read'], query: [...L, 'max_results', 'pagination_token'] },
        (c) => this.userLists(c, 'memberships'),
      ),
      r('GET', '/2/users/:id', { query: U }, (c) => this.userById(c)),
      r(
        'GET',
        '/2/tweets/search/recent',
        {
          query: [
            ...T,
            'query',
            'max_results',
            'next_token',
            'pagination_token',
            'since_id',
            'until_id',
            'start_time',
            'end_time',
            'sort_order',
          ],
        },
        (c) => this.search(c),
      ),
      r('GET', '/2/tweets', { query: [...T, 'ids'] }, (c) => this.tweetsByIds(c)),
      r('GET', '/2/tweets/:id', { query: T }, (c) => this.tweetById(c)),
      r(
        'POST',
        '/2/tweets',
        { userContext: true, scopes: [...READ, 'tweet.write'], query: [] },
        (c) => this.createTweet(c),
      ),
      r(
        'DELETE',
        '/2/tweets/:id',
        { userContext: true, scopes: [...READ, 'tweet.write'], query: [] },
        (c) => this.deleteTweet(c),
      ),
      r('GET', '/2/lists/:id', { scopes: [...READ, 'list.read'], query: L }, (c) =>
        this.listById(c),
      ),
      r(
        'GET',
        '/2/lists/:id/members',
        { scopes: [...READ, 'list.read'], query: [...U, 'max_results', 'pagination_token'] },
        (c) => this.listMembers(c),
      ),
      r(
        'GET',
        '/2/lists/:id/tweets',
        { scopes: [...READ, 'list.read'], query: [...T, 'max_results', 'pagination_token'] },
        (c) => this.listTweets(c),
      ),
    ];
  }

  /* ------------------------------ validation ------------------------------ */

  private pathId(c: Ctx, errors: ParameterError[], name = 'id'): string {
    const v = c.params[name] ?? '';
    if (!isNumericId(v)) {
      errors.push(
        paramError(
          name,
          v,
          `The \`${name}\` query parameter value [${v}] does not match ^[0-9]{1,19}$`,
        ),
      );
    }
    return v;
  }

  private intParam(
    q: URLSearchParams,
    name: string,
    min: number,
    max: number,
    def: number,
    errors: ParameterError[],
  ): number {
    const raw = q.get(name);
    if (raw === null) return def;
    const n = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) {
      errors.push(
        paramError(
          name,
          raw,
          `The \`${name}\` query parameter value [${raw}] is not between ${min} and ${max}`,
        ),
      );
      return def;
    }
    return n;
  }

  private idParam(q: URLSearchParams, name: string, errors: ParameterError[]): string | undefined {
    const raw = q.get(name);
    if (raw === null) return undefined;
    if (!isNumericId(raw)) {
      errors.push(
        paramError(
          name,
          raw,
          `The \`${name}\` query parameter value [${raw}] does not match ^[0-9]{1,19}$`,
        ),
      );
      return undefined;
    }
    return raw;
  }

  private timeParam(
    q: URLSearchParams,
    name: string,
    errors: ParameterError[],
  ): number | undefined {
    const raw = q.get(name);
    if (raw === null) return undefined;
    const ms = TIME_RE.test(raw) ? Date.parse(raw) : NaN;
    if (Number.isNaN(ms)) {
      errors.push(
        paramError(
          name,
          raw,
          `The \`${name}\` query parameter value [${raw}] is not a valid RFC 3339 date-time`,
        ),
      );
      return undefined;
    }
    return ms;
  }

  private cursorParam(
    q: URLSearchParams,
    names: readonly string[],
    scope: string,
    errors: ParameterError[],
  ): CursorPosition | undefined {
    for (const name of names) {
      const raw = q.get(name);
      if (raw === null) continue;
      const pos = this.cursors.decode(scope, raw);
      if (!pos)
        errors.push(
          paramError(
            name,
            raw,
            `The \`${name}\` query parameter value [${raw}] is not a valid token`,
          ),
        );
      return pos;
    }
    return undefined;
  }

  private listParam(
    q: URLSearchParams,
    name: string,
    errors: ParameterError[],
    check: (v: string) => string | undefined,
  ): string[] {
    const raw = q.get(name);
    if (raw === null || raw === '') {
      errors.push({
        parameters: { [name]: [] },
        message: `The \`${name}\` query parameter can not be empty`,
      });
      return [];
    }
    const values = raw.split(',');
    if (values.length > 100) {
      errors.push(
        paramError(
          name,
          raw,
          `The number of values in the \`${name}\` query parameter list [${values.length}] is not between 1 and 100`,
        ),
      );
      return [];
    }
    for (const v of values) {
      const problem = check(v);
      if (problem) errors.push(paramError(name, v, problem));
    }
    return values;
  }

  private tweetMs(t: SimTweet): number {
    let ms = this.msOf.get(t);
    if (ms === undefined) {
      ms = Date.parse(t.created_at);
      this.msOf.set(t, ms);
    }
    return ms;
  }

  /* ------------------------------ pagination ------------------------------ */

  private tweetPage(
    all: readonly SimTweet[],
    sel: Selection,
    max: number,
    pos: CursorPosition | undefined,
    scope: string,
    byOffset: boolean,
  ): Reply {
    let start = 0;
    if (pos) {
      if (byOffset) start = pos.offset;
      else {
        start = all.findIndex((t) => compareIds(t.id, pos.lastId) < 0);
        if (start < 0) start = all.length;
      }
    }
    const page = all.slice(start, start + max);
    if (!page.length) return json(200, { meta: { result_count: 0 } });
    const meta: Record<string, unknown> = {
      newest_id: byOffset
        ? page.reduce((a, t) => (compareIds(t.id, a) > 0 ? t.id : a), page[0].id)
        : page[0].id,
      oldest_id: byOffset
        ? page.reduce((a, t) => (compareIds(t.id, a) < 0 ? t.id : a), page[0].id)
        : page[page.length - 1].id,
      result_count: page.length,
    };
    if (start + max < all.length) {
      meta.next_token = this.cursors.encode(scope, {
        offset: start + max,
        lastId: page[page.length - 1].id,
      });
    }
    const data = page.map((t) => renderTweet(t, sel.tweet));
    return json(200, envelope(data, tweetIncludes(this.world, page, sel), meta));
  }

  private offsetPage<T>(
    all: readonly T[],
    max: number,
    pos: CursorPosition | undefined,
    scope: string,
    render: (page: T[]) => { data: unknown[]; includes: Includes },
  ): Reply {
    const start = pos?.offset ?? 0;
    const page = all.slice(start, start + max);
    if (!page.length) return json(200, { meta: { result_count: 0 } });
    const meta: Record<string, unknown> = { result_count: page.length };
    if (start + max < all.length)
      meta.next_token = this.cursors.encode(scope, { offset: start + max, lastId: '' });
    const { data, includes } = render(page);
    return json(200, envelope(data, includes, meta));
  }

  /* --------------------------------- users -------------------------------- */

  private userReply(
    users: SimUser[],
    sel: Selection,
    errors: PartialError[],
    single: boolean,
  ): Reply {
    const data = users.map((u) => renderUser(u, sel.user, this.world));
    const includes = userIncludes(this.world, users, sel);
    return json(
      200,
      envelope(single ? data[0] : data.length ? data : undefined, includes, undefined, errors),
    );
  }

  private userByUsername(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'user', errors);
    const username = c.params.username ?? '';
    if (!USERNAME_RE.test(username)) {
      errors.push(
        paramError(
          'username',
          username,
          `The \`username\` query parameter value [${username}] does not match ^[A-Za-z0-9_]{1,15}$`,
        ),
      );
    }
    if (errors.length) return invalidRequest(errors);
    const u = this.world.userByUsername(username);
    if (!u) return this.userReply([], sel, [notFound('user', 'username', username)], true);
    return this.userReply([u], sel, [], true);
  }

  private usersByUsernames(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'user', errors);
    const names = this.listParam(c.q, 'usernames', errors, (v) =>
      USERNAME_RE.test(v)
        ? undefined
        : `The \`usernames\` query parameter value [${v}] does not match ^[A-Za-z0-9_]{1,15}$`,
    );
    if (errors.length) return invalidRequest(errors);
    const found: SimUser[] = [];
    const missing: PartialError[] = [];
    for (const n of names) {
      const u = this.world.userByUsername(n);
      if (u) found.push(u);
      else missing.push(notFound('user', 'usernames', n, 'username'));
    }
    return this.userReply(found, sel, missing, false);
  }

  private userById(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'user', errors);
    const id = this.pathId(c, errors);
    if (errors.length) return invalidRequest(errors);
    const u = this.world.user(id);
    return u
      ? this.userReply([u], sel, [], true)
      : this.userReply([], sel, [notFound('user', 'id', id)], true);
  }

  private usersByIds(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'user', errors);
    const ids = this.listParam(c.q, 'ids', errors, (v) =>
      isNumericId(v)
        ? undefined
        : `The \`ids\` query parameter value [${v}] does not match ^[0-9]{1,19}$`,
    );
    if (errors.length) return invalidRequest(errors);
    const found: SimUser[] = [];
    const missing: PartialError[] = [];
    for (const id of ids) {
      const u = this.world.user(id);
      if (u) found.push(u);
      else missing.push(notFound('user', 'ids', id, 'id'));
    }
    return this.userReply(found, sel, missing, false);
  }

  private me(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'user', errors);
    if (errors.length) return invalidRequest(errors);
    const u = c.caller.kind === 'user' ? this.world.user(c.caller.userId) : undefined;
    return u ? this.userReply([u], sel, [], true) : unauthorized();
  }

  /** For endpoints under /2/users/:id/…: a 200 with a not-found error when the user is unknown. */
  private subjectUser(id: string): SimUser | Reply {
    return (
      this.world.user(id) ??
      json(200, envelope(undefined, undefined, undefined, [notFound('user', 'id', id)]))
    );
  }

  private follows(c: Ctx, which: 'followers' | 'following'): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'user', errors);
    const id = this.pathId(c, errors);
    const max = this.intParam(c.q, 'max_results', 1, 1000, 100, errors);
    const scope = `${which}|${id}`;
    const pos = this.cursorParam(c.q, ['pagination_token'], scope, errors);
    if (errors.length) return invalidRequest(errors);
    const user = this.subjectUser(id);
    if (!('username' in user)) return user;
    const all = which === 'followers' ? this.world.followers(id) : this.world.following(id);
    return this.offsetPage(all, max, pos, scope, (page) => ({
      data: page.map((u) => renderUser(u, sel.user, this.world)),
      includes: userIncludes(this.world, page, sel),
    }));
  }

  /* --------------------------------- posts -------------------------------- */

  private visible(list: readonly SimTweet[], now: number): SimTweet[] {
    // A clock set before the world's reference time hides the posts "from the future".
    return list.filter((t) => this.tweetMs(t) <= now);
  }

  private timelineQuery(
    c: Ctx,
    o: {
      scope: string;
      source: readonly SimTweet[] | (() => readonly SimTweet[]);
      cap: number;
      exclude: boolean;
      user?: string;
    },
  ): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'tweet', errors);
    const max = this.intParam(c.q, 'max_results', 5, 100, 10, errors);
    const sinceId = this.idParam(c.q, 'since_id', errors);
    const untilId = this.idParam(c.q, 'until_id', errors);
    const startTime = this.timeParam(c.q, 'start_time', errors);
    const endTime = this.timeParam(c.q, 'end_time', errors);
    let exclude = new Set<string>();
    if (o.exclude && c.q.get('exclude') !== null) {
      exclude = new Set(c.q.get('exclude')!.split(','));
      for (const v of exclude) {
        if (v !== 'replies' && v !== 'retweets') {
          errors.push(
            paramError(
              'exclude',
              v,
              `The \`exclude\` query parameter value [${v}] is not one of [replies,retweets]`,
            ),
          );
        }
      }
    }
    const pos = this.cursorParam(c.q, ['pagination_token'], o.scope, errors);
    if (errors.length) return invalidRequest(errors);
    if (o.user !== undefined) {
      const user = this.subjectUser(o.user);
      if (!('username' in user)) return user;
    }
    const source = typeof o.source === 'function' ? o.source() : o.source;
    const all = this.visible(source, c.now)
      .slice(0, o.cap)
      .filter(
        (t) =>
          (sinceId === undefined || compareIds(t.id, sinceId) > 0) &&
          (untilId === undefined || compareIds(t.id, untilId) < 0) &&
          (startTime === undefined || this.tweetMs(t) >= startTime) &&
          (endTime === undefined || this.tweetMs(t) < endTime) &&
          !(exclude.has('replies') && t.referenced_tweets?.some((r) => r.type === 'replied_to')) &&
          !(exclude.has('retweets') && t.referenced_tweets?.some((r) => r.type === 'retweeted')),
      );
    return this.tweetPage(all, sel, max, pos, o.scope, false);
  }

  private userTweets(c: Ctx): Reply {
    const id = c.params.id ?? '';
    return this.timelineQuery(c, {
      scope: `tweets|${id}`,
      source: () => this.world.timeline(id),
      cap: TIMELINE_CAP,
      exclude: true,
      user: isNumericId(id) ? id : undefined,
    });
  }

  private mentions(c: Ctx): Reply {
    const id = c.params.id ?? '';
    return this.timelineQuery(c, {
      scope: `mentions|${id}`,
      source: () => this.world.mentions(id),
      cap: MENTIONS_CAP,
      exclude: false,
      user: isNumericId(id) ? id : undefined,
    });
  }

  private searchablePost(t: SimTweet): SearchablePost {
    let p = this.searchable.get(t);
    if (p) return p;
    const author = this.world.user(t.author_id);
    const replyTo = t.in_reply_to_user_id ? this.world.user(t.in_reply_to_user_id) : undefined;
    const rtRef = t.referenced_tweets?.find((r) => r.type === 'retweeted');
    const rtAuthor = rtRef
      ? this.world.user(this.world.tweet(rtRef.id)?.author_id ?? '')
      : undefined;
    const e = t.entities;
    p = {
      text: t.text,
      words: words(t.text),
      lang: t.lang,
      authorId: t.author_id,
      authorUsername: author?.username ?? '',
      authorVerified: author?.verified ?? false,
      inReplyToUserId: t.in_reply_to_user_id,
      inReplyToUsername: replyTo?.username,
      retweetedUserId: rtAuthor?.id,
      retweetedUsername: rtAuthor?.username,
      conversationId: t.conversation_id,
      hashtags: e?.hashtags?.map((h) => h.tag) ?? [],
      cashtags: e?.cashtags?.map((h) => h.tag) ?? [],
      mentions: e?.mentions?.map((m) => m.username) ?? [],
      urls: e?.urls?.flatMap((u) => [u.url, u.expanded_url, u.display_url]) ?? [],
      hasMedia: false,
      isRetweet: !!rtRef,
      isReply: !!t.referenced_tweets?.some((r) => r.type === 'replied_to'),
      isQuote: !!t.referenced_tweets?.some((r) => r.type === 'quoted'),
    };
    this.searchable.set(t, p);
    return p;
  }

  private search(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'tweet', errors);
    const max = this.intParam(c.q, 'max_results', 10, 100, 10, errors);
    const query = c.q.get('query');
    let node: QueryNode | undefined;
    if (query === null || query.trim() === '') {
      errors.push({
        parameters: { query: [] },
        message: 'The `query` query parameter can not be empty',
      });
    } else if (query.length > 512) {
      errors.push(
        paramError(
          'query',
          query,
          `There were errors processing your request: Rules are limited to 512 characters (this one has ${query.length})`,
        ),
      );
    } else {
      try {
        node = parseQuery(query);
      } catch (e) {
        if (!(e instanceof QuerySyntaxError)) throw e;
        errors.push(
          paramError('query', query, `There were errors processing your request: ${e.message}`),
        );
      }
    }
    const windowStart = c.now - SEARCH_WINDOW_MS;
    const sinceId = this.idParam(c.q, 'since_id', errors);
    const untilId = this.idParam(c.q, 'until_id', errors);
    const startTime = this.timeParam(c.q, 'start_time', errors);
    const endTime = this.timeParam(c.q, 'end_time', errors);
    if (startTime !== undefined && startTime < windowStart) {
      const raw = c.q.get('start_time')!;
      errors.push(
        paramError(
          'start_time',
          raw,
          `Invalid 'start_time':'${raw}'. 'start_time' must be on or after ${isoTime(windowStart)}`,
        ),
      );
    }
    if (endTime !== undefined && endTime > c.now - 10_000) {
      const raw = c.q.get('end_time')!;
      errors.push(
        paramError(
          'end_time',
          raw,
          `Invalid 'end_time':'${raw}'. 'end_time' must be a minimum of 10 seconds prior to the request time.`,
        ),
      );
    }
    if (startTime !== undefined && endTime !== undefined && startTime >= endTime) {
      const raw = c.q.get('start_time')!;
      errors.push(
        paramError(
          'start_time',
          raw,
          `Invalid 'start_time':'${raw}'. 'start_time' must be before 'end_time'.`,
        ),
      );
    }
    if (sinceId !== undefined && snowflakeTime(sinceId) < windowStart) {
      errors.push(
        paramError(
          'since_id',
          sinceId,
          `Invalid 'since_id':'${sinceId}'. 'since_id' must be a tweet id created after ${isoTime(windowStart)}`,
        ),
      );
    }
    const sortOrder = c.q.get('sort_order') ?? 'recency';
    if (sortOrder !== 'recency' && sortOrder !== 'relevancy') {
      errors.push(
        paramError(
          'sort_order',
          sortOrder,
          `The \`sort_order\` query parameter value [${sortOrder}] is not one of [recency,relevancy]`,
        ),
      );
    }
    const scope = `search|${sortOrder}|${query ?? ''}`;
    const pos = this.cursorParam(c.q, ['next_token', 'pagination_token'], scope, errors);
    if (errors.length || !node) return invalidRequest(errors);
    const matches: SimTweet[] = [];
    for (const t of this.world.tweets) {
      const ms = this.tweetMs(t);
      if (ms > c.now) continue;
      if (ms < windowStart) break;
      if (sinceId !== undefined && compareIds(t.id, sinceId) <= 0) continue;
      if (untilId !== undefined && compareIds(t.id, untilId) >= 0) continue;
      if (startTime !== undefined && ms < startTime) continue;
      if (endTime !== undefined && ms >= endTime) continue;
      if (
        !this.policy.searchIncludesRetweets &&
        t.referenced_tweets?.some((r) => r.type === 'retweeted')
      )
        continue;
      if (matchesQuery(node, this.searchablePost(t))) matches.push(t);
    }
    const relevancy = sortOrder === 'relevancy';
    if (relevancy) {
      const score = (t: SimTweet) =>
        t.public_metrics.like_count + 2 * t.public_metrics.retweet_count;
      matches.sort((a, b) => score(b) - score(a) || compareIds(b.id, a.id));
    }
    return this.tweetPage(matches, sel, max, pos, scope, relevancy);
  }

  private tweetById(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'tweet', errors);
    const id = this.pathId(c, errors);
    if (errors.length) return invalidRequest(errors);
    const t = this.world.tweet(id);
    if (!t)
      return json(200, envelope(undefined, undefined, undefined, [notFound('tweet', 'id', id)]));
    return json(200, envelope(renderTweet(t, sel.tweet), tweetIncludes(this.world, [t], sel)));
  }

  private tweetsByIds(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'tweet', errors);
    const ids = this.listParam(c.q, 'ids', errors, (v) =>
      isNumericId(v)
        ? undefined
        : `The \`ids\` query parameter value [${v}] does not match ^[0-9]{1,19}$`,
    );
    if (errors.length) return invalidRequest(errors);
    const found: SimTweet[] = [];
    const missing: PartialError[] = [];
    for (const id of ids) {
      const t = this.world.tweet(id);
      if (t) found.push(t);
      else missing.push(notFound('tweet', 'ids', id, 'id'));
    }
    const data = found.length ? found.map((t) => renderTweet(t, sel.tweet)) : undefined;
    return json(200, envelope(data, tweetIncludes(this.world, found, sel), undefined, missing));
  }

  private nextTweetId(now: number): string {
    let id = snowflake(now, 2, 0);
    if (compareIds(id, this.lastTweetId) <= 0) id = (BigInt(this.lastTweetId) + 1n).toString();
    this.lastTweetId = id;
    return id;
  }

  private createTweet(c: Ctx): Reply {
    if (c.caller.kind !== 'user') return unsupportedAuthentication();
    const userId = c.caller.userId;
    const body = c.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return invalidRequest([
        { parameters: {}, message: 'The request body must be a JSON object.' },
      ]);
    }
    const b = body as Record<string, unknown>;
    const errors: ParameterError[] = [];
    const text = b.text;
    if (typeof text !== 'string' || text.trim() === '') {
      errors.push({
        parameters: { text: [typeof text === 'string' ? text : ''] },
        message: 'Post text is required.',
      });
    } else if (weightedLength(text) > 280) {
      errors.push(
        paramError(
          'text',
          text,
          `Post text is too long: ${weightedLength(text)} of 280 weighted characters.`,
        ),
      );
    }
    const reply = b.reply as { in_reply_to_tweet_id?: unknown } | undefined;
    const replyTo = reply?.in_reply_to_tweet_id;
    if (reply !== undefined && (typeof replyTo !== 'string' || !isNumericId(replyTo))) {
      errors.push(
        paramError(
          'reply.in_reply_to_tweet_id',
          JSON.stringify(replyTo) ?? '',
          'reply.in_reply_to_tweet_id must be a post id.',
        ),
      );
    }
    const quoteId = b.quote_tweet_id;
    if (quoteId !== undefined && (typeof quoteId !== 'string' || !isNumericId(quoteId))) {
      errors.push(
        paramError('quote_tweet_id', JSON.stringify(quoteId), 'quote_tweet_id must be a post id.'),
      );
    }
    const media = b.media as { media_ids?: unknown } | undefined;
    if (media !== undefined) {
      const ids = Array.isArray(media.media_ids) ? media.media_ids.map(String) : [];
      errors.push({
        parameters: { 'media.media_ids': ids },
        message: 'Your media IDs are invalid.',
      });
    }
    if (errors.length || typeof text !== 'string') return invalidRequest(errors);
    let parent: SimTweet | undefined;
    if (typeof replyTo === 'string') {
      parent = this.world.tweet(replyTo);
      if (!parent)
        return forbidden(
          'You attempted to reply to a Tweet that is deleted or not visible to you.',
        );
      const summoned =
        parent.author_id === userId ||
        parent.entities?.mentions?.some((m) => m.id === userId) === true;
      if (this.policy.repliesRequireMention && !summoned) {
        return forbidden(
          'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
        );
      }
    }
    let quoted: SimTweet | undefined;
    if (typeof quoteId === 'string') {
      if (!this.policy.allowQuotePosts)
        return forbidden('Quoting posts is not available to self-serve API access.');
      quoted = this.world.tweet(quoteId);
      if (!quoted)
        return forbidden('You attempted to quote a Tweet that is deleted or not visible to you.');
    }
    if (
      this.world
        .timeline(userId)
        .some((t) => t.labels.includes('api') && this.rawTexts.get(t.id) === text)
    ) {
      return forbidden('You are not allowed to create a Tweet with duplicate content.');
    }
    const id = this.nextTweetId(c.now);
    const expanded = new Map<string, string>();
    const shortText = text.replace(URL_RE, (u) => {
      const tco = randomTco();
      expanded.set(tco, u);
      return tco;
    });
    let finalText = shortText;
    if (quoted) {
      const tco = randomTco();
      expanded.set(
        tco,
        `https://x.com/${this.world.user(quoted.author_id)?.username ?? 'i'}/status/${quoted.id}`,
      );
      finalText = `${shortText} ${tco}`;
    }
    const tweet: SimTweet = {
      id,
      text: finalText,
      author_id: userId,
      created_at: isoTime(c.now),
      conversation_id: parent?.conversation_id ?? id,
      lang: 'en',
      edit_history_tweet_ids: [id],
      possibly_sensitive: false,
      reply_settings: 'everyone',
      public_metrics: {
        retweet_count: 0,
        reply_count: 0,
        like_count: 0,
        quote_count: 0,
        bookmark_count: 0,
        impression_count: 0,
      },
      labels: ['api'],
    };
    const entities = extractEntities(
      finalText,
      (u) => expanded.get(u),
      (name) => this.world.userByUsername(name)?.id,
    );
    if (entities) tweet.entities = entities;
    if (parent) {
      tweet.referenced_tweets = [{ type: 'replied_to', id: parent.id }];
      tweet.in_reply_to_user_id = parent.author_id;
    } else if (quoted) {
      tweet.referenced_tweets = [{ type: 'quoted', id: quoted.id }];
    }
    this.rawTexts.set(id, text);
    this.world.addTweet(tweet);
    return json(201, { data: { id, text: finalText, edit_history_tweet_ids: [id] } });
  }

  private deleteTweet(c: Ctx): Reply {
    if (c.caller.kind !== 'user') return unsupportedAuthentication();
    const errors: ParameterError[] = [];
    const id = this.pathId(c, errors);
    if (errors.length) return invalidRequest(errors);
    const t = this.world.tweet(id);
    if (!t) {
      return {
        status: 404,
        problem: true,
        body: {
          title: 'Not Found Error',
          detail: `Could not find tweet with id: [${id}].`,
          type: `${PROBLEM_BASE}resource-not-found`,
          status: 404,
        },
      };
    }
    if (t.author_id !== c.caller.userId)
      return forbidden('You are not allowed to delete this Tweet.');
    this.world.removeTweet(id);
    this.rawTexts.delete(id);
    return json(200, { data: { deleted: true } });
  }

  /* --------------------------------- lists -------------------------------- */

  private listById(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'list', errors);
    const id = this.pathId(c, errors);
    if (errors.length) return invalidRequest(errors);
    const l = this.world.list(id);
    if (!l)
      return json(200, envelope(undefined, undefined, undefined, [notFound('list', 'id', id)]));
    return json(200, envelope(renderList(l, sel.list), listIncludes(this.world, [l], sel)));
  }

  private subjectList(id: string): SimList | Reply {
    return (
      this.world.list(id) ??
      json(200, envelope(undefined, undefined, undefined, [notFound('list', 'id', id)]))
    );
  }

  private listMembers(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'user', errors);
    const id = this.pathId(c, errors);
    const max = this.intParam(c.q, 'max_results', 1, 100, 100, errors);
    const scope = `members|${id}`;
    const pos = this.cursorParam(c.q, ['pagination_token'], scope, errors);
    if (errors.length) return invalidRequest(errors);
    const list = this.subjectList(id);
    if (!('member_ids' in list)) return list;
    return this.offsetPage(this.world.listMembers(id), max, pos, scope, (page) => ({
      data: page.map((u) => renderUser(u, sel.user, this.world)),
      includes: userIncludes(this.world, page, sel),
    }));
  }

  private listTweets(c: Ctx): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'tweet', errors);
    const id = this.pathId(c, errors);
    const max = this.intParam(c.q, 'max_results', 1, 100, 100, errors);
    const scope = `list-tweets|${id}`;
    const pos = this.cursorParam(c.q, ['pagination_token'], scope, errors);
    if (errors.length) return invalidRequest(errors);
    const list = this.subjectList(id);
    if (!('member_ids' in list)) return list;
    const all = this.visible(this.world.listTweets(id), c.now).slice(0, LIST_TWEETS_CAP);
    return this.tweetPage(all, sel, max, pos, scope, false);
  }

  private userLists(c: Ctx, which: 'owned' | 'memberships'): Reply {
    const errors: ParameterError[] = [];
    const sel = parseSelection(c.q, 'list', errors);
    const id = this.pathId(c, errors);
    const max = this.intParam(c.q, 'max_results', 1, 100, 100, errors);
    const scope = `${which}-lists|${id}`;
    const pos = this.cursorParam(c.q, ['pagination_token'], scope, errors);
    if (errors.length) return invalidRequest(errors);
    const user = this.subjectUser(id);
    if (!('username' in user)) return user;
    const all = which === 'owned' ? this.world.listsOwnedBy(id) : this.world.listMembershipsOf(id);
    return this.offsetPage(all, max, pos, scope, (page) => ({
      data: page.map((l) => renderList(l, sel.list)),
      includes: listIncludes(this.world, page, sel),
    }));
  }
}
