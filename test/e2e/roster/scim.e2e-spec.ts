/**
 * SCIM 2.0 provisioning with request bodies replayed in the shapes Entra ID and Okta send
 * (Microsoft's "Develop a SCIM endpoint" request/response examples and Okta's SCIM 2.0 guide).
 */
import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { login, newTenant, PASSWORD, secretOf, type TestTenant } from '../../helpers/factories.js';

let t: TestApp;
let tenant: TestTenant;
let token: string;

const SCIM = 'application/scim+json';
const CREATE_TOKEN = `mutation($input: CreateScimTokenInput!) { createScimToken(input: $input) { scimToken { id name } token userErrors { message } } }`;
const REVOKE_TOKEN = `mutation($input: RevokeScimTokenInput!) { revokeScimToken(input: $input) { scimToken { revokedAt } } }`;

async function scimToken(tn: TestTenant): Promise<{ id: string; token: string }> {
  const res = await t.gql(CREATE_TOKEN, { input: { name: 'Entra ID' } }, tn.ownerToken);
  const out = res.data.createScimToken;
  return { id: out.scimToken.id, token: out.token };
}

const call = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, tok = token) =>
  request(t.http)[method](`/scim/v2${path}`).set('authorization', `Bearer ${tok}`);

const send = (method: 'post' | 'put' | 'patch', path: string, body: unknown, tok = token) =>
  call(method, path, tok).set('content-type', SCIM).send(JSON.stringify(body));

let n = 0;
function entraUser(over: Record<string, unknown> = {}) {
  n += 1;
  return {
    schemas: [
      'urn:ietf:params:scim:schemas:core:2.0:User',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
    ],
    externalId: `0a21f0f2-8d2a-4f8e-bf98-7363c4aed4e${n}`,
    userName: `student${n}@contoso.edu`,
    active: true,
    emails: [{ primary: true, type: 'work', value: `student${n}@contoso.edu` }],
    meta: { resourceType: 'User' },
    name: { formatted: `Given${n} Family`, familyName: 'Family', givenName: `Given${n}` },
    roles: [],
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Engineering' },
    ...over,
  };
}

function oktaUser(over: Record<string, unknown> = {}) {
  n += 1;
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: `okta.student${n}@uni.example`,
    name: { givenName: 'Okta', familyName: `Student${n}` },
    emails: [{ primary: true, value: `okta.student${n}@uni.example`, type: 'work' }],
    displayName: `Okta Student${n}`,
    locale: 'en-US',
    externalId: `00ujl29u0le5T6Aj1${n}`,
    groups: [],
    password: '1mz050nq',
    active: true,
    ...over,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  tenant = await newTenant(t, { seats: 50 });
  token = (await scimToken(tenant)).token;
}, 60_000);
afterAll(() => t.close());

