import { startTestApp, type TestApp } from '../../helpers/app.js';
import { type TestTenant, memberToken, newSeeker, newTenant } from '../../helpers/factories.js';
import {
  CREATE,
  LINK_X,
  RECORD_CONSENT,
  REVOKE_CONSENT,
  SEEKER,
  UPDATE,
  dbRows,
  seekerToken,
  suffix,
  uuidOf,
} from './seekers-api.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CONSENTS = `query($id: ID!) { seeker(id: $id) { consents { id kind source active revokedAt revokeSource } } }`;

const seekerCount = async (tenant: TestTenant): Promise<number> => {
  const [row] = await dbRows<{ n: number }>(
    t,
    `select count(*)::int as n from seekers where tenant_id = $1`,
    [tenant.tenantId],
  );
  return row.n;
};

const storedHandle = async (seekerId: string): Promise<string | null> => {
  const [row] = await dbRows<{ x_handle: string | null }>(
    t,
    `select x_handle from seekers where id = $1`,
    [uuidOf(seekerId)],
  );
  return row.x_handle;
};

const grant = async (token: string, seekerId: string, kind = 'LINK_X_HANDLE') => {
  const res = await t.gql(RECORD_CONSENT, { seekerId, kind }, token);
  const consent = res.data?.recordConsent?.consent;
  if (!consent) throw new Error(`recordConsent failed: ${JSON.stringify(res.body)}`);
  return consent as { id: string; kind: string; source: string; active: boolean };
};

describe('createSeeker', () => {
  it('stores a new invited seeker with a normalized profile', async () => {
    const tenant = await newTenant(t);
    const email = `Ada.Lovelace-${suffix()}@Example.TEST`;

    const res = await t.gql(
      CREATE,
      {
        input: {
          name: '  Ada   Lovelace ',
          email: ` ${email} `,
          careerStage: 'EARLY_CAREER',
          targetRoles: ['Data Analyst', 'data analyst ', 'BI Developer'],
        },
      },
      tenant.ownerToken,
    );

    expect(res.data.createSeeker).toMatchObject({
      seeker: {
        name: 'Ada Lovelace',
        email: email.toLowerCase(),
        status: 'INVITED',
        careerStage: 'EARLY_CAREER',
        targetRoles: ['Data Analyst', 'BI Developer'],
        xHandle: null,
        activatedAt: null,
      },
      userErrors: [],
    });
    expect(res.data.createSeeker.seeker.id).toMatch(/^skr_/);
  });

  it('reports a malformed email on the email field and stores nothing', async () => {
    const tenant = await newTenant(t);

    const res = await t.gql(
      CREATE,
      { input: { name: 'No Email', email: 'not-an-email' } },
      tenant.ownerToken,
    );

    expect(res.data.createSeeker.seeker).toBeNull();
    expect(res.data.createSeeker.userErrors).toEqual([
      {
        field: ['input', 'email'],
        code: 'BAD_USER_INPUT',
        message: 'Enter an email address such as name@example.com.',
      },
    ]);
    expect(await seekerCount(tenant)).toBe(0);
  });

  it('refuses an email already on the roster, whatever its case, with CONFLICT', async () => {
    const tenant = await newTenant(t);
    const first = await newSeeker(t, tenant.ownerToken);

    const res = await t.gql(
      CREATE,
      { input: { name: 'Twin', email: first.email.toUpperCase() } },
      tenant.ownerToken,
    );

    expect(res.data.createSeeker).toEqual({
      seeker: null,
      userErrors: [
        {
          field: ['input', 'email'],
          code: 'CONFLICT',
          message: 'A seeker with that email already exists.',
        },
      ],
    });
    expect(await seekerCount(tenant)).toBe(1);
  });

  it('accepts 20 target roles and refuses 21', async () => {
    const tenant = await newTenant(t);
    const roles = (n: number) => Array.from({ length: n }, (_, i) => `Role ${i + 1}`);

    const twenty = await t.gql(
      CREATE,
      { input: { name: 'Twenty', email: `twenty-${suffix()}@x.test`, targetRoles: roles(20) } },
      tenant.ownerToken,
    );
    const tooMany = await t.gql(
      CREATE,
      { input: { name: 'Many', email: `many-${suffix()}@x.test`, targetRoles: roles(21) } },
      tenant.ownerToken,
    );

    expect(twenty.data.createSeeker.seeker.targetRoles).toHaveLength(20);
    expect(tooMany.data.createSeeker.seeker).toBeNull();
    expect(tooMany.data.createSeeker.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'targetRoles'], code: 'BAD_USER_INPUT' }),
    ]);
    expect(await seekerCount(tenant)).toBe(1);
  });
});

