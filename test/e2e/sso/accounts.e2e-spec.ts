/**
 * Who an SSO sign-in becomes: links by (tenant, issuer, subject) and never by email, just-in-time
 * provisioning within the tenant's seats and allowed roles, "require SSO for staff" against
 * password sign-in, and the admin API's refusals.
 */
import request from 'supertest';
import { v7 } from 'uuid';
import { toGlobalId } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import {
  login,
  memberToken,
  newMember,
  newTenant,
  PASSWORD,
  type TestTenant,
} from '../../helpers/factories.js';
import { oidcConnection, oidcSignIn, startOp, type TestIssuer, type TestOp } from './oidc-idp.js';
import { b64, newIdp, requestIdFrom, signedResponse, type TestIdp } from './saml-idp.js';

import { identityCounts, reasonOf } from './sso-checks.js';

let t: TestApp;
let op: TestOp;

const CREATE = `mutation($input: CreateSsoConnectionInput!) {
  createSsoConnection(input: $input) {
    ssoConnection { id spEntityId acsUrl }
    userErrors { field code message }
  }
}`;

function samlInput(idp: TestIdp, extra: Record<string, unknown> = {}) {
  return {
    protocol: 'SAML',
    name: 'University IdP',
    samlIdpEntityId: idp.entityId,
    samlSsoUrl: idp.ssoUrl,
    samlIdpCertificates: [idp.cert],
    roleAttribute: 'eduPersonAffiliation',
    roleMappings: [{ value: 'staff', role: 'COACH' }],
    defaultRole: 'SEEKER',
    jitRoles: ['COACH', 'SEEKER'],
    ...extra,
  };
}

async function samlConnection(tenant: TestTenant, idp: TestIdp, extra = {}) {
  const res = await t.gql(CREATE, { input: samlInput(idp, extra) }, tenant.ownerToken);
  const conn = res.data?.createSsoConnection?.ssoConnection;
  if (!conn) throw new Error(JSON.stringify(res.body));
  return conn as { id: string; spEntityId: string; acsUrl: string };
}

/** A full SP-initiated SAML round trip for one person. */
async function samlSignIn(
  tenant: TestTenant,
  idp: TestIdp,
  conn: { spEntityId: string; acsUrl: string },
  subject: string,
  attributes: Record<string, string[]>,
) {
  const start = await request(t.http).get(`/auth/sso/${tenant.slug}/saml/login`);
  expect(start.status).toBe(302);
  const xml = signedResponse(idp, {
    inResponseTo: requestIdFrom(start.headers.location),
    destination: conn.acsUrl,
    audience: conn.spEntityId,
    subject,
    attributes,
  });
  return request(t.http)
    .post(`/auth/sso/${tenant.slug}/saml/acs`)
    .type('form')
    .send({ SAMLResponse: b64(xml) });
}

const counts = () => identityCounts(t);

const uniq = () => Math.random().toString(36).slice(2);

beforeAll(async () => {
  t = await startTestApp();
  op = await startOp();
}, 60_000);
afterAll(async () => {
  await op?.close();
  await t?.close();
});

