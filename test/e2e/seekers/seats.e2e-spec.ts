import { startTestApp, type TestApp } from '../../helpers/app.js';
import { type TestTenant, memberToken, newSeeker, newTenant } from '../../helpers/factories.js';
import {
  ACTIVATE,
  ARCHIVE,
  ASSIGN,
  SEAT_USAGE,
  SEEKER,
  activate,
  dbRows,
  errorCode,
  seekerToken,
  uuidOf,
} from './seekers-api.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const seatUsage = async (token: string) => {
  const res = await t.gql(SEAT_USAGE, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data.seatUsage;
};

const activeInDb = async (tenant: TestTenant): Promise<number> => {
  const [row] = await dbRows<{ n: number }>(
    t,
    `select count(*)::int as n from seekers where tenant_id = $1 and status = 'active'`,
    [tenant.tenantId],
  );
  return row.n;
};

/** Moves the licence term so that it ended `daysAgo` days before today (UTC). */
const endTerm = (tenant: TestTenant, daysAgo: number) =>
  dbRows(
    t,
    `update licenses set term_start = (now() at time zone 'utc')::date - 60,
       term_end = (now() at time zone 'utc')::date - $2::int where tenant_id = $1`,
    [tenant.tenantId, daysAgo],
  );

describe('seat usage', () => {
  it('counts a seat on activation and gives it back on archive, overall and per coach', async () => {
    const tenant = await newTenant(t, { seats: 3 });
    const coach = await memberToken(t, tenant, 'coach');
    const coached = await newSeeker(t, coach.token);
    const uncoached = await newSeeker(t, tenant.ownerToken);

    expect(await seatUsage(tenant.ownerToken)).toMatchObject({
      seatLimit: 3,
      used: 0,
      free: 3,
      unassignedActiveSeekers: 0,
      byCoach: [{ coach: { id: coach.staffId }, activeSeekers: 0 }],
    });

    await activate(t, coach.token, coached.id);
    expect(await seatUsage(tenant.ownerToken)).toMatchObject({
      used: 1,
      free: 2,
      unassignedActiveSeekers: 0,
      byCoach: [{ coach: { id: coach.staffId }, activeSeekers: 1 }],
    });

    await activate(t, tenant.ownerToken, uncoached.id);
    expect(await seatUsage(tenant.ownerToken)).toMatchObject({
      used: 2,
      free: 1,
      unassignedActiveSeekers: 1,
    });

    const archived = await t.gql(ARCHIVE, { id: coached.id }, coach.token);
    expect(archived.data.archiveSeeker.seeker.status).toBe('ARCHIVED');
    expect(await seatUsage(tenant.ownerToken)).toMatchObject({
      used: 1,
      free: 2,
      unassignedActiveSeekers: 1,
      byCoach: [{ coach: { id: coach.staffId }, activeSeekers: 0 }],
    });
  });

  it('counts a seeker with two coaches for each of them, and only once overall', async () => {
    const tenant = await newTenant(t, { seats: 5 });
    const a = await memberToken(t, tenant, 'coach');
    const b = await memberToken(t, tenant, 'coach');
    const shared = await newSeeker(t, a.token);
    await t.gql(ASSIGN, { seekerId: shared.id, staffMemberId: b.staffId }, tenant.ownerToken);
    await activate(t, tenant.ownerToken, shared.id);

    const usage = await seatUsage(tenant.ownerToken);

    expect(usage).toMatchObject({ used: 1, free: 4, unassignedActiveSeekers: 0 });
    expect(usage.byCoach).toHaveLength(2);
    expect(usage.byCoach).toEqual(
      expect.arrayContaining([
        { coach: { id: a.staffId }, activeSeekers: 1 },
        { coach: { id: b.staffId }, activeSeekers: 1 },
      ]),
    );
  });

  it('is staff-only: a seeker asking for it is refused', async () => {
    const tenant = await newTenant(t);
    const viewer = await memberToken(t, tenant, 'viewer');
    expect((await seatUsage(viewer.token)).seatLimit).toBe(50);
    const me = await newSeeker(t, tenant.ownerToken);
    const token = await seekerToken(t, tenant, me);
    expect(errorCode(await t.gql(SEAT_USAGE, {}, token))).toBe('FORBIDDEN');
  });
});