describe('updateSeeker', () => {
  it('changes only the fields given, and a null headline clears it', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken, { headline: 'Aspiring analyst' });

    const renamed = await t.gql(
      UPDATE,
      { input: { seekerId: seeker.id, name: 'Grace Hopper', careerStage: 'MID_CAREER' } },
      tenant.ownerToken,
    );
    expect(renamed.data.updateSeeker.seeker).toMatchObject({
      name: 'Grace Hopper',
      careerStage: 'MID_CAREER',
      headline: 'Aspiring analyst',
      email: seeker.email,
    });

    const cleared = await t.gql(
      UPDATE,
      { input: { seekerId: seeker.id, headline: null } },
      tenant.ownerToken,
    );
    expect(cleared.data.updateSeeker.seeker).toMatchObject({
      name: 'Grace Hopper',
      headline: null,
    });
  });

  it('refuses taking another seeker’s email with CONFLICT', async () => {
    const tenant = await newTenant(t);
    const a = await newSeeker(t, tenant.ownerToken);
    const b = await newSeeker(t, tenant.ownerToken);

    const res = await t.gql(
      UPDATE,
      { input: { seekerId: b.id, email: a.email } },
      tenant.ownerToken,
    );

    expect(res.data.updateSeeker.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'email'], code: 'CONFLICT' }),
    ]);
    expect((await t.gql(SEEKER, { id: b.id }, tenant.ownerToken)).data.seeker.email).toBe(b.email);
  });
});

describe('linkXHandle', () => {
  it('reports a malformed handle on the handle field', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    await grant(tenant.ownerToken, seeker.id);

    for (const handle of ['not a handle!', 'sixteen_chars_xx', '@', '']) {
      const res = await t.gql(LINK_X, { seekerId: seeker.id, handle }, tenant.ownerToken);
      expect(res.data.linkXHandle).toEqual({
        seeker: null,
        userErrors: [
          expect.objectContaining({ field: ['input', 'handle'], code: 'BAD_USER_INPUT' }),
        ],
      });
    }
    expect(await storedHandle(seeker.id)).toBeNull();
  });

  it('refuses to link without the seeker’s LINK_X_HANDLE consent', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    await grant(tenant.ownerToken, seeker.id, 'READ_X_DATA');

    const res = await t.gql(
      LINK_X,
      { seekerId: seeker.id, handle: 'ada_codes' },
      tenant.ownerToken,
    );

    expect(res.data.linkXHandle).toEqual({
      seeker: null,
      userErrors: [
        {
          field: null,
          code: 'INVALID_STATE',
          message: "Record the seeker's consent to link an X handle first.",
        },
      ],
    });
    expect(await storedHandle(seeker.id)).toBeNull();
  });

  it('stores the handle without the @ once consent is recorded', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const seeker = await newSeeker(t, coach.token);
    await grant(coach.token, seeker.id);

    const res = await t.gql(LINK_X, { seekerId: seeker.id, handle: ' @Ada_Codes ' }, coach.token);

    expect(res.data.linkXHandle).toEqual({
      seeker: { id: seeker.id, xHandle: 'Ada_Codes' },
      userErrors: [],
    });
    expect(await storedHandle(seeker.id)).toBe('Ada_Codes');
  });

  it('refuses a handle already linked to another seeker, whatever its case', async () => {
    const tenant = await newTenant(t);
    const a = await newSeeker(t, tenant.ownerToken);
    const b = await newSeeker(t, tenant.ownerToken);
    await grant(tenant.ownerToken, a.id);
    await grant(tenant.ownerToken, b.id);
    await t.gql(LINK_X, { seekerId: a.id, handle: 'shared_name' }, tenant.ownerToken);

    const res = await t.gql(LINK_X, { seekerId: b.id, handle: '@SHARED_NAME' }, tenant.ownerToken);

    expect(res.data.linkXHandle.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'handle'], code: 'CONFLICT' }),
    ]);
    expect(await storedHandle(b.id)).toBeNull();
  });

  it('unlinks the handle when the LINK_X_HANDLE consent is revoked', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    const consent = await grant(tenant.ownerToken, seeker.id);
    await t.gql(LINK_X, { seekerId: seeker.id, handle: 'soon_gone' }, tenant.ownerToken);
    expect(await storedHandle(seeker.id)).toBe('soon_gone');

    const res = await t.gql(REVOKE_CONSENT, { consentId: consent.id }, tenant.ownerToken);

    expect(res.data.revokeConsent.consent).toMatchObject({ id: consent.id, active: false });
    expect(
      (await t.gql(SEEKER, { id: seeker.id }, tenant.ownerToken)).data.seeker.xHandle,
    ).toBeNull();
    expect(await storedHandle(seeker.id)).toBeNull();
  });

  it('keeps the handle when a different consent is revoked', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    await grant(tenant.ownerToken, seeker.id);
    const readData = await grant(tenant.ownerToken, seeker.id, 'READ_X_DATA');
    await t.gql(LINK_X, { seekerId: seeker.id, handle: 'stays_put' }, tenant.ownerToken);

    await t.gql(REVOKE_CONSENT, { consentId: readData.id }, tenant.ownerToken);

    expect(await storedHandle(seeker.id)).toBe('stays_put');
  });
});

