import { startTestApp, type TestApp } from '../../helpers/app.js';
import { memberToken, newSeeker, newTenant } from '../../helpers/factories.js';
import { ASSIGN, SEEKER, SEEKER_PAGE, UNASSIGN, dbRows, errorCode, uuidOf } from './seekers-api.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const assignments = (seekerId: string) =>
  dbRows(t, `select membership_id from seeker_coaches where seeker_id = $1`, [uuidOf(seekerId)]);

const sees = async (token: string, seekerId: string): Promise<boolean> => {
  const one = await t.gql(SEEKER, { id: seekerId }, token);
  const list = await t.gql(SEEKER_PAGE, { first: 100 }, token);
  const listed = list.data.seekers.edges.some(
    (e: { node: { id: string } }) => e.node.id === seekerId,
  );
  // The single read and the list must agree.
  expect(listed).toBe(one.errors === undefined);
  if (one.errors) expect(errorCode(one)).toBe('NOT_FOUND');
  return listed;
};

describe('assignCoach and unassignCoach', () => {
  it('makes the seeker visible to the coach an admin assigns, and hides it again on unassign', async () => {
    const tenant = await newTenant(t);
    const admin = await memberToken(t, tenant, 'admin');
    const coach = await memberToken(t, tenant, 'coach');
    const seeker = await newSeeker(t, tenant.ownerToken);
    expect(await sees(coach.token, seeker.id)).toBe(false);

    const assigned = await t.gql(
      ASSIGN,
      { seekerId: seeker.id, staffMemberId: coach.staffId },
      admin.token,
    );
    expect(assigned.data.assignCoach).toEqual({
      seeker: { id: seeker.id, coaches: [{ id: coach.staffId }] },
      userErrors: [],
    });
    expect(await sees(coach.token, seeker.id)).toBe(true);

    const unassigned = await t.gql(
      UNASSIGN,
      { seekerId: seeker.id, staffMemberId: coach.staffId },
      admin.token,
    );
    expect(unassigned.data.unassignCoach).toEqual({
      seeker: { id: seeker.id, coaches: [] },
      userErrors: [],
    });
    expect(await sees(coach.token, seeker.id)).toBe(false);
  });

  it('keeps one assignment when the same coach is assigned twice', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const seeker = await newSeeker(t, tenant.ownerToken);
    const vars = { seekerId: seeker.id, staffMemberId: coach.staffId };

    await t.gql(ASSIGN, vars, tenant.ownerToken);
    const again = await t.gql(ASSIGN, vars, tenant.ownerToken);

    expect(again.data.assignCoach.seeker.coaches).toEqual([{ id: coach.staffId }]);
    expect(await assignments(seeker.id)).toHaveLength(1);
  });

  it('refuses a viewer as coach, naming the staffMemberId field', async () => {
    const tenant = await newTenant(t);
    const viewer = await memberToken(t, tenant, 'viewer');
    const seeker = await newSeeker(t, tenant.ownerToken);

    const res = await t.gql(
      ASSIGN,
      { seekerId: seeker.id, staffMemberId: viewer.staffId },
      tenant.ownerToken,
    );

    expect(res.data.assignCoach).toEqual({
      seeker: null,
      userErrors: [
        {
          field: ['input', 'staffMemberId'],
          code: 'BAD_USER_INPUT',
          message: 'That staff member cannot coach.',
        },
      ],
    });
    expect(await assignments(seeker.id)).toEqual([]);
  });

  it('refuses a coach who tries to assign or unassign, even themself', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const other = await newSeeker(t, tenant.ownerToken);
    const mine = await newSeeker(t, coach.token);

    const grab = await t.gql(
      ASSIGN,
      { seekerId: other.id, staffMemberId: coach.staffId },
      coach.token,
    );
    const drop = await t.gql(
      UNASSIGN,
      { seekerId: mine.id, staffMemberId: coach.staffId },
      coach.token,
    );

    expect(errorCode(grab)).toBe('FORBIDDEN');
    expect(errorCode(drop)).toBe('FORBIDDEN');
    expect(await assignments(other.id)).toEqual([]);
    expect(await assignments(mine.id)).toHaveLength(1);
  });

  it('answers NOT_FOUND for a staff member of another workspace', async () => {
    const tenant = await newTenant(t);
    const elsewhere = await newTenant(t);
    const foreignCoach = await memberToken(t, elsewhere, 'coach');
    const seeker = await newSeeker(t, tenant.ownerToken);

    const res = await t.gql(
      ASSIGN,
      { seekerId: seeker.id, staffMemberId: foreignCoach.staffId },
      tenant.ownerToken,
    );

    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(await assignments(seeker.id)).toEqual([]);
  });

  it('lets an owner who also coaches narrow the list to their own seekers with assignedToMe', async () => {
    const tenant = await newTenant(t);
    const owner = (await t.gql(`{ viewer { member { id } } }`, {}, tenant.ownerToken)).data.viewer
      .member.id as string;
    const coached = await newSeeker(t, tenant.ownerToken);
    await newSeeker(t, tenant.ownerToken);
    await t.gql(ASSIGN, { seekerId: coached.id, staffMemberId: owner }, tenant.ownerToken);

    const all = await t.gql(`{ seekers(first: 10) { nodes { id } } }`, {}, tenant.ownerToken);
    const mine = await t.gql(
      `{ seekers(first: 10, assignedToMe: true) { nodes { id } } }`,
      {},
      tenant.ownerToken,
    );

    expect(all.data.seekers.nodes).toHaveLength(2);
    expect(mine.data.seekers.nodes).toEqual([{ id: coached.id }]);
  });
});
