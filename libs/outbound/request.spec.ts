import { OutboundError, type OutboundOptions, safeRequest } from './index.js';
import { closedPort, type LocalServer, startServer } from './test-server.js';

/** The code safeRequest rejects with, or 'resolved'. */
async function codeOf(url: string, opts?: OutboundOptions): Promise<string> {
  try {
    await safeRequest(url, opts);
    return 'resolved';
  } catch (err) {
    if (!(err instanceof OutboundError)) throw err;
    return err.code;
  }
}

/** A resolver that always answers `addresses` and remembers the names it was asked. */
function fixedLookup(...addresses: string[]) {
  const calls: string[] = [];
  const lookup = (hostname: string): Promise<{ address: string; family: 4 | 6 }[]> => {
    calls.push(hostname);
    return Promise.resolve(
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  };
  return Object.assign(lookup, { calls });
}

describe('safeRequest', () => {
  let server: LocalServer;
  let other: LocalServer;
  /** Allows exactly the main server, as a test configuration would. */
  let allow: OutboundOptions;

  beforeAll(async () => {
    server = await startServer((req, res, seen) => {
      const path = seen.path;
      if (path.startsWith('/redirect/')) {
        // /redirect/<status>?to=<location>
        const status = Number(path.split('/')[2].split('?')[0]);
        const to = new URL(path, 'http://x').searchParams.get('to')!;
        res.writeHead(status, { location: to }).end('moved');
      } else if (path === '/loop') {
        res.writeHead(302, { location: '/loop' }).end();
      } else if (path === '/slow') {
        // Never answers.
      } else if (path === '/stall') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('first part');
      } else if (path === '/big') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.alloc(1024 * 1024, 'x'));
      } else if (path === '/echo') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: seen.method, body: seen.body, host: seen.host }));
      } else {
        res.writeHead(200, { 'content-type': 'text/plain', 'x-path': path });
        res.end(`hello from ${path}`);
      }
    });
    other = await startServer((_req, res) => res.end('other'));
    allow = { allowPrivate: [`127.0.0.1:${server.port}`] };
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });
  beforeEach(() => {
    server.seen.length = 0;
    other.seen.length = 0;
  });

  describe('private addresses', () => {
    it('refuses 127.0.0.1 by default, before any request is sent', async () => {
      expect(await codeOf(`${server.origin}/`, { allowedPorts: [server.port] })).toBe(
        'BLOCKED_ADDRESS',
      );
      expect(await codeOf(`${server.origin}/`)).toBe('BLOCKED_ADDRESS');
      expect(await codeOf(`http://[::ffff:127.0.0.1]:${server.port}/`)).toBe('BLOCKED_ADDRESS');
      // The URL parser turns 0x7f.1 into 127.0.0.1 before anything else sees it.
      expect(await codeOf(`http://0x7f.1:${server.port}/`)).toBe('BLOCKED_ADDRESS');
      expect(await codeOf('http://169.254.169.254/latest/meta-data/')).toBe('BLOCKED_ADDRESS');
      expect(await codeOf('http://[::1]/')).toBe('BLOCKED_ADDRESS');
      expect(server.seen).toHaveLength(0);
    });

    it('reaches an address in allowPrivate, with its port or on an allowed port', async () => {
      const exact = await safeRequest(`${server.origin}/hi?x=1`, allow);
      expect(exact.status).toBe(200);
      expect(exact.body.toString()).toBe('hello from /hi?x=1');
      expect(exact.url).toBe(`${server.origin}/hi?x=1`);
      expect(exact.redirects).toEqual([]);
      expect(exact.truncated).toBe(false);
      expect(exact.headers['x-path']).toBe('/hi?x=1');

      const anyPort = { allowPrivate: ['127.0.0.1'], allowedPorts: [server.port] };
      expect((await safeRequest(`${server.origin}/`, anyPort)).status).toBe(200);
      // An address without a port waives the address check only: the port must still be allowed.
      expect(await codeOf(`${server.origin}/`, { allowPrivate: ['127.0.0.1'] })).toBe(
        'BLOCKED_PORT',
      );
      expect(server.seen.map((s) => s.host)).toEqual([
        `127.0.0.1:${server.port}`,
        `127.0.0.1:${server.port}`,
      ]);
      expect(server.seen[0].headers['user-agent']).toBe(
        'PerchBot/1.0 (+https://perch.example/bot)',
      );
    });

    it('refuses a name that resolves to a private address', async () => {
      const lookup = fixedLookup('10.0.0.5');
      expect(await codeOf('http://evil.test/', { lookup })).toBe('BLOCKED_ADDRESS');
      expect(lookup.calls).toEqual(['evil.test']);
    });

    it('refuses a name when any one of its addresses is private', async () => {
      const mixed = (address: string) => fixedLookup('93.184.216.34', address);
      expect(await codeOf('http://mixed.test/', { lookup: mixed('127.0.0.1') })).toBe(
        'BLOCKED_ADDRESS',
      );
      expect(await codeOf('http://mixed.test/', { lookup: mixed('::ffff:192.168.0.1') })).toBe(
        'BLOCKED_ADDRESS',
      );
      expect(await codeOf('https://mixed.test/', { lookup: mixed('fd00::1') })).toBe(
        'BLOCKED_ADDRESS',
      );
    });

    it('connects to the address it checked, without asking the resolver again', async () => {
      // A rebinding resolver: the checked answer first, a different one afterwards.
      let calls = 0;
      const lookup = () => {
        calls++;
        return Promise.resolve([
          { address: calls === 1 ? '127.0.0.1' : '169.254.169.254', family: 4 as const },
        ]);
      };
      const res = await safeRequest(`http://site.test:${server.port}/echo`, { ...allow, lookup });
      expect(res.status).toBe(200);
      expect(calls).toBe(1);
      expect(JSON.parse(res.body.toString())).toEqual({
        method: 'GET',
        body: '',
        host: `site.test:${server.port}`,
      });
    });

    it('reports a name that does not resolve as DNS', async () => {
      const lookup = () =>
        Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
      expect(await codeOf('http://nowhere.test/', { lookup })).toBe('DNS');
      expect(await codeOf('http://empty.test/', { lookup: () => Promise.resolve([]) })).toBe('DNS');
    });
  });

  describe('URLs and ports', () => {
    it.each([
      'not a url',
      '/relative/path',
      'ftp://example.com/file',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://user:pass@example.com/',
      'https://user@example.com/',
    ])('refuses %s as BAD_URL', async (url) => {
      const lookup = fixedLookup('8.8.8.8');
      expect(await codeOf(url, { lookup })).toBe('BAD_URL');
      expect(lookup.calls).toEqual([]);
    });

    it('refuses ports outside allowedPorts, before any lookup', async () => {
      const lookup = fixedLookup('8.8.8.8');
      expect(await codeOf('http://8.8.8.8:22/', { lookup })).toBe('BLOCKED_PORT');
      expect(await codeOf('http://public.test:22/', { lookup })).toBe('BLOCKED_PORT');
      expect(await codeOf('https://public.test:6379/', { lookup })).toBe('BLOCKED_PORT');
      expect(lookup.calls).toEqual([]);
    });
  });

  describe('redirects', () => {
    const hop = (status: number, to: string) => `/redirect/${status}?to=${encodeURIComponent(to)}`;

    it('follows a chain, relative and absolute, and records each hop', async () => {
      const third = `${server.origin}/end`;
      const second = `${server.origin}${hop(307, third)}`;
      const first = `${server.origin}${hop(301, hop(302, second))}`;
      const res = await safeRequest(first, allow);
      expect(res.status).toBe(200);
      expect(res.body.toString()).toBe('hello from /end');
      expect(res.url).toBe(third);
      expect(res.redirects).toEqual([`${server.origin}${hop(302, second)}`, second, third]);
      expect(server.seen).toHaveLength(4);
    });

    it('checks every hop: a redirect to another local port is refused', async () => {
      const to = `http://127.0.0.1:${other.port}/`;
      const err = await safeRequest(`${server.origin}${hop(302, to)}`, allow).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(OutboundError);
      expect((err as OutboundError).code).toBe('BLOCKED_ADDRESS');
      expect((err as OutboundError).url).toBe(to);
      expect(other.seen).toHaveLength(0);
    });

    it('refuses redirects to the metadata service, loopback names and non-http schemes', async () => {
      const lookup = fixedLookup('127.0.0.1');
      const via = (to: string) => codeOf(`${server.origin}${hop(302, to)}`, { ...allow, lookup });
      expect(await via('http://169.254.169.254/latest/meta-data/')).toBe('BLOCKED_ADDRESS');
      expect(await via('http://127.0.0.1/')).toBe('BLOCKED_ADDRESS');
      expect(await via('http://localhost/')).toBe('BLOCKED_ADDRESS');
      expect(await via('file:///etc/passwd')).toBe('BAD_URL');
      expect(await via('http://127.0.0.1:22/')).toBe('BLOCKED_ADDRESS');
    });

    it('gives up after maxRedirects', async () => {
      expect(await codeOf(`${server.origin}/loop`, { ...allow, maxRedirects: 3 })).toBe(
        'TOO_MANY_REDIRECTS',
      );
      expect(server.seen).toHaveLength(4);
    });

    it('returns the redirect itself with maxRedirects 0', async () => {
      const res = await safeRequest(`${server.origin}/loop`, { ...allow, maxRedirects: 0 });
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('/loop');
      expect(res.redirects).toEqual([]);
      expect(server.seen).toHaveLength(1);
    });

    it('switches a POST to GET on 303 (and 301/302) but keeps it on 307/308', async () => {
      const post = (status: number) =>
        safeRequest(`${server.origin}${hop(status, '/echo')}`, {
          ...allow,
          method: 'POST',
          body: '{"a":1}',
          headers: { 'content-type': 'application/json' },
        }).then((r) => JSON.parse(r.body.toString()) as { method: string; body: string });
      expect(await post(303)).toMatchObject({ method: 'GET', body: '' });
      expect(await post(302)).toMatchObject({ method: 'GET', body: '' });
      expect(await post(301)).toMatchObject({ method: 'GET', body: '' });
      expect(await post(307)).toMatchObject({ method: 'POST', body: '{"a":1}' });
      expect(await post(308)).toMatchObject({ method: 'POST', body: '{"a":1}' });
      const afterSee = server.seen[1];
      expect(afterSee.headers['content-type']).toBeUndefined();
      expect(server.seen[7].headers['content-type']).toBe('application/json');
    });

    it('drops credentials when a redirect leaves the origin', async () => {
      const both = {
        allowPrivate: [`127.0.0.1:${server.port}`, `127.0.0.1:${other.port}`],
        headers: { Authorization: 'Bearer secret', 'X-Trace': 't1' },
      };
      await safeRequest(`${server.origin}${hop(302, `${other.origin}/`)}`, both);
      expect(server.seen[0].headers.authorization).toBe('Bearer secret');
      expect(other.seen[0].headers.authorization).toBeUndefined();
      expect(other.seen[0].headers['x-trace']).toBe('t1');
    });
  });

  describe('limits and failures', () => {
    it('times out a server that never answers, within about timeoutMs', async () => {
      const started = Date.now();
      expect(await codeOf(`${server.origin}/slow`, { ...allow, timeoutMs: 300 })).toBe('TIMEOUT');
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(280);
      expect(elapsed).toBeLessThan(1000);
    });

    it('times out a body that stops coming', async () => {
      expect(await codeOf(`${server.origin}/stall`, { ...allow, timeoutMs: 300 })).toBe('TIMEOUT');
    });

    it('times out a lookup that hangs', async () => {
      const lookup = () => new Promise<never>(() => undefined);
      expect(await codeOf('http://hang.test/', { lookup, timeoutMs: 100 })).toBe('TIMEOUT');
    });

    it('keeps at most maxBodyBytes and says it cut the rest', async () => {
      const res = await safeRequest(`${server.origin}/big`, { ...allow, maxBodyBytes: 1000 });
      expect(res.body).toHaveLength(1000);
      expect(res.truncated).toBe(true);
      const whole = await safeRequest(`${server.origin}/big`, {
        ...allow,
        maxBodyBytes: 1024 * 1024,
      });
      expect(whole.body).toHaveLength(1024 * 1024);
      expect(whole.truncated).toBe(false);
      const head = await safeRequest(`${server.origin}/big`, { ...allow, method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.body).toHaveLength(0);
    });

    it('reports a refused connection as CONNECTION and a failed handshake as TLS', async () => {
      const port = await closedPort();
      expect(
        await codeOf(`http://127.0.0.1:${port}/`, { allowPrivate: [`127.0.0.1:${port}`] }),
      ).toBe('CONNECTION');
      // A plain HTTP server answers a TLS hello with garbage.
      expect(await codeOf(`https://127.0.0.1:${server.port}/`, allow)).toBe('TLS');
    });

    it('refuses a body on anything but POST', async () => {
      await expect(safeRequest(`${server.origin}/`, { ...allow, body: 'x' })).rejects.toThrow(
        TypeError,
      );
    });
  });

  describe('connectTo', () => {
    let connect: OutboundOptions;
    beforeAll(() => {
      connect = { connectTo: { host: '127.0.0.1', port: server.port } };
    });

    it('sends http and https URLs to the one address over plain HTTP, Host kept', async () => {
      const lookup = fixedLookup('127.0.0.1');
      const a = await safeRequest('http://blog.example/post', { ...connect, lookup });
      const b = await safeRequest('https://blog.example/x', { ...connect, lookup });
      const c = await safeRequest('https://blog.example:8443/y', { ...connect, lookup });
      expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
      expect(server.seen.map((s) => [s.host, s.path])).toEqual([
        ['blog.example', '/post'],
        ['blog.example', '/x'],
        ['blog.example:8443', '/y'],
      ]);
      expect(b.url).toBe('https://blog.example/x');
      expect(lookup.calls).toEqual([]);
    });

    it('still refuses IP literals, local names and odd ports', async () => {
      for (const url of [
        'http://127.0.0.1/',
        `http://127.0.0.1:${server.port}/`,
        'http://8.8.8.8/',
        'http://[::1]/',
        'http://localhost/',
        'http://app.localhost/',
        'http://printer.local/',
        'http://metadata.google.internal/computeMetadata/v1/',
        'http://metadata/',
      ]) {
        expect([url, await codeOf(url, connect)]).toEqual([url, 'BLOCKED_ADDRESS']);
      }
      expect(await codeOf('http://blog.example:22/', connect)).toBe('BLOCKED_PORT');
      expect(await codeOf('http://user:pw@blog.example/', connect)).toBe('BAD_URL');
      expect(server.seen).toHaveLength(0);
    });

    it('checks redirects the same way', async () => {
      const to = encodeURIComponent('http://localhost/admin');
      expect(await codeOf(`http://blog.example/redirect/302?to=${to}`, connect)).toBe(
        'BLOCKED_ADDRESS',
      );
      const res = await safeRequest(
        `https://t.example/redirect/301?to=${encodeURIComponent('https://blog.example/real')}`,
        connect,
      );
      expect(res.url).toBe('https://blog.example/real');
      expect(server.seen.map((s) => s.host)).toEqual(['blog.example', 't.example', 'blog.example']);
    });
  });
});
