/**
 * Whether the links Perch shows people still resolve: a posting's apply link, the links in a
 * seeker's old posts (the audit's `broken_link`) and in drafts. Links are tracked when they are
 * first seen and checked by the worker, never while a request waits; every fetch goes through
 * libs/outbound, which refuses private, loopback and metadata addresses (SSRF). One check serves
 * every tenant: the table is in the public layer.
 */
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { checkLink, type OutboundOptions } from '@libs/outbound';
import { canonicalUrl } from '@libs/text';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { LOGGER } from '../../platform/logging/logger.js';
import { X_RUNTIME, type XRuntime } from '../../platform/x/x-runtime.js';
import { recheckAfterSeconds } from './link-policy.js';
import { LinkChecksRepository, type LinkRow } from './link-checks.repository.js';

const MAX_URL = 2048;
/** Most links taken from one call, so one huge post list cannot flood the queue. */
const MAX_TRACK = 1000;

/** The canonical form links are keyed on, or null for what is not an http(s) link worth checking. */
export function linkKey(url: string): string | null {
  const c = canonicalUrl(url);
  return c && c.length <= MAX_URL ? c : null;
}

@Injectable()
export class LinkChecksService {
  private readonly options: Omit<OutboundOptions, 'method' | 'body'>;

  constructor(
    private readonly repo: LinkChecksRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(X_RUNTIME) x: XRuntime,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const c = config.links;
    // With the built-in simulator and no explicit setting, its web stands in for the internet.
    const connectTo = c.connectTo ?? (x.simulatorUrl ? new URL(x.simulatorUrl).host : undefined);
    this.options = {
      timeoutMs: c.timeoutMs,
      allowPrivate: c.allowPrivate,
      connectTo: connectTo ? splitHostPort(connectTo) : undefined,
    };
  }

  /** Starts watching links (idempotent); unparseable ones are skipped. */
  async track(urls: Iterable<string>, m?: EntityManager): Promise<void> {
    const keys = new Set<string>();
    for (const u of urls) {
      const k = linkKey(u);
      if (k) keys.add(k);
      if (keys.size >= MAX_TRACK) break;
    }
    await this.repo.track([...keys], m);
  }

  /**
   * Tracks links for a request that holds its read session: not awaited, so the request never
   * waits for a second pooled connection while holding one (a pool of them would deadlock).
   */
  trackLater(urls: Iterable<string>): void {
    const list = [...urls];
    this.track(list).catch((err: unknown) =>
      this.logger.warn({ err, links: list.length }, 'could not queue links for checking'),
    );
  }

  /**
   * Tracks now when the caller runs outside a read session (a mutation, the worker), else later
   * (see trackLater).
   */
  async trackFor(ctx: { session?: unknown }, urls: Iterable<string>): Promise<void> {
    if (ctx.session) this.trackLater(urls);
    else await this.track(urls);
  }

  /** What is known of each link, keyed by the link as given. */
  async statuses(urls: Iterable<string>, m?: EntityManager): Promise<Map<string, LinkRow>> {
    const byKey = new Map<string, string[]>();
    for (const u of urls) {
      const k = linkKey(u);
      if (k) byKey.set(k, [...(byKey.get(k) ?? []), u]);
    }
    const rows = await this.repo.find([...byKey.keys()], m);
    const out = new Map<string, LinkRow>();
    for (const r of rows) for (const u of byKey.get(r.url) ?? []) out.set(u, r);
    return out;
  }

  /** Checks the links that are due; returns how many were checked. */
  async checkDue(limit = this.config.links.batch): Promise<number> {
    const lease = Math.ceil((this.config.links.timeoutMs * limit) / 1000) + 60;
    const due = await this.repo.claimDue(limit, lease);
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const { url, attempts } = due[next++];
        const r = await checkLink(url, this.options);
        const failures = r.state === 'unknown' ? attempts + 1 : 0;
        await this.repo.record(url, r, recheckAfterSeconds(r.state, failures - 1));
        if (r.state === 'blocked') this.logger.warn({ url, reason: r.reason }, 'link refused');
      }
    };
    const n = Math.min(this.config.links.concurrency, due.length);
    await Promise.all(Array.from({ length: n }, worker));
    return due.length;
  }
}

function splitHostPort(hostPort: string): { host: string; port: number } {
  const i = hostPort.lastIndexOf(':');
  return {
    host: hostPort.slice(0, i).replace(/^\[|\]$/g, ''),
    port: Number(hostPort.slice(i + 1)),
  };
}