describe('SCIM tokens', () => {
  it('are shown once and stored only as a digest', async () => {
    const made = await scimToken(tenant);
    expect(made.token).toMatch(/^perch_scim_/);
    const rows = await withClient(t.db.ownerUrl, (c) =>
      c.query(`select secret_hash from scim_tokens where tenant_id = $1`, [tenant.tenantId]),
    );
    const secret = secretOf(made.token);
    for (const r of rows.rows as { secret_hash: Buffer }[]) {
      expect(r.secret_hash.length).toBe(32);
      expect(r.secret_hash.toString('utf8')).not.toContain(secret);
    }
    const listed = await t.gql(`{ scimTokens { nodes { id name } } }`, {}, tenant.ownerToken);
    expect(listed.data.scimTokens.nodes.map((x: { id: string }) => x.id)).toContain(made.id);
  });

  it('refuses a missing, forged or revoked token with a SCIM 401', async () => {
    const none = await request(t.http).get('/scim/v2/Users');
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toContain(SCIM);
    expect(none.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    const made = await scimToken(tenant);
    expect((await call('get', '/Users', made.token.replace(/.$/, 'x'))).status).toBe(401);
    await t.gql(REVOKE_TOKEN, { input: { scimTokenId: made.id } }, tenant.ownerToken);
    expect((await call('get', '/Users', made.token)).status).toBe(401);
  });

  it('are for owners and admins only', async () => {
    const { memberToken } = await import('../../helpers/factories.js');
    const coach = await memberToken(t, tenant, 'coach');
    const res = await t.gql(CREATE_TOKEN, { input: { name: 'x' } }, coach.token);
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('Entra ID', () => {
  it('creates, finds by filter, deactivates with a string boolean and deletes', async () => {
    const body = entraUser();
    const created = await send('post', '/Users', body);
    expect(created.status).toBe(201);
    expect(created.headers['content-type']).toContain(SCIM);
    expect(created.body).toMatchObject({
      userName: body.userName,
      externalId: body.externalId,
      active: true,
      emails: [{ value: body.userName, primary: true }],
      meta: { resourceType: 'User' },
    });
    const id = created.body.id as string;
    expect(created.headers.location).toContain(`/scim/v2/Users/${id}`);

    const found = await call(
      'get',
      `/Users?filter=${encodeURIComponent(`userName eq "${body.userName}"`)}`,
    );
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(found.body.Resources[0].id).toBe(id);
    const none = await call('get', `/Users?filter=${encodeURIComponent('userName eq "nobody@x"')}`);
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });

    const patched = await send('patch', `/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Add', path: 'emails[type eq "work"].value', value: 'renamed@contoso.edu' },
        { op: 'Replace', path: 'name.familyName', value: 'Newname' },
        {
          op: 'Add',
          path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department',
          value: 'Law',
        },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      active: false,
      emails: [{ value: 'renamed@contoso.edu' }],
    });
    expect(patched.body.name.formatted).toMatch(/Newname$/);

    const removed = await call('delete', `/Users/${id}`);
    expect(removed.status).toBe(204);
    expect((await call('get', `/Users/${id}`)).status).toBe(404);
  });

  it('answers a repeated POST with 409 uniqueness', async () => {
    const body = entraUser();
    expect((await send('post', '/Users', body)).status).toBe(201);
    const again = await send('post', '/Users', body);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '409',
      scimType: 'uniqueness',
    });
    const sameExternal = await send('post', '/Users', {
      ...entraUser(),
      externalId: body.externalId,
    });
    expect(sameExternal.status).toBe(409);
  });
});

describe('Okta', () => {
  it('creates, filters by externalId, deactivates with a path-less op, reactivates, PUTs', async () => {
    const body = oktaUser();
    const created = await send('post', '/Users', body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body.name.formatted).toBe(`Okta ${body.name.familyName}`);
    const page = await call(
      'get',
      `/Users?filter=${encodeURIComponent(`externalId eq "${body.externalId}"`)}&startIndex=1&count=100`,
    );
    expect(page.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);

    const off = await send('patch', `/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const on = await send('patch', `/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', value: { active: true } }],
    });
    expect(on.body.active).toBe(true);

    const put = await send('put', `/Users/${id}`, {
      ...body,
      id,
      name: { givenName: 'Renamed', familyName: 'Person' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id, displayName: 'Renamed Person', active: true });
  });
});

describe('deprovisioning', () => {
  it('frees the seat and ends the student sign-in before answering', async () => {
    const created = await send('post', '/Users', entraUser());
    const id = created.body.id as string;
    const email = created.body.userName as string;
    const invited = await t.gql(
      `mutation($input: InviteSeekerInput!) { inviteSeeker(input: $input) { invitationToken userErrors { message } } }`,
      { input: { seekerId: id } },
      tenant.ownerToken,
    );
    await t.gql(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { accessToken } } }`,
      {
        input: {
          token: invited.data.inviteSeeker.invitationToken,
          name: 'Student',
          password: PASSWORD,
        },
      },
    );
    const session = await login(t, email);
    expect(session.role).toBe('SEEKER');

    const off = await send('patch', `/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(off.status).toBe(200);
    const refreshed = await t.gql(
      `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { session { accessToken } } }`,
      { input: { refreshToken: session.refreshToken } },
    );
    expect(refreshed.data?.refreshSession?.session ?? null).toBeNull();
    await expect(login(t, email)).rejects.toThrow(/login failed/);
    const seat = await t.gql(
      `{ seekerById: node(id: "${id}") { ... on Seeker { status } } }`,
      {},
      tenant.ownerToken,
    );
    expect(seat.data.seekerById.status).toBe('ARCHIVED');
  });
});

describe('isolation', () => {
  it("gives another tenant's token a 404 for this tenant's users and filters only its own", async () => {
    const body = entraUser();
    const created = await send('post', '/Users', body);
    const other = await newTenant(t);
    const otherToken = (await scimToken(other)).token;
    expect((await call('get', `/Users/${created.body.id}`, otherToken)).status).toBe(404);
    expect(
      (
        await send(
          'patch',
          `/Users/${created.body.id}`,
          { Operations: [{ op: 'replace', value: { active: false } }] },
          otherToken,
        )
      ).status,
    ).toBe(404);
    expect((await call('delete', `/Users/${created.body.id}`, otherToken)).status).toBe(404);
    const filtered = await call(
      'get',
      `/Users?filter=${encodeURIComponent(`userName eq "${body.userName}"`)}`,
      otherToken,
    );
    expect(filtered.body.totalResults).toBe(0);
    // The same student may exist in both tenants.
    expect((await send('post', '/Users', body, otherToken)).status).toBe(201);
  });
});

describe('seats', () => {
  it('refuses a POST beyond the licence with a SCIM 403 and writes nothing', async () => {
    const small = await newTenant(t, { seats: 1 });
    const tok = (await scimToken(small)).token;
    expect((await send('post', '/Users', entraUser(), tok)).status).toBe(201);
    const over = entraUser();
    const refused = await send('post', '/Users', over, tok);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/Seat limit reached/);
    const listed = await call(
      'get',
      `/Users?filter=${encodeURIComponent(`userName eq "${over.userName}"`)}`,
      tok,
    );
    expect(listed.body.totalResults).toBe(0);
    // An inactive user takes no seat and is accepted.
    expect((await send('post', '/Users', entraUser({ active: false }), tok)).status).toBe(201);
  });
});

describe('bad input', () => {
  it.each([
    ['not JSON', '{"userName": '],
    ['an array', '[]'],
    ['no userName', JSON.stringify({ emails: [{ value: 'a@b.cd' }] })],
    ['no address', JSON.stringify({ userName: 'just-a-name' })],
    ['a non-boolean active', JSON.stringify({ userName: 'x@y.zz', active: 'maybe' })],
  ])('answers %s with a SCIM 400', async (_label, raw) => {
    const res = await call('post', '/Users').set('content-type', SCIM).send(raw);
    expect(res.status).toBe(400);
    expect(res.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    expect(res.body.scimType).toMatch(/invalidSyntax|invalidValue/);
  });

  it('refuses unsupported filters, unknown ops and paths', async () => {
    const bad = await call('get', `/Users?filter=${encodeURIComponent('name.givenName sw "A"')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.scimType).toBe('invalidFilter');
    const created = await send('post', '/Users', entraUser());
    const id = created.body.id as string;
    const op = await send('patch', `/Users/${id}`, {
      Operations: [{ op: 'Move', path: 'active' }],
    });
    expect(op.status).toBe(400);
    const path = await send('patch', `/Users/${id}`, {
      Operations: [{ op: 'replace', path: 'password', value: 'x' }],
    });
    expect(path.body.scimType).toBe('invalidPath');
    const empty = await send('patch', `/Users/${id}`, { Operations: [] });
    expect(empty.status).toBe(400);
    expect((await call('get', '/Users/not-an-id')).status).toBe(404);
  });

  it('serves the discovery endpoints', async () => {
    const spc = await request(t.http).get('/scim/v2/ServiceProviderConfig');
    expect(spc.body.patch.supported).toBe(true);
    expect((await request(t.http).get('/scim/v2/ResourceTypes')).body.Resources[0].id).toBe('User');
    expect((await request(t.http).get('/scim/v2/Schemas')).body.totalResults).toBe(1);
  });
});
