/**
 * The X cost meter end to end: calls priced from configuration, same-day re-reads free, one shared
 * call split between the tenants it served, a spent budget pausing one tenant only, and the spend
 * report and budget mutation through GraphQL.
 */
import type { XCallRecord } from '@libs/x-client';
import { monthOf, XUsageService } from '../../../src/modules/x-usage/x-usage.service.js';
import { systemScope } from '../../../src/platform/database/context.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { memberToken, newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';
import { parseGlobalId } from '../../../src/platform/graphql/global-id.js';

let t: TestApp;
let meter: XUsageService;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await startTestApp({ X_DEFAULT_MONTHLY_BUDGET_USD: '1' });
  meter = t.perch.app.get(XUsageService);
  a = await newTenant(t);
  b = await newTenant(t);
});
afterAll(() => t.close());

const timeline = (ids: string[], authors: string[] = []): XCallRecord => ({
  endpoint: 'GET /2/users/:id/tweets',
  auth: 'app',
  ok: true,
  status: 200,
  attempts: 1,
  durationMs: 12,
  usage: [
    { kind: 'post_read', ids },
    ...(authors.length ? [{ kind: 'user_read' as const, ids: authors }] : []),
  ],
});
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const SPEND = `{ xSpend { month spentUsd budgetUsd remainingUsd paused byCapability { capability spentUsd units } bySeeker { seeker { name } spentUsd } } }`;

describe('X cost meter', () => {
  it('prices reads, bills a post read twice on one day once, and splits a shared call', async () => {
    const day = new Date();
    // 10 posts ($0.005) + 1 author ($0.010) = $0.06, shared by two tenants.
    await meter.record(
      timeline(ids('p', 10), ['u1']),
      [
        { tenantId: a.tenantId, capability: 'trends' },
        { tenantId: b.tenantId, capability: 'research' },
      ],
      day,
    );
    // The same posts again that day: free; 2 new posts: $0.01 for tenant A alone.
    await meter.record(
      timeline([...ids('p', 10), 'q1', 'q2']),
      [{ tenantId: a.tenantId, capability: 'trends' }],
      day,
    );
    const sa = await meter.spend(systemScope(a.tenantId, 't'), monthOf(day));
    const sb = await meter.spend(systemScope(b.tenantId, 't'), monthOf(day));
    expect(sa.totalMicros).toBe(30_000 + 10_000);
    expect(sb.totalMicros).toBe(30_000);
    expect(sb.byCapability).toEqual([{ key: 'research', costMicros: 30_000, units: 11 }]);
  });

  it('pauses a tenant whose month is spent, and only that tenant', async () => {
    const now = new Date();
    await expect(meter.assertCanSpend(systemScope(b.tenantId, 't'))).resolves.toBeUndefined();
    // 200 posts = $1.00: tenant A's whole default budget.
    await meter.record(
      timeline(ids(`big-${Date.now()}-`, 200)),
      [{ tenantId: a.tenantId, capability: 'jobs' }],
      now,
    );
    await expect(meter.assertCanSpend(systemScope(a.tenantId, 't'))).rejects.toMatchObject({
      code: 'X_BUDGET_EXHAUSTED',
    });
    await expect(meter.assertCanSpend(systemScope(b.tenantId, 't'))).resolves.toBeUndefined();
    const report = await t.gql(SPEND, {}, a.ownerToken);
    // The first test's spend fell in this month too: $0.04 before the $1.00 of this one.
    expect(report.data.xSpend).toMatchObject({
      spentUsd: 1.04,
      budgetUsd: 1,
      remainingUsd: 0,
      paused: true,
    });
    expect(report.data.xSpend.byCapability).toContainEqual({
      capability: 'jobs',
      spentUsd: 1,
      units: 200,
    });
  });

  it('resumes when an admin raises the budget, and refuses a coach or a negative budget', async () => {
    const SET = `mutation($i: SetXBudgetInput!) { setXBudget(input: $i) { spend { budgetUsd paused } userErrors { field code message } } }`;
    const coach = await memberToken(t, a, 'coach');
    expect(
      (await t.gql(SET, { i: { monthlyBudgetUsd: 100 } }, coach.token)).errors?.[0]?.extensions
        .code,
    ).toBe('FORBIDDEN');
    const negative = await t.gql(SET, { i: { monthlyBudgetUsd: -5 } }, a.ownerToken);
    expect(negative.data.setXBudget.userErrors[0]).toMatchObject({
      field: ['input', 'monthlyBudgetUsd'],
      code: 'BAD_USER_INPUT',
    });
    const raised = await t.gql(SET, { i: { monthlyBudgetUsd: 25 } }, a.ownerToken);
    expect(raised.data.setXBudget.spend).toEqual({ budgetUsd: 25, paused: false });
    await expect(meter.assertCanSpend(systemScope(a.tenantId, 't'))).resolves.toBeUndefined();
  });

  it('reports spend by seeker, showing only seekers the caller may see', async () => {
    const seeker = await newSeeker(t, b.ownerToken, { name: 'Metered Seeker' });
    const seekerId = parseGlobalId(seeker.id)!.uuid;
    await meter.record(timeline([`s-${Date.now()}`]), [
      { tenantId: b.tenantId, capability: 'voice', seekerId },
    ]);
    const report = await t.gql(SPEND, {}, b.ownerToken);
    expect(report.data.xSpend.bySeeker).toEqual([
      { seeker: { name: 'Metered Seeker' }, spentUsd: 0.01 },
    ]);
    const other = await t.gql(SPEND, {}, a.ownerToken);
    expect(other.data.xSpend.bySeeker).toEqual([]);
  });

  it('gives the spend month by month, oldest first, with empty months as zero', async () => {
    const c = await newTenant(t);
    const now = new Date();
    const twoAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 15));
    await meter.record(
      timeline(ids(`h-${Date.now()}-`, 4)),
      [{ tenantId: c.tenantId, capability: 'trends' }],
      twoAgo,
    );
    await meter.record(
      timeline(ids(`n-${Date.now()}-`, 2)),
      [{ tenantId: c.tenantId, capability: 'jobs' }],
      now,
    );
    await meter.record(
      timeline(ids(`m-${Date.now()}-`, 6)),
      [{ tenantId: c.tenantId, capability: 'research' }],
      now,
    );
    const HISTORY = `query($n: Int) { xSpendHistory(months: $n) { month spentUsd units byCapability { capability spentUsd units } } }`;
    const res = await t.gql(HISTORY, { n: 3 }, c.ownerToken);
    const month = (d: Date) => monthOf(d).slice(0, 7);
    const oneAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
    expect(res.data.xSpendHistory).toEqual([
      {
        month: month(twoAgo),
        spentUsd: 0.02,
        units: 4,
        byCapability: [{ capability: 'trends', spentUsd: 0.02, units: 4 }],
      },
      { month: month(oneAgo), spentUsd: 0, units: 0, byCapability: [] },
      {
        month: month(now),
        spentUsd: 0.04,
        units: 8,
        byCapability: [
          { capability: 'research', spentUsd: 0.03, units: 6 },
          { capability: 'jobs', spentUsd: 0.01, units: 2 },
        ],
      },
    ]);
    // Another organization's history holds none of it.
    const other = await t.gql(HISTORY, { n: 3 }, b.ownerToken);
    expect(other.data.xSpendHistory.map((m: { month: string }) => m.month)).toEqual(
      res.data.xSpendHistory.map((m: { month: string }) => m.month),
    );
    expect(other.data.xSpendHistory[0].spentUsd).toBe(0);
    const bad = await t.gql(HISTORY, { n: 0 }, c.ownerToken);
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
