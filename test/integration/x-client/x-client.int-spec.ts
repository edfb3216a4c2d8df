/**
 * libs/x-client against the X simulator, through twitter-api-v2 as in production: every read
 * endpoint and pagination, writes, OAuth with rotating refresh tokens, and the governor under the
 * faults X really produces (429 storms, 5xx bursts, timeouts, cut connections, broken bodies).
 */
import { startXSimulator, type XSimulator } from '@libs/x-simulator';
import { XClient, type XCallRecord, type XPost } from '@libs/x-client';

let sim: XSimulator;
let calls: XCallRecord[];
let x: XClient;

beforeAll(async () => {
  sim = await startXSimulator({ seed: 11 });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  calls = [];
  x = new XClient({
    baseUrl: sim.url,
    governor: { now: sim.clock, baseDelayMs: 20, maxDelayMs: 100, totalTimeoutMs: 5_000 },
    requestTimeoutMs: 2_000,
    onCall: (r) => calls.push(r),
  });
});

const busiest = (kind: 'brand' | 'recruiter' | 'seeker' | 'employee') =>
  [...sim.world.accountsByKind(kind)].sort(
    (a, b) => sim.world.timeline(b.id).length - sim.world.timeline(a.id).length,
  )[0];

describe('reads', () => {
  it('looks users up by handle and id, and reports unknown ones without failing', async () => {
    const brand = busiest('brand');
    const app = x.forApp(sim.appBearerToken);
    const user = await app.userByUsername(`@${brand.username}`);
    expect(user).toMatchObject({
      id: brand.id,
      username: brand.username,
      description: brand.description,
    });
    expect(await app.userByUsername('nobody_here_123')).toBeNull();
    const many = await app.usersByUsernames([brand.username, 'nobody_here_123']);
    expect(many.users.map((u) => u.id)).toEqual([brand.id]);
    expect(many.missing).toEqual(['nobody_here_123']);
    const byId = await app.usersByIds([brand.id]);
    expect(byId.users[0]?.username).toBe(brand.username);
  });

  it('pages through a timeline newest first, without repeats, and resumes from since_id', async () => {
    const brand = busiest('brand');
    const app = x.forApp(sim.appBearerToken);
    const seen: XPost[] = [];
    for await (const page of app.pages(
      (t) => app.userTimeline(brand.id, { maxResults: 20, pageToken: t }),
      5,
    )) {
      seen.push(...page.items);
      expect(page.users.get(brand.id)?.username).toBe(brand.username);
    }
    const ids = seen.map((p) => BigInt(p.id));
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids.map(String)).size).toBe(ids.length);
    expect(ids.every((id, i) => i === 0 || id < ids[i - 1])).toBe(true);
    const newer = await app.userTimeline(brand.id, { sinceId: seen[5].id, maxResults: 100 });
    expect(newer.items.map((p) => p.id)).toEqual(seen.slice(0, 5).map((p) => p.id));
  });

  it('searches recent posts with operators and pages the results', async () => {
    const app = x.forApp(sim.appBearerToken);
    const page = await app.searchRecent('#hiring -is:retweet', { maxResults: 10 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const p of page.items) {
      expect(p.hashtags.map((h) => h.toLowerCase())).toContain('hiring');
      expect(p.referenced.some((r) => r.type === 'retweeted')).toBe(false);
    }
    if (page.nextToken) {
      const next = await app.searchRecent('#hiring -is:retweet', {
        maxResults: 10,
        pageToken: page.nextToken,
      });
      expect(next.items[0]?.id).not.toBe(page.items[0]?.id);
    }
    await expect(app.searchRecent('(unbalanced')).rejects.toMatchObject({ code: 'X_BAD_REQUEST' });
  });

  it('reads lists, their members and posts, and followers and following', async () => {
    const list = sim.world.lists[0];
    const app = x.forApp(sim.appBearerToken);
    expect(await app.list(list.id)).toMatchObject({
      id: list.id,
      name: list.name,
      ownerId: list.owner_id,
    });
    const members = await app.listMembers(list.id, { maxResults: 100 });
    expect(members.items.map((u) => u.id).sort()).toEqual(
      sim.world
        .listMembers(list.id)
        .slice(0, 100)
        .map((u) => u.id)
        .sort(),
    );
    expect((await app.listPosts(list.id, { maxResults: 10 })).items.length).toBeGreaterThan(0);
    expect((await app.ownedLists(list.owner_id)).items.map((l) => l.id)).toContain(list.id);
    const brand = busiest('brand');
    const followers = await app.followers(brand.id, { maxResults: 50 });
    expect(followers.items.length).toBeGreaterThan(0);
    await app.following(brand.id, { maxResults: 50 });
  });

  it('records every call with the objects it returned, for the meter', async () => {
    const brand = busiest('brand');
    const page = await x.forApp(sim.appBearerToken).userTimeline(brand.id, { maxResults: 10 });
    const rec = calls.at(-1)!;
    expect(rec).toMatchObject({
      endpoint: 'GET /2/users/:id/tweets',
      auth: 'app',
      ok: true,
      attempts: 1,
    });
    expect(rec.usage.find((u) => u.kind === 'post_read')?.ids).toEqual(
      expect.arrayContaining(page.items.map((p) => p.id)),
    );
    expect(rec.usage.find((u) => u.kind === 'user_read')?.ids).toContain(brand.id);
  });
});

