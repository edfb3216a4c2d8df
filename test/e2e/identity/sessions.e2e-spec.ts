import jwt from 'jsonwebtoken';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../../helpers/app.js';
import { login, newMember, newTenant, PASSWORD, type TestTenant } from '../../helpers/factories.js';
import { withClient } from '../../helpers/database.js';

let t: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await newTenant(t);
});
afterAll(() => t.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { session { accessToken refreshToken role member { email } } userErrors { field code message } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { session { accessToken refreshToken } } }`;
const LOGOUT = `mutation($input: RefreshSessionInput!) { logout(input: $input) { ok } }`;
const VIEWER = `{ viewer { kind role member { email } organizations { slug } } }`;

describe('sign-in', () => {
  it('signs in with the right password and answers who is calling', async () => {
    const session = await login(t, tenant.ownerEmail);
    const me = await t.gql(VIEWER, {}, session.accessToken);
    expect(me.data.viewer).toEqual({
      kind: 'USER',
      role: 'OWNER',
      member: { email: tenant.ownerEmail },
      organizations: [{ slug: tenant.slug }],
    });
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const wrong = await t.gql(LOGIN, {
      input: { email: tenant.ownerEmail, password: 'not the password!' },
    });
    const unknown = await t.gql(LOGIN, {
      input: { email: 'nobody@nowhere.test', password: PASSWORD },
    });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.data).toBeNull();
  });

  it('reports a malformed email as a user error on the field', async () => {
    const res = await t.gql(LOGIN, { input: { email: 'not-an-email', password: PASSWORD } });
    expect(res.data.login.userErrors).toEqual([
      {
        field: ['input', 'email'],
        code: 'BAD_USER_INPUT',
        message: 'Enter a valid email address.',
      },
    ]);
    expect(res.data.login.session).toBeNull();
  });

  it('asks which organization when a person belongs to several', async () => {
    const other = await newTenant(t);
    await newMember(t, other.tenantId, 'coach', tenant.ownerEmail);
    const res = await t.gql(LOGIN, { input: { email: tenant.ownerEmail, password: PASSWORD } });
    expect(res.data.login.userErrors[0]).toMatchObject({
      code: 'TENANT_REQUIRED',
      field: ['input', 'tenantSlug'],
    });
    const picked = await login(t, tenant.ownerEmail, PASSWORD, other.slug);
    expect(picked.role).toBe('COACH');
  });

  it('refuses an expired access token and a token signed with another key', async () => {
    const expired = jwt.sign(
      { sub: 'x', tid: tenant.tenantId, mid: 'y', role: 'owner', skr: null },
      TEST_JWT_SECRET,
      { expiresIn: -10, issuer: 'perch', audience: 'perch-api' },
    );
    const res = await t.gql(VIEWER, {}, expired);
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'Your access token has expired; refresh the session.',
    });
    const forged = jwt.sign(
      { sub: 'x', tid: tenant.tenantId, mid: 'y', role: 'owner' },
      'another-secret-another-secret-1234',
      {
        issuer: 'perch',
        audience: 'perch-api',
      },
    );
    expect((await t.gql(VIEWER, {}, forged)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('upgrades a weaker password hash at the next sign-in', async () => {
    const { email } = await newMember(t, tenant.tenantId, 'coach');
    const argon2 = (await import('argon2')).default;
    const weak = await argon2.hash(PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`update users set password_hash = $2 where email = $1`, [email, weak]),
    );
    await login(t, email);
    const [row] = await withClient(
      t.db.ownerUrl,
      async (c) =>
        (await c.query(`select password_hash from users where email = $1`, [email])).rows,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.password_hash.split('$')[3].split(',').sort()).toEqual(['m=19456', 'p=1', 't=2']);
  });
});

describe('refresh tokens', () => {
  it('rotates: each refresh gives a new pair and the old token no longer works', async () => {
    const first = await login(t, tenant.ownerEmail, PASSWORD, tenant.slug);
    const second = await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    const pair = second.data.refreshSession.session;
    expect(pair.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(VIEWER, {}, pair.accessToken)).data.viewer.kind).toBe('USER');
  });

  it('revokes the whole family when a spent token is presented again after the race window', async () => {
    const first = await login(t, tenant.ownerEmail, PASSWORD, tenant.slug);
    const next = (await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } })).data
      .refreshSession.session;
    // A replay within seconds counts as a race of two tabs (hardening.e2e-spec.ts); later, as theft.
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update refresh_tokens set used_at = used_at - interval '1 minute' where used_at is not null`,
      ),
    );
    const replay = await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(replay.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(replay.errors?.[0]?.message).toMatch(/already used/);
    // The legitimate holder's newer token died with the family.
    const after = await t.gql(REFRESH, { input: { refreshToken: next.refreshToken } });
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout', async () => {
    const s = await login(t, tenant.ownerEmail, PASSWORD, tenant.slug);
    expect((await t.gql(LOGOUT, { input: { refreshToken: s.refreshToken } })).data.logout.ok).toBe(
      true,
    );
    const res = await t.gql(REFRESH, { input: { refreshToken: s.refreshToken } });
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a tampered token before touching the database', async () => {
    const s = await login(t, tenant.ownerEmail, PASSWORD, tenant.slug);
    const tampered =
      s.refreshToken.slice(0, -8) +
      (s.refreshToken.at(-8) === 'a' ? 'b' : 'a') +
      s.refreshToken.slice(-7);
    const res = await t.gql(REFRESH, { input: { refreshToken: tampered } });
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('passwords', () => {
  const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok userErrors { field code message } } }`;

  it('changes the password, ends other sessions, and refuses a wrong current password', async () => {
    const { email } = await newMember(t, tenant.tenantId, 'coach');
    const a = await login(t, email);
    const b = await login(t, email);
    const wrong = await t.gql(
      CHANGE,
      { input: { currentPassword: 'wrong password!!', newPassword: 'a brand new passphrase' } },
      a.accessToken,
    );
    expect(wrong.data.changePassword.userErrors[0]).toMatchObject({
      field: ['input', 'currentPassword'],
    });
    const short = await t.gql(
      CHANGE,
      { input: { currentPassword: PASSWORD, newPassword: 'short' } },
      a.accessToken,
    );
    expect(short.data.changePassword.userErrors[0]).toMatchObject({
      field: ['input', 'newPassword'],
      code: 'BAD_USER_INPUT',
    });
    const ok = await t.gql(
      CHANGE,
      { input: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } },
      a.accessToken,
    );
    expect(ok.data.changePassword.ok).toBe(true);
    expect(
      (await t.gql(REFRESH, { input: { refreshToken: b.refreshToken } })).errors?.[0]?.extensions
        .code,
    ).toBe('UNAUTHENTICATED');
    await expect(login(t, email)).rejects.toThrow();
    await expect(login(t, email, 'a brand new passphrase')).resolves.toBeDefined();
  });
});
