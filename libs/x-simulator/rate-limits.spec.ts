/** Rate limits as twitter-api-v2 sees them: headers on every answer, 429 and window resets. */
import { ApiResponseError, TwitterApi } from 'twitter-api-v2';
import {
  limitsFor,
  simulatorClientSettings,
  startXSimulator,
  type Tier,
  type XSimulator,
} from './index.js';

const SMALL = { peers: 80, mentors: 10, recruiters: 10, journalists: 2, companies: 4, days: 30 };
const MIN = 60_000;
// The library compares `x-rate-limit-reset` with the real clock, so these simulators run on it.
let skew = 0;
const clock = () => Date.now() + skew;
const sims: XSimulator[] = [];

async function simOn(tier: Tier) {
  const sim = await startXSimulator({ seed: 9, tier, world: { ...SMALL, now: Date.now() }, clock });
  sims.push(sim);
  return { sim, app: new TwitterApi(sim.appBearerToken, simulatorClientSettings(sim.url)) };
}

async function rejection(p: Promise<unknown>): Promise<ApiResponseError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiResponseError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

beforeEach(() => {
  skew = 0;
});

afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
});

describe('XSimulator rate limits', () => {
  it('sends x-rate-limit headers on every response, errors included', async () => {
    const { app } = await simOn('pay_per_use');
    const first = await app.v2.get('users/by/username/acme', undefined, { fullResponse: true });
    expect(first.rateLimit).toMatchObject({ limit: 300, remaining: 299 });
    const windowEnd = first.rateLimit!.reset * 1000;
    expect(windowEnd - Date.now()).toBeGreaterThan(14 * MIN);
    expect(windowEnd - Date.now()).toBeLessThanOrEqual(15 * MIN + 1000);
    const bad = await rejection(app.v2.get('users/by/username/no-such!'));
    expect(bad.code).toBe(400);
    expect(bad.rateLimit).toMatchObject({ limit: 300, remaining: 298 });
  });

  it('answers 429 with the problem body and reset headers, until the window ends', async () => {
    const { sim, app } = await simOn('free');
    const user = sim.world.accountsByKind('peer')[0];
    expect(limitsFor('free', 'GET /2/users/:id/tweets').app?.limit).toBe(1);
    await app.v2.userTimeline(user.id);
    const e = await rejection(app.v2.userTimeline(user.id));
    expect(e.code).toBe(429);
    expect(e.rateLimitError).toBe(true);
    expect(e.data).toEqual({
      title: 'Too Many Requests',
      detail: 'Too Many Requests',
      type: 'about:blank',
      status: 429,
    });
    expect(e.rateLimit).toMatchObject({ limit: 1, remaining: 0 });
    expect(sim.requests.map((r) => r.status)).toEqual([200, 429]);

    skew = 15 * MIN + 1000;
    const after = await app.v2.userTimeline(user.id);
    expect(after.rateLimit).toMatchObject({ limit: 1, remaining: 0 });
  });

  it('counts the app and each user separately', async () => {
    const { sim, app } = await simOn('free');
    const [a, b] = sim.world.accountsByKind('seeker');
    await app.v2.search('hiring');
    expect((await rejection(app.v2.search('hiring'))).code).toBe(429);
    const asA = new TwitterApi(sim.issueUserToken(a.id), simulatorClientSettings(sim.url));
    const asB = new TwitterApi(sim.issueUserToken(b.id), simulatorClientSettings(sim.url));
    await asA.v2.search('hiring');
    await asB.v2.search('hiring');
    expect((await rejection(asA.v2.search('hiring'))).code).toBe(429);
    sim.reset();
    await app.v2.search('hiring');
  });

  it('lets a paginator stop itself at the limit instead of failing', async () => {
    const { sim, app } = await simOn('basic');
    const wire = sim.world.userByUsername('techwirenow')!;
    const tl = await app.v2.userTimeline(wire.id, { max_results: 5 });
    const seen: string[] = [];
    for await (const t of tl) seen.push(t.id);
    expect(seen).toHaveLength(25);
    expect(tl.rateLimit).toMatchObject({ limit: 5, remaining: 0 });
    expect(sim.requests).toHaveLength(5);
  });
});