describe('account linking', () => {
  let a: TestTenant;
  let idp: TestIdp;
  let conn: { id: string; spEntityId: string; acsUrl: string };
  let iss: TestIssuer;

  beforeAll(async () => {
    a = await newTenant(t);
    idp = await newIdp();
    conn = await samlConnection(a, idp);
    iss = await op.issuer(`link-${uniq()}`);
    await oidcConnection(t, a, iss);
  }, 60_000);

  it('never merges the same email from two IdPs: the second is refused, nothing written', async () => {
    const email = `same-${uniq()}@uni.test`;
    expect((await samlSignIn(a, idp, conn, `s-${uniq()}`, { email: [email] })).status).toBe(302);
    const before = await counts();
    iss.next = (n) => iss.sign(iss.claims(n, { email }));
    const second = await oidcSignIn(t, a);
    expect(second.status).toBe(409);
    expect(reasonOf(second)).toBe('account_exists');
    expect(await counts()).toEqual(before);
  });

  it('keeps the same subject from two issuers as two people', async () => {
    const subject = `shared-${uniq()}`;
    const before = await counts();
    const e1 = `one-${uniq()}@uni.test`;
    const e2 = `two-${uniq()}@uni.test`;
    expect((await samlSignIn(a, idp, conn, subject, { email: [e1] })).status).toBe(302);
    iss.next = (n) => iss.sign(iss.claims(n, { sub: subject, email: e2 }));
    expect((await oidcSignIn(t, a)).status).toBe(302);
    const after = await counts();
    expect(after.users - before.users).toBe(2);
    expect(after.links - before.links).toBe(2);
    const links = await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `select l.issuer, u.email from sso_links l
           join memberships m on m.tenant_id = l.tenant_id and m.id = l.membership_id
           join users u on u.id = m.user_id
          where l.tenant_id = $1 and l.subject = $2 order by u.email`,
        [a.tenantId, subject],
      ),
    );
    expect(links.rows).toEqual([
      { issuer: idp.entityId, email: e1 },
      { issuer: iss.issuer, email: e2 },
    ]);
  });

  it('does not take over an existing password account with the same email; an admin links it', async () => {
    const coach = await memberToken(t, a, 'coach');
    const subject = `s-${uniq()}`;
    const attributes = { email: [coach.email], eduPersonAffiliation: ['staff'] };
    const before = await counts();
    const res = await samlSignIn(a, idp, conn, subject, attributes);
    expect(res.status).toBe(409);
    expect(reasonOf(res)).toBe('account_exists');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await counts()).toEqual(before);
    // The person keeps their password.
    await expect(login(t, coach.email)).resolves.toMatchObject({ role: 'COACH' });

    const LINK = `mutation($input: LinkSsoIdentityInput!) {
      linkSsoIdentity(input: $input) { ssoConnection { id } userErrors { field code message } } }`;
    const input = { ssoConnectionId: conn.id, staffMemberId: coach.staffId, subject };
    const denied = await t.gql(LINK, { input }, coach.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const linked = await t.gql(LINK, { input }, a.ownerToken);
    expect(linked.data.linkSsoIdentity).toEqual({ ssoConnection: { id: conn.id }, userErrors: [] });
    const twice = await t.gql(LINK, { input }, a.ownerToken);
    expect(twice.data.linkSsoIdentity.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      field: ['input', 'subject'],
    });

    const again = await samlSignIn(a, idp, conn, subject, attributes);
    expect(again.status).toBe(302);
    const refreshed = await request(t.http)
      .post('/session/refresh')
      .set('x-perch-console', '1')
      .set('cookie', String(again.headers['set-cookie']).split(';')[0]);
    expect(refreshed.body).toMatchObject({ role: 'coach', tenantId: a.tenantId });
    const after = await counts();
    expect(after.users).toBe(before.users);
    expect(after.links).toBe(before.links + 1);
  });

  it('records sign-ins and refusals in the tenant’s audit log', async () => {
    const subject = `audited-${uniq()}`;
    const email = `audited-${uniq()}@uni.test`;
    expect((await samlSignIn(a, idp, conn, subject, { email: [email] })).status).toBe(302);
    const rows = await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `select e.actor_kind, e.actor_role, e.action, e.kind, e.outcome from audit_events e
          where e.tenant_id = $1 and e.action like 'sso.%' order by e.id`,
        [a.tenantId],
      ),
    );
    expect(rows.rows).toContainEqual({
      actor_kind: 'user',
      actor_role: 'seeker',
      action: 'sso.saml.signIn',
      kind: 'http',
      outcome: 'ok',
    });
    expect(rows.rows).toContainEqual({
      actor_kind: 'system',
      actor_role: null,
      action: 'sso.oidc.signIn',
      kind: 'http',
      outcome: 'SSO_REFUSED:account_exists',
    });
  });
});

describe('just-in-time provisioning', () => {
  it('provisions students only while seats are free; the refused one leaves nothing', async () => {
    const small = await newTenant(t, { seats: 1 });
    const idp = await newIdp();
    const conn = await samlConnection(small, idp);
    const first = await samlSignIn(small, idp, conn, `s-${uniq()}`, {
      email: [`first-${uniq()}@uni.test`],
    });
    expect(first.status).toBe(302);
    const before = await counts();
    const second = await samlSignIn(small, idp, conn, `s-${uniq()}`, {
      email: [`second-${uniq()}@uni.test`],
    });
    expect(second.status).toBe(403);
    expect(reasonOf(second)).toBe('seat_limit_reached');
    expect(second.headers['set-cookie']).toBeUndefined();
    expect(await counts()).toEqual(before);
    // Staff take no seat.
    const coach = await samlSignIn(small, idp, conn, `s-${uniq()}`, {
      email: [`coach-${uniq()}@uni.test`],
      eduPersonAffiliation: ['staff'],
    });
    expect(coach.status).toBe(302);
  });

  it('refuses to create a role the connection does not allow', async () => {
    const tenant = await newTenant(t);
    const idp = await newIdp();
    const conn = await samlConnection(tenant, idp, { jitRoles: ['SEEKER'] });
    const before = await counts();
    const res = await samlSignIn(tenant, idp, conn, `s-${uniq()}`, {
      email: [`staff-${uniq()}@uni.test`],
      eduPersonAffiliation: ['staff'],
    });
    expect(res.status).toBe(403);
    expect(reasonOf(res)).toBe('not_provisioned');
    expect(await counts()).toEqual(before);
  });
});

