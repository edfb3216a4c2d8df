import { checkLink, type LinkCheck } from './index.js';
import { type LocalServer, startServer } from './test-server.js';

/** What each path answers: one status for every method, or one for HEAD and one for GET. */
const PAGES: Record<string, number | { HEAD: number; GET: number }> = {
  '/ok': 200,
  '/created': 201,
  '/gone': 404,
  '/removed': 410,
  '/teapot': 418,
  '/no-head': { HEAD: 405, GET: 200 },
  '/head-not-implemented': { HEAD: 501, GET: 404 },
  '/robots-on-head': { HEAD: 403, GET: 200 },
  '/members': 403,
  '/login': 401,
  '/error': 500,
  '/unavailable': 503,
  '/busy': 429,
  '/request-timeout': 408,
};

describe('checkLink', () => {
  let server: LocalServer;
  let allow: { allowPrivate: string[] };

  beforeAll(async () => {
    server = await startServer((req, res, seen) => {
      const path = seen.path;
      if (path === '/moved') return void res.writeHead(301, { location: '/ok' }).end();
      if (path === '/moved-twice') return void res.writeHead(302, { location: '/moved' }).end();
      if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
      if (path === '/to-metadata') {
        return void res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      }
      if (path === '/slow-get') {
        // A slow refusal of HEAD, then a GET that never answers.
        if (req.method === 'HEAD') setTimeout(() => res.writeHead(405).end(), 200);
        return;
      }
      const page = PAGES[path];
      const status =
        page === undefined ? 404 : typeof page === 'number' ? page : page[req.method as 'GET'];
      res.writeHead(status, { 'content-type': 'text/html' }).end('<html>page</html>');
    });
    allow = { allowPrivate: [`127.0.0.1:${server.port}`] };
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.seen.length = 0;
  });

  const cases: [string, LinkCheck['state'], number | null, string][] = [
    ['/ok', 'ok', 200, 'HTTP 200'],
    ['/created', 'ok', 201, 'HTTP 201'],
    ['/gone', 'broken', 404, 'HTTP 404'],
    ['/removed', 'broken', 410, 'HTTP 410'],
    ['/teapot', 'broken', 418, 'HTTP 418'],
    ['/no-head', 'ok', 200, 'HTTP 200'],
    ['/head-not-implemented', 'broken', 404, 'HTTP 404'],
    ['/robots-on-head', 'ok', 200, 'HTTP 200'],
    ['/members', 'ok', 403, 'exists but needs sign-in'],
    ['/login', 'ok', 401, 'exists but needs sign-in'],
    ['/error', 'unknown', 500, 'HTTP 500 (server error)'],
    ['/unavailable', 'unknown', 503, 'HTTP 503 (server error)'],
    ['/busy', 'unknown', 429, 'HTTP 429 (temporary)'],
    ['/request-timeout', 'unknown', 408, 'HTTP 408 (temporary)'],
    ['/loop', 'broken', null, 'too many redirects'],
    ['/to-metadata', 'blocked', null, 'private or reserved address'],
  ];

  it.each(cases)('%s → %s', async (path, state, httpStatus, reason) => {
    const url = `${server.origin}${path}`;
    expect(await checkLink(url, allow)).toMatchObject({ url, state, httpStatus, reason });
  });

  it('asks with HEAD, and with GET only when HEAD is refused', async () => {
    await checkLink(`${server.origin}/ok`, allow);
    await checkLink(`${server.origin}/no-head`, allow);
    await checkLink(`${server.origin}/members`, allow);
    expect(server.seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'HEAD /ok',
      'HEAD /no-head',
      'GET /no-head',
      'HEAD /members',
      'GET /members',
    ]);
  });

  it('reports where a redirected link ends up', async () => {
    const url = `${server.origin}/moved-twice`;
    expect(await checkLink(url, allow)).toEqual({
      url,
      state: 'ok',
      httpStatus: 200,
      finalUrl: `${server.origin}/ok`,
      reason: 'HTTP 200',
    });
    expect((await checkLink(`${server.origin}/to-metadata`, allow)).finalUrl).toBe(
      'http://169.254.169.254/',
    );
  });

  it('never throws for a bad link', async () => {
    for (const url of ['', 'not a url', 'ftp://example.com/', 'http://user:pw@example.com/']) {
      expect(await checkLink(url)).toMatchObject({
        url,
        state: 'broken',
        httpStatus: null,
        finalUrl: null,
      });
    }
  });

  it('tells a missing host, a refused address and a slow server apart', async () => {
    const nxdomain = () =>
      Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    expect(await checkLink('https://no-such-host.test/', { lookup: nxdomain })).toMatchObject({
      state: 'broken',
      reason: 'no such host',
    });
    const noAnswer = () =>
      Promise.reject(Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' }));
    expect(await checkLink('https://flaky-dns.test/', { lookup: noAnswer })).toMatchObject({
      state: 'unknown',
      reason: 'DNS did not answer',
    });
    expect(await checkLink(`${server.origin}/ok`)).toMatchObject({
      state: 'blocked',
      reason: 'private or reserved address',
      httpStatus: null,
    });
    expect(await checkLink('http://10.1.2.3/')).toMatchObject({ state: 'blocked' });
    expect(await checkLink('http://8.8.8.8:22/')).toMatchObject({ state: 'blocked' });
    expect(server.seen).toHaveLength(0);
  });

  it('bounds HEAD and the GET retry together by timeoutMs', async () => {
    const started = Date.now();
    const r = await checkLink(`${server.origin}/slow-get`, { ...allow, timeoutMs: 400 });
    const elapsed = Date.now() - started;
    expect(r).toMatchObject({ state: 'unknown', reason: 'timed out', httpStatus: null });
    // Each request on its own timer would take 200 + 400.
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(elapsed).toBeLessThan(560);
    expect(server.seen.map((s) => s.method)).toEqual(['HEAD', 'GET']);
  });

  it('works through connectTo, as with the simulated web', async () => {
    const connectTo = { host: '127.0.0.1', port: server.port };
    expect(await checkLink('https://blog.example/moved', { connectTo })).toMatchObject({
      state: 'ok',
      finalUrl: 'https://blog.example/ok',
    });
    expect(await checkLink('http://localhost/ok', { connectTo })).toMatchObject({
      state: 'blocked',
    });
  });

  it('throws for an allowPrivate entry that is not an address', async () => {
    await expect(
      checkLink('https://blog.example/', { allowPrivate: ['localhost'] }),
    ).rejects.toThrow(TypeError);
  });
});
