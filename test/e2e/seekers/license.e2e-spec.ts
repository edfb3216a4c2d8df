import { startTestApp, type TestApp } from '../../helpers/app.js';
import { memberToken, newSeeker, newTenant } from '../../helpers/factories.js';
import {
  ACTIVATE,
  SEAT_USAGE,
  USER_ERRORS,
  activate,
  errorCode,
  seekerToken,
} from './seekers-api.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const UPDATE_LICENSE = `mutation($input: UpdateLicenseInput!) { updateLicense(input: $input) { license { plan seatLimit termStart termEnd } ${USER_ERRORS} } }`;
const TENANT = `{ tenant { slug license { plan seatLimit termStart termEnd } } }`;

const terms = (seatLimit: number, over: Record<string, unknown> = {}) => ({
  plan: 'Campus Plus',
  seatLimit,
  termStart: '2026-01-01',
  termEnd: '2031-06-30',
  ...over,
});

const licenseOf = async (token: string) => (await t.gql(TENANT, {}, token)).data.tenant.license;

describe('tenant.license', () => {
  it('shows the licence to staff and hides it from a seeker', async () => {
    const tenant = await newTenant(t, { seats: 7 });
    const coach = await memberToken(t, tenant, 'coach');
    const seeker = await newSeeker(t, tenant.ownerToken);
    const mine = await seekerToken(t, tenant, seeker);

    const expected = {
      plan: 'campus',
      seatLimit: 7,
      termStart: '2026-01-01',
      termEnd: '2030-12-31',
    };
    expect(await licenseOf(tenant.ownerToken)).toEqual(expected);
    expect(await licenseOf(coach.token)).toEqual(expected);
    const asSeeker = await t.gql(TENANT, {}, mine);
    expect(asSeeker.data.tenant).toEqual({ slug: tenant.slug, license: null });
  });
});

describe('updateLicense', () => {
  it('lets the owner change plan, seats and term, and seat usage follows', async () => {
    const tenant = await newTenant(t, { seats: 5 });

    const res = await t.gql(UPDATE_LICENSE, { input: terms(12) }, tenant.ownerToken);

    expect(res.data.updateLicense).toEqual({
      license: {
        plan: 'Campus Plus',
        seatLimit: 12,
        termStart: '2026-01-01',
        termEnd: '2031-06-30',
      },
      userErrors: [],
    });
    expect(await licenseOf(tenant.ownerToken)).toEqual(res.data.updateLicense.license);
    const usage = (await t.gql(SEAT_USAGE, {}, tenant.ownerToken)).data.seatUsage;
    expect(usage).toMatchObject({
      plan: 'Campus Plus',
      seatLimit: 12,
      free: 12,
      termEnd: '2031-06-30',
    });
  });

  it('lets a raised seat limit admit a seeker who was refused a seat', async () => {
    const tenant = await newTenant(t, { seats: 1 });
    const first = await newSeeker(t, tenant.ownerToken);
    const second = await newSeeker(t, tenant.ownerToken);
    await activate(t, tenant.ownerToken, first.id);
    const refused = await t.gql(ACTIVATE, { id: second.id }, tenant.ownerToken);
    expect(refused.data.activateSeeker.userErrors[0].code).toBe('SEAT_LIMIT_REACHED');

    await t.gql(UPDATE_LICENSE, { input: terms(2) }, tenant.ownerToken);
    const admitted = await t.gql(ACTIVATE, { id: second.id }, tenant.ownerToken);

    expect(admitted.data.activateSeeker.seeker.status).toBe('ACTIVE');
  });

  it('refuses to lower the seat limit below the seats in use, and keeps the licence', async () => {
    const tenant = await newTenant(t, { seats: 5 });
    for (let i = 0; i < 2; i++) {
      await activate(t, tenant.ownerToken, (await newSeeker(t, tenant.ownerToken)).id);
    }
    const before = await licenseOf(tenant.ownerToken);

    const tooLow = await t.gql(UPDATE_LICENSE, { input: terms(1) }, tenant.ownerToken);

    expect(tooLow.data.updateLicense.license).toBeNull();
    expect(tooLow.data.updateLicense.userErrors).toEqual([
      {
        field: ['input', 'seatLimit'],
        code: 'INVALID_STATE',
        message: '2 seekers are active; archive 1 before lowering the seat limit to 1.',
      },
    ]);
    expect(await licenseOf(tenant.ownerToken)).toEqual(before);

    const exact = await t.gql(UPDATE_LICENSE, { input: terms(2) }, tenant.ownerToken);
    expect(exact.data.updateLicense.license.seatLimit).toBe(2);
  });

  it('refuses an admin, a coach and a seeker, and keeps the licence', async () => {
    const tenant = await newTenant(t, { seats: 5 });
    const admin = await memberToken(t, tenant, 'admin');
    const coach = await memberToken(t, tenant, 'coach');
    const seekerTok = await seekerToken(t, tenant, await newSeeker(t, tenant.ownerToken));
    const before = await licenseOf(tenant.ownerToken);

    for (const token of [admin.token, coach.token, seekerTok]) {
      const res = await t.gql(UPDATE_LICENSE, { input: terms(500) }, token);
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(await licenseOf(tenant.ownerToken)).toEqual(before);
  });

  it('rejects a term that ends before it starts, naming the field', async () => {
    const tenant = await newTenant(t);
    const before = await licenseOf(tenant.ownerToken);

    const res = await t.gql(
      UPDATE_LICENSE,
      { input: terms(10, { termStart: '2027-01-01', termEnd: '2026-12-31' }) },
      tenant.ownerToken,
    );

    expect(res.data.updateLicense.userErrors).toEqual([
      {
        field: ['input', 'termEnd'],
        code: 'BAD_USER_INPUT',
        message: 'The term must end after it starts.',
      },
    ]);
    expect(await licenseOf(tenant.ownerToken)).toEqual(before);
  });

  it('changes only the caller’s own workspace', async () => {
    const home = await newTenant(t, { seats: 4 });
    const other = await newTenant(t, { seats: 4 });
    const before = await licenseOf(home.ownerToken);

    const res = await t.gql(UPDATE_LICENSE, { input: terms(99) }, other.ownerToken);

    expect(res.data.updateLicense.license.seatLimit).toBe(99);
    expect(await licenseOf(home.ownerToken)).toEqual(before);
  });
});
