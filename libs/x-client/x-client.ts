/**
 * Perch's only way to X: twitter-api-v2 behind the governor, with typed results and a record of
 * every call for the cost meter. `baseUrl` (X_API_BASE_URL) points the library at another origin
 * (our simulator in development and tests) through a request plugin and an `http.Agent`; nothing
 * else in Perch knows whether it talks to X or to the simulator.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import {
  type ITwitterApiClientPlugin,
  type TwitterRateLimit,
  TwitterApi,
  type TwitterApiReadWrite,
} from 'twitter-api-v2';
import { toXError, XError } from './errors.js';
import { Governor, type GovernorOptions, type RateWindow } from './governor.js';
import { type Envelope, toList, toPost, toUser } from './mapping.js';
import type { XCallRecord, XList, XPage, XPost, XUsageKind, XUser } from './types.js';

export type CallHook = (record: XCallRecord) => void;

export interface XClientOptions {
  /** Another origin for X (the simulator); unset means X itself. */
  baseUrl?: string;
  governor?: GovernorOptions;
  /** Socket inactivity limit per request (connect and read). */
  requestTimeoutMs?: number;
  /** Called once per call, after its last attempt, successful or not. */
  onCall?: (record: XCallRecord) => void;
}

const X_ORIGIN = /^https:\/\/(api|upload|stream)\.(x|twitter)\.com/;
const X_WEB_ORIGIN = /^https:\/\/(x|twitter)\.com/;

const TWEET_FIELDS =
  'created_at,author_id,lang,conversation_id,entities,public_metrics,referenced_tweets,in_reply_to_user_id';
const USER_FIELDS = 'created_at,description,location,public_metrics,url,pinned_tweet_id';
const LIST_FIELDS = 'owner_id,description,member_count,private';
const POST_QUERY = {
  'tweet.fields': TWEET_FIELDS,
  'user.fields': USER_FIELDS,
  expansions: 'author_id,referenced_tweets.id',
};

export interface PageOptions {
  maxResults?: number;
  /** Cursor from the previous page's nextToken. */
  pageToken?: string;
}

export interface TimelineOptions extends PageOptions {
  sinceId?: string;
  untilId?: string;
  startTime?: string;
  endTime?: string;
  exclude?: ('replies' | 'retweets')[];
}

type Query = Record<string, string | number | undefined>;

function compact(q: Query): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined) out[k] = String(v);
  return out;
}

/** Creates clients for app-only and user-context calls that share one governor. */
export class XClient {
  readonly governor: Governor;
  private readonly settings: { plugins: ITwitterApiClientPlugin[]; httpAgent: http.Agent };

  constructor(private readonly opts: XClientOptions = {}) {
    this.governor = new Governor(opts.governor);
    const base = opts.baseUrl?.replace(/\/+$/, '');
    const plugins: ITwitterApiClientPlugin[] = base
      ? [
          {
            onBeforeRequestConfig: ({ params }) => {
              params.url = params.url.replace(X_ORIGIN, base);
            },
            onBeforeStreamRequestConfig: ({ params }) => {
              params.url = params.url.replace(X_ORIGIN, base);
            },
          },
        ]
      : [];
    // With an http.Agent, a URL the plugin did not rewrite fails fast instead of reaching X.
    const httpAgent =
      base && base.startsWith('http:')
        ? new http.Agent({ keepAlive: true })
        : new https.Agent({ keepAlive: true });
    this.settings = { plugins, httpAgent };
  }

  /**
   * Reads with the app's bearer token (public data). `onCall` overrides the client-wide hook
   * for this reader's calls, so each caller can attribute its own spend on one shared client.
   */
  forApp(bearerToken: string, onCall?: CallHook): XReader {
    return new XReader(
      new TwitterApi(bearerToken, this.settings),
      'app',
      null,
      this,
      bearerToken,
      onCall,
    );
  }