describe('require SSO for staff', () => {
  let tenant: TestTenant;
  let connId: string;

  beforeAll(async () => {
    tenant = await newTenant(t);
    connId = (await samlConnection(tenant, await newIdp())).id;
  }, 60_000);

  const setRequired = async (on: boolean) => {
    const res = await t.gql(
      `mutation($input: UpdateSsoConnectionInput!) {
         updateSsoConnection(input: $input) { ssoConnection { requireSsoForStaff } userErrors { code } }
       }`,
      { input: { ssoConnectionId: connId, requireSsoForStaff: on } },
      tenant.ownerToken,
    );
    expect(res.data.updateSsoConnection.ssoConnection).toEqual({ requireSsoForStaff: on });
  };

  it('refuses staff password sign-in (console and GraphQL) while on; owners keep break-glass', async () => {
    const coach = await newMember(t, tenant.tenantId, 'coach');
    await setRequired(true);
    const consoleLogin = await request(t.http)
      .post('/session/login')
      .set('x-perch-console', '1')
      .send({ email: coach.email, password: PASSWORD });
    expect(consoleLogin.status).toBe(403);
    expect(consoleLogin.body.errors[0].extensions.code).toBe('SSO_REQUIRED');
    expect(consoleLogin.body.errors[0].message).toContain(tenant.slug);

    const gql = await t.gql(
      `mutation($input: LoginInput!) { login(input: $input) { session { role } } }`,
      { input: { email: coach.email, password: PASSWORD } },
    );
    expect(gql.errors?.[0]?.extensions?.code).toBe('SSO_REQUIRED');

    // A wrong password still answers as a wrong password: the setting is told only to the owner of it.
    const wrong = await request(t.http)
      .post('/session/login')
      .set('x-perch-console', '1')
      .send({ email: coach.email, password: 'not the password at all' });
    expect(wrong.status).toBe(401);

    await expect(login(t, tenant.ownerEmail)).resolves.toMatchObject({ role: 'OWNER' });

    await setRequired(false);
    await expect(login(t, coach.email)).resolves.toMatchObject({ role: 'COACH' });
  });
});

describe('administration', () => {
  it('is for owners and admins only; bad input is a userError; foreign ids are NOT_FOUND', async () => {
    const a = await newTenant(t);
    const b = await newTenant(t);
    const coach = await memberToken(t, a, 'coach');
    const idp = await newIdp();
    const denied = await t.gql(CREATE, { input: samlInput(idp) }, coach.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const bad = await t.gql(
      CREATE,
      { input: samlInput(idp, { samlIdpCertificates: ['not a certificate'] }) },
      a.ownerToken,
    );
    expect(bad.data.createSsoConnection.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'samlIdpCertificates', '0'],
    });

    const bConn = await samlConnection(b, idp);
    const del = `mutation($input: DeleteSsoConnectionInput!) {
      deleteSsoConnection(input: $input) { deletedSsoConnectionId userErrors { code } } }`;
    const foreign = await t.gql(del, { input: { ssoConnectionId: bConn.id } }, a.ownerToken);
    const random = await t.gql(
      del,
      { input: { ssoConnectionId: toGlobalId('SsoConnection', v7()) } },
      a.ownerToken,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(random.errors?.[0]?.extensions?.code).toBe(foreign.errors?.[0]?.extensions?.code);
    const own = await t.gql(del, { input: { ssoConnectionId: bConn.id } }, b.ownerToken);
    expect(own.data.deleteSsoConnection.deletedSsoConnectionId).toBe(bConn.id);
  });
});
