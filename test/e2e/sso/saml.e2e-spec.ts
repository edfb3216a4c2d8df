import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { memberToken, newTenant, type TestTenant } from '../../helpers/factories.js';
import {
  b64,
  nestedWrappedResponse,
  newIdp,
  requestIdFrom,
  signedResponse,
  wrappedResponse,
  type ResponseOptions,
  type TestIdp,
} from './saml-idp.js';

import { identityCounts, reasonOf } from './sso-checks.js';

let t: TestApp;
let idp: TestIdp;
let a: TestTenant;
let b: TestTenant;

const CREATE = `mutation($input: CreateSsoConnectionInput!) {
  createSsoConnection(input: $input) {
    ssoConnection { id spEntityId acsUrl loginUrl samlIdpCertificateFingerprints }
    userErrors { field code message }
  }
}`;

async function samlConnection(
  tenant: TestTenant,
  theIdp: TestIdp,
  extra: Record<string, unknown> = {},
) {
  const res = await t.gql(
    CREATE,
    {
      input: {
        protocol: 'SAML',
        name: 'University IdP',
        samlIdpEntityId: theIdp.entityId,
        samlSsoUrl: theIdp.ssoUrl,
        samlIdpCertificates: [theIdp.cert],
        roleAttribute: 'eduPersonAffiliation',
        roleMappings: [{ value: 'staff', role: 'COACH' }],
        defaultRole: 'SEEKER',
        jitRoles: ['COACH', 'SEEKER'],
        ...extra,
      },
    },
    tenant.ownerToken,
  );
  const conn = res.data?.createSsoConnection?.ssoConnection;
  if (!conn) throw new Error(JSON.stringify(res.body));
  return conn as {
    id: string;
    spEntityId: string;
    acsUrl: string;
    loginUrl: string;
    samlIdpCertificateFingerprints: string[];
  };
}

const base = (slug: string) => `/auth/sso/${slug}/saml`;

/** Starts an SP-initiated sign-in and answers what the IdP would post back. */
async function startLogin(tenant: TestTenant) {
  const res = await request(t.http).get(`${base(tenant.slug)}/login`);
  expect(res.status).toBe(302);
  expect(res.headers.location).toContain(idp.ssoUrl);
  return requestIdFrom(res.headers.location);
}

async function options(
  tenant: TestTenant,
  over: Partial<ResponseOptions> = {},
): Promise<ResponseOptions> {
  const conn = connectionOf(tenant);
  return {
    inResponseTo: await startLogin(tenant),
    destination: conn.acsUrl,
    audience: conn.spEntityId,
    subject: `subj-${Math.random().toString(36).slice(2)}`,
    attributes: { email: [`p${Math.random().toString(36).slice(2)}@uni.test`] },
    ...over,
  };
}

const connections = new Map<string, { spEntityId: string; acsUrl: string }>();
function connectionOf(tenant: TestTenant) {
  return connections.get(tenant.slug)!;
}

function post(tenant: TestTenant, xml: string) {
  return request(t.http)
    .post(`${base(tenant.slug)}/acs`)
    .type('form')
    .send({ SAMLResponse: b64(xml) });
}

const counts = () => identityCounts(t);

beforeAll(async () => {
  t = await startTestApp();
  idp = await newIdp();
  a = await newTenant(t);
  b = await newTenant(t);
  // Both organizations trust the same university IdP: the hardest case for tenant separation.
  connections.set(a.slug, await samlConnection(a, idp));
  connections.set(b.slug, await samlConnection(b, idp));
}, 60_000);
afterAll(() => t.close());

