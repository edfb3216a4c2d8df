import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';
import { withClient } from '../../helpers/database.js';

let t: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await newTenant(t);
  await newSeeker(t, tenant.ownerToken);
});
afterAll(() => t.close());

type Res = { errors?: { extensions: { code: string } }[] };
const codes = (res: Res) => (res.errors ?? []).map((e) => e.extensions.code);

describe('operation limits', () => {
  it('refuses a selection deeper than the limit before running it', async () => {
    let sel = 'id';
    for (let i = 0; i < 12; i++) sel = `f${i} { ${sel} }`;
    const res = await t.gql(`{ ${sel} }`, {}, tenant.ownerToken);
    expect(codes(res)).toContain('MAX_DEPTH_EXCEEDED');
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: viewer { kind }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`, {}, tenant.ownerToken);
    expect(codes(res)).toContain('MAX_ALIASES_EXCEEDED');
  });

  it('refuses an operation of more than 2,000 tokens', async () => {
    const res = await t.gql(`{ viewer { ${'kind '.repeat(2100)} } }`, {}, tenant.ownerToken);
    expect(codes(res)).toContain('MAX_TOKENS_EXCEEDED');
  });

  it('refuses an operation over the cost limit before any resolver runs, and reports cost otherwise', async () => {
    const heavy = `{ seekers(first: 100) { edges { node { notes(first: 100) { nodes { id body } } } } } }`;
    const res = await t.gql(heavy, {}, tenant.ownerToken);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['MAX_COST_EXCEEDED']);
    expect(res.data ?? null).toBeNull();
    const light = await t.gql(
      `{ seekers(first: 10) { nodes { id coaches { id } } } }`,
      {},
      tenant.ownerToken,
    );
    expect(light.extensions?.cost).toEqual({
      requestedQueryCost: 2 + 10 * 2,
      // What came back (the connection and its few seekers), never more than was asked for.
      actualQueryCost: expect.any(Number),
      throttleStatus: {
        maximumAvailable: expect.any(Number),
        currentlyAvailable: expect.any(Number),
        restoreRate: expect.any(Number),
      },
      maximumAvailable: 1000,
    });
  });

  it('refuses a page size over 100 with a typed error naming the argument', async () => {
    const res = await t.gql(`{ seekers(first: 101) { nodes { id } } }`, {}, tenant.ownerToken);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('HTTP hardening', () => {
  it('refuses batched (array) bodies', async () => {
    const res = await request(t.http)
      .post('/graphql')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a text/plain POST, which a cross-site form could send (CSRF)', async () => {
    const res = await request(t.http)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send('{"query":"{ __typename }"}');
    expect(res.status).toBe(400);
  });

  it('refuses a GET operation without a preflight header (CSRF), and runs it with one', async () => {
    const bare = await request(t.http).get('/graphql').query({ query: '{ __typename }' });
    expect(bare.status).toBe(400);
    const ok = await request(t.http)
      .get('/graphql')
      .query({ query: '{ __typename }' })
      .set('apollo-require-preflight', 'true');
    expect(ok.body.data).toEqual({ __typename: 'Query' });
  });

  it('refuses a body over the size limit with a JSON error', async () => {
    const t2 = await startTestApp({ HTTP_BODY_LIMIT_BYTES: '2048' });
    try {
      const res = await request(t2.http)
        .post('/graphql')
        .send({ query: `{ __typename }`, variables: { pad: 'x'.repeat(5000) } });
      expect(res.status).toBe(413);
      expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await t2.close();
    }
  });

  it('answers malformed JSON with a JSON error, not a page', async () => {
    const res = await request(t.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('error masking', () => {
  it('masks a database failure as INTERNAL_SERVER_ERROR with a request id and no SQL or table name', async () => {
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`alter table coach_notes rename to coach_notes_hidden`),
    );
    try {
      const res = await request(t.http)
        .post('/graphql')
        .set('authorization', `Bearer ${tenant.ownerToken}`)
        .set('x-request-id', 'req-test-12345678')
        .send({ query: `{ seekers(first: 5) { nodes { latestNote { body } } } }` });
      const err = res.body.errors[0];
      expect(err.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: 'req-test-12345678',
      });
      expect(JSON.stringify(res.body)).not.toMatch(/coach_notes|select|relation|stack/i);
    } finally {
      await withClient(t.db.ownerUrl, (c) =>
        c.query(`alter table coach_notes_hidden rename to coach_notes`),
      );
    }
  });
});

describe('health', () => {
  it('reports liveness and readiness with the database', async () => {
    expect((await request(t.http).get('/health/live')).body).toEqual({ status: 'ok' });
    expect((await request(t.http).get('/health/ready')).body).toEqual({
      status: 'ok',
      database: 'ok',
    });
  });
});

describe('production mode', () => {
  it('refuses introspection and gives no field suggestions', async () => {
    const prod = await startTestApp({ NODE_ENV: 'production' });
    try {
      const intro = await prod.gql(`{ __schema { types { name } } }`);
      expect(codes(intro)).toContain('GRAPHQL_VALIDATION_FAILED');
      const typo = await prod.gql(`{ seekrs(first: 1) { nodes { id } } }`);
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
      const dev = await t.gql(`{ seekrs(first: 1) { nodes { id } } }`);
      expect(JSON.stringify(dev.body)).toMatch(/Did you mean/);
    } finally {
      await prod.close();
    }
  });
});