describe('consents', () => {
  it('keeps history: a new grant of the same kind revokes the standing one', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    const first = await grant(tenant.ownerToken, seeker.id);
    const second = await grant(tenant.ownerToken, seeker.id);

    const res = await t.gql(CONSENTS, { id: seeker.id }, tenant.ownerToken);

    // Newest first: the standing grant, then the one it replaced.
    expect(res.data.seeker.consents).toEqual([
      {
        id: second.id,
        kind: 'LINK_X_HANDLE',
        source: 'COACH_ON_BEHALF',
        active: true,
        revokedAt: null,
        revokeSource: null,
      },
      {
        id: first.id,
        kind: 'LINK_X_HANDLE',
        source: 'COACH_ON_BEHALF',
        active: false,
        revokedAt: expect.any(String) as string,
        revokeSource: 'COACH_ON_BEHALF',
      },
    ]);
  });

  it('leaves exactly one standing grant when the same consent is recorded several times at once', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);

    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.gql(RECORD_CONSENT, { seekerId: seeker.id, kind: 'READ_X_DATA' }, tenant.ownerToken),
      ),
    );

    for (const res of results) expect(res.data.recordConsent.userErrors).toEqual([]);
    const res = await t.gql(CONSENTS, { id: seeker.id }, tenant.ownerToken);
    const consents = res.data.seeker.consents as { active: boolean }[];
    expect(consents).toHaveLength(5);
    expect(consents.map((c) => c.active)).toEqual([true, false, false, false, false]);
  });

  it('shows a revoked grant followed by a new active one after revoke and re-grant', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    const old = await grant(tenant.ownerToken, seeker.id, 'POST_APPROVED_DRAFTS');
    await t.gql(REVOKE_CONSENT, { consentId: old.id }, tenant.ownerToken);
    const renewed = await grant(tenant.ownerToken, seeker.id, 'POST_APPROVED_DRAFTS');

    const res = await t.gql(CONSENTS, { id: seeker.id }, tenant.ownerToken);

    expect(
      res.data.seeker.consents.map((c: { id: string; active: boolean }) => [c.id, c.active]),
    ).toEqual([
      [renewed.id, true],
      [old.id, false],
    ]);
  });

  it('records SEEKER as the source when the seeker grants, COACH_ON_BEHALF when a coach does', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const seeker = await newSeeker(t, coach.token);
    const self = await seekerToken(t, tenant, seeker);

    const bySeeker = await grant(self, seeker.id, 'READ_X_DATA');
    const byCoach = await grant(coach.token, seeker.id, 'COACH_VISIBILITY');

    expect(bySeeker).toMatchObject({ kind: 'READ_X_DATA', source: 'SEEKER', active: true });
    expect(byCoach).toMatchObject({
      kind: 'COACH_VISIBILITY',
      source: 'COACH_ON_BEHALF',
      active: true,
    });
    const [row] = await dbRows(t, `select recorded_by from consents where id = $1`, [
      uuidOf(bySeeker.id),
    ]);
    expect(row.recorded_by).not.toBeNull();
  });

  it('lets the seeker revoke their own consent, recorded as revoked by the seeker', async () => {
    const tenant = await newTenant(t);
    const seeker = await newSeeker(t, tenant.ownerToken);
    const consent = await grant(tenant.ownerToken, seeker.id, 'READ_X_DATA');
    const self = await seekerToken(t, tenant, seeker);

    const res = await t.gql(REVOKE_CONSENT, { consentId: consent.id }, self);

    expect(res.data.revokeConsent).toMatchObject({
      consent: { id: consent.id, active: false, revokeSource: 'SEEKER' },
      userErrors: [],
    });
  });

  it('does not let a seeker grant or revoke consent for another seeker', async () => {
    const tenant = await newTenant(t);
    const me = await newSeeker(t, tenant.ownerToken);
    const other = await newSeeker(t, tenant.ownerToken);
    const theirs = await grant(tenant.ownerToken, other.id, 'READ_X_DATA');
    const self = await seekerToken(t, tenant, me);

    const granted = await t.gql(RECORD_CONSENT, { seekerId: other.id, kind: 'READ_X_DATA' }, self);
    const revoked = await t.gql(REVOKE_CONSENT, { consentId: theirs.id }, self);

    expect(granted.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(revoked.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const res = await t.gql(CONSENTS, { id: other.id }, tenant.ownerToken);
    expect(res.data.seeker.consents).toEqual([
      expect.objectContaining({ id: theirs.id, active: true }),
    ]);
  });
});
