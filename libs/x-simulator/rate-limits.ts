/**
 * Rate limits per endpoint and auth identity, in fixed windows that start with the first request
 * (as X's do), with the tier profiles of x-api.md §3: pay-per-use uses the "Rate limit" column
 * (app/user per 15 minutes); free, basic and pro use the legacy table where it gives a value and
 * pay-per-use otherwise. POST /2/tweets also has the 24-hour app and user caps that X reports in
 * `x-app-limit-24hour-*` and `x-user-limit-24hour-*`.
 */

export type Tier = 'pay_per_use' | 'free' | 'basic' | 'pro';

export type EndpointId =
  | 'GET /2/users/by/username/:username'
  | 'GET /2/users/by'
  | 'GET /2/users/:id'
  | 'GET /2/users'
  | 'GET /2/users/me'
  | 'GET /2/users/:id/tweets'
  | 'GET /2/users/:id/mentions'
  | 'GET /2/tweets/search/recent'
  | 'GET /2/tweets/:id'
  | 'GET /2/tweets'
  | 'POST /2/tweets'
  | 'DELETE /2/tweets/:id'
  | 'GET /2/users/:id/followers'
  | 'GET /2/users/:id/following'
  | 'GET /2/lists/:id'
  | 'GET /2/lists/:id/members'
  | 'GET /2/lists/:id/tweets'
  | 'GET /2/users/:id/owned_lists'
  | 'GET /2/users/:id/list_memberships';

export interface Limit {
  limit: number;
  windowMs: number;
}

/** Limits of one endpoint; an absent identity means that auth type may not call it. */
export interface EndpointLimits {
  app?: Limit;
  user?: Limit;
  /** App-wide 24-hour cap (POST /2/tweets). */
  appDay?: Limit;
  /** Per-user 24-hour cap (POST /2/tweets). */
  userDay?: Limit;
}

const MIN = 60_000;
const m15 = (limit: number): Limit => ({ limit, windowMs: 15 * MIN });
const d1 = (limit: number): Limit => ({ limit, windowMs: 24 * 60 * MIN });
const both = (app: number, user: number): EndpointLimits => ({ app: m15(app), user: m15(user) });

const USER_LOOKUP = both(300, 900);

/** The "Rate limit" column of x-api.md; endpoints it does not list use X's published values. */
const PAY_PER_USE: Record<EndpointId, EndpointLimits> = {
  'GET /2/users/by/username/:username': USER_LOOKUP,
  'GET /2/users/by': USER_LOOKUP,
  'GET /2/users/:id': USER_LOOKUP,
  'GET /2/users': USER_LOOKUP,
  'GET /2/users/me': { user: m15(75) },
  'GET /2/users/:id/tweets': both(10000, 900),
  'GET /2/users/:id/mentions': both(450, 300),
  'GET /2/tweets/search/recent': both(450, 300),
  'GET /2/tweets/:id': both(450, 900),
  'GET /2/tweets': both(450, 900),
  // X's long-standing 2,400 posts a day per account is the user cap.
  'POST /2/tweets': { user: m15(100), appDay: d1(10000), userDay: d1(2400) },
  'DELETE /2/tweets/:id': { user: m15(50) },
  'GET /2/users/:id/followers': both(300, 300),
  'GET /2/users/:id/following': both(300, 300),
  'GET /2/lists/:id': both(75, 75),
  'GET /2/lists/:id/members': both(900, 900),
  'GET /2/lists/:id/tweets': both(900, 900),
  'GET /2/users/:id/owned_lists': both(15, 15),
  'GET /2/users/:id/list_memberships': both(75, 75),
};

const same = (l: Limit): EndpointLimits => ({ app: l, user: l });
const lookups = (l: Limit): Partial<Record<EndpointId, EndpointLimits>> => ({
  'GET /2/users/by/username/:username': same(l),
  'GET /2/users/by': same(l),
  'GET /2/users/:id': same(l),
  'GET /2/users': same(l),
});

