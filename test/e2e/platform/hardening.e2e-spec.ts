/**
 * Regressions found in review: connection leaks under parallel root fields, stale tokens on
 * public operations, NUL characters, over-reaching keys and lists, session ends and races.
 */
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import {
  login,
  memberToken,
  newMember,
  newSeeker,
  newTenant,
  PASSWORD,
  type TestTenant,
} from '../../helpers/factories.js';

let t: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  t = await startTestApp({ DATABASE_POOL_SIZE: '3' });
  tenant = await newTenant(t);
  await newSeeker(t, tenant.ownerToken, { name: 'Hardening Seeker' });
});
afterAll(() => t.close());

const REFRESH = `mutation($i: RefreshSessionInput!) { refreshSession(input: $i) { session { refreshToken } } }`;
const code = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;

describe('hardening', () => {
  it('leaves no connection in a transaction after queries with several root fields, even with a forbidden one', async () => {
    const key = (
      await t.gql(
        `mutation { createApiKey(input: { name: "reader", scopes: [READ] }) { token } }`,
        {},
        tenant.ownerToken,
      )
    ).data.createApiKey.token as string;
    const query = `{ tenant { name } seekers(first: 5) { nodes { name } } invitations(first: 1) { nodes { id } } viewer { kind } }`;
    await Promise.all(Array.from({ length: 12 }, () => t.gql(query, {}, key)));
    const stuck = await withClient(t.db.ownerUrl, async (c) =>
      Number(
        (
          await c.query(
            `select count(*) as n from pg_stat_activity where datname = current_database() and usename = 'perch_app' and state like 'idle in transaction%'`,
          )
        ).rows[0].n,
      ),
    );
    expect(stuck).toBe(0);
    const again = await t.gql(`{ seekers(first: 5) { nodes { name } } }`, {}, key);
    expect(again.data.seekers.nodes).toEqual([{ name: 'Hardening Seeker' }]);
  });

  it('lets a client with a stale access token still refresh, and health ignore it', async () => {
    const s = await login(t, tenant.ownerEmail);
    const expired = jwt.sign(
      { sub: 'x', tid: tenant.tenantId, mid: 'y', role: 'owner', skr: null },
      TEST_JWT_SECRET,
      {
        expiresIn: -10,
        issuer: 'perch',
        audience: 'perch-api',
      },
    );
    const res = await t.gql(REFRESH, { i: { refreshToken: s.refreshToken } }, expired);
    expect(res.data.refreshSession.session.refreshToken).toMatch(/^perch_rt_/);
    expect(
      (await request(t.http).get('/health/ready').set('authorization', 'Bearer nope')).status,
    ).toBe(200);
  });

  it('refuses NUL characters as BAD_USER_INPUT, in queries and mutations', async () => {
    const q = await t.gql(
      `query($s: String) { seekers(first: 5, search: $s) { nodes { id } } }`,
      { s: 'a\u0000b' },
      tenant.ownerToken,
    );
    expect(code(q)).toBe('BAD_USER_INPUT');
    const m = await t.gql(
      `mutation($i: CreateSeekerInput!) { createSeeker(input: $i) { seeker { id } userErrors { field code } } }`,
      { i: { name: 'Nul\u0000Name', email: 'nul@x.test' } },
      tenant.ownerToken,
    );
    expect(m.data.createSeeker.userErrors).toEqual([
      { field: ['input', 'name'], code: 'BAD_USER_INPUT' },
    ]);
  });

  it('gives an admin-minted key no owner powers', async () => {
    const admin = await memberToken(t, tenant, 'admin');
    const key = (
      await t.gql(
        `mutation { createApiKey(input: { name: "admin key", scopes: [ADMIN] }) { token } }`,
        {},
        admin.token,
      )
    ).data.createApiKey.token as string;
    const res = await t.gql(
      `mutation { updateLicense(input: { plan: "x", seatLimit: 9999, termStart: "2026-01-01", termEnd: "2030-12-31" }) { license { seatLimit } } }`,
      {},
      key,
    );
    expect(code(res)).toBe('FORBIDDEN');
  });

  it("does not list seekers' accounts to a coach", async () => {
    const seeker = await newSeeker(t, tenant.ownerToken, { name: 'Has An Account' });
    const { parseGlobalId } = await import('../../../src/platform/graphql/global-id.js');
    await newMember(
      t,
      tenant.tenantId,
      'seeker',
      `acct-${Date.now()}@x.test`,
      parseGlobalId(seeker.id)!.uuid,
    );
    const coach = await memberToken(t, tenant, 'coach');
    const list = await t.gql(
      `{ staffMembers(first: 100, roles: [SEEKER]) { nodes { id } } }`,
      {},
      coach.token,
    );
    expect(list.data.staffMembers.nodes).toEqual([]);
    const all = await t.gql(
      `{ staffMembers(first: 100, roles: [SEEKER]) { nodes { id } } }`,
      {},
      tenant.ownerToken,
    );
    expect(all.data.staffMembers.nodes.length).toBeGreaterThan(0);
  });

  it("ends a person's sessions in every organization when the password changes", async () => {
    const other = await newTenant(t);
    const { email } = await newMember(t, tenant.tenantId, 'coach');
    await newMember(t, other.tenantId, 'viewer', email);
    const here = await login(t, email, PASSWORD, tenant.slug);
    const there = await login(t, email, PASSWORD, other.slug);
    const changed = await t.gql(
      `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "another long passphrase" }) { ok } }`,
      {},
      here.accessToken,
    );
    expect(changed.data.changePassword.ok).toBe(true);
    expect(code(await t.gql(REFRESH, { i: { refreshToken: there.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses the loser of two simultaneous refreshes without ending the winner’s session', async () => {
    const s = await login(t, tenant.ownerEmail);
    const [x, y] = await Promise.all([
      t.gql(REFRESH, { i: { refreshToken: s.refreshToken } }),
      t.gql(REFRESH, { i: { refreshToken: s.refreshToken } }),
    ]);
    const winner = [x, y].find((r) => r.data?.refreshSession?.session);
    const loser = [x, y].find((r) => r !== winner);
    expect(winner).toBeDefined();
    expect(code(loser!)).toBe('UNAUTHENTICATED');
    const next = await t.gql(REFRESH, {
      i: { refreshToken: winner!.data.refreshSession.session.refreshToken },
    });
    expect(next.data.refreshSession.session.refreshToken).toMatch(/^perch_rt_/);
  });
});
