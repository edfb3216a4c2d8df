/**
 * OAuth 2.0 Authorization Code with PKCE as X runs it (x-api.md §4): an authorize step that
 * approves at once for a simulated user (there is no browser), a token endpoint taking JSON or
 * form bodies, 30-second single-use codes, two-hour access tokens, rotating single-use refresh
 * tokens (only with offline.access), revocation, and the app-only bearer token.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Reply } from './problems.js';
import type { SimUser } from './world.js';

/** An app registered with the simulator; a client without a secret is a public client. */
export interface OAuthClient {
  clientId: string;
  clientSecret?: string;
  /** Exact redirect URIs the authorize step accepts. */
  redirectUris: string[];
}

export const DEFAULT_OAUTH_CLIENT: OAuthClient = {
  clientId: 'perch-sim-client',
  clientSecret: 'perch-sim-secret',
  redirectUris: ['http://127.0.0.1:3000/auth/x/callback', 'http://localhost:3000/auth/x/callback'],
};

/** Scopes X knows (x-api.md §4). */
export const OAUTH_SCOPES: readonly string[] = [
  'tweet.read',
  'tweet.write',
  'tweet.moderate.write',
  'users.read',
  'users.email',
  'follows.read',
  'follows.write',
  'offline.access',
  'space.read',
  'mute.read',
  'mute.write',
  'like.read',
  'like.write',
  'list.read',
  'list.write',
  'block.read',
  'block.write',
  'bookmark.read',
  'bookmark.write',
  'dm.read',
  'dm.write',
  'media.write',
];

/** What Perch asks for; the default of `issueUserToken`. */
export const PERCH_SCOPES: readonly string[] = [
  'tweet.read',
  'users.read',
  'tweet.write',
  'offline.access',
  'follows.read',
  'list.read',
];

export const CODE_TTL_MS = 30_000;
export const ACCESS_TOKEN_TTL_MS = 2 * 3_600_000;
const REFRESH_TOKEN_TTL_MS = 182 * 86_400_000;

/** The caller of an API request, as its bearer token identifies it. */
export type Caller =
  { kind: 'app' } | { kind: 'user'; userId: string; scopes: ReadonlySet<string> };

interface CodeRecord {
  clientId: string;
  redirectUri: string;
  challenge: string;
  method: 'S256' | 'plain';
  scopes: string[];
  userId: string;
  expiresAt: number;
}

interface TokenRecord {
  userId: string;
  scopes: string[];
  clientId: string;
  grantId: number;
  expiresAt: number;
  revoked: boolean;
  used: boolean;
}

const oauthError = (status: 400 | 401, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description },
});