/** The legacy per-tier table (x-api.md §3); a user lookup row applies to all user lookups. */
const LEGACY: Record<Exclude<Tier, 'pay_per_use'>, Partial<Record<EndpointId, EndpointLimits>>> = {
  free: {
    ...lookups(m15(3)),
    'GET /2/users/:id/tweets': same(m15(1)),
    'GET /2/tweets/search/recent': same(m15(1)),
    'POST /2/tweets': { user: d1(17), appDay: d1(17), userDay: d1(17) },
    'GET /2/users/me': { user: d1(25) },
  },
  basic: {
    ...lookups(d1(100)),
    'GET /2/users/:id/tweets': same(m15(5)),
    'GET /2/tweets/search/recent': same(m15(60)),
    'POST /2/tweets': { user: d1(100), appDay: d1(100), userDay: d1(100) },
    'GET /2/users/me': { user: d1(250) },
  },
  pro: {
    ...lookups(m15(900)),
    'GET /2/users/:id/tweets': same(m15(900)),
    'GET /2/tweets/search/recent': same(m15(300)),
    'POST /2/tweets': { user: m15(100), appDay: d1(10000), userDay: d1(2400) },
    'GET /2/users/me': { user: m15(75) },
  },
};

/** The limits that apply to an endpoint under a tier. */
export function limitsFor(tier: Tier, endpoint: EndpointId): EndpointLimits {
  return (tier === 'pay_per_use' ? undefined : LEGACY[tier][endpoint]) ?? PAY_PER_USE[endpoint];
}

/** Who is counted: the app (bearer token) or one user (their OAuth 2.0 token). */
export type Identity = { kind: 'app' } | { kind: 'user'; userId: string };

interface Window {
  start: number;
  count: number;
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly tier: Tier,
    private readonly clock: () => number,
  ) {}

  /** Counts one request when every applicable window has room; answers the headers either way. */
  take(endpoint: EndpointId, who: Identity): RateDecision {
    return this.evaluate(endpoint, who, true);
  }

  /** The headers for a request that is not counted (refused before the limiter, or a fault). */
  peek(endpoint: EndpointId, who: Identity): Record<string, string> {
    return this.evaluate(endpoint, who, false).headers;
  }

  /** Headers of an exhausted window, for a forced 429. */
  exhausted(endpoint: EndpointId, who: Identity): Record<string, string> {
    const headers = this.peek(endpoint, who);
    headers['x-rate-limit-remaining'] = '0';
    return headers;
  }

  reset(): void {
    this.windows.clear();
  }

  private evaluate(endpoint: EndpointId, who: Identity, count: boolean): RateDecision {
    const limits = limitsFor(this.tier, endpoint);
    const idKey = who.kind === 'app' ? 'app' : `user:${who.userId}`;
    const now = this.clock();
    const checks: { prefix: string; limit: Limit; key: string }[] = [];
    const main = who.kind === 'app' ? limits.app : limits.user;
    // An identity without its own limit (refused later as unsupported) still gets the headers of
    // the other one, as every response carries them.
    const primary = main ?? limits.user ?? limits.app;
    if (primary)
      checks.push({ prefix: 'x-rate-limit', limit: primary, key: `${endpoint}|${idKey}|w` });
    if (limits.appDay) {
      checks.push({ prefix: 'x-app-limit-24hour', limit: limits.appDay, key: `${endpoint}|app|d` });
    }
    if (limits.userDay && who.kind === 'user') {
      checks.push({
        prefix: 'x-user-limit-24hour',
        limit: limits.userDay,
        key: `${endpoint}|${idKey}|d`,
      });
    }
    const states = checks.map((c) => {
      let w = this.windows.get(c.key);
      if (!w || now >= w.start + c.limit.windowMs) w = { start: now, count: 0 };
      return { ...c, w };
    });
    const allowed = states.every((s) => s.w.count < s.limit.limit);
    const headers: Record<string, string> = {};
    for (const s of states) {
      if (count && allowed) {
        s.w.count++;
        this.windows.set(s.key, s.w);
      }
      headers[`${s.prefix}-limit`] = String(s.limit.limit);
      headers[`${s.prefix}-remaining`] = String(Math.max(0, s.limit.limit - s.w.count));
      headers[`${s.prefix}-reset`] = String(Math.ceil((s.w.start + s.limit.windowMs) / 1000));
    }
    return { allowed, headers };
  }
}
