import { startTestApp, type TestApp } from '../../helpers/app.js';
import { login, memberToken, newTenant, type TestTenant } from '../../helpers/factories.js';

let t: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await newTenant(t);
});
afterAll(() => t.close());

const ROLE = `mutation($input: ChangeStaffRoleInput!) {
  changeStaffRole(input: $input) { staffMember { id role active } userErrors { field code message } }
}`;
const DEACTIVATE = `mutation($input: DeactivateStaffMemberInput!) {
  deactivateStaffMember(input: $input) { staffMember { id role active } userErrors { field code message } }
}`;
const REACTIVATE = `mutation($input: ReactivateStaffMemberInput!) {
  reactivateStaffMember(input: $input) { staffMember { id role active } userErrors { field code message } }
}`;
const VIEWER = `{ viewer { role } }`;
const idOf = async (token: string) =>
  (await t.gql(`{ viewer { member { id } } }`, {}, token)).data.viewer.member.id as string;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { session { accessToken role } userErrors { code } } }`;

describe('staff management', () => {
  it('changes a role, and the old access token stops working at once', async () => {
    const coach = await memberToken(t, tenant, 'coach');
    const session = await login(t, coach.email);
    const res = await t.gql(
      ROLE,
      { input: { staffMemberId: coach.staffId, role: 'VIEWER' } },
      tenant.ownerToken,
    );
    expect(res.data.changeStaffRole).toEqual({
      staffMember: { id: coach.staffId, role: 'VIEWER', active: true },
      userErrors: [],
    });
    // The token still says COACH: refused, and a refresh brings the new role.
    const stale = await t.gql(VIEWER, {}, coach.token);
    expect(stale.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const refreshed = await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(refreshed.data.refreshSession.session.role).toBe('VIEWER');
    const fresh = await t.gql(VIEWER, {}, refreshed.data.refreshSession.session.accessToken);
    expect(fresh.data.viewer.role).toBe('VIEWER');
  });

  it('deactivates a colleague: every sign-in ends now, and reactivation lets them back', async () => {
    const coach = await memberToken(t, tenant, 'coach');
    const session = await login(t, coach.email);
    const res = await t.gql(
      DEACTIVATE,
      { input: { staffMemberId: coach.staffId } },
      tenant.ownerToken,
    );
    expect(res.data.deactivateStaffMember.staffMember.active).toBe(false);
    expect((await t.gql(VIEWER, {}, coach.token)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const refreshed = await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(refreshed.data?.refreshSession?.session ?? null).toBeNull();
    await expect(login(t, coach.email)).rejects.toThrow(/login failed/);

    const back = await t.gql(
      REACTIVATE,
      { input: { staffMemberId: coach.staffId } },
      tenant.ownerToken,
    );
    expect(back.data.reactivateStaffMember.staffMember.active).toBe(true);
    const again = await login(t, coach.email);
    expect((await t.gql(VIEWER, {}, again.accessToken)).data.viewer.role).toBe('COACH');
  });

  it('ends a signed-out session’s access token too', async () => {
    const coach = await memberToken(t, tenant, 'coach');
    const session = await login(t, coach.email);
    await t.gql(`mutation($input: RefreshSessionInput!) { logout(input: $input) { ok } }`, {
      input: { refreshToken: session.refreshToken },
    });
    expect((await t.gql(VIEWER, {}, session.accessToken)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    // Another sign-in of the same person is untouched.
    expect((await t.gql(VIEWER, {}, coach.token)).data.viewer.role).toBe('COACH');
  });

  it('lets only an owner touch an owner, keeps one active owner, and refuses changing oneself', async () => {
    const admin = await memberToken(t, tenant, 'admin');
    const owner2 = await memberToken(t, tenant, 'owner');
    const coach = await memberToken(t, tenant, 'coach');

    const promote = await t.gql(
      ROLE,
      { input: { staffMemberId: coach.staffId, role: 'OWNER' } },
      admin.token,
    );
    expect(promote.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const demote = await t.gql(
      ROLE,
      { input: { staffMemberId: owner2.staffId, role: 'COACH' } },
      admin.token,
    );
    expect(demote.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const self = await t.gql(DEACTIVATE, { input: { staffMemberId: admin.staffId } }, admin.token);
    expect(self.data.deactivateStaffMember.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'staffMemberId'],
    });

    const seeker = await t.gql(
      ROLE,
      { input: { staffMemberId: coach.staffId, role: 'SEEKER' } },
      tenant.ownerToken,
    );
    expect(seeker.data.changeStaffRole.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'role'],
    });

    // An owner demotes another owner; the first owner remains, so this is allowed.
    const ok = await t.gql(
      ROLE,
      { input: { staffMemberId: owner2.staffId, role: 'ADMIN' } },
      tenant.ownerToken,
    );
    expect(ok.data.changeStaffRole.staffMember.role).toBe('ADMIN');
  });

  it('keeps an active owner when two owners deactivate each other at once', async () => {
    const org = await newTenant(t);
    const a = await memberToken(t, org, 'owner');
    const b = await memberToken(t, org, 'owner');
    // The tenant's first owner steps aside, leaving a and b as the only active owners.
    await t.gql(DEACTIVATE, { input: { staffMemberId: await idOf(org.ownerToken) } }, a.token);
    const [ab, ba] = await Promise.all([
      t.gql(DEACTIVATE, { input: { staffMemberId: b.staffId } }, a.token),
      t.gql(DEACTIVATE, { input: { staffMemberId: a.staffId } }, b.token),
    ]);
    const outcomes = [ab, ba].map(
      (r) =>
        r.errors?.[0]?.extensions.code ??
        r.data.deactivateStaffMember.userErrors[0]?.code ??
        'DONE',
    );
    // One wins; the other meets the last-owner rule or, arriving later, a token that no longer works.
    expect(outcomes.filter((o) => o === 'DONE')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'DONE')[0]).toMatch(/^(CONFLICT|UNAUTHENTICATED)$/);
    const staff = await t.gql(
      `{ staffMembers(first: 10, roles: [OWNER]) { nodes { active } } }`,
      {},
      outcomes[0] === 'DONE' ? a.token : b.token,
    );
    expect(staff.data.staffMembers.nodes.filter((n: { active: boolean }) => n.active)).toHaveLength(
      1,
    );
  });

  it('answers NOT_FOUND for another organization’s member and FORBIDDEN to a coach', async () => {
    const other = await newTenant(t);
    const foreign = await memberToken(t, other, 'coach');
    const res = await t.gql(
      DEACTIVATE,
      { input: { staffMemberId: foreign.staffId } },
      tenant.ownerToken,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const coachTry = await memberToken(t, tenant, 'coach');
    const denied = await t.gql(
      DEACTIVATE,
      { input: { staffMemberId: coachTry.staffId } },
      coachTry.token,
    );
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
