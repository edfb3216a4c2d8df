/**
 * Factories in the style of Immich's medium tests: each call makes fresh rows through the real
 * services or the real API, never shared mutable fixtures.
 */
import { randomBytes } from 'node:crypto';
import { IdentityService } from '../../src/modules/identity/identity.service.js';
import { TenantsService } from '../../src/modules/tenants/tenants.service.js';
import { systemScope, type Role, type TenantId } from '../../src/platform/database/context.js';
import type { TestApp } from './app.js';

export const PASSWORD = 'correct horse battery staple';

export interface TestTenant {
  tenantId: TenantId;
  slug: string;
  ownerEmail: string;
  /** Access token of the owner. */
  ownerToken: string;
}

/**
 * The secret part of a Perch token (`perch_<kind>_<ids, 44>_<secret, 43>_<checksum, 6>`). Ids and
 * secret are base64url and may themselves contain `_`, so the parts are cut by length.
 */
export function secretOf(token: string): string {
  const m = /^perch_[a-z]+_[A-Za-z0-9_-]{44}_([A-Za-z0-9_-]{43})_[0-9A-Za-z]{6}$/.exec(token);
  if (!m) throw new Error(`not a Perch token: ${token.slice(0, 12)}…`);
  return m[1];
}

const suffix = () => randomBytes(4).toString('hex');

export async function login(t: TestApp, email: string, password = PASSWORD, tenantSlug?: string) {
  const res = await t.gql(
    `mutation($input: LoginInput!) { login(input: $input) { session { accessToken refreshToken role } userErrors { code message } } }`,
    { input: { email, password, tenantSlug } },
  );
  const session = res.data?.login?.session;
  if (!session) throw new Error(`login failed for ${email}: ${JSON.stringify(res.body)}`);
  return session as { accessToken: string; refreshToken: string; role: string };
}

export async function newTenant(
  t: TestApp,
  opts: { seats?: number; termEnd?: string } = {},
): Promise<TestTenant> {
  const slug = `org-${suffix()}`;
  const { tenantId } = await t.perch.app.get(TenantsService).createTenant({
    slug,
    name: `Org ${slug}`,
    license: {
      plan: 'campus',
      seatLimit: opts.seats ?? 50,
      termStart: '2026-01-01',
      termEnd: opts.termEnd ?? '2030-12-31',
    },
  });
  const ownerEmail = `owner@${slug}.test`;
  await newMember(t, tenantId, 'owner', ownerEmail);
  const { accessToken } = await login(t, ownerEmail);
  return { tenantId, slug, ownerEmail, ownerToken: accessToken };
}

/** A person with a role in the tenant; returns their access token and membership global id. */
export async function newMember(
  t: TestApp,
  tenantId: TenantId,
  role: Role,
  email = `${role}-${suffix()}@people.test`,
  seekerId: string | null = null,
) {
  const row = await t.perch.app.get(IdentityService).createMember(systemScope(tenantId, 'test'), {
    email,
    name: `${role} ${suffix()}`,
    password: PASSWORD,
    role,
    seekerId,
  });
  return { email, membershipId: row.id };
}

export async function memberToken(t: TestApp, tenant: TestTenant, role: Role) {
  const m = await newMember(t, tenant.tenantId, role);
  const { accessToken } = await login(t, m.email);
  const viewer = await t.gql(`{ viewer { member { id } } }`, {}, accessToken);
  return { ...m, token: accessToken, staffId: viewer.data.viewer.member.id as string };
}

export async function newSeeker(
  t: TestApp,
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; email: string }> {
  const email = `seeker-${suffix()}@students.test`;
  const res = await t.gql(
    `mutation($input: CreateSeekerInput!) { createSeeker(input: $input) { seeker { id email } userErrors { field message code } } }`,
    { input: { name: `Seeker ${suffix()}`, email, targetRoles: ['Data Analyst'], ...input } },
    token,
  );
  const seeker = res.data?.createSeeker?.seeker;
  if (!seeker) throw new Error(`createSeeker failed: ${JSON.stringify(res.body)}`);
  return seeker;
}
