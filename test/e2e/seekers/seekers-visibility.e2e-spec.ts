import { v7 } from 'uuid';
import { toGlobalId } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { memberToken, newSeeker, newTenant } from '../../helpers/factories.js';
import {
  ACTIVATE,
  ADD_NOTE,
  ARCHIVE,
  ASSIGN,
  CREATE,
  LINK_X,
  RECORD_CONSENT,
  REVOKE_CONSENT,
  SEEKER,
  SEEKER_PAGE,
  UNASSIGN,
  UPDATE,
  dbRows,
  errorCode,
  seekerSnapshot,
  seekerToken,
  suffix,
  uuidOf,
} from './seekers-api.js';

let t: TestApp;

const INVITE_SEEKER = `mutation($id: ID!) { inviteSeeker(input: { seekerId: $id }) { invitationToken userErrors { code } } }`;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const listedIds = async (token: string): Promise<string[]> => {
  const res = await t.gql(SEEKER_PAGE, { first: 100 }, token);
  expect(res.errors).toBeUndefined();
  return res.data.seekers.edges.map((e: { node: { id: string } }) => e.node.id);
};

describe('what a coach sees', () => {
  it('lists only the seekers assigned to the coach', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    // A coach creating a seeker is assigned to them; the owner's seeker has no coach.
    const mine = await newSeeker(t, coach.token);
    await newSeeker(t, tenant.ownerToken);
    expect(await listedIds(coach.token)).toEqual([mine.id]);
  });

  it('answers seeker(id) of an unassigned seeker exactly as it answers an id that never existed', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const notMine = await newSeeker(t, tenant.ownerToken);

    const hidden = await t.gql(SEEKER, { id: notMine.id }, coach.token);
    const missing = await t.gql(SEEKER, { id: toGlobalId('Seeker', v7()) }, coach.token);

    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(hidden.data).toBeNull();
    expect(JSON.stringify(hidden.body)).not.toContain(notMine.email);
  });

  it('cannot change a seeker it is not assigned to', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const notMine = await newSeeker(t, tenant.ownerToken);
    const before = await seekerSnapshot(t, notMine.id);

    const update = await t.gql(
      UPDATE,
      { input: { seekerId: notMine.id, headline: 'Changed by a stranger' } },
      coach.token,
    );
    const activation = await t.gql(ACTIVATE, { id: notMine.id }, coach.token);

    expect(errorCode(update)).toBe('NOT_FOUND');
    expect(errorCode(activation)).toBe('NOT_FOUND');
    expect(await seekerSnapshot(t, notMine.id)).toEqual(before);
  });
});

describe('what owners, admins and viewers see', () => {
  it('shows every seeker of the workspace to an owner, an admin and a viewer', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const admin = await memberToken(t, tenant, 'admin');
    const viewer = await memberToken(t, tenant, 'viewer');
    const a = await newSeeker(t, tenant.ownerToken);
    const b = await newSeeker(t, coach.token);

    for (const token of [tenant.ownerToken, admin.token, viewer.token]) {
      expect(await listedIds(token)).toEqual([a.id, b.id]);
      const one = await t.gql(SEEKER, { id: b.id }, token);
      expect(one.data.seeker).toMatchObject({ id: b.id, email: b.email });
    }
  });

  it('refuses a viewer who tries to create or update a seeker, and stores nothing', async () => {
    const tenant = await newTenant(t);
    const viewer = await memberToken(t, tenant, 'viewer');
    const existing = await newSeeker(t, tenant.ownerToken);
    const before = await seekerSnapshot(t, existing.id);

    const created = await t.gql(
      CREATE,
      { input: { name: 'Not Allowed', email: `viewer-made-${suffix()}@x.test` } },
      viewer.token,
    );
    const updated = await t.gql(
      UPDATE,
      { input: { seekerId: existing.id, headline: 'Viewer edit' } },
      viewer.token,
    );

    expect(errorCode(created)).toBe('FORBIDDEN');
    expect(errorCode(updated)).toBe('FORBIDDEN');
    expect(await listedIds(tenant.ownerToken)).toEqual([existing.id]);
    expect(await seekerSnapshot(t, existing.id)).toEqual(before);
  });
});

