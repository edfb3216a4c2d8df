/**
 * Each GraphQL query reads in one transaction on one pooled connection. With a pool of one, two
 * tenants' requests take turns on the same connection: neither may ever see the other's rows,
 * also after a request that failed inside its transaction.
 */
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';

let t: TestApp;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await startTestApp({ DATABASE_POOL_SIZE: '1' });
  a = await newTenant(t);
  b = await newTenant(t);
  await newSeeker(t, a.ownerToken, { name: 'Only In A' });
  await newSeeker(t, b.ownerToken, { name: 'Only In B' });
});
afterAll(() => t.close());

const NAMES = `{ seekers(first: 10) { nodes { name coaches { id } latestNote { body } } } }`;
const names = async (token: string) =>
  ((await t.gql(NAMES, {}, token)).data?.seekers.nodes ?? []).map((n: { name: string }) => n.name);

describe('pooled read sessions', () => {
  it('keeps tenants apart on one shared connection, in parallel and in turn', async () => {
    const runs = await Promise.all(
      Array.from({ length: 40 }, (_, i) => names(i % 2 ? a.ownerToken : b.ownerToken)),
    );
    runs.forEach((r, i) => expect(r).toEqual([i % 2 ? 'Only In A' : 'Only In B']));
  });

  it('recovers the connection after a query failed inside its transaction', async () => {
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`alter table coach_notes rename to coach_notes_gone`),
    );
    try {
      const failed = await t.gql(NAMES, {}, a.ownerToken);
      expect(failed.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await withClient(t.db.ownerUrl, (c) =>
        c.query(`alter table coach_notes_gone rename to coach_notes`),
      );
    }
    expect(await names(b.ownerToken)).toEqual(['Only In B']);
    expect(await names(a.ownerToken)).toEqual(['Only In A']);
  });
});
