/**
 * Polls one shared source: one read of X serves every tenant watching it, paid by those whose
 * budget allows. A run reads newest-first pages until it reaches the source's cursor; each page is
 * saved with the run's position in one transaction, so a worker killed anywhere resumes after the
 * last saved page, and the cursor moves only once the run has caught up. A lease on the source
 * keeps a second worker from polling it at the same time; a dead worker's lease runs out.
 */
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { v7 } from 'uuid';
import {
  XClient,
  XError,
  type XCallRecord,
  type XPage,
  type XPost,
  type XReader,
} from '@libs/x-client';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { systemScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { LOGGER } from '../../platform/logging/logger.js';
import { X_RUNTIME, type XRuntime } from '../../platform/x/x-runtime.js';
import { XUsageService, type Attribution, type Capability } from '../x-usage/x-usage.service.js';
import {
  IngestionRepository,
  LeaseLost,
  type RunState,
  type SourceRow,
  type SourceWatch,
} from './ingestion.repository.js';

export type PollOutcome =
  | { outcome: 'busy' | 'unwatched' | 'paused_budget' }
  | { outcome: 'caught_up' | 'more'; pages: number; added: number }
  | { outcome: 'rate_limited'; retryAt: Date; pages: number; added: number }
  | { outcome: 'failed'; code: string; pages: number; added: number };

/** X's recent search answers only the last 7 days (a minute's margin for clocks that differ). */
const SEARCH_WINDOW_MS = 7 * 24 * 3600_000 - 60_000;
const TWITTER_EPOCH = 1288834974657n;

/** When a snowflake id was made (X ids carry their creation time). */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + TWITTER_EPOCH);
}

/** A run's next_token chain: X wants the first request's parameters again with each token. */
interface Chain {
  token: string | undefined;
  sinceId: string | undefined;
  startTime: string | undefined;
  untilId: string | undefined;
}

const maxId = (ids: string[]) =>
  ids.reduce<string | null>((a, b) => (a === null || BigInt(b) > BigInt(a) ? b : a), null);
const minId = (ids: string[]) =>
  ids.reduce<string | null>((a, b) => (a === null || BigInt(b) < BigInt(a) ? b : a), null);

