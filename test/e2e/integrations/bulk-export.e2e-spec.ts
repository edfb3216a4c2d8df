/**
 * Bulk export: an integrator's admin key starts an export, the worker writes it, the signed link
 * serves gzipped JSONL with `__parentId` links; a changed or expired link is 404; one export at a
 * time per client; completion is a webhook event.
 */
import { gunzipSync } from 'node:zlib';
import { jest } from '@jest/globals';
import request from 'supertest';
import { BulkExportsService } from '../../../src/modules/integrations/bulk-exports.service.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(60_000);

let t: TestApp;
let a: TestTenant;
let key: string;

const RUN = `mutation($i: RunBulkExportInput!) { runBulkExport(input: $i) { bulkExport { id status include } userErrors { code message } } }`;
const GET = `query($id: ID!) { bulkExport(id: $id) { id status objectCount url expiresAt fileBytes sha256 } }`;

beforeAll(async () => {
  t = await startTestApp();
  a = await newTenant(t);
  const created = await t.gql(
    `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }`,
    { i: { name: 'warehouse', scopes: ['READ', 'ADMIN'] } },
    a.ownerToken,
  );
  key = created.data.createApiKey.token;
});
afterAll(() => t?.close());

describe('bulk export', () => {
  it('exports seekers, their pipelines and outcomes as JSONL behind a signed link', async () => {
    const s1 = await newSeeker(t, a.ownerToken);
    const s2 = await newSeeker(t, a.ownerToken);
    const saved = await t.gql(
      `mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } } }`,
      { i: { seekerId: s1.id, title: 'Data Analyst', company: 'Acme' } },
      a.ownerToken,
    );
    const appId = saved.data.saveJob.application.id;
    for (const stage of ['APPLIED', 'INTERVIEWING', 'OFFER']) {
      await t.gql(
        `mutation($i: MoveJobApplicationInput!) { moveJobApplication(input: $i) { userErrors { code } } }`,
        { i: { applicationId: appId, stage } },
        a.ownerToken,
      );
    }
    // A hook for the completion, on a public IP literal (saved, never reached: no worker here).
    await t.gql(
      `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { userErrors { code } } }`,
      { i: { url: 'https://93.184.216.34/hooks', events: ['BULK_EXPORT_COMPLETED'] } },
      a.ownerToken,
    );

    const run = await t.gql(RUN, { i: {} }, key);
    expect(run.data.runBulkExport.userErrors).toEqual([]);
    const ex = run.data.runBulkExport.bulkExport;
    expect(ex).toMatchObject({ status: 'CREATED', include: ['SEEKERS', 'PIPELINES', 'OUTCOMES'] });
    const again = await t.gql(RUN, { i: {} }, key);
    expect(again.data.runBulkExport.userErrors[0].code).toBe('CONFLICT');

    expect(await t.perch.app.get(BulkExportsService).runDue()).toBe(1);
    const done = (await t.gql(GET, { id: ex.id }, key)).data.bulkExport;
    expect(done.status).toBe('COMPLETED');
    expect(new Date(done.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const url = new URL(done.url);
    const res = await request(t.http)
      .get(url.pathname + url.search)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    const lines = gunzipSync(res.body as Buffer)
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(done.objectCount);
    const seekers = lines.filter((l) => l.__typename === 'Seeker').map((l) => l.id);
    expect(seekers.sort()).toEqual([s1.id, s2.id].sort());
    const app = lines.find((l) => l.__typename === 'JobApplication');
    expect(app).toMatchObject({
      __parentId: s1.id,
      id: appId,
      stage: 'offer',
      title: 'Data Analyst',
    });
    expect(app.history.map((h: { to: string }) => h.to)).toEqual([
      'saved',
      'applied',
      'interviewing',
      'offer',
    ]);
    expect(
      lines.find((l) => l.__typename === 'SeekerOutcome' && l.__parentId === s1.id),
    ).toMatchObject({ applications: 1, interviewing: 1, offers: 1, accepted: 0 });

    // A changed signature, another export id or a moved expiry: the same 404.
    const sig = url.searchParams.get('signature')!;
    const bad = [
      url.pathname + url.search.replace(sig, sig.replace(/.$/, sig.endsWith('0') ? '1' : '0')),
      url.pathname +
        url.search.replace(/expires=\d+/, `expires=${Math.floor(Date.now() / 1000) + 30 * 86400}`),
      url.pathname + '?expires=1&signature=' + sig,
      url.pathname,
    ];
    for (const path of bad) {
      const r = await request(t.http).get(path);
      expect(r.status).toBe(404);
    }

    const events = await withClient(
      t.db.ownerUrl,
      async (c) =>
        (await c.query(`select type, data from webhook_events where tenant_id = $1`, [a.tenantId]))
          .rows,
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'bulk_export.completed',
        data: expect.objectContaining({ bulkExportId: ex.id, status: 'COMPLETED', url: done.url }),
      }),
    ]);
    // Another export may start now that this one is done.
    expect(
      (await t.gql(RUN, { i: { include: ['SEEKERS'] } }, key)).data.runBulkExport.userErrors,
    ).toEqual([]);
  });

  it('is refused to read-only keys and coaches, and another tenant cannot see it', async () => {
    const ro = await t.gql(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }`,
      { i: { name: 'ro', scopes: ['READ'] } },
      a.ownerToken,
    );
    const denied = await t.gql(RUN, { i: {} }, ro.data.createApiKey.token);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const list = await t.gql(`{ bulkExports(first: 5) { nodes { id } } }`, {}, key);
    const b = await newTenant(t);
    const other = await t.gql(GET, { id: list.data.bulkExports.nodes[0].id }, b.ownerToken);
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
