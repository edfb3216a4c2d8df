/**
 * Perch runs on Fastify by default and stays supported on Express (HTTP_PLATFORM); the benchmark
 * compares them. The suite runs on Fastify; this file checks that Express gives the same answers
 * at every place where the platforms differ: auth headers, body parsing and limits, CSRF, error
 * shapes, health and request ids.
 */
import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { login, newSeeker, newTenant } from '../../helpers/factories.js';

describe.each(['express', 'fastify'])('on %s', (platform) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ HTTP_PLATFORM: platform, HTTP_BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(() => t.close());

  it('signs in, authorizes with the bearer token and serves a page', async () => {
    const tenant = await newTenant(t);
    await newSeeker(t, tenant.ownerToken, { name: 'Platform Check' });
    const { accessToken } = await login(t, tenant.ownerEmail);
    const res = await t.gql(`{ seekers(first: 5) { nodes { name } } }`, {}, accessToken);
    expect(res.data.seekers.nodes).toEqual([{ name: 'Platform Check' }]);
  });

  it('answers transport errors in the GraphQL error shape', async () => {
    const big = await request(t.http)
      .post('/graphql')
      .send({ query: '{ __typename }', variables: { pad: 'x'.repeat(8000) } });
    expect([big.status, big.body.errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const broken = await request(t.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect([broken.status, broken.body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('refuses a cross-site text/plain POST and a batched body', async () => {
    const plain = await request(t.http)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send('{"query":"{ __typename }"}');
    expect(plain.status).toBeGreaterThanOrEqual(400);
    expect(plain.status).toBeLessThan(500);
    const batch = await request(t.http)
      .post('/graphql')
      .send([{ query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
  });

  it('keeps a sensible incoming request id and returns it', async () => {
    const res = await request(t.http)
      .post('/graphql')
      .set('x-request-id', 'trace-abcdef123')
      .send({ query: '{ __typename }' });
    expect(res.headers['x-request-id']).toBe('trace-abcdef123');
    const fresh = await request(t.http)
      .post('/graphql')
      .set('x-request-id', 'bad id!')
      .send({ query: '{ __typename }' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports health and answers unknown routes with NOT_FOUND', async () => {
    expect((await request(t.http).get('/health/ready')).body).toEqual({
      status: 'ok',
      database: 'ok',
    });
    const missing = await request(t.http).get('/nothing-here');
    expect([missing.status, missing.body.errors?.[0]?.extensions.code]).toEqual([404, 'NOT_FOUND']);
  });
});
