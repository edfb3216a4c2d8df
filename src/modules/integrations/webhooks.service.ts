/**
 * Webhooks: endpoints per tenant, events written in the transaction of the change that caused
 * them, and delivery by the worker: signed (libs/webhooks), through the SSRF-safe outbound
 * client (libs/outbound), retried with capped exponential backoff and jitter, every attempt
 * logged, an endpoint disabled after too many failures in a row.
 */
import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { v7 } from 'uuid';
import { checkTarget, OutboundError, safeRequest } from '@libs/outbound';
import { SecretBox } from '@libs/secrets';
import { signatureHeader, SIGNATURE_HEADER } from '@libs/webhooks';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { systemScope, type TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { decodeCursor, type Cursor } from '../../platform/graphql/pagination.js';
import { EVENT_TYPES, WebhookEventType } from './webhook-events.js';
import { type DueDelivery, type EndpointRow, WebhooksRepository } from './webhooks.repository.js';

/** Endpoints per tenant: enough for every integration a career center runs. */
export const MAX_ENDPOINTS = 20;
/** Longest wait between two attempts. */
const MAX_BACKOFF_SECONDS = 6 * 3600;
/** How long the old secret still signs after a rotation. */
const ROTATION_OVERLAP_MS = 24 * 3600_000;
const CLAIM_BATCH = 50;
const CONCURRENCY = 8;
const USER_AGENT = 'PerchWebhooks/1.0 (+https://perch.example/docs/api#webhooks)';

/** Seconds before attempt `n + 1` after `n` failed ones: doubling from `base`, ±20 %, capped. */
export function backoffSeconds(failedAttempts: number, base: number): number {
  const raw = Math.min(base * 2 ** Math.max(failedAttempts - 1, 0), MAX_BACKOFF_SECONDS);
  if (raw === 0) return 0;
  return Math.max(1, Math.round(raw * (0.8 + Math.random() * 0.4)));
}

interface Success {
  id: string;
  deliveryId: string;
  endpointId: string;
  status: number;
  durationMs: number;
}

export interface Envelope {
  id: string;
  type: string;
  createdAt: string;
  tenantId: string;
  data: unknown;
}

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    private readonly repo: WebhooksRepository,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get outbound() {
    return {
      timeoutMs: this.config.webhooks.timeoutMs,
      allowPrivate: this.config.webhooks.allowPrivate,
    };
  }

  private where(tenantId: string, column: string, rowId: string) {
    return { tenantId, table: 'webhook_endpoints', column, rowId };
  }

  // ---- endpoints ----

  /** Refuses a target Perch must not call, with the reason, before anything is saved. */
  private async checkUrl(url: string): Promise<void> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw AppError.badInput('The URL is not valid.', ['url']);
    }
    if (this.config.env === 'production' && parsed.protocol !== 'https:') {
      throw AppError.badInput('Webhook URLs must use https.', ['url']);
    }
    try {
      await checkTarget(url, this.outbound);
    } catch (err) {
      if (!(err instanceof OutboundError)) throw err;
      const why =
        err.code === 'BLOCKED_ADDRESS'
          ? `it points to a private, loopback or otherwise non-public address (${err.message})`
          : err.code === 'BLOCKED_PORT'
            ? `its port is not allowed (${err.message}); use 80, 443, 8080 or 8443`
            : err.code === 'DNS'
              ? `its host does not resolve (${err.message})`
              : err.message;
      throw AppError.badInput(`Perch will not send webhooks to this URL: ${why}.`, ['url']);
    }
  }

  private static events(events: readonly string[]): string[] {
    const set = [...new Set(events)];
    if (!set.length) throw AppError.badInput('Choose at least one event.', ['events']);
    for (const e of set) {
      if (!EVENT_TYPES.includes(e as WebhookEventType)) {
        throw AppError.badInput(`Unknown event ${e}.`, ['events']);
      }
    }
    return set;
  }

  async create(
    ctx: TenantScope,
    input: { url: string; events: string[]; description?: string | null },
  ): Promise<{ endpoint: EndpointRow; secret: string }> {
    const events = WebhooksService.events(input.events);
    await this.checkUrl(input.url);
    const existing = await this.repo.endpoints(ctx, null, MAX_ENDPOINTS + 1);
    if (existing.length >= MAX_ENDPOINTS) {
      throw new AppError(
        'INVALID_STATE',
        `A tenant has at most ${MAX_ENDPOINTS} webhook endpoints.`,
      );
    }
    const id = v7();
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const endpoint = await this.repo.insertEndpoint(ctx, {
      id,
      url: input.url,
      description: input.description ?? null,
      events,
      secretEnc: this.box.encrypt(secret, this.where(ctx.tenantId, 'secret_enc', id)),
      createdBy: ctx.principal.kind === 'user' ? ctx.principal.membershipId : null,
    });
    return { endpoint, secret };
  }

  async get(ctx: TenantScope, id: string): Promise<EndpointRow> {
    const e = await this.repo.endpoint(ctx, id);
    if (!e) throw AppError.notFound('webhook endpoint');
    return e;
  }

  find(ctx: TenantScope, id: string): Promise<EndpointRow | null> {
    return this.repo.endpoint(ctx, id);
  }

  list(ctx: TenantScope, after: string | null | undefined, limit: number) {
    return this.repo.endpoints(ctx, decodeCursor(after), limit);
  }

  async update(
    ctx: TenantScope,
    id: string,
    p: { url?: string; events?: string[]; description?: string | null; enabled?: boolean },
  ): Promise<EndpointRow> {
    await this.get(ctx, id);
    const events = p.events ? WebhooksService.events(p.events) : undefined;
    if (p.url !== undefined) await this.checkUrl(p.url);
    const row = await this.repo.updateEndpoint(ctx, id, { ...p, events });
    if (!row) throw AppError.notFound('webhook endpoint');
    if (p.enabled === false) await this.repo.stopQueue(ctx, id);
    return row;
  }

  async remove(ctx: TenantScope, id: string): Promise<void> {
    if (!(await this.repo.deleteEndpoint(ctx, id))) throw AppError.notFound('webhook endpoint');
  }

  /** A new secret, shown once; the old one keeps signing beside it for a day. */
  async rotateSecret(ctx: TenantScope, id: string) {
    const e = await this.get(ctx, id);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const old = this.box.decrypt(e.secretEnc, this.where(ctx.tenantId, 'secret_enc', id));
    const until = new Date(Date.now() + ROTATION_OVERLAP_MS);
    const row = await this.repo.updateEndpoint(ctx, id, {
      secretEnc: this.box.encrypt(secret, this.where(ctx.tenantId, 'secret_enc', id)),
      previousSecretEnc: this.box.encrypt(old, this.where(ctx.tenantId, 'previous_secret_enc', id)),
      previousSecretUntil: until,
    });
    if (!row) throw AppError.notFound('webhook endpoint');
    return { endpoint: row, secret, previousSecretValidUntil: until };
  }

  // ---- events ----

  /**
   * Records an event for every enabled endpoint subscribed to it, inside `ctx`'s transaction
   * when it has one: a change that rolls back sends nothing, one that commits is delivered.
   */
  async emit(ctx: TenantScope, type: WebhookEventType, data: Record<string, unknown>) {
    const subscribers = await this.repo.subscribers(ctx, type);
    if (!subscribers.length) return 0;
    await this.repo.insertEvent(
      ctx,
      { id: v7(), type, data },
      subscribers.map((s) => ({ id: v7(), endpointId: s.id })),
    );
    return subscribers.length;
  }

  /** `emit` in a transaction of its own, for events about something that did not happen. */
  async emitApart(
    tenantId: TenantScope['tenantId'],
    type: WebhookEventType,
    data: Record<string, unknown>,
  ) {
    try {
      await this.emit(systemScope(tenantId, `webhook ${type}`), type, data);
    } catch (err) {
      this.logger.error(`could not record webhook event ${type}: ${(err as Error).message}`);
    }
  }

  async sendTest(ctx: TenantScope, endpointId: string) {
    const e = await this.get(ctx, endpointId);
    const id = v7();
    const deliveryId = v7();
    await this.repo.insertEvent(
      ctx,
      {
        id,
        type: WebhookEventType.WEBHOOK_TEST,
        data: { endpointId: toGlobalId('WebhookEndpoint', e.id), message: 'Hello from Perch.' },
      },
      [{ id: deliveryId, endpointId: e.id }],
    );
    return deliveryId;
  }

  /** Sends an event again to the same endpoint: a new delivery, the same event id. */
  async redeliver(ctx: TenantScope, deliveryId: string): Promise<string> {
    const d = await this.repo.delivery(ctx, deliveryId);
    if (!d) throw AppError.notFound('webhook delivery');
    const e = await this.get(ctx, d.endpointId);
    if (!e.enabled) {
      throw new AppError(
        'INVALID_STATE',
        'This endpoint is disabled; enable it (updateWebhookEndpoint) before redelivering.',
      );
    }
    const id = v7();
    await this.repo.insertEvent(
      ctx,
      { id: d.eventId, type: d.eventType, data: null },
      [{ id, endpointId: d.endpointId, redeliveryOf: d.id }],
      false,
    );
    return id;
  }

  deliveries(
    ctx: TenantScope,
    endpointId: string,
    status: string | null,
    after: Cursor | null,
    limit: number,
  ) {
    return this.repo.deliveries(ctx, endpointId, status, after, limit);
  }

  delivery(ctx: TenantScope, id: string) {
    return this.repo.delivery(ctx, id);
  }

  attempts(ctx: TenantScope, deliveryIds: readonly string[]) {
    return this.repo.attempts(ctx, deliveryIds);
  }

  async payload(ctx: TenantScope, eventId: string): Promise<Envelope | null> {
    const ev = await this.repo.eventPayload(ctx, eventId);
    return ev ? this.envelope(ctx.tenantId, eventId, ev.type, ev.data, ev.createdAt) : null;
  }

  private envelope(
    tenantId: string,
    id: string,
    type: string,
    data: unknown,
    createdAt: Date,
  ): Envelope {
    return {
      id: `evt_${id}`,
      type,
      createdAt: new Date(createdAt).toISOString(),
      tenantId: toGlobalId('Tenant', tenantId),
      data,
    };
  }

  // ---- delivery ----

  /** Sends every due delivery of every tenant once; returns how many attempts were made. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    for (const { tenantId, bell } of await this.repo.dueTenants(100)) {
      const ctx = systemScope(tenantId, 'webhook delivery');
      const lease = Math.ceil(this.config.webhooks.timeoutMs / 1000) * 2 + 30;
      for (;;) {
        const due = await this.repo.claim(ctx, CLAIM_BATCH, lease);
        if (!due.length) break;
        let next = 0;
        const succeeded: Success[] = [];
        const worker = async () => {
          while (next < due.length) {
            const ok = await this.attempt(ctx, due[next++]);
            if (ok) succeeded.push(ok);
          }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, due.length) }, worker));
        await this.repo.recordSuccesses(ctx, succeeded);
        attempted += due.length;
        if (due.length < CLAIM_BATCH) break;
      }
      await this.repo.settleBell(ctx, bell);
    }
    return attempted;
  }

  /** Sends one delivery; a success is returned for the batch to record, a failure recorded now. */
  private async attempt(ctx: TenantScope, d: DueDelivery): Promise<Success | null> {
    const body = JSON.stringify(
      this.envelope(ctx.tenantId, d.eventId, d.eventType, d.eventData, d.eventCreatedAt),
    );
    const secrets = [
      this.box.decrypt(d.secretEnc, this.where(ctx.tenantId, 'secret_enc', d.endpointId)),
    ];
    if (d.previousSecretEnc && d.previousSecretUntil && d.previousSecretUntil > new Date()) {
      secrets.push(
        this.box.decrypt(
          d.previousSecretEnc,
          this.where(ctx.tenantId, 'previous_secret_enc', d.endpointId),
        ),
      );
    }
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await safeRequest(d.url, {
        method: 'POST',
        body,
        // A receiver that redirects is misconfigured; following would resend the signed body elsewhere.
        maxRedirects: 0,
        maxBodyBytes: 1024,
        userAgent: USER_AGENT,
        ...this.outbound,
        headers: {
          'Content-Type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(secrets, Math.floor(Date.now() / 1000), body),
          'Perch-Event-Id': `evt_${d.eventId}`,
          'Perch-Event-Type': d.eventType,
          'Perch-Delivery-Id': toGlobalId('WebhookDelivery', d.id),
          'Perch-Webhook-Id': toGlobalId('WebhookEndpoint', d.endpointId),
        },
      });
      status = res.status;
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (err) {
      if (!(err instanceof OutboundError)) throw err;
      error = `${err.code}: ${err.message}`.slice(0, 500);
    }
    const durationMs = Date.now() - started;
    if (error === null && status !== null) {
      return { id: v7(), deliveryId: d.id, endpointId: d.endpointId, status, durationMs };
    }
    const failed = d.attempts + 1;
    const retry =
      failed >= this.config.webhooks.maxAttempts
        ? null
        : backoffSeconds(failed, this.config.webhooks.retryBaseSeconds);
    const disabled = await this.repo.recordAttempt(ctx, {
      id: v7(),
      deliveryId: d.id,
      endpointId: d.endpointId,
      status,
      error,
      durationMs,
      ok: false,
      retryInSeconds: retry,
      disableAfter: this.config.webhooks.disableAfter,
    });
    if (disabled) {
      this.logger.warn(`webhook endpoint ${d.endpointId} of tenant ${ctx.tenantId} disabled`);
    }
    return null;
  }
}
