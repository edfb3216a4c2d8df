/**
 * Webhooks end to end: a receiver written here (plain node:http, its own HMAC check, no Perch
 * code) gets signed events for pipeline changes, seats and tests; retries keep the delivery id;
 * a failing endpoint is disabled; a redelivery keeps the event id; both secrets sign during a
 * rotation; private targets are refused when saved. Deliveries are driven as the worker drives
 * them (WebhooksService.deliverDue), so no timer decides the test.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { WebhooksService } from '../../../src/modules/integrations/webhooks.service.js';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { memberToken, newSeeker, newTenant, type TestTenant } from '../../helpers/factories.js';

jest.setTimeout(90_000);

interface Received {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: any;
}

/** An integrator's receiver: records what arrives and answers with the next planned status. */
class Receiver {
  received: Received[] = [];
  plan: number[] = [];
  fallback = 200;
  server!: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        this.received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
        res.statusCode = this.plan.shift() ?? this.fallback;
        res.end('ok');
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }
}

/** What the docs tell integrators to do, written independently of Perch's own code. */
function verify(header: string, raw: string, secret: string, now = Date.now() / 1000): boolean {
  const fields = header.split(',').map((kv) => kv.split('='));
  const t = Number(fields.find(([k]) => k === 't')?.[1]);
  if (!Number.isFinite(t) || Math.abs(now - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  return fields
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const got = Buffer.from(v, 'hex');
      return got.length === expected.length && timingSafeEqual(got, expected);
    });
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
  webhookEndpoint { id url events enabled } secret userErrors { field code message } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookEndpointId: $id, first: 50) { nodes {
  id eventId eventType status attempts lastStatus lastError redeliveryOf attemptLog { status error } payload } } }`;

let t: TestApp;
let rx: Receiver;
let a: TestTenant;
let deliver: () => Promise<number>;

/** Runs deliveries until `done` holds (retries wait their backoff: about a second here). */
async function until(done: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    await deliver();
    if (await done()) return;
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function endpoint(
  tenant: TestTenant,
  path: string,
  events: string[],
): Promise<{ id: string; secret: string }> {
  const res = await t.gql(CREATE, { input: { url: rx.url(path), events } }, tenant.ownerToken);
  const p = res.data.createWebhookEndpoint;
  expect(p.userErrors).toEqual([]);
  return { id: p.webhookEndpoint.id, secret: p.secret };
}

const at = (path: string) => rx.received.filter((r) => r.headers['x-path'] === path);

beforeAll(async () => {
  rx = new Receiver();
  await rx.start();
  // Tag each request with its path so tests sharing the receiver can tell theirs apart.
  const handler = rx.server.listeners('request')[0] as (req: any, res: any) => void;
  rx.server.removeAllListeners('request');
  rx.server.on('request', (req: any, res: any) => {
    req.headers['x-path'] = req.url;
    handler(req, res);
  });
  t = await startTestApp({
    WEBHOOK_ALLOW_PRIVATE: `127.0.0.1:${rx.port}`,
    WEBHOOK_RETRY_BASE_SECONDS: '1',
    WEBHOOK_DISABLE_AFTER: '3',
    WEBHOOK_MAX_ATTEMPTS: '5',
    WEBHOOK_TIMEOUT_MS: '2000',
  });
  const svc = t.perch.app.get(WebhooksService);
  deliver = () => svc.deliverDue();
  a = await newTenant(t, { seats: 1 });
});
afterAll(async () => {
  await t?.close();
  await new Promise((r) => rx?.server.close(r));
});

describe('webhooks', () => {
  it('sends a signed pipeline change that a receiver can verify, once', async () => {
    const ep = await endpoint(a, '/pipeline', ['PIPELINE_STAGE_CHANGED']);
    expect(ep.secret).toMatch(/^whsec_/);
    const seeker = await newSeeker(t, a.ownerToken);
    const saved = await t.gql(
      `mutation($i: SaveJobInput!) { saveJob(input: $i) { application { id } userErrors { code } } }`,
      { i: { seekerId: seeker.id, title: 'Data Analyst', company: 'Acme' } },
      a.ownerToken,
    );
    const appId = saved.data.saveJob.application.id;
    const move = (stage: string) =>
      t.gql(
        `mutation($i: MoveJobApplicationInput!) { moveJobApplication(input: $i) { userErrors { code } } }`,
        { i: { applicationId: appId, stage } },
        a.ownerToken,
      );
    expect((await move('APPLIED')).data.moveJobApplication.userErrors).toEqual([]);
    // A refused move rolls back, and sends nothing.
    expect((await move('SAVED')).data.moveJobApplication.userErrors[0].code).toBe('INVALID_STATE');

    await until(() => at('/pipeline').length >= 1);
    await deliver();
    const got = at('/pipeline');
    expect(got).toHaveLength(1);
    const r = got[0];
    expect(r.headers['content-type']).toBe('application/json');
    expect(verify(String(r.headers['perch-signature']), r.raw, ep.secret)).toBe(true);
    expect(verify(String(r.headers['perch-signature']), r.raw + ' ', ep.secret)).toBe(false);
    expect(verify(String(r.headers['perch-signature']), r.raw, 'whsec_wrong')).toBe(false);
    expect(r.body).toMatchObject({
      id: r.headers['perch-event-id'],
      type: 'pipeline.stage_changed',
      data: { applicationId: appId, seekerId: seeker.id, from: 'saved', to: 'applied' },
    });
    expect(r.headers['perch-webhook-id']).toBe(ep.id);

    const log = await t.gql(DELIVERIES, { id: ep.id }, a.ownerToken);
    expect(log.data.webhookDeliveries.nodes).toEqual([
      expect.objectContaining({
        id: r.headers['perch-delivery-id'],
        eventId: r.headers['perch-event-id'],
        eventType: 'PIPELINE_STAGE_CHANGED',
        status: 'SUCCEEDED',
        attempts: 1,
        lastStatus: 200,
        attemptLog: [{ status: 200, error: null }],
      }),
    ]);
    expect(JSON.parse(log.data.webhookDeliveries.nodes[0].payload)).toEqual(r.body);
  });

  it('retries a failing receiver with the same delivery id, then succeeds', async () => {
    const ep = await endpoint(a, '/flaky', ['WEBHOOK_TEST']);
    rx.plan.push(500, 503);
    const sent = await t.gql(
      `mutation($i: SendTestWebhookInput!) { sendTestWebhook(input: $i) { webhookDelivery { id status } userErrors { code } } }`,
      { i: { webhookEndpointId: ep.id } },
      a.ownerToken,
    );
    const deliveryId = sent.data.sendTestWebhook.webhookDelivery.id;
    await until(() => at('/flaky').length >= 3);
    const got = at('/flaky');
    expect(new Set(got.map((g) => g.headers['perch-delivery-id']))).toEqual(new Set([deliveryId]));
    expect(new Set(got.map((g) => g.headers['perch-event-id'])).size).toBe(1);
    const log = await t.gql(DELIVERIES, { id: ep.id }, a.ownerToken);
    expect(log.data.webhookDeliveries.nodes[0]).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 3,
      attemptLog: [
        { status: 500, error: 'HTTP 500' },
        { status: 503, error: 'HTTP 503' },
        { status: 200, error: null },
      ],
    });
  });

  it('disables an endpoint after failures in a row, and redelivers with the same event id once enabled', async () => {
    const ep = await endpoint(a, '/down', ['WEBHOOK_TEST']);
    const send = () =>
      t.gql(
        `mutation($i: SendTestWebhookInput!) { sendTestWebhook(input: $i) { webhookDelivery { id } } }`,
        { i: { webhookEndpointId: ep.id } },
        a.ownerToken,
      );
    rx.plan.push(500, 500, 500);
    await send();
    const state = async () =>
      (
        await t.gql(
          `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { enabled disabledReason consecutiveFailures } } }`,
          { id: ep.id },
          a.ownerToken,
        )
      ).data.node;
    await until(async () => !(await state()).enabled);
    expect(await state()).toEqual({
      enabled: false,
      disabledReason: '3 failed attempts in a row',
      consecutiveFailures: 3,
    });
    const log = await t.gql(DELIVERIES, { id: ep.id }, a.ownerToken);
    const failed = log.data.webhookDeliveries.nodes[0];
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3 });

    const redeliver = `mutation($i: RedeliverWebhookInput!) { redeliverWebhook(input: $i) { webhookDelivery { id eventId redeliveryOf status } userErrors { code message } } }`;
    const refused = await t.gql(redeliver, { i: { webhookDeliveryId: failed.id } }, a.ownerToken);
    expect(refused.data.redeliverWebhook.userErrors[0].code).toBe('INVALID_STATE');

    const on = await t.gql(
      `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { webhookEndpoint { enabled consecutiveFailures } } }`,
      { i: { webhookEndpointId: ep.id, enabled: true } },
      a.ownerToken,
    );
    expect(on.data.updateWebhookEndpoint.webhookEndpoint).toEqual({
      enabled: true,
      consecutiveFailures: 0,
    });
    const again = await t.gql(redeliver, { i: { webhookDeliveryId: failed.id } }, a.ownerToken);
    const d = again.data.redeliverWebhook.webhookDelivery;
    expect(d).toMatchObject({
      eventId: failed.eventId,
      redeliveryOf: failed.id,
      status: 'PENDING',
    });
    expect(d.id).not.toBe(failed.id);
    const before = at('/down').length;
    await until(() => at('/down').length > before);
    const last = at('/down').at(-1)!;
    expect(last.headers['perch-event-id']).toBe(failed.eventId);
    expect(last.headers['perch-delivery-id']).toBe(d.id);
  });

  it('signs with both secrets for a day after a rotation', async () => {
    const ep = await endpoint(a, '/rotate', ['WEBHOOK_TEST']);
    const rotated = await t.gql(
      `mutation($i: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $i) { secret webhookEndpoint { previousSecretValidUntil } } }`,
      { i: { webhookEndpointId: ep.id } },
      a.ownerToken,
    );
    const fresh = rotated.data.rotateWebhookSecret.secret;
    expect(fresh).not.toBe(ep.secret);
    expect(rotated.data.rotateWebhookSecret.webhookEndpoint.previousSecretValidUntil).toBeTruthy();
    await t.gql(
      `mutation($i: SendTestWebhookInput!) { sendTestWebhook(input: $i) { webhookDelivery { id } } }`,
      { i: { webhookEndpointId: ep.id } },
      a.ownerToken,
    );
    await until(() => at('/rotate').length >= 1);
    const r = at('/rotate')[0];
    const header = String(r.headers['perch-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verify(header, r.raw, fresh)).toBe(true);
    expect(verify(header, r.raw, ep.secret)).toBe(true);
  });

  it('tells integrators when a seeker is activated and when the seats run out', async () => {
    const ep = await endpoint(a, '/seats', ['SEEKER_ACTIVATED', 'SEAT_LIMIT_REACHED']);
    const activate = (id: string) =>
      t.gql(
        `mutation($i: ActivateSeekerInput!) { activateSeeker(input: $i) { userErrors { code } } }`,
        { i: { seekerId: id } },
        a.ownerToken,
      );
    const one = await newSeeker(t, a.ownerToken);
    const two = await newSeeker(t, a.ownerToken);
    expect((await activate(one.id)).data.activateSeeker.userErrors).toEqual([]);
    expect((await activate(two.id)).data.activateSeeker.userErrors[0].code).toBe(
      'SEAT_LIMIT_REACHED',
    );
    await until(() => at('/seats').length >= 2);
    const types = at('/seats').map((r) => [r.body.type, r.body.data.seekerId]);
    expect(types).toEqual(
      expect.arrayContaining([
        ['seeker.activated', one.id],
        ['seat.limit_reached', two.id],
      ]),
    );
    expect(ep.id).toBeTruthy();
  });

  it('refuses private, loopback and metadata targets when saved, and writes nothing', async () => {
    const b = await newTenant(t);
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://10.1.2.3/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/hook',
      'http://localhost/hook',
      'ftp://example.com/hook',
      'http://user:pass@example.com/hook',
    ]) {
      const res = await t.gql(CREATE, { input: { url, events: ['WEBHOOK_TEST'] } }, b.ownerToken);
      const errors = res.data?.createWebhookEndpoint?.userErrors ?? [];
      expect(errors.length).toBe(1);
      expect(errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'url'] });
    }
    const private10 = await t.gql(
      CREATE,
      { input: { url: 'http://10.1.2.3/hook', events: ['WEBHOOK_TEST'] } },
      b.ownerToken,
    );
    expect(private10.data.createWebhookEndpoint.userErrors[0].message).toMatch(
      /non-public address/,
    );
    const count = await withClient(t.db.ownerUrl, async (c) =>
      Number(
        (await c.query(`select count(*) from webhook_endpoints where tenant_id = $1`, [b.tenantId]))
          .rows[0].count,
      ),
    );
    expect(count).toBe(0);
  });

  it('is for owners and admins; coaches are refused', async () => {
    const coach = await memberToken(t, a, 'coach');
    const res = await t.gql(
      CREATE,
      { input: { url: rx.url('/coach'), events: ['WEBHOOK_TEST'] } },
      coach.token,
    );
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('deletes an endpoint with its log; its id is then NOT_FOUND', async () => {
    const ep = await endpoint(a, '/gone', ['WEBHOOK_TEST']);
    const del = `mutation($i: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $i) { deletedWebhookEndpointId } }`;
    const first = await t.gql(del, { i: { webhookEndpointId: ep.id } }, a.ownerToken);
    expect(first.data.deleteWebhookEndpoint.deletedWebhookEndpointId).toBe(ep.id);
    const again = await t.gql(del, { i: { webhookEndpointId: ep.id } }, a.ownerToken);
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const list = await t.gql(`{ webhookEndpoints(first: 50) { nodes { id } } }`, {}, a.ownerToken);
    expect(list.data.webhookEndpoints.nodes.map((n: { id: string }) => n.id)).not.toContain(ep.id);
  });

  it('keeps the signing secret encrypted at rest', async () => {
    const ep = await endpoint(a, '/secret', ['WEBHOOK_TEST']);
    const stored = await withClient(t.db.ownerUrl, async (c) =>
      JSON.stringify((await c.query(`select * from webhook_endpoints`)).rows),
    );
    expect(stored).not.toContain(ep.secret);
    expect(stored).not.toContain(ep.secret.slice(6));
  });
});
