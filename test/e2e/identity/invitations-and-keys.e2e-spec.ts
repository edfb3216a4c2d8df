import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import {
  login,
  memberToken,
  newTenant,
  PASSWORD,
  secretOf,
  type TestTenant,
} from '../../helpers/factories.js';
import { withClient } from '../../helpers/database.js';

let t: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await newTenant(t);
});
afterAll(() => t.close());

const INVITE = `mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { invitation { id email role pending } invitationToken userErrors { field code message } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { accessToken role member { email name } } userErrors { field code message } } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name scopes } token userErrors { field code message } } }`;
const REVOKE_KEY = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } } }`;

describe('staff invitations', () => {
  it('lets an admin invite a coach who joins once with the one-time token', async () => {
    const invited = await t.gql(
      INVITE,
      { input: { email: 'New.Coach@Example.test', role: 'COACH' } },
      tenant.ownerToken,
    );
    const { invitation, invitationToken } = invited.data.inviteStaff;
    expect(invitation).toMatchObject({
      email: 'new.coach@example.test',
      role: 'COACH',
      pending: true,
    });
    const joined = await t.gql(ACCEPT, {
      input: { token: invitationToken, name: 'Nia Coach', password: PASSWORD },
    });
    expect(joined.data.acceptInvitation.session).toMatchObject({
      role: 'COACH',
      member: { email: 'new.coach@example.test', name: 'Nia Coach' },
    });
    const again = await t.gql(ACCEPT, {
      input: { token: invitationToken, name: 'Eve', password: PASSWORD },
    });
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('never lets an invitation take over an existing account without its password', async () => {
    const other = await newTenant(t);
    const invited = await t.gql(
      INVITE,
      { input: { email: other.ownerEmail, role: 'VIEWER' } },
      tenant.ownerToken,
    );
    const token = invited.data.inviteStaff.invitationToken;
    const hijack = await t.gql(ACCEPT, {
      input: { token, name: 'Mallory', password: 'some other password' },
    });
    expect(hijack.data.acceptInvitation.userErrors[0]).toMatchObject({
      field: ['input', 'password'],
      code: 'BAD_USER_INPUT',
    });
    const joined = await t.gql(ACCEPT, { input: { token, name: 'ignored', password: PASSWORD } });
    expect(joined.data.acceptInvitation.session.role).toBe('VIEWER');
  });

  it('refuses invitations from a coach, and an owner invitation from an admin', async () => {
    const coach = await memberToken(t, tenant, 'coach');
    const byCoach = await t.gql(
      INVITE,
      { input: { email: 'x@y.test', role: 'COACH' } },
      coach.token,
    );
    expect(byCoach.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const admin = await memberToken(t, tenant, 'admin');
    const owner = await t.gql(
      INVITE,
      { input: { email: 'boss@y.test', role: 'OWNER' } },
      admin.token,
    );
    expect(owner.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an expired invitation', async () => {
    const invited = await t.gql(
      INVITE,
      { input: { email: 'late@example.test', role: 'COACH' } },
      tenant.ownerToken,
    );
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update invitations set expires_at = now() - interval '1 minute' where email = 'late@example.test'`,
      ),
    );
    const res = await t.gql(ACCEPT, {
      input: { token: invited.data.inviteStaff.invitationToken, name: 'Late', password: PASSWORD },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('API keys', () => {
  it('shows the key once, stores only a digest, and authenticates with it', async () => {
    const created = await t.gql(
      CREATE_KEY,
      { input: { name: 'CRM sync', scopes: ['READ'] } },
      tenant.ownerToken,
    );
    const { token, apiKey } = created.data.createApiKey;
    expect(token).toMatch(/^perch_key_[A-Za-z0-9_-]{44}_[A-Za-z0-9_-]{43}_[0-9A-Za-z]{6}$/);
    const stored = await withClient(
      t.db.ownerUrl,
      async (c) => (await c.query(`select * from api_keys`)).rows,
    );
    expect(JSON.stringify(stored)).not.toContain(secretOf(token));
    const me = await t.gql(`{ viewer { kind apiKey { id name } } }`, {}, token);
    expect(me.data.viewer).toEqual({
      kind: 'API_KEY',
      apiKey: { id: apiKey.id, name: 'CRM sync' },
    });
  });

  it('lets a read key read but not write, and a write key write', async () => {
    const read = (
      await t.gql(CREATE_KEY, { input: { name: 'reader', scopes: ['READ'] } }, tenant.ownerToken)
    ).data.createApiKey.token;
    const write = (
      await t.gql(CREATE_KEY, { input: { name: 'writer', scopes: ['WRITE'] } }, tenant.ownerToken)
    ).data.createApiKey.token;
    const create = `mutation { createSeeker(input: { name: "Ada", email: "ada-${Date.now()}@x.test" }) { seeker { id } } }`;
    expect(
      (await t.gql(`{ seekers(first: 5) { nodes { id } } }`, {}, read)).errors,
    ).toBeUndefined();
    expect((await t.gql(create, {}, read)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(create, {}, write)).data.createSeeker.seeker.id).toMatch(/^skr_/);
    // Key management needs the admin scope.
    expect(
      (await t.gql(CREATE_KEY, { input: { name: 'x', scopes: ['READ'] } }, write)).errors?.[0]
        ?.extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses a revoked key on the next request, and a key with a bad checksum', async () => {
    const created = (
      await t.gql(CREATE_KEY, { input: { name: 'temp', scopes: ['READ'] } }, tenant.ownerToken)
    ).data.createApiKey;
    expect((await t.gql(`{ viewer { kind } }`, {}, created.token)).data.viewer.kind).toBe(
      'API_KEY',
    );
    await t.gql(REVOKE_KEY, { input: { apiKeyId: created.apiKey.id } }, tenant.ownerToken);
    const res = await t.gql(`{ viewer { kind } }`, {}, created.token);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const bad = created.token.slice(0, -1) + (created.token.endsWith('A') ? 'B' : 'A');
    expect((await t.gql(`{ viewer { kind } }`, {}, bad)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('records when a key was last used', async () => {
    const created = (
      await t.gql(CREATE_KEY, { input: { name: 'used', scopes: ['ADMIN'] } }, tenant.ownerToken)
    ).data.createApiKey;
    await t.gql(`{ viewer { kind } }`, {}, created.token);
    const list = await t.gql(
      `{ apiKeys(first: 100) { nodes { name lastUsedAt } } }`,
      {},
      tenant.ownerToken,
    );
    expect(
      list.data.apiKeys.nodes.find((k: { name: string }) => k.name === 'used').lastUsedAt,
    ).not.toBeNull();
  });

  it('answers HTTP callers without credentials on a protected operation with UNAUTHENTICATED', async () => {
    const res = await request(t.http)
      .post('/graphql')
      .send({ query: '{ seekers(first: 1) { nodes { id } } }' });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await login(t, tenant.ownerEmail);
  });
});