  /** Reads and writes as a person, with their OAuth 2.0 access token. */
  forUser(accessToken: string, ownerId: string | null = null, onCall?: CallHook): XUserClient {
    return new XUserClient(
      new TwitterApi(accessToken, this.settings),
      'user',
      ownerId,
      this,
      accessToken,
      onCall,
    );
  }

  /** OAuth 2.0 (authorization code with PKCE) for connecting a person's account. */
  oauth(clientId: string, clientSecret?: string): XOAuth {
    const api = new TwitterApi(
      clientSecret ? { clientId, clientSecret } : { clientId },
      this.settings,
    );
    return new XOAuth(api, this.opts.baseUrl?.replace(/\/+$/, ''));
  }

  /** @internal Runs one call under the governor and reports it. */
  async call<T>(
    endpoint: string,
    auth: 'app' | 'user',
    token: string,
    run: () => Promise<{ data: T; rateLimit?: TwitterRateLimit }>,
    usage: (data: T) => XCallRecord['usage'],
    onCall: CallHook | undefined = this.opts.onCall,
    opts: { once?: boolean } = {},
  ): Promise<T> {
    const key = `${endpoint}|${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
    const started = Date.now();
    let attempts = 0;
    const learn = (rl: TwitterRateLimit | undefined) =>
      this.governor.learn(key, rl ? toWindow(rl) : undefined);
    try {
      const { value, info } = await this.governor.run(
        key,
        async () => {
          attempts++;
          try {
            const res = await run();
            learn(res.rateLimit);
            return res.data;
          } catch (err) {
            learn((err as { rateLimit?: TwitterRateLimit }).rateLimit);
            throw toXError(err);
          }
        },
        opts,
      );
      onCall?.({
        endpoint,
        auth,
        ok: true,
        status: 200,
        attempts: info.attempt,
        durationMs: Date.now() - started,
        usage: usage(value),
      });
      return value;
    } catch (err) {
      const x = toXError(err);
      onCall?.({
        endpoint,
        auth,
        ok: false,
        status: x.status,
        attempts: Math.max(attempts, 1),
        durationMs: Date.now() - started,
        usage: [],
      });
      throw x;
    }
  }

  get requestTimeoutMs(): number {
    return this.opts.requestTimeoutMs ?? 10_000;
  }
}

function errorValue(e: Record<string, unknown>): string {
  const v = e.value ?? e.resource_id;
  return typeof v === 'string' ? v : '';
}

function toWindow(rl: TwitterRateLimit): RateWindow {
  return { limit: rl.limit, remaining: rl.remaining, resetAt: rl.reset * 1000 };
}

function envelopeUsage(
  env: Envelope,
  readKind: XUsageKind,
  itemKind: 'post' | 'user' | 'list',
): XCallRecord['usage'] {
  const data = Array.isArray(env.data)
    ? (env.data as Record<string, unknown>[])
    : env.data
      ? [env.data as Record<string, unknown>]
      : [];
  const ids = data.map((d) => String(d.id));
  const postIds = [
    ...(itemKind === 'post' ? ids : []),
    ...(env.includes?.tweets ?? env.includes?.posts ?? []).map((t) => String(t.id)),
  ];
  const userIds = [
    ...(itemKind === 'user' ? ids : []),
    ...(env.includes?.users ?? []).map((u) => String(u.id)),
  ];
  const listIds = itemKind === 'list' ? ids : [];
  const owned = readKind === 'owned_read';
  const out: XCallRecord['usage'] = [];
  if (postIds.length) out.push({ kind: owned ? 'owned_read' : 'post_read', ids: postIds });
  if (userIds.length) out.push({ kind: owned ? 'owned_read' : 'user_read', ids: userIds });
  if (listIds.length) out.push({ kind: owned ? 'owned_read' : 'list_read', ids: listIds });
  return out;
}

/**
 * X answers a read of a missing (deleted, suspended) user or list with a 200 whose errors[] names
 * the path's resource. A page reader must not take that for an empty page: the resource is gone.
 */
function assertResource(env: Envelope, id: string, what: string): void {
  if (env.data !== undefined) return;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const gone = (env.errors ?? []).find(
    (e) =>
      str(e.value) === id && /resource-not-found|not-authorized-for-resource/.test(str(e.type)),
  );
  if (gone) {
    const why = str(gone.detail) || str(gone.title);
    throw new XError('X_NOT_FOUND', `X has no ${what} ${id}${why ? `: ${why}` : ''}`, 200);
  }
}

function toPage<T>(env: Envelope, map: (j: Record<string, unknown>) => T): XPage<T> {
  const data = Array.isArray(env.data) ? (env.data as Record<string, unknown>[]) : [];
  return {
    items: data.map(map),
    users: new Map((env.includes?.users ?? []).map((u) => [String(u.id), toUser(u)])),
    posts: new Map(
      (env.includes?.tweets ?? env.includes?.posts ?? []).map((t) => [String(t.id), toPost(t)]),
    ),
    nextToken: env.meta?.next_token ?? null,
    newestId: env.meta?.newest_id ?? null,
    oldestId: env.meta?.oldest_id ?? null,
  };
}

/** Read endpoints, with the app's token or a person's. */
export class XReader {
  constructor(
    protected readonly api: TwitterApi | TwitterApiReadWrite,
    protected readonly auth: 'app' | 'user',
    /** For a person's client: their X user id, so reads of their own data bill as owned reads. */
    protected readonly ownerId: string | null,
    protected readonly client: XClient,
    /** The bearer token, to key rate windows per token (X counts them per app and per user). */
    protected readonly token: string,
    /** Where this reader's call records go (defaults to the client's hook). */
    protected readonly onCall?: CallHook,
  ) {}

  protected get<T = Envelope>(
    endpoint: string,
    path: string,
    query: Query,
    kind: XUsageKind,
    item: 'post' | 'user' | 'list',
  ) {
    return this.client.call<T>(
      endpoint,
      this.auth,
      this.token,
      () =>
        this.api.v2.get<T>(path, compact(query), {
          fullResponse: true,
          timeout: this.client.requestTimeoutMs,
        }),
      (env) => envelopeUsage(env as Envelope, kind, item),
      this.onCall,
    );
  }

  private readKind(userId: string, normal: XUsageKind): XUsageKind {
    return this.ownerId !== null && userId === this.ownerId ? 'owned_read' : normal;
  }

  /** A user by handle (without @), or null when X knows no such user. */
  async userByUsername(username: string): Promise<XUser | null> {
    const env = await this.get(
      'GET /2/users/by/username/:username',
      `users/by/username/${encodeURIComponent(username.replace(/^@/, ''))}`,
      { 'user.fields': USER_FIELDS },
      'user_read',
      'user',
    );
    return env.data ? toUser(env.data as Record<string, unknown>) : null;
  }

  /** Users by handle; handles X does not know come back in `missing`. */
  async usersByUsernames(usernames: string[]): Promise<{ users: XUser[]; missing: string[] }> {
    const env = await this.get(
      'GET /2/users/by',
      'users/by',
      {
        usernames: usernames.map((u) => u.replace(/^@/, '')).join(','),
        'user.fields': USER_FIELDS,
      },
      'user_read',
      'user',
    );
    const users = (Array.isArray(env.data) ? (env.data as Record<string, unknown>[]) : []).map(
      toUser,
    );
    const missing = (env.errors ?? []).map((e) => errorValue(e));
    return { users, missing };
  }

  /** Users by id; unknown ids come back in `missing`. */
  async usersByIds(ids: string[]): Promise<{ users: XUser[]; missing: string[] }> {
    const env = await this.get(
      'GET /2/users',
      'users',
      { ids: ids.join(','), 'user.fields': USER_FIELDS },
      'user_read',
      'user',
    );
    const users = (Array.isArray(env.data) ? (env.data as Record<string, unknown>[]) : []).map(
      toUser,
    );
    const missing = (env.errors ?? []).map((e) => errorValue(e));
    return { users, missing };
  }

  /** One page of a user's posts, newest first (X keeps the latest 3,200). */
  async userTimeline(userId: string, o: TimelineOptions = {}): Promise<XPage<XPost>> {
    const env = await this.get(
      'GET /2/users/:id/tweets',
      `users/${userId}/tweets`,
      {
        ...POST_QUERY,
        max_results: o.maxResults,
        pagination_token: o.pageToken,
        since_id: o.sinceId,
        until_id: o.untilId,
        start_time: o.startTime,
        end_time: o.endTime,
        exclude: o.exclude?.join(','),
      },
      this.readKind(userId, 'post_read'),
      'post',
    );
    assertResource(env, userId, 'account');
    return toPage(env, toPost);
  }

  /** One page of recent search (last 7 days), newest first. */
  async searchRecent(query: string, o: TimelineOptions = {}): Promise<XPage<XPost>> {
    const env = await this.get(
      'GET /2/tweets/search/recent',
      'tweets/search/recent',
      {
        ...POST_QUERY,
        query,
        max_results: o.maxResults,
        next_token: o.pageToken,
        since_id: o.sinceId,
        until_id: o.untilId,
        start_time: o.startTime,
        end_time: o.endTime,
      },
      'post_read',
      'post',
    );
    return toPage(env, toPost);
  }

  async list(listId: string): Promise<XList | null> {
    const env = await this.get(
      'GET /2/lists/:id',
      `lists/${listId}`,
      { 'list.fields': LIST_FIELDS },
      'list_read',
      'list',
    );
    return env.data ? toList(env.data as Record<string, unknown>) : null;
  }

  async listMembers(listId: string, o: PageOptions = {}): Promise<XPage<XUser>> {
    const env = await this.get(
      'GET /2/lists/:id/members',
      `lists/${listId}/members`,
      { 'user.fields': USER_FIELDS, max_results: o.maxResults, pagination_token: o.pageToken },
      'user_read',
      'user',
    );
    return toPage(env, toUser);
  }

  async listPosts(listId: string, o: PageOptions = {}): Promise<XPage<XPost>> {
    const env = await this.get(
      'GET /2/lists/:id/tweets',
      `lists/${listId}/tweets`,
      { ...POST_QUERY, max_results: o.maxResults, pagination_token: o.pageToken },
      'post_read',
      'post',
    );
    assertResource(env, listId, 'list');
    return toPage(env, toPost);
  }

  async ownedLists(userId: string, o: PageOptions = {}): Promise<XPage<XList>> {
    const env = await this.get(
      'GET /2/users/:id/owned_lists',
      `users/${userId}/owned_lists`,
      { 'list.fields': LIST_FIELDS, max_results: o.maxResults, pagination_token: o.pageToken },
      this.readKind(userId, 'list_read'),
      'list',
    );
    return toPage(env, toList);
  }

  followers(userId: string, o: PageOptions = {}): Promise<XPage<XUser>> {
    return this.follows('followers', userId, o);
  }

  following(userId: string, o: PageOptions = {}): Promise<XPage<XUser>> {
    return this.follows('following', userId, o);
  }

  private async follows(
    direction: 'followers' | 'following',
    userId: string,
    o: PageOptions,
  ): Promise<XPage<XUser>> {
    const env = await this.get(
      `GET /2/users/:id/${direction}`,
      `users/${userId}/${direction}`,
      { 'user.fields': USER_FIELDS, max_results: o.maxResults, pagination_token: o.pageToken },
      this.readKind(userId, 'user_read'),
      'user',
    );
    return toPage(env, toUser);
  }

  /** Walks pages until `pages` pages or the end; each page goes through the governor. */
  async *pages<T>(
    fetch: (pageToken: string | undefined) => Promise<XPage<T>>,
    pages = Infinity,
  ): AsyncGenerator<XPage<T>> {
    let token: string | undefined;
    for (let n = 0; n < pages; n++) {
      const page = await fetch(token);
      yield page;
      if (!page.nextToken) return;
      token = page.nextToken;
    }
  }
}

/** A person's client: their own reads plus posting and deleting their posts. */
export class XUserClient extends XReader {
  /** The person behind the token. */
  async me(): Promise<XUser> {
    const env = await this.get(
      'GET /2/users/me',
      'users/me',
      { 'user.fields': USER_FIELDS },
      'owned_read',
      'user',
    );
    if (!env.data) throw new XError('X_NOT_FOUND', 'X returned no user for this token');
    return toUser(env.data as Record<string, unknown>);
  }

  /**
   * Posts as the person (only their approved drafts reach here). X answers 201 with the post.
   * Sent once, never retried here: after a timeout the post may exist, and only the caller can
   * check (exactly-once posting, src/modules/voice).
   */
  async post(text: string, o: { replyToId?: string; quoteId?: string } = {}): Promise<XPost> {
    const body: Record<string, unknown> = { text };
    if (o.replyToId) body.reply = { in_reply_to_tweet_id: o.replyToId };
    if (o.quoteId) body.quote_tweet_id = o.quoteId;
    const env = await this.client.call<Envelope>(
      'POST /2/tweets',
      'user',
      this.token,
      () =>
        this.api.v2.post<Envelope>('tweets', body, {
          fullResponse: true,
          timeout: this.client.requestTimeoutMs,
        }),
      (e) => [{ kind: 'post_create', ids: e.data ? [String((e.data as { id: string }).id)] : [] }],
      this.onCall,
      { once: true },
    );
    return toPost(env.data as Record<string, unknown>);
  }

  /** Deletes one of the person's posts; true when X confirms. */
  async deletePost(postId: string): Promise<boolean> {
    const env = await this.client.call<{ data?: { deleted?: boolean } }>(
      'DELETE /2/tweets/:id',
      'user',
      this.token,
      () =>
        this.api.v2.delete<{ data?: { deleted?: boolean } }>(`tweets/${postId}`, undefined, {
          fullResponse: true,
          timeout: this.client.requestTimeoutMs,
        }),
      () => [{ kind: 'post_delete', ids: [postId] }],
      this.onCall,
    );
    return env.data?.deleted === true;
  }
}

export interface XTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch milliseconds. */
  expiresAt: number;
  scopes: string[];
}

/** OAuth 2.0 authorization code with PKCE against X (or the simulator). */
export class XOAuth {
  constructor(
    private readonly api: TwitterApi,
    private readonly base: string | undefined,
  ) {}

  /** The URL to send the person to, with the PKCE verifier and state to keep server-side. */
  authLink(
    redirectUri: string,
    scopes: string[],
    state?: string,
  ): { url: string; codeVerifier: string; state: string } {
    const link = this.api.generateOAuth2AuthLink(redirectUri, { scope: scopes, state });
    // The library builds an absolute x.com URL without a request; point it at the simulator too.
    const url = this.base ? link.url.replace(X_WEB_ORIGIN, this.base) : link.url;
    return { url, codeVerifier: link.codeVerifier, state: link.state };
  }

  async exchangeCode(code: string, codeVerifier: string, redirectUri: string): Promise<XTokens> {
    try {
      const r = await this.api.loginWithOAuth2({ code, codeVerifier, redirectUri });
      return {
        accessToken: r.accessToken,
        refreshToken: r.refreshToken ?? null,
        expiresAt: Date.now() + r.expiresIn * 1000,
        scopes: r.scope,
      };
    } catch (err) {
      throw toXError(err);
    }
  }

  /** Exchanges a refresh token (single use: X rotates it) for new tokens. */
  async refresh(refreshToken: string): Promise<XTokens> {
    try {
      const r = await this.api.refreshOAuth2Token(refreshToken);
      return {
        accessToken: r.accessToken,
        refreshToken: r.refreshToken ?? null,
        expiresAt: Date.now() + r.expiresIn * 1000,
        scopes: r.scope,
      };
    } catch (err) {
      throw toXError(err);
    }
  }

  async revoke(
    token: string,
    kind: 'access_token' | 'refresh_token' = 'refresh_token',
  ): Promise<void> {
    try {
      await this.api.revokeOAuth2Token(token, kind);
    } catch (err) {
      throw toXError(err);
    }
  }
}
