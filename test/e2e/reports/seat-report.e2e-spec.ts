/**
 * Seat reports: history from the seat_events trigger, numbers per term against seeded history,
 * coaches, CSV, and who may read them.
 */
import { jest } from '@jest/globals';
import { parseGlobalId } from '../../../src/platform/graphql/global-id.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { memberToken, newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';
import { activate, archive } from './helpers.js';

jest.setTimeout(90_000);

let t: TestApp;
let a: TestTenant;

const REPORT = `query($from: String, $to: String) { seatReport(from: $from, to: $to) {
  from to seatLimit used free peak seekersServed
  byCoach { coachId coachName seekers activeNow }
  utilization { date used peak utilization } csv } }`;

const uuid = (gid: string) => parseGlobalId(gid)!.uuid;
const sql = (text: string, params: unknown[] = []) =>
  withClient(t.db.ownerUrl, async (c) => (await c.query(text, params)).rows);

beforeAll(async () => {
  t = await startTestApp();
  a = await newTenant(t, { seats: 10 });
});
afterAll(() => t?.close());

describe('seat history', () => {
  it('records every seat taken and given back, including a second activation', async () => {
    const s = await newSeeker(t, a.ownerToken);
    await activate(t, a.ownerToken, s.id);
    await archive(t, a.ownerToken, s.id);
    await activate(t, a.ownerToken, s.id);
    const rows = await sql(
      `select kind from seat_events where tenant_id = $1 and seeker_id = $2 order by at, id`,
      [a.tenantId, uuid(s.id)],
    );
    expect(rows.map((r) => r.kind)).toEqual(['taken', 'freed', 'taken']);
  });
});

describe('seatReport', () => {
  let b: TestTenant;
  let coach: Awaited<ReturnType<typeof memberToken>>;

  beforeAll(async () => {
    b = await newTenant(t, { seats: 10 });
    coach = await memberToken(t, b, 'coach');
    const [sa, sb, sc] = [
      await newSeeker(t, b.ownerToken),
      await newSeeker(t, b.ownerToken),
      await newSeeker(t, b.ownerToken),
    ];
    await activate(t, b.ownerToken, sa.id);
    await activate(t, b.ownerToken, sb.id);
    const assigned = await t.gql(
      `mutation($i: AssignCoachInput!) { assignCoach(input: $i) { userErrors { code } } }`,
      { i: { seekerId: sa.id, staffMemberId: coach.staffId } },
      b.ownerToken,
    );
    expect(assigned.data.assignCoach.userErrors).toEqual([]);
    // The seat history of a past term, told by hand: A holds a seat from February; B takes one,
    // gives it back and takes it again; C holds one for six hours of 4 March.
    await sql(`delete from seat_events where tenant_id = $1`, [b.tenantId]);
    const history: [string, string, string][] = [
      [sa.id, 'taken', '2026-02-15T08:00:00Z'],
      [sb.id, 'taken', '2026-03-03T10:00:00Z'],
      [sc.id, 'taken', '2026-03-04T09:00:00Z'],
      [sc.id, 'freed', '2026-03-04T15:00:00Z'],
      [sb.id, 'freed', '2026-03-05T12:00:00Z'],
      [sb.id, 'taken', '2026-03-08T09:00:00Z'],
    ];
    for (const [s, kind, at] of history) {
      await sql(
        `insert into seat_events (tenant_id, id, seeker_id, kind, at)
         values ($1, seat_event_uuidv7($4), $2, $3, $4)`,
        [b.tenantId, uuid(s), kind, at],
      );
    }
  });

  it('reports a term day by day: used at the end of each day, the peak within it', async () => {
    const r = await t.gql(REPORT, { from: '2026-03-01', to: '2026-03-10' }, b.ownerToken);
    expect(r.errors).toBeUndefined();
    const rep = r.data.seatReport;
    expect(rep).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-10',
      seatLimit: 10,
      used: 2,
      free: 8,
      peak: 3,
      seekersServed: 3,
    });
    expect(rep.utilization.map((d: { used: number }) => d.used)).toEqual([
      1, 1, 2, 2, 1, 1, 1, 2, 2, 2,
    ]);
    expect(rep.utilization.map((d: { peak: number }) => d.peak)).toEqual([
      1, 1, 2, 3, 2, 1, 1, 2, 2, 2,
    ]);
    expect(rep.utilization[3]).toEqual({ date: '2026-03-04', used: 2, peak: 3, utilization: 0.2 });
  });

  it('counts seekers per coach, and those without one apart', async () => {
    const r = await t.gql(REPORT, { from: '2026-03-01', to: '2026-03-10' }, b.ownerToken);
    const rows = r.data.seatReport.byCoach;
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual(
      expect.objectContaining({ coachId: coach.staffId, seekers: 1, activeNow: 1 }),
    );
    expect(rows).toContainEqual({ coachId: null, coachName: null, seekers: 2, activeNow: 1 });
  });

  it('reports another term from the same history', async () => {
    const r = await t.gql(REPORT, { from: '2026-04-01', to: '2026-04-30' }, b.ownerToken);
    const rep = r.data.seatReport;
    expect(rep.utilization).toHaveLength(30);
    expect(new Set(rep.utilization.map((d: { used: number }) => d.used))).toEqual(new Set([2]));
    expect(rep).toMatchObject({ peak: 2, seekersServed: 2 });
    const before = await t.gql(REPORT, { from: '2026-01-01', to: '2026-01-31' }, b.ownerToken);
    expect(before.data.seatReport).toMatchObject({ peak: 0, seekersServed: 0 });
  });

  it('exports the daily numbers as CSV', async () => {
    const r = await t.gql(REPORT, { from: '2026-03-03', to: '2026-03-05' }, b.ownerToken);
    expect(r.data.seatReport.csv).toBe(
      'date,used,peak,seat_limit,utilization\r\n' +
        '2026-03-03,2,2,10,0.2\r\n2026-03-04,2,3,10,0.2\r\n2026-03-05,1,2,10,0.1\r\n',
    );
  });

  it('defaults to the licence term', async () => {
    const r = await t.gql(REPORT, {}, b.ownerToken);
    expect(r.data.seatReport).toMatchObject({ from: '2026-01-01', to: '2030-12-31' });
  });

  it('refuses a backwards or malformed range with a clear reason', async () => {
    const back = await t.gql(REPORT, { from: '2026-03-10', to: '2026-03-01' }, b.ownerToken);
    expect(back.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(back.errors?.[0].message).toMatch(/before/);
    const bad = await t.gql(REPORT, { from: 'March', to: '2026-03-01' }, b.ownerToken);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('is for owners, admins and viewers; a coach is refused; another tenant sees its own', async () => {
    const viewer = await memberToken(t, b, 'viewer');
    const v = await t.gql(REPORT, { from: '2026-03-01', to: '2026-03-10' }, viewer.token);
    expect(v.data.seatReport.peak).toBe(3);
    const c = await t.gql(REPORT, { from: '2026-03-01', to: '2026-03-10' }, coach.token);
    expect(c.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const other = await t.gql(REPORT, { from: '2026-03-01', to: '2026-03-10' }, a.ownerToken);
    expect(other.data.seatReport).toMatchObject({ peak: 0, seekersServed: 0 });
  });
});
