/**
 * `npm run bench` (webhooks part). W1: fan-out of 10,000 events.
 *
 * 10 tenants × 1,000 events, each tenant with 2 subscribed endpoints (20,000 deliveries) on a
 * local receiver. Perch's path: every event recorded by WebhooksService.emit in a transaction of
 * its own (as a change would), then delivered by the worker's deliverDue (claim with a lease,
 * sign, SSRF-checked POST, attempt logged, delivery settled). The baseline posts the same signed
 * bodies straight to the receiver at the same concurrency, with no database: the ratio is the
 * price of durability (nothing lost if a worker dies, retries, a log to replay from).
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signatureHeader } from '@libs/webhooks';
import { loadConfig } from '../src/config/app-config.js';
import { createPerch, type Perch } from '../src/bootstrap.js';
import { WebhookEventType } from '../src/modules/integrations/webhook-events.js';
import { WebhooksService } from '../src/modules/integrations/webhooks.service.js';
import { TenantsService } from '../src/modules/tenants/tenants.service.js';
import { asTenantId, systemScope } from '../src/platform/database/context.js';
import { benchDatabase } from './cluster.js';
import { recordResult } from './results.js';

const TENANTS = Number(process.env.BENCH_WEBHOOK_TENANTS ?? 10);
const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 10_000);
const ENDPOINTS = 2;
const CONCURRENCY = 8;

function post(port: number, path: string, body: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main() {
  let received = 0;
  const receiver = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const rport = (receiver.address() as AddressInfo).port;

  const cluster = await benchDatabase('webhooks');
  let perch: Perch | undefined;
  try {
    perch = await createPerch(
      loadConfig({
        // Not production: the receiver is on loopback, which only test configuration may reach.
        NODE_ENV: 'development',
        PERCH_ROLE: 'api',
        LOG_LEVEL: 'warn',
        DATABASE_URL: `postgres://perch_app:bench-app@127.0.0.1:${cluster.port}/perch`,
        JWT_SECRET: randomBytes(32).toString('hex'),
        PERCH_MASTER_KEY: randomBytes(32).toString('base64'),
        DEMO_SEED: 'false',
        X_SIMULATOR: 'off',
        WEBHOOK_ALLOW_PRIVATE: `127.0.0.1:${rport}`,
      }),
    );
    const tenants = perch.app.get(TenantsService);
    const webhooks = perch.app.get(WebhooksService);
    const scopes: ReturnType<typeof systemScope>[] = [];
    for (let i = 0; i < TENANTS; i++) {
      const { tenantId } = await tenants.createTenant({
        slug: `bench-${i}-${randomBytes(3).toString('hex')}`,
        name: `Bench ${i}`,
        license: { plan: 'campus', seatLimit: 10, termStart: '2026-01-01', termEnd: '2030-12-31' },
      });
      const ctx = systemScope(asTenantId(tenantId), 'bench');
      for (let e = 0; e < ENDPOINTS; e++) {
        await webhooks.create(ctx, {
          url: `http://127.0.0.1:${rport}/t${i}/e${e}`,
          events: [WebhookEventType.PIPELINE_STAGE_CHANGED],
        });
      }
      scopes.push(ctx);
    }

    // ---- Perch: emit (one transaction per event, as changes do), then deliver ----
    const data = (n: number) => ({
      applicationId: `app_${n}`,
      from: 'applied',
      to: 'interviewing',
    });
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < EVENTS) {
          const n = next++;
          await webhooks.emit(
            scopes[n % TENANTS],
            WebhookEventType.PIPELINE_STAGE_CHANGED,
            data(n),
          );
        }
      }),
    );
    const emitMs = performance.now() - t0;
    const t1 = performance.now();
    let attempts = 0;
    while (received < EVENTS * ENDPOINTS) {
      const n = await webhooks.deliverDue();
      attempts += n;
      if (n === 0) await new Promise((r) => setTimeout(r, 20));
    }
    const deliverMs = performance.now() - t1;
    const perchReceived = received;

    // ---- baseline: the same signed bodies posted straight away, no database ----
    received = 0;
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const t2 = performance.now();
    let k = 0;
    const total = EVENTS * ENDPOINTS;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (k < total) {
          const n = k++;
          const body = JSON.stringify({
            id: `evt_${n}`,
            type: 'pipeline.stage_changed',
            data: data(n),
          });
          await post(rport, `/baseline/${n % (TENANTS * ENDPOINTS)}`, body, {
            'content-type': 'application/json',
            'perch-signature': signatureHeader([secret], Math.floor(Date.now() / 1000), body),
          });
        }
      }),
    );
    const baselineMs = performance.now() - t2;

    const perchTotal = emitMs + deliverMs;
    recordResult('webhooks', {
      w1: {
        events: EVENTS,
        tenants: TENANTS,
        endpointsPerTenant: ENDPOINTS,
        deliveries: perchReceived,
        attempts,
        perch: {
          emitSeconds: Number((emitMs / 1000).toFixed(2)),
          deliverSeconds: Number((deliverMs / 1000).toFixed(2)),
          eventsPerSecondRecorded: Math.round(EVENTS / (emitMs / 1000)),
          deliveriesPerSecond: Math.round(perchReceived / (deliverMs / 1000)),
          endToEndDeliveriesPerSecond: Math.round(perchReceived / (perchTotal / 1000)),
        },
        baseline: {
          seconds: Number((baselineMs / 1000).toFixed(2)),
          deliveriesPerSecond: Math.round(total / (baselineMs / 1000)),
        },
        'perch / baseline (deliveries per second, end to end)': Number(
          (total / (perchTotal / 1000) / (total / (baselineMs / 1000))).toFixed(3),
        ),
      },
    });
  } catch (err) {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    await perch?.close();
    await cluster.stop();
    receiver.close();
  }
}

await main();