describe('a person\u2019s token', () => {
  it('reads me, posts (201 with a snowflake id) and deletes, billing own reads as owned', async () => {
    const seeker = busiest('seeker');
    const me = x.forUser(sim.issueUserToken(seeker.id), seeker.id);
    expect((await me.me()).id).toBe(seeker.id);
    const post = await me.post('Practising my informational-interview ask this week #careers');
    expect(post.id).toMatch(/^\d{15,20}$/);
    expect(await me.deletePost(post.id)).toBe(true);
    await me.userTimeline(seeker.id, { maxResults: 5 });
    expect(calls.at(-1)!.usage.every((u) => u.kind === 'owned_read')).toBe(true);
  });

  it('is refused for user-context endpoints with the app token', async () => {
    const app = x.forUser(sim.appBearerToken);
    await expect(app.me()).rejects.toMatchObject({ code: 'X_FORBIDDEN' });
  });
});

describe('OAuth 2.0 with PKCE', () => {
  it('connects a person, rotates the refresh token once used, and revokes', async () => {
    const seeker = busiest('seeker');
    const oauth = x.oauth('perch-sim-client', 'perch-sim-secret');
    const redirect = 'http://127.0.0.1:3000/auth/x/callback';
    const link = oauth.authLink(redirect, [
      'tweet.read',
      'users.read',
      'tweet.write',
      'offline.access',
    ]);
    expect(link.url.startsWith(sim.url)).toBe(true);
    const res = await fetch(`${link.url}&sim_user=${seeker.id}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get('location')!);
    expect(back.searchParams.get('state')).toBe(link.state);
    const tokens = await oauth.exchangeCode(
      back.searchParams.get('code')!,
      link.codeVerifier,
      redirect,
    );
    expect(tokens.scopes).toEqual(expect.arrayContaining(['tweet.write', 'offline.access']));
    expect((await x.forUser(tokens.accessToken).me()).id).toBe(seeker.id);
    const rotated = await oauth.refresh(tokens.refreshToken!);
    expect(rotated.refreshToken).not.toBe(tokens.refreshToken);
    await expect(oauth.refresh(tokens.refreshToken!)).rejects.toMatchObject({
      code: expect.stringMatching(/X_BAD_REQUEST|X_UNAUTHORIZED/),
    });
    await oauth.revoke(rotated.accessToken, 'access_token');
    await expect(x.forUser(rotated.accessToken).me()).rejects.toMatchObject({
      code: 'X_UNAUTHORIZED',
    });
  });

  it('refuses a code exchanged with the wrong PKCE verifier', async () => {
    const seeker = busiest('seeker');
    const oauth = x.oauth('perch-sim-client', 'perch-sim-secret');
    const redirect = 'http://127.0.0.1:3000/auth/x/callback';
    const link = oauth.authLink(redirect, ['tweet.read', 'users.read']);
    const res = await fetch(`${link.url}&sim_user=${seeker.id}`, { redirect: 'manual' });
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    await expect(oauth.exchangeCode(code, 'x'.repeat(64), redirect)).rejects.toBeDefined();
  });
});

describe('the governor under faults', () => {
  const brand = () => busiest('brand');

  it('fails fast in a closed window when told not to wait, spending no further calls', async () => {
    sim.faults.inject({ path: '/2/users/by/username/', status: 429, times: 1 });
    // Background tasks reschedule rather than sleep: they give the governor a short maxWaitMs.
    const impatient = new XClient({
      baseUrl: sim.url,
      governor: { now: sim.clock, maxWaitMs: 5_000 },
    });
    const app = impatient.forApp(sim.appBearerToken);
    const err = await app.userByUsername(brand().username).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'X_RATE_LIMITED' });
    expect((err as { retryAt: number }).retryAt).toBeGreaterThan(sim.clock());
    await expect(app.userByUsername(brand().username)).rejects.toMatchObject({
      code: 'X_RATE_LIMITED',
    });
    expect(sim.requests.filter((r) => r.path.startsWith('/2/users/by/username/'))).toHaveLength(1);
  });

  it('waits out a 429 storm until the reset X names, then succeeds', async () => {
    // A simulator on a clock the governor's sleep moves, so the 15-minute reset passes at once.
    let now = Date.now();
    const clocked = await startXSimulator({ seed: 11, clock: () => now });
    try {
      const slept: number[] = [];
      const client = new XClient({
        baseUrl: clocked.url,
        governor: {
          now: () => now,
          sleep: (ms) => {
            slept.push(ms);
            now += ms;
            return Promise.resolve();
          },
        },
        onCall: (r) => calls.push(r),
      });
      const handle = clocked.world.accountsByKind('brand')[0].username;
      clocked.faults.inject({ path: '/2/users/by/username/', status: 429, times: 2 });
      const user = await client.forApp(clocked.appBearerToken).userByUsername(handle);
      expect(user?.username).toBe(handle);
      expect(clocked.requests.map((r) => r.status)).toEqual([429, 429, 200]);
      expect(slept).toHaveLength(2);
      for (const ms of slept) expect(ms).toBeGreaterThan(60_000);
      expect(calls.at(-1)).toMatchObject({ ok: true, attempts: 3 });
    } finally {
      await clocked.close();
    }
  });

  it('retries a 5xx burst with backoff and gives up after three attempts', async () => {
    sim.faults.inject({ path: '/tweets$', status: 503, times: 2 });
    const app = x.forApp(sim.appBearerToken);
    await expect(app.userTimeline(brand().id, { maxResults: 5 })).resolves.toBeDefined();
    sim.faults.inject({ path: '/tweets$', status: 502, times: 3 });
    await expect(app.userTimeline(brand().id, { maxResults: 5 })).rejects.toMatchObject({
      code: 'X_UNAVAILABLE',
    });
    expect(calls.at(-1)).toMatchObject({ ok: false, attempts: 3 });
  });

  it('does not retry what another attempt cannot fix', async () => {
    const app = x.forApp(sim.appBearerToken);
    sim.faults.inject({ path: '^/2/users$', status: 401, times: 5 });
    await expect(app.usersByIds([brand().id])).rejects.toMatchObject({ code: 'X_UNAUTHORIZED' });
    sim.faults.clear();
    sim.faults.inject({ path: '^/2/users$', status: 402, times: 5 });
    await expect(app.usersByIds([brand().id])).rejects.toMatchObject({
      code: 'X_PAYMENT_REQUIRED',
    });
    expect(sim.requests.length).toBe(2);
  });

  it('ends a call at its timeout, and survives cut connections and broken bodies', async () => {
    const slow = new XClient({
      baseUrl: sim.url,
      governor: { now: sim.clock, maxAttempts: 1, totalTimeoutMs: 300 },
    });
    sim.faults.inject({ path: '/tweets$', latencyMs: 2_000 });
    await expect(slow.forApp(sim.appBearerToken).userTimeline(brand().id)).rejects.toMatchObject({
      code: 'X_TIMEOUT',
    });
    sim.faults.clear();
    const app = x.forApp(sim.appBearerToken);
    sim.faults.inject({ path: '/tweets$', cut: true, times: 1 });
    await expect(app.userTimeline(brand().id, { maxResults: 5 })).resolves.toBeDefined();
    sim.faults.inject({ path: '/tweets$', malformed: true, times: 3 });
    await expect(app.userTimeline(brand().id, { maxResults: 5 })).rejects.toMatchObject({
      code: 'X_MALFORMED_RESPONSE',
    });
  });
});
