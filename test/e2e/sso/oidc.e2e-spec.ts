import { generateKeyPair } from 'jose';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { newTenant, type TestTenant } from '../../helpers/factories.js';
import {
  oidcConnection,
  oidcSignIn,
  startOp,
  unsignedJwt,
  type TestIssuer,
  type TestOp,
} from './oidc-idp.js';

import { identityCounts, reasonOf } from './sso-checks.js';

let t: TestApp;
let op: TestOp;
let a: TestTenant;
let b: TestTenant;
let issA: TestIssuer;
let issB: TestIssuer;

const counts = () => identityCounts(t);

const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  t = await startTestApp();
  op = await startOp();
  a = await newTenant(t);
  b = await newTenant(t);
  issA = await op.issuer('a');
  issB = await op.issuer('b');
  await oidcConnection(t, a, issA);
  await oidcConnection(t, b, issB);
}, 60_000);
afterAll(async () => {
  await op?.close();
  await t?.close();
});

describe('OIDC sign-on', () => {
  it('stores the client secret encrypted and shows only that it is set', async () => {
    const secrets = await withClient(t.db.ownerUrl, (c) =>
      c.query(`select oidc_client_secret_enc from sso_connections where tenant_id = $1`, [
        a.tenantId,
      ]),
    );
    const stored = String(secrets.rows[0].oidc_client_secret_enc);
    expect(stored).not.toContain(issA.clientSecret);
    const list = await t.gql(
      `{ ssoConnections(first: 5) { nodes { protocol oidcClientSecretSet redirectUri } } }`,
      {},
      a.ownerToken,
    );
    expect(list.data.ssoConnections.nodes).toEqual([
      {
        protocol: 'OIDC',
        oidcClientSecretSet: true,
        redirectUri: expect.stringMatching(new RegExp(`/auth/sso/${a.slug}/oidc/callback$`)),
      },
    ]);
  });

  it('signs a new person in (code + PKCE + state + nonce) and links them on the next sign-in', async () => {
    const sub = `person-${now()}`;
    const email = `oidc-${now()}@uni.test`;
    issA.next = (nonce) => issA.sign(issA.claims(nonce, { sub, email, name: 'Ada' }));
    const first = await oidcSignIn(t, a);
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/perch_session=[^;]+; Path=\/session; HttpOnly/);
    const refreshed = await request(t.http)
      .post('/session/refresh')
      .set('x-perch-console', '1')
      .set('cookie', cookie.split(';')[0]);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ role: 'seeker', tenantId: a.tenantId });

    const before = await counts();
    issA.next = (nonce) => issA.sign(issA.claims(nonce, { sub, email, name: 'Ada' }));
    expect((await oidcSignIn(t, a)).status).toBe(302);
    expect(await counts()).toEqual(before);
  });

  it('sends the console’s “Sign in with SSO” (organization only) to the tenant’s issuer', async () => {
    const res = await request(t.http).get(`/auth/sso/${b.slug}/login`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toContain(`${issB.issuer}/authorize?`);
  });

  it('maps a group claim to the coach role', async () => {
    const email = `coach-${now()}@uni.test`;
    issA.next = (nonce) => issA.sign(issA.claims(nonce, { email, groups: ['career-staff'] }));
    expect((await oidcSignIn(t, a)).status).toBe(302);
    const role = await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `select m.role from memberships m join users u on u.id = m.user_id where u.email = $1`,
        [email],
      ),
    );
    expect(role.rows).toEqual([{ role: 'coach' }]);
  });

  describe('refuses, writing nothing', () => {
    const email = () => `x-${Math.random().toString(36).slice(2)}@uni.test`;
    const cases: [string, string, () => Promise<request.Response>][] = [
      [
        'a wrong issuer',
        'wrong_issuer',
        () => {
          issA.next = (n) => issA.sign(issA.claims(n, { iss: 'http://evil.test', email: email() }));
          return oidcSignIn(t, a);
        },
      ],
      [
        'a wrong audience',
        'audience',
        () => {
          issA.next = (n) => issA.sign(issA.claims(n, { aud: 'someone-else', email: email() }));
          return oidcSignIn(t, a);
        },
      ],
      [
        'a wrong nonce',
        'nonce',
        () => {
          issA.next = (n) => issA.sign(issA.claims(`${n}-other`, { email: email() }));
          return oidcSignIn(t, a);
        },
      ],
      [
        'an expired token',
        'expired',
        () => {
          issA.next = (n) =>
            issA.sign(issA.claims(n, { email: email(), iat: now() - 3600, exp: now() - 600 }));
          return oidcSignIn(t, a);
        },
      ],
      [
        'an unsigned token (alg none)',
        'algorithm',
        () => {
          issA.next = (n) => Promise.resolve(unsignedJwt(issA.claims(n, { email: email() })));
          return oidcSignIn(t, a);
        },
      ],
      [
        'a token signed by a key not in the issuer’s JWKS',
        'signature',
        () => {
          issA.next = async (n) => {
            const other = await generateKeyPair('RS256');
            return issA.sign(issA.claims(n, { email: email() }), other.privateKey);
          };
          return oidcSignIn(t, a);
        },
      ],
      [
        'tenant A’s token answered at tenant B',
        'wrong_issuer',
        () => {
          // B's IdP hands over a perfectly good token of A's issuer for A's client.
          issB.next = (n) => issA.sign(issA.claims(n, { email: email() }));
          return oidcSignIn(t, b);
        },
      ],
      [
        'tenant A’s callback (state) replayed at tenant B',
        'state',
        () => {
          issA.next = (n) => issA.sign(issA.claims(n, { email: email() }));
          return oidcSignIn(t, a, b);
        },
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

    it('a callback whose state was already used', async () => {
      issA.next = (n) => issA.sign(issA.claims(n, { email: email() }));
      const start = await request(t.http).get(`/auth/sso/${a.slug}/oidc/login`);
      const idp = await fetch(new URL(start.headers.location), { redirect: 'manual' });
      const back = new URL(idp.headers.get('location')!);
      expect((await request(t.http).get(back.pathname + back.search)).status).toBe(302);
      const before = await counts();
      const again = await request(t.http).get(back.pathname + back.search);
      expect(again.status).toBe(401);
      expect(reasonOf(again)).toBe('state');
      expect(await counts()).toEqual(before);
    });
  });
});