@Injectable()
export class IngestionPoller {
  private readonly client: XClient;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(X_RUNTIME) private readonly x: XRuntime,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly repo: IngestionRepository,
    private readonly usage: XUsageService,
  ) {
    // A worker must not sleep a whole 15-minute window holding a source; it reschedules instead.
    this.client = new XClient({
      baseUrl: x.baseUrl,
      governor: { maxWaitMs: config.ingest.maxRateWaitMs, totalTimeoutMs: config.x.timeoutMs },
    });
  }

  /** Sources due for a poll, oldest due first. */
  dueSources(limit = 100): Promise<string[]> {
    return this.repo.dueSources(limit);
  }

  async poll(sourceId: string): Promise<PollOutcome> {
    const owner = v7();
    const ttl = this.config.ingest.leaseSeconds;
    const source = await this.repo.acquire(sourceId, owner, ttl);
    if (!source) return { outcome: 'busy' };
    const log = this.logger.child({ sourceId, kind: source.kind, target: source.label });
    let pages = 0;
    let added = 0;
    try {
      const watches = await this.repo.watchesOf(sourceId);
      const cadenceMs = Math.min(...watches.map((w) => w.cadenceSeconds), 3600) * 1000;
      if (!watches.length) {
        await this.repo.release(sourceId, owner, {
          status: 'ok',
          nextPollAt: new Date(Date.now() + 3600_000),
        });
        return { outcome: 'unwatched' };
      }
      let payers = await this.payers(watches);
      if (!payers.length) {
        await this.repo.release(sourceId, owner, {
          status: 'paused',
          nextPollAt: new Date(Date.now() + cadenceMs),
          errorCode: 'X_BUDGET_EXHAUSTED',
          errorMessage: 'Every organization watching this source has spent its X budget.',
        });
        log.info('source paused: no watching organization has X budget left');
        return { outcome: 'paused_budget' };
      }
      if (!this.x.appBearerToken) {
        throw new AppError('INVALID_STATE', 'X is not configured (X_APP_BEARER_TOKEN).');
      }

      let state: RunState = {
        sinceId: source.sinceId,
        runNewestId: source.runNewestId,
        runOldestId: source.runOldestId,
        runToken: source.runToken,
      };
      let caughtUp = false;
      let chain: Chain | null = null;
      while (pages < this.config.ingest.maxPages) {
        const calls: XCallRecord[] = [];
        const request: Chain = chain ?? this.startChain(source, state);
        const reader = this.client.forApp(this.x.appBearerToken, (r) => void calls.push(r));
        let page: XPage<XPost>;
        try {
          page = await this.fetch(reader, source, state, request);
        } finally {
          // Whatever X answered is paid for, by those the call served, before anything else.
          for (const call of calls) await this.usage.record(call, payers);
        }
        const next = this.advance(source, state, page, added);
        added += await this.repo.savePage(
          sourceId,
          owner,
          ttl,
          {
            posts: next.items,
            included: [...page.posts.values()],
            users: [...page.users.values()],
          },
          next.state,
        );
        pages++;
        chain =
          source.kind !== 'list' && page.nextToken ? { ...request, token: page.nextToken } : null;
        state = next.state;
        log.info({ page: pages, posts: next.items.length, added }, 'ingested page');
        if (next.done) {
          caughtUp = true;
          break;
        }
        payers = await this.payers(watches);
        if (!payers.length) break;
      }
      await this.repo.release(sourceId, owner, {
        status: payers.length ? 'ok' : 'paused',
        nextPollAt: new Date(Date.now() + (caughtUp ? cadenceMs : 0)),
        errorCode: payers.length ? null : 'X_BUDGET_EXHAUSTED',
      });
      return { outcome: caughtUp ? 'caught_up' : 'more', pages, added };
    } catch (raw) {
      if (raw instanceof LeaseLost) {
        log.warn('lease lost mid-run; another worker carries on');
        return { outcome: 'busy' };
      }
      const err = raw instanceof XError ? raw : null;
      if (err?.code === 'X_RATE_LIMITED') {
        const retryAt = new Date(err.retryAt ?? Date.now() + 60_000);
        await this.repo.release(sourceId, owner, {
          status: 'rate_limited',
          nextPollAt: retryAt,
          errorCode: err.code,
          errorMessage: err.message,
        });
        log.warn({ retryAt }, 'rate limited; rescheduled at the reset X named');
        return { outcome: 'rate_limited', retryAt, pages, added };
      }
      if (err && (err.code === 'X_UNAUTHORIZED' || err.code === 'X_PAYMENT_REQUIRED')) {
        // Perch's own credentials or X credits, not this source: wait and try again, keep the run.
        await this.repo.release(sourceId, owner, {
          status: 'retrying',
          nextPollAt: new Date(Date.now() + 5 * 60_000),
          errorCode: err.code,
          errorMessage: err.message,
          failed: true,
        });
        log.error({ code: err.code }, 'X refused Perch itself; polling waits');
        return { outcome: 'failed', code: err.code, pages, added };
      }
      if (err && !err.transient) {
        // A source X refuses (unknown list, bad query, suspended account) needs a person.
        await this.repo.release(sourceId, owner, {
          status: 'failed',
          nextPollAt: new Date(),
          errorCode: err.code,
          errorMessage: err.message,
          failed: true,
        });
        log.warn({ code: err.code, msg: err.message }, 'source failed');
        return { outcome: 'failed', code: err.code, pages, added };
      }
      // Transient (X down, database gone): the queue retries this task; the schedule only steps in
      // after those retries would have run, should this task itself be lost.
      await this.repo
        .release(sourceId, owner, {
          status: 'retrying',
          nextPollAt: new Date(Date.now() + 2 * 60_000),
          errorCode: err?.code ?? 'INTERNAL',
          errorMessage: err?.message ?? 'Perch could not save this poll; it will retry.',
          failed: true,
        })
        .catch(() => undefined);
      throw raw;
    }
  }

  /** The watches whose organization may still spend on X this month. */
  private async payers(watches: SourceWatch[]): Promise<Attribution[]> {
    const allowed = new Map<string, boolean>();
    for (const w of watches) {
      if (allowed.has(w.tenantId)) continue;
      allowed.set(
        w.tenantId,
        await this.usage.canSpend(systemScope(w.tenantId, 'ingestion budget check')),
      );
    }
    return watches
      .filter((w) => allowed.get(w.tenantId))
      .map((w) => ({
        tenantId: w.tenantId,
        capability: w.capability as Capability,
        seekerId: w.seekerId,
      }));
  }

  /**
   * One page. Within a run the pages follow X's next_token (with the parameters the chain began
   * with, as X requires); a page may hold fewer posts than asked, even none, and still have more
   * behind it. A run resumed by another worker starts a new chain below the last saved page.
   */
  private fetch(reader: XReader, s: SourceRow, state: RunState, c: Chain): Promise<XPage<XPost>> {
    // A new source reads recent posts up to its backfill, not its whole history.
    const maxResults =
      state.sinceId === null
        ? Math.min(this.config.ingest.pageSize, this.backfillOf(s))
        : this.config.ingest.pageSize;
    switch (s.kind) {
      case 'timeline':
        return reader.userTimeline(s.target, {
          maxResults: Math.max(5, maxResults),
          sinceId: c.sinceId,
          untilId: c.untilId,
          pageToken: c.token,
        });
      case 'query':
        return reader.searchRecent(s.target, {
          maxResults: Math.max(10, maxResults),
          sinceId: c.sinceId,
          startTime: c.startTime,
          untilId: c.untilId,
          pageToken: c.token,
        });
      case 'list':
        // X's list posts take no since_id: page from the newest and stop at the cursor.
        return reader.listPosts(s.target, { maxResults, pageToken: state.runToken ?? undefined });
    }
  }

  private backfillOf(s: SourceRow): number {
    return Math.max(this.config.ingest.backfillPosts, s.backfillPosts ?? 0);
  }

  /** The first request of a chain: from the cursor, below what the run has saved so far. */
  private startChain(s: SourceRow, state: RunState): Chain {
    // A search cursor X would refuse as too old: ask from the window's start instead (posts in
    // between are beyond recent search anyway).
    const tooOld =
      s.kind === 'query' &&
      state.sinceId !== null &&
      snowflakeTime(state.sinceId) < Date.now() - SEARCH_WINDOW_MS;
    return {
      token: undefined,
      sinceId: tooOld ? undefined : (state.sinceId ?? undefined),
      startTime: tooOld ? new Date(Date.now() - SEARCH_WINDOW_MS).toISOString() : undefined,
      untilId: state.runOldestId ?? undefined,
    };
  }

  /** The run's position after a page, the page's posts that are new, and whether it caught up. */
  private advance(
    s: SourceRow,
    state: RunState,
    page: XPage<XPost>,
    addedSoFar: number,
  ): { state: RunState; items: XPost[]; done: boolean } {
    const since = state.sinceId === null ? null : BigInt(state.sinceId);
    const items = page.items.filter((p) => since === null || BigInt(p.id) > since);
    const ids = items.map((p) => p.id);
    const runNewestId = state.runNewestId ?? maxId(ids);
    // A source never caught up reads its history only as far as its backfill: X bills every post.
    const backfilled =
      state.sinceId === null && s.postsIngested + addedSoFar + items.length >= this.backfillOf(s);
    const reachedCursor = items.length < page.items.length;
    const done = backfilled || !page.nextToken || reachedCursor;
    if (done) {
      const newest = [state.sinceId, runNewestId].filter((v): v is string => v !== null);
      return {
        items,
        done,
        state: { sinceId: maxId(newest), runNewestId: null, runOldestId: null, runToken: null },
      };
    }
    return {
      items,
      done,
      state: {
        sinceId: state.sinceId,
        runNewestId,
        // An empty page moves nothing: the run still ends where the last posts were saved.
        runOldestId: s.kind === 'list' ? null : (minId(ids) ?? state.runOldestId),
        runToken: s.kind === 'list' ? page.nextToken : null,
      },
    };
  }
}