const INVALID_CODE = 'Value passed for the authorization code was invalid.';
const INVALID_TOKEN = 'Value passed for the token was invalid.';

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class OAuthServer {
  /** A valid app-only bearer token (X's start with a run of "A"s). */
  readonly appBearerToken = `AAAAAAAAAAAAAAAAAAAAA${randomBytes(40).toString('base64url')}`;
  private readonly clients: Map<string, OAuthClient>;
  private readonly codes = new Map<string, CodeRecord>();
  private readonly access = new Map<string, TokenRecord>();
  private readonly refresh = new Map<string, TokenRecord>();
  private grants = 0;

  constructor(
    clients: readonly OAuthClient[],
    private readonly clock: () => number,
    private readonly findUser: (idOrUsername: string) => SimUser | undefined,
    private readonly defaultUser: () => SimUser | undefined,
  ) {
    this.clients = new Map(clients.map((c) => [c.clientId, c]));
  }

  /** Resolves a bearer token; undefined when it is unknown, revoked or expired. */
  authenticate(token: string): Caller | undefined {
    if (safeEqual(token, this.appBearerToken)) return { kind: 'app' };
    const rec = this.access.get(token);
    if (!rec || rec.revoked || this.clock() >= rec.expiresAt) return undefined;
    return { kind: 'user', userId: rec.userId, scopes: new Set(rec.scopes) };
  }

  /** Mints tokens without the authorize dance (test helper). */
  issue(
    userId: string,
    scopes: readonly string[],
    clientId: string,
    ttlMs = ACCESS_TOKEN_TTL_MS,
  ): { accessToken: string; refreshToken?: string } {
    if (!this.findUser(userId)) throw new RangeError(`no user with id ${userId} in the world`);
    const unknown = scopes.filter((s) => !OAUTH_SCOPES.includes(s));
    if (unknown.length) throw new RangeError(`unknown scopes: ${unknown.join(', ')}`);
    return this.mint(userId, [...scopes], clientId, ++this.grants, ttlMs);
  }

  private mint(
    userId: string,
    scopes: string[],
    clientId: string,
    grantId: number,
    ttlMs = ACCESS_TOKEN_TTL_MS,
  ): { accessToken: string; refreshToken?: string } {
    const now = this.clock();
    const make = (kind: 'at' | 'rt') =>
      Buffer.from(`${randomBytes(30).toString('base64url')}:${now}:1:${kind}:1`).toString(
        'base64url',
      );
    const base = { userId, scopes, clientId, grantId, revoked: false, used: false };
    const accessToken = make('at');
    this.access.set(accessToken, { ...base, expiresAt: now + ttlMs });
    if (!scopes.includes('offline.access')) return { accessToken };
    const refreshToken = make('rt');
    this.refresh.set(refreshToken, { ...base, expiresAt: now + REFRESH_TOKEN_TTL_MS });
    return { accessToken, refreshToken };
  }

  /**
   * GET /i/oauth2/authorize. Problems with the client or redirect URI are answered here (a
   * redirect would hand the error to an unverified URI); the rest go back to the redirect URI as
   * `error=` per RFC 6749 §4.1.2.1. `sim_user` (a username or id) picks who approves, `sim_deny`
   * makes them refuse.
   */
  authorize(q: URLSearchParams): Reply {
    const client = this.clients.get(q.get('client_id') ?? '');
    if (!client) return oauthError(400, 'invalid_request', 'Missing or invalid client_id.');
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!client.redirectUris.includes(redirectUri)) {
      return oauthError(400, 'invalid_request', 'Value passed for the redirect uri was invalid.');
    }
    const state = q.get('state') ?? '';
    const back = (params: Record<string, string>): Reply => {
      const url = new URL(redirectUri);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      return { status: 302, body: undefined, headers: { location: url.toString() } };
    };
    const fail = (error: string, description: string) =>
      back({ error, error_description: description, ...(state ? { state } : {}) });
    if (q.get('response_type') !== 'code') {
      return fail('unsupported_response_type', 'response_type must be code.');
    }
    if (!state || state.length > 500) {
      return fail('invalid_request', 'state is required and at most 500 characters.');
    }
    const challenge = q.get('code_challenge') ?? '';
    const rawMethod = q.get('code_challenge_method') ?? 'plain';
    const method =
      rawMethod.toUpperCase() === 'S256' ? 'S256' : rawMethod === 'plain' ? 'plain' : undefined;
    if (!method) return fail('invalid_request', 'code_challenge_method must be S256 or plain.');
    const challengeOk =
      method === 'S256'
        ? /^[A-Za-z0-9_-]{43}$/.test(challenge)
        : /^[A-Za-z0-9._~-]{1,128}$/.test(challenge);
    if (!challengeOk) return fail('invalid_request', 'code_challenge is missing or malformed.');
    const scopes = (q.get('scope') ?? '').split(/[\s+]+/).filter(Boolean);
    if (!scopes.length) return fail('invalid_scope', 'At least one scope is required.');
    const unknown = scopes.filter((s) => !OAUTH_SCOPES.includes(s));
    if (unknown.length) return fail('invalid_scope', `Unknown scope: ${unknown.join(' ')}.`);
    const simUser = q.get('sim_user');
    const user = simUser ? this.findUser(simUser.replace(/^@/, '')) : this.defaultUser();
    if (!user) return fail('invalid_request', `No simulated user ${simUser ?? ''}.`);
    if (q.has('sim_deny')) return fail('access_denied', 'The user denied the request.');
    const code = randomBytes(36).toString('base64url');
    this.codes.set(code, {
      clientId: client.clientId,
      redirectUri,
      challenge,
      method,
      scopes,
      userId: user.id,
      expiresAt: this.clock() + CODE_TTL_MS,
    });
    return back({ state, code });
  }

  /** Client authentication: Basic header (confidential), or client_id (+ client_secret) in the body. */
  private client(
    authorization: string | undefined,
    body: Record<string, string>,
  ): OAuthClient | Reply {
    const denied = oauthError(401, 'unauthorized_client', 'Missing valid authorization header');
    const basic = /^Basic\s+(.+)$/i.exec(authorization ?? '');
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString();
      const colon = decoded.indexOf(':');
      if (colon < 0) return denied;
      let id: string;
      let secret: string;
      try {
        id = decodeURIComponent(decoded.slice(0, colon));
        secret = decodeURIComponent(decoded.slice(colon + 1));
      } catch {
        return denied;
      }
      const client = this.clients.get(id);
      if (!client?.clientSecret || !safeEqual(secret, client.clientSecret)) return denied;
      if (body.client_id !== undefined && body.client_id !== id) return denied;
      return client;
    }
    const client = this.clients.get(body.client_id ?? '');
    if (!client) return denied;
    if (client.clientSecret && !safeEqual(body.client_secret ?? '', client.clientSecret))
      return denied;
    return client;
  }

  /** POST /2/oauth2/token. */
  token(authorization: string | undefined, body: Record<string, string>): Reply {
    const client = this.client(authorization, body);
    if (!('clientId' in client)) return client;
    const now = this.clock();
    let tokens: { accessToken: string; refreshToken?: string };
    let scopes: string[];
    switch (body.grant_type) {
      case 'authorization_code': {
        const code = this.codes.get(body.code ?? '');
        // A code is single use: even a failed exchange consumes it.
        if (code) this.codes.delete(body.code);
        if (!code || code.clientId !== client.clientId || now >= code.expiresAt) {
          return oauthError(400, 'invalid_request', INVALID_CODE);
        }
        if (body.redirect_uri !== code.redirectUri) {
          return oauthError(
            400,
            'invalid_request',
            'Value passed for the redirect uri was invalid.',
          );
        }
        const verifier = body.code_verifier ?? '';
        const expected =
          code.method === 'S256'
            ? createHash('sha256').update(verifier).digest('base64url')
            : verifier;
        if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || !safeEqual(expected, code.challenge)) {
          return oauthError(400, 'invalid_request', INVALID_CODE);
        }
        scopes = code.scopes;
        tokens = this.mint(code.userId, scopes, client.clientId, ++this.grants);
        break;
      }
      case 'refresh_token': {
        const rec = this.refresh.get(body.refresh_token ?? '');
        if (
          !rec ||
          rec.used ||
          rec.revoked ||
          now >= rec.expiresAt ||
          rec.clientId !== client.clientId
        ) {
          return oauthError(400, 'invalid_request', INVALID_TOKEN);
        }
        rec.used = true;
        scopes = rec.scopes;
        tokens = this.mint(rec.userId, scopes, client.clientId, rec.grantId);
        break;
      }
      default:
        return oauthError(400, 'invalid_request', 'Value passed for the grant type was invalid.');
    }
    const out: Record<string, string | number> = {
      token_type: 'bearer',
      expires_in: ACCESS_TOKEN_TTL_MS / 1000,
      access_token: tokens.accessToken,
      scope: scopes.join(' '),
    };
    if (tokens.refreshToken) out.refresh_token = tokens.refreshToken;
    return { status: 200, body: out, headers: { 'cache-control': 'no-store' } };
  }

  /**
   * POST /2/oauth2/revoke. Revoking an access token ends that token; revoking a refresh token
   * ends the whole grant (the person disconnected the app). Unknown tokens answer success too
   * (RFC 7009 §2.2).
   */
  revoke(authorization: string | undefined, body: Record<string, string>): Reply {
    const client = this.client(authorization, body);
    if (!('clientId' in client)) return client;
    const token = body.token;
    if (!token) return oauthError(400, 'invalid_request', 'Missing required parameter [token].');
    // Tokens are unique across both kinds, so token_type_hint only saves a lookup on X.
    const asAccess = this.access.get(token);
    const asRefresh = this.refresh.get(token);
    if (asAccess && asAccess.clientId === client.clientId) asAccess.revoked = true;
    if (asRefresh && asRefresh.clientId === client.clientId) {
      for (const map of [this.access, this.refresh]) {
        for (const rec of map.values()) if (rec.grantId === asRefresh.grantId) rec.revoked = true;
      }
    }
    return { status: 200, body: { revoked: true } };
  }
}
