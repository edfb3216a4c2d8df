/** OAuth 2.0 with PKCE against the simulator, driven by twitter-api-v2's own OAuth helpers. */
import { ApiResponseError, TwitterApi } from 'twitter-api-v2';
import {
  DEFAULT_OAUTH_CLIENT,
  DEFAULT_WORLD_NOW,
  rewriteAuthorizeUrl,
  simulatorClientSettings,
  startXSimulator,
  type XSimulator,
} from './index.js';

const REDIRECT = 'http://127.0.0.1:3000/auth/x/callback';
const SCOPES = ['tweet.read', 'users.read', 'offline.access'];
const SMALL = { peers: 60, mentors: 10, recruiters: 10, journalists: 2, companies: 4, days: 30 };
let now = DEFAULT_WORLD_NOW;
let sim: XSimulator;

const settings = () => simulatorClientSettings(sim.url);
const confidential = () =>
  new TwitterApi(
    { clientId: DEFAULT_OAUTH_CLIENT.clientId, clientSecret: DEFAULT_OAUTH_CLIENT.clientSecret! },
    settings(),
  );

async function rejection(p: Promise<unknown>): Promise<ApiResponseError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiResponseError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

/** Runs the authorize step as a browser would, answering the redirect's code. */
async function authorize(client: TwitterApi, extra: Record<string, string> = {}, scope = SCOPES) {
  const link = client.generateOAuth2AuthLink(REDIRECT, { scope });
  expect(link.url.startsWith('https://x.com/i/oauth2/authorize?')).toBe(true);
  const url = new URL(rewriteAuthorizeUrl(link.url, sim.url));
  expect(url.origin).toBe(sim.url);
  for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
  const res = await fetch(url, { redirect: 'manual' });
  const location = new URL(res.headers.get('location') ?? 'http://missing.invalid');
  return { ...link, status: res.status, location, code: location.searchParams.get('code') ?? '' };
}

beforeAll(async () => {
  sim = await startXSimulator({
    seed: 5,
    world: SMALL,
    clock: () => now,
    clients: [DEFAULT_OAUTH_CLIENT, { clientId: 'perch-public', redirectUris: [REDIRECT] }],
  });
});

afterAll(async () => {
  await sim.close();
});

beforeEach(() => {
  now = DEFAULT_WORLD_NOW;
  sim.reset();
});

