/** Fault injection, programmatic and over HTTP, as twitter-api-v2 experiences it. */
import {
  ApiPartialResponseError,
  ApiRequestError,
  ApiResponseError,
  TwitterApi,
} from 'twitter-api-v2';
import {
  DEFAULT_WORLD_NOW,
  FaultSpecError,
  simulatorClientSettings,
  startXSimulator,
  type XSimulator,
} from './index.js';

const SMALL = { peers: 60, mentors: 10, recruiters: 10, journalists: 2, companies: 4, days: 30 };
let sim: XSimulator;
let app: TwitterApi;

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the request to fail');
}

beforeAll(async () => {
  sim = await startXSimulator({ seed: 11, world: SMALL, clock: () => DEFAULT_WORLD_NOW });
  app = new TwitterApi(sim.appBearerToken, simulatorClientSettings(sim.url));
});

afterAll(async () => {
  await sim.close();
});

beforeEach(() => {
  sim.reset();
});

describe('XSimulator faults', () => {
  it('cuts the connection, which the client reports as a request error', async () => {
    sim.faults.inject({ path: /\/users\/by\/username\//, cut: true });
    const e = await failure(app.v2.userByUsername('acme'));
    expect(e).toBeInstanceOf(ApiRequestError);
    expect(sim.requests[0]).toMatchObject({ status: 0, fault: expect.stringMatching(/^fault-/) });
    expect((await app.v2.userByUsername('acme')).data.username).toBe('acme');
  });

  it('delays answers by the given latency', async () => {
    sim.faults.inject({ latencyMs: 300 });
    const t0 = performance.now();
    await app.v2.userByUsername('acme');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    const t1 = performance.now();
    await app.v2.userByUsername('acme');
    expect(performance.now() - t1).toBeLessThan(290);
  });

  it('sends a truncated JSON body with 200, which the client cannot parse', async () => {
    sim.faults.inject({ path: 'users/by/username', malformed: true });
    const e = await failure(app.v2.userByUsername('acme'));
    expect(e).toBeInstanceOf(ApiPartialResponseError);
    expect(sim.requests[0]?.status).toBe(200);
  });

  it('forces a 503 for the next matching request only', async () => {
    sim.faults.inject({ path: 'users/by/username', status: 503 });
    const e = await failure(app.v2.userByUsername('acme'));
    expect(e).toBeInstanceOf(ApiResponseError);
    expect((e as ApiResponseError).code).toBe(503);
    expect((e as ApiResponseError).data).toMatchObject({
      title: 'Service Unavailable',
      status: 503,
    });
    expect((await app.v2.userByUsername('acme')).data).toBeDefined();
    expect(sim.faults.list()).toEqual([]);
  });

  it('forces 402 CreditsDepleted and 429 with an exhausted window', async () => {
    sim.faults.inject({ status: 402 });
    const credits = (await failure(app.v2.userByUsername('acme'))) as ApiResponseError;
    expect(credits.code).toBe(402);
    expect(credits.data).toMatchObject({
      title: 'CreditsDepleted',
      type: 'https://api.x.com/2/problems/credits',
    });
    sim.faults.inject({ status: 429 });
    const limited = (await failure(app.v2.userByUsername('acme'))) as ApiResponseError;
    expect(limited.rateLimitError).toBe(true);
    expect(limited.rateLimit).toMatchObject({ limit: 300, remaining: 0 });
  });

  it('matches by method and counts down `times`', async () => {
    const seeker = sim.world.accountsByKind('seeker')[0];
    const user = new TwitterApi(sim.issueUserToken(seeker.id), simulatorClientSettings(sim.url));
    sim.faults.inject({ method: 'post', path: '^/2/tweets$', status: 500, times: 2 });
    await user.v2.me();
    expect(((await failure(user.v2.tweet('one'))) as ApiResponseError).code).toBe(500);
    expect(((await failure(user.v2.tweet('two'))) as ApiResponseError).code).toBe(500);
    expect((await user.v2.tweet('three')).data.id).toBeDefined();
  });

  it('refuses inconsistent fault specs', () => {
    expect(() => sim.faults.inject({ status: 503, cut: true })).toThrow(FaultSpecError);
    expect(() => sim.faults.inject({ path: 'x' })).toThrow(FaultSpecError);
    expect(() => sim.faults.inject({ status: 418 as 503 })).toThrow(FaultSpecError);
  });

  it('takes faults over HTTP from other processes, and reports health', async () => {
    const health = await fetch(`${sim.url}/__sim/health`);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      seed: 11,
      users: sim.world.users.length,
    });

    const added = await fetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: 'users/by/username', status: 503, times: 'Infinity' }),
    });
    expect(added.status).toBe(201);
    for (let i = 0; i < 3; i++) {
      expect(((await failure(app.v2.userByUsername('acme'))) as ApiResponseError).code).toBe(503);
    }
    const cleared = await fetch(`${sim.url}/__sim/faults`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ cleared: 1 });
    expect((await app.v2.userByUsername('acme')).data).toBeDefined();

    const bad = await fetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ status: 418 }),
    });
    expect(bad.status).toBe(400);
    expect(sim.requests.every((r) => r.path.startsWith('/2/'))).toBe(true);
  });
});
