import { request } from 'node:http';
import { openingClosed, startXSimulator, type XSimulator } from './index.js';

/** A request as an outbound client in connectTo mode sends it: to the simulator, Host kept. */
function get(
  sim: XSimulator,
  url: string,
  method = 'GET',
): Promise<{ status: number; location?: string }> {
  const target = new URL(url);
  const { port } = new URL(sim.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: `${target.pathname}${target.search}`,
        headers: { host: target.host },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? undefined }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the simulated web', () => {
  let sim: XSimulator;
  beforeAll(async () => {
    sim = await startXSimulator({ seed: 3 });
  });
  afterAll(() => sim.close());
  afterEach(() => sim.reset());

  it('serves open careers pages and 404s filled roles', async () => {
    const openings = sim.world.companies.flatMap((c) => c.openings);
    const open = openings.find((o) => !openingClosed(o))!;
    const closed = openings.find((o) => openingClosed(o))!;
    expect(closed).toBeDefined();
    expect((await get(sim, open.url)).status).toBe(200);
    expect((await get(sim, `${open.url}?utm_source=x`, 'HEAD')).status).toBe(200);
    expect((await get(sim, closed.url)).status).toBe(404);
    // Roughly one in six roles is filled.
    const share = openings.filter(openingClosed).length / openings.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.3);
  });

  it('404s the links of posts labelled audit:broken-link and redirects t.co', async () => {
    const dead = sim.world.tweets.filter((t) => t.labels.includes('audit:broken-link'));
    expect(dead.length).toBeGreaterThanOrEqual(sim.world.accountsByKind('seeker').length - 1);
    const link = dead[0].entities!.urls![0];
    expect((await get(sim, link.expanded_url)).status).toBe(404);
    expect(await get(sim, link.url)).toEqual({ status: 301, location: link.expanded_url });
    const alive = sim.world.tweets.find(
      (t) =>
        !t.labels.includes('audit:broken-link') &&
        t.entities?.urls?.some((u) => !u.expanded_url.includes('/careers/')),
    )!;
    expect(
      (
        await get(
          sim,
          alive.entities!.urls!.find((u) => !u.expanded_url.includes('/careers/'))!.expanded_url,
        )
      ).status,
    ).toBe(200);
    expect((await get(sim, 'https://nowhere.example/page')).status).toBe(404);
    expect(sim.webRequests.map((r) => r.status)).toEqual([404, 301, 200, 404]);
  });

  it('lets a test override an answer, also over the admin API, and keeps the X API apart', async () => {
    const res = await fetch(`${sim.url}/__sim/web`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://moved.example/a', status: 302, location: '/b' }),
    });
    expect(res.status).toBe(201);
    expect(await get(sim, 'https://moved.example/a/')).toEqual({ status: 302, location: '/b' });
    const bad = await fetch(`${sim.url}/__sim/web`, { method: 'POST', body: '{"url":"x"}' });
    expect(bad.status).toBe(400);
    // The API at the simulator's own address is untouched by the web.
    const api = await fetch(`${sim.url}/2/users/me`);
    expect(api.status).toBe(401);
    sim.reset();
    expect((await get(sim, 'https://moved.example/a')).status).toBe(404);
  });
});