describe('XSimulator OAuth 2.0', () => {
  it('signs the first seeker in with PKCE, then rotates the refresh token', async () => {
    const auth = await authorize(confidential());
    expect(auth.status).toBe(302);
    expect(`${auth.location.origin}${auth.location.pathname}`).toBe(REDIRECT);
    expect(auth.location.searchParams.get('state')).toBe(auth.state);

    const login = await confidential().loginWithOAuth2({
      code: auth.code,
      codeVerifier: auth.codeVerifier,
      redirectUri: REDIRECT,
    });
    expect(login.expiresIn).toBe(7200);
    expect(login.scope.sort()).toEqual([...SCOPES].sort());
    expect(login.refreshToken).toEqual(expect.any(String));
    const seeker = sim.world.accountsByKind('seeker')[0];
    expect((await login.client.v2.me()).data.id).toBe(seeker.id);
    expect(sim.requests.find((r) => r.path === '/2/oauth2/token')?.auth).toBe('basic');

    const refreshed = await confidential().refreshOAuth2Token(login.refreshToken!);
    expect(refreshed.accessToken).not.toBe(login.accessToken);
    expect(refreshed.refreshToken).not.toBe(login.refreshToken);
    expect((await refreshed.client.v2.me()).data.id).toBe(seeker.id);

    const reused = await rejection(confidential().refreshOAuth2Token(login.refreshToken!));
    expect(reused.code).toBe(400);
    expect(reused.data).toMatchObject({
      error: 'invalid_request',
      error_description: 'Value passed for the token was invalid.',
    });
  });

  it('serves public clients, with the simulated user chosen by sim_user', async () => {
    const mentor = sim.world.accountsByKind('mentor')[0];
    const client = new TwitterApi({ clientId: 'perch-public' }, settings());
    const auth = await authorize(client, { sim_user: mentor.username });
    const login = await client.loginWithOAuth2({
      code: auth.code,
      codeVerifier: auth.codeVerifier,
      redirectUri: REDIRECT,
    });
    expect((await login.client.v2.me()).data.username).toBe(mentor.username);
    expect(sim.requests.find((r) => r.path === '/2/oauth2/token')?.auth).toBe('none');
    const refreshed = await client.refreshOAuth2Token(login.refreshToken!);
    expect(refreshed.accessToken).toEqual(expect.any(String));
  });

  it('uses each code once and only for 30 seconds', async () => {
    const first = await authorize(confidential());
    const body = { code: first.code, codeVerifier: first.codeVerifier, redirectUri: REDIRECT };
    await confidential().loginWithOAuth2(body);
    const again = await rejection(confidential().loginWithOAuth2(body));
    expect(again.code).toBe(400);
    expect((again.data as any).error_description).toBe(
      'Value passed for the authorization code was invalid.',
    );

    const late = await authorize(confidential());
    now += 31_000;
    const expired = await rejection(
      confidential().loginWithOAuth2({
        code: late.code,
        codeVerifier: late.codeVerifier,
        redirectUri: REDIRECT,
      }),
    );
    expect(expired.code).toBe(400);
  });

  it('checks the PKCE verifier and the client secret', async () => {
    const auth = await authorize(confidential());
    const wrongVerifier = await rejection(
      confidential().loginWithOAuth2({
        code: auth.code,
        codeVerifier: 'a'.repeat(64),
        redirectUri: REDIRECT,
      }),
    );
    expect(wrongVerifier.code).toBe(400);

    const other = await authorize(confidential());
    const impostor = new TwitterApi(
      { clientId: DEFAULT_OAUTH_CLIENT.clientId, clientSecret: 'wrong' },
      settings(),
    );
    const denied = await rejection(
      impostor.loginWithOAuth2({
        code: other.code,
        codeVerifier: other.codeVerifier,
        redirectUri: REDIRECT,
      }),
    );
    expect(denied.code).toBe(401);
    expect(denied.data.error).toBe('unauthorized_client');
  });

  it('accepts form-encoded token requests and gives no refresh token without offline.access', async () => {
    const auth = await authorize(confidential(), {}, ['tweet.read', 'users.read']);
    const basic = Buffer.from(
      `${DEFAULT_OAUTH_CLIENT.clientId}:${DEFAULT_OAUTH_CLIENT.clientSecret}`,
    ).toString('base64');
    const res = await fetch(`${sim.url}/2/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: auth.code,
        redirect_uri: REDIRECT,
        code_verifier: auth.codeVerifier,
        client_id: DEFAULT_OAUTH_CLIENT.clientId,
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      token_type: 'bearer',
      expires_in: 7200,
      access_token: expect.any(String),
      scope: 'tweet.read users.read',
    });
  });

  it('answers client and redirect problems itself, and other problems at the redirect URI', async () => {
    const link = confidential().generateOAuth2AuthLink('http://evil.example/callback', {
      scope: SCOPES,
    });
    const res = await fetch(rewriteAuthorizeUrl(link.url, sim.url), { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });

    const badScope = await authorize(confidential(), {}, ['tweet.read', 'telepathy.read']);
    expect(badScope.status).toBe(302);
    expect(badScope.location.searchParams.get('error')).toBe('invalid_scope');
    expect(badScope.location.searchParams.get('state')).toBe(badScope.state);

    const denied = await authorize(confidential(), { sim_deny: '1' });
    expect(denied.location.searchParams.get('error')).toBe('access_denied');
  });

  it('accepts the plain PKCE method and S256 in either case', async () => {
    const verifier = 'v'.repeat(50);
    const base = {
      response_type: 'code',
      client_id: 'perch-public',
      redirect_uri: REDIRECT,
      state: 'st',
      scope: 'tweet.read users.read',
    };
    const plain = new URL('/i/oauth2/authorize', sim.url);
    for (const [k, v] of Object.entries({
      ...base,
      code_challenge: verifier,
      code_challenge_method: 'plain',
    })) {
      plain.searchParams.set(k, v);
    }
    const res = await fetch(plain, { redirect: 'manual' });
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    const client = new TwitterApi({ clientId: 'perch-public' }, settings());
    const login = await client.loginWithOAuth2({
      code,
      codeVerifier: verifier,
      redirectUri: REDIRECT,
    });
    expect(login.refreshToken).toBeUndefined();

    const upper = await authorize(client, { code_challenge_method: 'S256' });
    expect(upper.code).not.toBe('');
  });

  it('revokes an access token, and a whole grant through its refresh token', async () => {
    const auth = await authorize(confidential());
    const login = await confidential().loginWithOAuth2({
      code: auth.code,
      codeVerifier: auth.codeVerifier,
      redirectUri: REDIRECT,
    });
    const refreshed = await confidential().refreshOAuth2Token(login.refreshToken!);

    await confidential().revokeOAuth2Token(login.accessToken, 'access_token');
    expect((await rejection(login.client.v2.me())).code).toBe(401);
    expect((await refreshed.client.v2.me()).data).toBeDefined();

    await confidential().revokeOAuth2Token(refreshed.refreshToken!, 'refresh_token');
    expect((await rejection(refreshed.client.v2.me())).code).toBe(401);
    expect((await rejection(confidential().refreshOAuth2Token(refreshed.refreshToken!))).code).toBe(
      400,
    );
  });
});