describe('activateSeeker at the seat limit', () => {
  it('refuses with SEAT_LIMIT_REACHED when every seat is taken, and changes nothing', async () => {
    const tenant = await newTenant(t, { seats: 1 });
    const first = await newSeeker(t, tenant.ownerToken);
    const second = await newSeeker(t, tenant.ownerToken);
    await activate(t, tenant.ownerToken, first.id);

    const res = await t.gql(ACTIVATE, { id: second.id }, tenant.ownerToken);

    expect(res.errors).toBeUndefined();
    expect(res.data.activateSeeker.seeker).toBeNull();
    expect(res.data.activateSeeker.userErrors).toEqual([
      {
        field: null,
        code: 'SEAT_LIMIT_REACHED',
        message: expect.stringContaining('1 seats are in use') as string,
      },
    ]);
    const [row] = await dbRows(t, `select status, activated_at from seekers where id = $1`, [
      uuidOf(second.id),
    ]);
    expect(row).toEqual({ status: 'invited', activated_at: null });
    expect(await seatUsage(tenant.ownerToken)).toMatchObject({ used: 1, free: 0 });
  });

  it('admits exactly as many of 50 simultaneous activations as there are free seats', async () => {
    const tenant = await newTenant(t, { seats: 10 });
    const seekers: { id: string }[] = [];
    for (let i = 0; i < 50; i++) seekers.push(await newSeeker(t, tenant.ownerToken));

    const results = await Promise.all(
      seekers.map((s) => t.gql(ACTIVATE, { id: s.id }, tenant.ownerToken)),
    );

    expect(results.filter((r) => r.errors)).toEqual([]);
    const activated = results.filter((r) => r.data.activateSeeker.seeker?.status === 'ACTIVE');
    const refused = results.filter(
      (r) => r.data.activateSeeker.userErrors[0]?.code === 'SEAT_LIMIT_REACHED',
    );
    expect(activated).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(await activeInDb(tenant)).toBe(10);
    expect(await seatUsage(tenant.ownerToken)).toMatchObject({ used: 10, free: 0 });
  });

  it('treats activating the same seeker again, even at the same moment, as one seat', async () => {
    const tenant = await newTenant(t, { seats: 1 });
    const seeker = await newSeeker(t, tenant.ownerToken);

    const together = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(ACTIVATE, { id: seeker.id }, tenant.ownerToken)),
    );
    const later = await t.gql(ACTIVATE, { id: seeker.id }, tenant.ownerToken);

    const activatedAt = later.data.activateSeeker.seeker.activatedAt as string;
    for (const res of [...together, later]) {
      expect(res.data.activateSeeker).toEqual({
        seeker: { id: seeker.id, status: 'ACTIVE', activatedAt },
        userErrors: [],
      });
    }
    expect(await activeInDb(tenant)).toBe(1);
    expect(await seatUsage(tenant.ownerToken)).toMatchObject({ used: 1, free: 0 });
  });

  it('frees a seat on archive so another seeker can be activated', async () => {
    const tenant = await newTenant(t, { seats: 1 });
    const leaving = await newSeeker(t, tenant.ownerToken);
    const joining = await newSeeker(t, tenant.ownerToken);
    await activate(t, tenant.ownerToken, leaving.id);
    const blocked = await t.gql(ACTIVATE, { id: joining.id }, tenant.ownerToken);
    expect(blocked.data.activateSeeker.userErrors[0].code).toBe('SEAT_LIMIT_REACHED');

    await t.gql(ARCHIVE, { id: leaving.id }, tenant.ownerToken);
    const admitted = await t.gql(ACTIVATE, { id: joining.id }, tenant.ownerToken);

    expect(admitted.data.activateSeeker.seeker.status).toBe('ACTIVE');
    expect(await activeInDb(tenant)).toBe(1);
  });
});

describe('activateSeeker and the licence term', () => {
  it('refuses with INVALID_STATE once the term has ended, and leaves the seeker invited', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    await endTerm(tenant, 1);

    const res = await t.gql(ACTIVATE, { id: seeker.id }, tenant.ownerToken);

    expect(res.data.activateSeeker.seeker).toBeNull();
    expect(res.data.activateSeeker.userErrors).toEqual([
      {
        field: null,
        code: 'INVALID_STATE',
        message: expect.stringMatching(/licence term ended on \d{4}-\d{2}-\d{2}/) as string,
      },
    ]);
    const reread = await t.gql(SEEKER, { id: seeker.id }, tenant.ownerToken);
    expect(reread.data.seeker.status).toBe('INVITED');
    expect(await activeInDb(tenant)).toBe(0);
  });

  it('still admits activations on the last day of the term', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    await endTerm(tenant, 0);

    const res = await t.gql(ACTIVATE, { id: seeker.id }, tenant.ownerToken);

    expect(res.data.activateSeeker).toMatchObject({ seeker: { status: 'ACTIVE' }, userErrors: [] });
  });
});
