/**
 * The SSO workload under the tenant-predicate rule (see test/e2e/platform/tenant-predicates):
 * every statement on a tenant table, including the sign-in routes that run before anyone is
 * known, names its tenant_id itself.
 */
import { jest } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { TABLE_REGISTRY } from '../../../src/platform/database/table-registry.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { login, newMember, newTenant } from '../../helpers/factories.js';
import { oidcConnection, oidcSignIn, startOp, type TestOp } from './oidc-idp.js';
import { b64, newIdp, requestIdFrom, signedResponse } from './saml-idp.js';

jest.setTimeout(60_000);

const statements: string[] = [];
const original = pg.Client.prototype.query;
let t: TestApp;
let op: TestOp;

beforeAll(async () => {
  t = await startTestApp();
  op = await startOp();
  pg.Client.prototype.query = function recording(this: pg.Client, ...args: unknown[]) {
    const text =
      typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
    if (text) statements.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
});
afterAll(async () => {
  pg.Client.prototype.query = original;
  await op?.close();
  await t?.close();
});

const tenantTables = Object.entries(TABLE_REGISTRY)
  .filter(([, c]) => c === 'tenant')
  .map(([name]) => name);

const touched = (sql: string) =>
  tenantTables.filter((table) =>
    new RegExp(`\\b(from|join|update|into)\\s+"?${table}"?\\b`, 'i').test(sql),
  );

it('puts an explicit tenant_id condition in every SSO statement on a tenant table', async () => {
  const tenant = await newTenant(t);
  const idp = await newIdp();
  const saml = await t.gql(
    `mutation($i: CreateSsoConnectionInput!) {
       createSsoConnection(input: $i) { ssoConnection { id acsUrl spEntityId } } }`,
    {
      i: {
        protocol: 'SAML',
        name: 'IdP',
        samlIdpEntityId: idp.entityId,
        samlSsoUrl: idp.ssoUrl,
        samlIdpCertificates: [idp.cert],
        defaultRole: 'SEEKER',
        jitRoles: ['SEEKER'],
      },
    },
    tenant.ownerToken,
  );
  const conn = saml.data.createSsoConnection.ssoConnection;
  const iss = await op.issuer('predicates');
  await oidcConnection(t, tenant, iss);
  await t.gql(`{ ssoConnections(first: 10) { nodes { id } } }`, {}, tenant.ownerToken);

  await request(t.http).get(`/auth/sso/${tenant.slug}/saml/metadata`);
  const start = await request(t.http).get(`/auth/sso/${tenant.slug}/saml/login`);
  const xml = signedResponse(idp, {
    inResponseTo: requestIdFrom(start.headers.location),
    destination: conn.acsUrl,
    audience: conn.spEntityId,
    subject: 'predicate-subject',
    attributes: { email: ['predicates@uni.test'] },
  });
  const acs = () =>
    request(t.http)
      .post(`/auth/sso/${tenant.slug}/saml/acs`)
      .type('form')
      .send({ SAMLResponse: b64(xml) });
  expect((await acs()).status).toBe(302);
  expect((await acs()).status).toBe(401);

  iss.next = (n) => iss.sign(iss.claims(n, { email: 'predicates-oidc@uni.test' }));
  expect((await oidcSignIn(t, tenant)).status).toBe(302);

  await t.gql(
    `mutation($i: UpdateSsoConnectionInput!) { updateSsoConnection(input: $i) { ssoConnection { id } } }`,
    { i: { ssoConnectionId: conn.id, requireSsoForStaff: true } },
    tenant.ownerToken,
  );
  const coach = await newMember(t, tenant.tenantId, 'coach');
  await expect(login(t, coach.email)).rejects.toThrow(/SSO_REQUIRED/);
  await t.gql(
    `mutation($i: DeleteSsoConnectionInput!) { deleteSsoConnection(input: $i) { deletedSsoConnectionId } }`,
    { i: { ssoConnectionId: conn.id } },
    tenant.ownerToken,
  );

  const checked = statements.filter((s) => touched(s).length > 0);
  expect(checked.filter((s) => /\bsso_/.test(s)).length).toBeGreaterThan(10);
  const missing = checked.filter(
    (s) => !/tenant_id"?\s*(=|in\b)/i.test(s) && !/^\s*insert\b[^(]*\([^)]*\btenant_id\b/i.test(s),
  );
  expect(missing).toEqual([]);
});
