import { startTestApp, type TestApp } from '../../helpers/app.js';
import { newSeeker, newTenant } from '../../helpers/factories.js';
import { ADD_NOTE, RECORD_CONSENT, dbRows, uuidOf } from './seekers-api.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** RFC 9562: version 7 in the high nibble of byte 6, variant 10xx in byte 8. */
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids of new rows', () => {
  it('gives seekers, coach notes and consents time-ordered UUIDv7 ids behind opaque global ids', async () => {
    const tenant = await newTenant(t);
    const first = await newSeeker(t, tenant.ownerToken);
    const second = await newSeeker(t, tenant.ownerToken);
    const note = await t.gql(ADD_NOTE, { seekerId: first.id, body: 'Kick-off' }, tenant.ownerToken);
    const consent = await t.gql(
      RECORD_CONSENT,
      { seekerId: first.id, kind: 'READ_X_DATA' },
      tenant.ownerToken,
    );

    const seekers = await dbRows<{ id: string }>(
      t,
      `select id::text from seekers where tenant_id = $1 order by created_at, id`,
      [tenant.tenantId],
    );
    const notes = await dbRows<{ id: string }>(
      t,
      `select id::text from coach_notes where tenant_id = $1`,
      [tenant.tenantId],
    );
    const consents = await dbRows<{ id: string }>(
      t,
      `select id::text from consents where tenant_id = $1`,
      [tenant.tenantId],
    );

    expect(seekers.map((r) => r.id)).toEqual([uuidOf(first.id), uuidOf(second.id)]);
    expect(notes.map((r) => r.id)).toEqual([uuidOf(note.data.addCoachNote.note.id)]);
    expect(consents.map((r) => r.id)).toEqual([uuidOf(consent.data.recordConsent.consent.id)]);
    for (const { id } of [...seekers, ...notes, ...consents]) expect(id).toMatch(UUID_V7);
    // Time-ordered: the later seeker sorts after the earlier one.
    expect(uuidOf(first.id) < uuidOf(second.id)).toBe(true);
    expect(first.id).toMatch(/^skr_[A-Za-z0-9_-]{22}$/);
    expect(first.id).not.toContain(uuidOf(first.id));
  });
});