describe('SAML sign-on', () => {
  it('publishes per-tenant SP metadata naming the tenant’s entity id and ACS', async () => {
    const res = await request(t.http).get(`${base(a.slug)}/metadata`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`entityID="${connections.get(a.slug)!.spEntityId}"`);
    expect(res.text).toContain(connections.get(a.slug)!.acsUrl);
  });

  it('sends the console’s “Sign in with SSO” (organization only) to the tenant’s IdP', async () => {
    const res = await request(t.http).get(`/auth/sso/${a.slug}/login`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toContain(idp.ssoUrl);
    expect(requestIdFrom(res.headers.location)).toMatch(/^_/);
  });

  it('sends a wrong short name from the console back to its sign-in page with the reason', async () => {
    const res = await request(t.http).get('/auth/sso/no-such-org/login');
    expect(res.status).toBe(302);
    const to = new URL(res.headers.location, 'http://perch.invalid');
    expect(to.pathname).toBe('/');
    const q = new URLSearchParams(to.hash.replace(/^#\/signin\?/, ''));
    expect(to.hash).toMatch(/^#\/signin\?/);
    expect(q.get('reason')).toBe('unknown_tenant');
    expect(q.get('error')).toContain('no-such-org');
  });

  it('answers a refused assertion with JSON for a program and the sign-in page for a browser', async () => {
    const forged = b64('<samlp:Response>not signed</samlp:Response>');
    const json = await request(t.http)
      .post(`${base(a.slug)}/acs`)
      .type('form')
      .send({ SAMLResponse: forged });
    expect(json.status).toBeGreaterThanOrEqual(400);
    expect(json.status).toBeLessThan(500);
    const reason = (json.body as { errors: { extensions: { reason: string } }[] }).errors[0]
      .extensions.reason;
    expect(reason).toBeTruthy();
    const page = await request(t.http)
      .post(`${base(a.slug)}/acs`)
      .set('accept', 'text/html,application/xhtml+xml')
      .type('form')
      .send({ SAMLResponse: forged });
    expect(page.status).toBe(302);
    const to = new URL(page.headers.location, 'http://perch.invalid');
    expect(to.hash).toMatch(/^#\/signin\?/);
    expect(new URLSearchParams(to.hash.replace(/^#\/signin\?/, '')).get('reason')).toBe(reason);
  });

  it('signs a new student in as a seeker with a seat and the console session cookie', async () => {
    const o = await options(a);
    const res = await post(a, signedResponse(idp, o));
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/perch_session=[^;]+; Path=\/session; HttpOnly; SameSite=Strict/);
    const refreshed = await request(t.http)
      .post('/session/refresh')
      .set('x-perch-console', '1')
      .set('cookie', cookie.split(';')[0]);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.role).toBe('seeker');
    expect(refreshed.body.tenantId).toBe(a.tenantId);
  });

  it('maps the role attribute to a staff role and links the same person on the next sign-in', async () => {
    const subject = 'staff-subject-1';
    const email = 'coach.one@uni.test';
    const attributes = { email: [email], eduPersonAffiliation: ['member', 'staff'] };
    const first = await post(a, signedResponse(idp, await options(a, { subject, attributes })));
    expect(first.status).toBe(302);
    const before = await counts();
    const again = await post(a, signedResponse(idp, await options(a, { subject, attributes })));
    expect(again.status).toBe(302);
    expect(await counts()).toEqual(before);
    const role = await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `select m.role from memberships m join users u on u.id = m.user_id where u.email = $1`,
        [email],
      ),
    );
    expect(role.rows).toEqual([{ role: 'coach' }]);
  });

  describe('refuses, writing nothing', () => {
    const cases: [string, string, () => Promise<request.Response>][] = [
      [
        'tenant A’s assertion at tenant B’s ACS',
        'wrong_tenant',
        async () => post(b, signedResponse(idp, await options(a))),
      ],
      [
        'a wrong audience',
        'audience',
        async () =>
          post(a, signedResponse(idp, await options(a, { audience: 'https://evil.test/sp' }))),
      ],
      [
        'an expired NotOnOrAfter (beyond 60 s of skew)',
        'expired',
        async () =>
          post(
            a,
            signedResponse(
              idp,
              await options(a, { validForMs: -90_000, issuedAgoMs: 10 * 60_000 }),
            ),
          ),
      ],
      [
        'an unsigned response',
        'signature',
        async () => post(a, signedResponse(idp, await options(a, { sign: 'none' }))),
      ],
      [
        'a response signed by another key',
        'signature',
        async () => post(a, signedResponse(await newIdp(idp.entityId), await options(a))),
      ],
      [
        'an XSW assertion beside the signed one',
        'wrapped',
        async () => post(a, wrappedResponse(idp, await options(a), 'victim-admin')),
      ],
      [
        'an IdP-initiated response answering no request',
        'replayed',
        async () =>
          post(a, signedResponse(idp, { ...(await options(a)), inResponseTo: '_never-asked' })),
      ],
    ];

    it.each(cases)('%s', async (_name, reason, send) => {
      const before = await counts();
      const res = await send();
      expect(res.status).toBe(401);
      expect(reasonOf(res)).toBe(reason);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(await counts()).toEqual(before);
    });

    it('a nested XSW assertion (signed one moved inside a forged one)', async () => {
      const before = await counts();
      const res = await post(a, nestedWrappedResponse(idp, await options(a), 'victim-admin'));
      expect(res.status).toBe(401);
      expect(['signature', 'wrapped']).toContain(reasonOf(res));
      expect(await counts()).toEqual(before);
    });

    it('a replayed response', async () => {
      const body = signedResponse(idp, await options(a));
      expect((await post(a, body)).status).toBe(302);
      const before = await counts();
      const replay = await post(a, body);
      expect(replay.status).toBe(401);
      expect(reasonOf(replay)).toBe('replayed');
      expect(await counts()).toEqual(before);
    });

    it('an unknown organization', async () => {
      const res = await request(t.http).get('/auth/sso/no-such-org/saml/login');
      expect(res.status).toBe(404);
      expect(reasonOf(res)).toBe('unknown_tenant');
    });

    it('a post without SAMLResponse', async () => {
      const res = await request(t.http)
        .post(`${base(a.slug)}/acs`)
        .type('form')
        .send({ x: '1' });
      expect(res.status).toBe(400);
      expect(reasonOf(res)).toBe('bad_request');
    });
  });
});

describe('changing a connection', () => {
  const UPDATE = `mutation($input: UpdateSsoConnectionInput!) {
    updateSsoConnection(input: $input) {
      ssoConnection { id samlIdpCertificateFingerprints roleAttribute defaultRole jitRoles }
      userErrors { field code message }
    }
  }`;
  const update = (tenant: TestTenant, input: Record<string, unknown>, token = tenant.ownerToken) =>
    t.gql(UPDATE, { input }, token);
  const membershipsOf = async (email: string) =>
    (
      await withClient(t.db.ownerUrl, (c) =>
        c.query<{ id: string; role: string }>(
          `select m.id, m.role from memberships m join users u on u.id = m.user_id
            where u.email = $1`,
          [email],
        ),
      )
    ).rows;

  it('rolls the IdP’s signing certificate over without losing anyone’s link', async () => {
    const c = await newTenant(t);
    const conn = await samlConnection(c, idp);
    connections.set(c.slug, conn);
    // The same IdP (same entity id) with the key it is moving to.
    const next = await newIdp(idp.entityId);
    const subject = 'rollover-subject';
    const attributes = { email: ['rollover@uni.test'] };
    const signIn = async (signer: TestIdp) =>
      post(c, signedResponse(signer, await options(c, { subject, attributes })));

    expect((await signIn(idp)).status).toBe(302);
    const [person] = await membershipsOf('rollover@uni.test');
    const early = await signIn(next);
    expect(early.status).toBe(401);
    expect(reasonOf(early)).toBe('signature');

    // During the rollover both keys are trusted; after it, only the new one.
    const both = await update(c, {
      ssoConnectionId: conn.id,
      samlIdpCertificates: [idp.cert, next.cert],
    });
    expect(both.data.updateSsoConnection.ssoConnection.samlIdpCertificateFingerprints).toHaveLength(
      2,
    );
    expect((await signIn(next)).status).toBe(302);
    expect((await signIn(idp)).status).toBe(302);
    await update(c, { ssoConnectionId: conn.id, samlIdpCertificates: [next.cert] });
    const old = await signIn(idp);
    expect(old.status).toBe(401);
    expect(reasonOf(old)).toBe('signature');
    expect((await signIn(next)).status).toBe(302);
    // The same person all along: one membership, linked through the rollover.
    expect(await membershipsOf('rollover@uni.test')).toEqual([person]);
  });

  it('changes role mappings and who a first sign-in may create, and they apply at once', async () => {
    const c = await newTenant(t);
    const conn = await samlConnection(c, idp);
    connections.set(c.slug, conn);
    const res = await update(c, {
      ssoConnectionId: conn.id,
      roleAttribute: 'affiliation',
      roleMappings: [{ value: 'faculty', role: 'VIEWER' }],
      defaultRole: '',
      jitRoles: ['VIEWER'],
    });
    expect(res.data.updateSsoConnection).toMatchObject({
      ssoConnection: { roleAttribute: 'affiliation', defaultRole: null, jitRoles: ['VIEWER'] },
      userErrors: [],
    });
    const faculty = await post(
      c,
      signedResponse(
        idp,
        await options(c, { attributes: { email: ['prof@uni.test'], affiliation: ['faculty'] } }),
      ),
    );
    expect(faculty.status).toBe(302);
    expect((await membershipsOf('prof@uni.test')).map((m) => m.role)).toEqual(['viewer']);
    // No default role any more: a student the mappings do not name is refused, writing nothing.
    const before = await counts();
    const student = await post(
      c,
      signedResponse(idp, await options(c, { attributes: { email: ['stu@uni.test'] } })),
    );
    expect(student.status).not.toBe(302);
    expect(await counts()).toEqual(before);
  });

  it('refuses what does not fit the connection, changing nothing', async () => {
    const c = await newTenant(t);
    const conn = await samlConnection(c, idp);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ oidcClientId: 'x' }, ['input', 'oidcClientId']],
      [{ samlIdpCertificates: [] }, ['input', 'samlIdpCertificates']],
      [{ samlIdpCertificates: ['not a certificate'] }, ['input', 'samlIdpCertificates', '0']],
      [{ samlSsoUrl: 'ftp://idp.test/sso' }, ['input', 'samlSsoUrl']],
      [{ roleAttribute: '' }, ['input', 'roleAttribute']],
      [{ defaultRole: 'OWNER' }, ['input', 'defaultRole']],
    ];
    for (const [input, field] of cases) {
      const res = await update(c, { ssoConnectionId: conn.id, ...input });
      expect(res.data.updateSsoConnection).toMatchObject({
        ssoConnection: null,
        userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field })],
      });
    }
    const now = await update(c, { ssoConnectionId: conn.id });
    expect(now.data.updateSsoConnection.ssoConnection).toMatchObject({
      samlIdpCertificateFingerprints: conn.samlIdpCertificateFingerprints,
      roleAttribute: 'eduPersonAffiliation',
      defaultRole: 'SEEKER',
    });
    // Another organization's connection is not found, as a random id would be.
    const other = await update(b, { ssoConnectionId: conn.id, name: 'x' }, b.ownerToken);
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('ssoServiceProvider', () => {
  it('answers the addresses each connection later lists, to owners and admins only', async () => {
    const Q = `{ ssoServiceProvider { samlMetadataUrl samlEntityId samlAcsUrl samlLoginUrl oidcRedirectUri oidcLoginUrl } }`;
    const res = await t.gql(Q, {}, a.ownerToken);
    const conn = connectionOf(a);
    expect(res.data.ssoServiceProvider).toMatchObject({
      samlEntityId: conn.spEntityId,
      samlMetadataUrl: conn.spEntityId,
      samlAcsUrl: conn.acsUrl,
    });
    expect(res.data.ssoServiceProvider.oidcRedirectUri).toMatch(
      new RegExp(`/auth/sso/${a.slug}/oidc/callback$`),
    );
    const coach = await memberToken(t, a, 'coach');
    const refused = await t.gql(Q, {}, coach.token);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