describe('a seeker signed in as themself', () => {
  it('sees only their own record in seekers', async () => {
    const tenant = await newTenant(t);
    const me = await newSeeker(t, tenant.ownerToken);
    const other = await newSeeker(t, tenant.ownerToken);
    const token = await seekerToken(t, tenant, me);

    expect(await listedIds(token)).toEqual([me.id]);
    expect(errorCode(await t.gql(SEEKER, { id: other.id }, token))).toBe('NOT_FOUND');
  });

  it('updates their own headline, and nobody else’s', async () => {
    const tenant = await newTenant(t);
    const me = await newSeeker(t, tenant.ownerToken);
    const other = await newSeeker(t, tenant.ownerToken);
    const token = await seekerToken(t, tenant, me);
    const otherBefore = await seekerSnapshot(t, other.id);

    const own = await t.gql(
      UPDATE,
      { input: { seekerId: me.id, headline: 'Analyst looking for a first data role' } },
      token,
    );
    expect(own.data.updateSeeker).toMatchObject({
      seeker: { id: me.id, headline: 'Analyst looking for a first data role' },
      userErrors: [],
    });
    const reread = await t.gql(SEEKER, { id: me.id }, tenant.ownerToken);
    expect(reread.data.seeker.headline).toBe('Analyst looking for a first data role');

    const foreign = await t.gql(
      UPDATE,
      { input: { seekerId: other.id, headline: 'Edited by a peer' } },
      token,
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(await seekerSnapshot(t, other.id)).toEqual(otherBefore);
  });

  it('is refused the coach notes kept about them', async () => {
    const tenant = await newTenant(t);
    const me = await newSeeker(t, tenant.ownerToken);
    const added = await t.gql(
      ADD_NOTE,
      { seekerId: me.id, body: 'Private: needs interview practice' },
      tenant.ownerToken,
    );
    expect(added.data.addCoachNote.note.body).toBe('Private: needs interview practice');
    const token = await seekerToken(t, tenant, me);

    const latest = await t.gql(
      `query($id: ID!) { seeker(id: $id) { id latestNote { body } } }`,
      { id: me.id },
      token,
    );
    const notes = await t.gql(
      `query($id: ID!) { seeker(id: $id) { id notes(first: 5) { nodes { body } } } }`,
      { id: me.id },
      token,
    );

    expect(errorCode(latest)).toBe('FORBIDDEN');
    expect(errorCode(notes)).toBe('FORBIDDEN');
    expect(JSON.stringify([latest.body, notes.body])).not.toContain('interview practice');
  });

  it('cannot activate themself', async () => {
    const tenant = await newTenant(t);
    const me = await newSeeker(t, tenant.ownerToken);
    const token = await seekerToken(t, tenant, me);

    const res = await t.gql(ACTIVATE, { id: me.id }, token);

    expect(errorCode(res)).toBe('FORBIDDEN');
    const reread = await t.gql(SEEKER, { id: me.id }, tenant.ownerToken);
    expect(reread.data.seeker.status).toBe('INVITED');
  });
});

describe('another workspace', () => {
  it('gets NOT_FOUND from every seeker mutation given this workspace’s ids, and changes nothing', async () => {
    const home = await newTenant(t);
    const coach = await memberToken(t, home, 'coach');
    const seeker = await newSeeker(t, coach.token);
    await t.gql(ADD_NOTE, { seekerId: seeker.id, body: 'Home note' }, home.ownerToken);
    const consent = await t.gql(
      RECORD_CONSENT,
      { seekerId: seeker.id, kind: 'LINK_X_HANDLE' },
      home.ownerToken,
    );
    const consentId = consent.data.recordConsent.consent.id as string;
    const before = await seekerSnapshot(t, seeker.id);
    expect([before.coaches.length, before.notes.length, before.consents.length]).toEqual([1, 1, 1]);

    const intruder = await newTenant(t);
    const theirCoach = await memberToken(t, intruder, 'coach');
    const token = intruder.ownerToken;
    const attempts: [string, string, Record<string, unknown>][] = [
      ['updateSeeker', UPDATE, { input: { seekerId: seeker.id, headline: 'pwned' } }],
      ['activateSeeker', ACTIVATE, { id: seeker.id }],
      ['archiveSeeker', ARCHIVE, { id: seeker.id }],
      ['assignCoach', ASSIGN, { seekerId: seeker.id, staffMemberId: theirCoach.staffId }],
      ['assignCoach (home coach)', ASSIGN, { seekerId: seeker.id, staffMemberId: coach.staffId }],
      ['unassignCoach', UNASSIGN, { seekerId: seeker.id, staffMemberId: coach.staffId }],
      ['addCoachNote', ADD_NOTE, { seekerId: seeker.id, body: 'Foreign note' }],
      ['recordConsent', RECORD_CONSENT, { seekerId: seeker.id, kind: 'READ_X_DATA' }],
      ['revokeConsent', REVOKE_CONSENT, { consentId }],
      ['linkXHandle', LINK_X, { seekerId: seeker.id, handle: 'intruder' }],
      ['inviteSeeker', INVITE_SEEKER, { id: seeker.id }],
    ];

    const codes: Record<string, string | undefined> = {};
    for (const [name, op, vars] of attempts) codes[name] = errorCode(await t.gql(op, vars, token));

    expect(codes).toEqual(Object.fromEntries(attempts.map(([name]) => [name, 'NOT_FOUND'])));
    expect(errorCode(await t.gql(SEEKER, { id: seeker.id }, token))).toBe('NOT_FOUND');
    expect(await seekerSnapshot(t, seeker.id)).toEqual(before);
    const invitations = await dbRows(t, `select id from invitations where seeker_id = $1`, [
      uuidOf(seeker.id),
    ]);
    expect(invitations).toEqual([]);
  });
});

describe('node and nodes', () => {
  const NODE = `query($id: ID!) { node(id: $id) { id ... on Seeker { name email status } } }`;
  const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Seeker { name email status } } }`;
  const SEEKER_SAME = `query($id: ID!) { seeker(id: $id) { id name email status } }`;

  it('return the same seeker as seeker(id) to a caller who may see it', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const seeker = await newSeeker(t, coach.token);

    for (const token of [tenant.ownerToken, coach.token]) {
      const direct = (await t.gql(SEEKER_SAME, { id: seeker.id }, token)).data.seeker;
      expect(direct).toMatchObject({ id: seeker.id, email: seeker.email });
      expect((await t.gql(NODE, { id: seeker.id }, token)).data.node).toEqual(direct);
      expect((await t.gql(NODES, { ids: [seeker.id] }, token)).data.nodes).toEqual([direct]);
    }
  });

  it('hide a seeker, and its notes, from a coach who is not assigned to it', async () => {
    const tenant = await newTenant(t);
    const coach = await memberToken(t, tenant, 'coach');
    const mine = await newSeeker(t, coach.token);
    const hidden = await newSeeker(t, tenant.ownerToken);
    const note = await t.gql(
      ADD_NOTE,
      { seekerId: hidden.id, body: 'Owner only' },
      tenant.ownerToken,
    );
    const noteId = note.data.addCoachNote.note.id as string;

    const one = await t.gql(NODE, { id: hidden.id }, coach.token);
    expect(errorCode(one)).toBe('NOT_FOUND');
    expect(one.errors?.[0]?.message).toBe(
      (await t.gql(NODE, { id: toGlobalId('Seeker', v7()) }, coach.token)).errors?.[0]?.message,
    );

    const many = await t.gql(NODES, { ids: [mine.id, hidden.id, noteId] }, coach.token);
    expect(many.errors).toBeUndefined();
    expect(many.data.nodes).toEqual([expect.objectContaining({ id: mine.id }), null, null]);
  });
});
