/**
 * Outcomes report: activity per capability beside pipeline outcomes, per term and per cohort,
 * counts of seekers and events with 1–4 shown as "<5", and CSV.
 */
import { jest } from '@jest/globals';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { memberToken, newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';
import { activate, pipeline } from './helpers.js';

jest.setTimeout(120_000);

let t: TestApp;
let a: TestTenant;
let cohortId: string;

const REPORT = `query($from: String, $to: String, $cohortId: ID) {
  outcomesReport(from: $from, to: $to, cohortId: $cohortId) {
    from to cohortId seekers metrics { capability metric seekers events } csv } }`;
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A term around today, when the test's activity happens. */
const THIS_TERM = { from: day(-30), to: day(1) };

type Metric = { capability: string; metric: string; seekers: string; events: string };
const pick = (ms: Metric[], metric: string) => ms.find((m) => m.metric === metric);

beforeAll(async () => {
  t = await startTestApp();
  a = await newTenant(t);
  const seekers = [];
  for (let i = 0; i < 7; i++) {
    const s = await newSeeker(t, a.ownerToken);
    await activate(t, a.ownerToken, s.id);
    seekers.push(s);
  }
  // Six seekers save and apply; two of them reach an interview and an offer; one does nothing.
  for (const [i, s] of seekers.slice(0, 6).entries()) {
    await pipeline(
      t,
      a.ownerToken,
      s.id,
      i < 2 ? ['APPLIED', 'INTERVIEWING', 'OFFER'] : ['APPLIED'],
    );
  }
  const c = await t.gql(
    `mutation($i: CreateCohortInput!) { createCohort(input: $i) { cohort { id } userErrors { code message } } }`,
    { i: { name: 'Fall data cohort', memberIds: seekers.slice(0, 5).map((s) => s.id) } },
    a.ownerToken,
  );
  expect(c.data.createCohort.userErrors).toEqual([]);
  cohortId = c.data.createCohort.cohort.id;
});
afterAll(() => t?.close());

describe('outcomesReport', () => {
  it('counts seekers and events per capability and pipeline stage, suppressing small cells', async () => {
    const r = await t.gql(REPORT, THIS_TERM, a.ownerToken);
    expect(r.errors).toBeUndefined();
    const rep = r.data.outcomesReport;
    expect(rep.seekers).toBe('7');
    const ms = rep.metrics as Metric[];
    expect(new Set(ms.map((m) => m.capability))).toEqual(
      new Set(['research', 'trends', 'mentorship', 'peers', 'orgs', 'jobs', 'voice', 'pipeline']),
    );
    expect(pick(ms, 'jobs saved')).toMatchObject({ seekers: '6', events: '6' });
    expect(pick(ms, 'applications sent')).toMatchObject({ seekers: '6', events: '6' });
    // Two seekers: both numbers hidden, not just the seekers.
    expect(pick(ms, 'interviews')).toMatchObject({ seekers: '<5', events: '<5' });
    expect(pick(ms, 'offers')).toMatchObject({ seekers: '<5', events: '<5' });
    expect(pick(ms, 'offers accepted')).toMatchObject({ seekers: '0', events: '0' });
    expect(pick(ms, 'posts published')).toMatchObject({ seekers: '0', events: '0' });
  });

  it('narrows to one cohort', async () => {
    const r = await t.gql(REPORT, { ...THIS_TERM, cohortId }, a.ownerToken);
    const rep = r.data.outcomesReport;
    expect(rep).toMatchObject({ cohortId, seekers: '5' });
    expect(pick(rep.metrics, 'jobs saved')).toMatchObject({ seekers: '5', events: '5' });
    expect(pick(rep.metrics, 'interviews')).toMatchObject({ seekers: '<5', events: '<5' });
  });

  it('counts only what happened in the term', async () => {
    const r = await t.gql(REPORT, { from: day(-400), to: day(-200) }, a.ownerToken);
    expect(pick(r.data.outcomesReport.metrics, 'jobs saved')).toMatchObject({
      seekers: '0',
      events: '0',
    });
  });

  it('exports the same cells as CSV', async () => {
    const r = await t.gql(REPORT, THIS_TERM, a.ownerToken);
    const lines = (r.data.outcomesReport.csv as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe('capability,metric,seekers,events');
    expect(lines).toContain('jobs,jobs saved,6,6');
    expect(lines).toContain('pipeline,interviews,<5,<5');
    expect(lines).toHaveLength(14);
  });

  it('answers NOT_FOUND for another tenant’s cohort, and FORBIDDEN for a coach', async () => {
    const b = await newTenant(t);
    const other = await t.gql(REPORT, { ...THIS_TERM, cohortId }, b.ownerToken);
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const coach = await memberToken(t, a, 'coach');
    const c = await t.gql(REPORT, THIS_TERM, coach.token);
    expect(c.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
