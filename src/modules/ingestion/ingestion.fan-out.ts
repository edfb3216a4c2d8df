/**
 * Fan-out of new posts from a shared source to the tenants that watch it. Each watch keeps a
 * watermark over the order in which posts reached the source; a fan-out hands every handler the
 * posts past the watermark and moves it in the same tenant transaction. A crash before commit
 * leaves the watermark where it was, and a second fan-out waits on the first's row lock, so each
 * post reaches each watch's handlers exactly once in effect.
 */
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { systemScope, type TenantScope } from '../../platform/database/context.js';
import { XUsageService } from '../x-usage/x-usage.service.js';
import { IngestionRepository, type StoredPost } from './ingestion.repository.js';

/** What an analysis processor (a capability module) gets for one watch. */
export interface NewPosts {
  ctx: TenantScope;
  /** The open tenant transaction: write results through it so they commit with the watermark. */
  manager: EntityManager;
  watch: { id: string; capability: string; seekerId: string | null; sourceId: string };
  posts: StoredPost[];
}

export interface NewPostsHandler {
  name: string;
  /** Capabilities whose watches this handler wants; empty means all. */
  capabilities: readonly string[];
  handle(batch: NewPosts): Promise<void>;
}

const BATCH = 500;

@Injectable()
export class FanOutService {
  private readonly handlers: NewPostsHandler[] = [];
  private readonly logger = new Logger(FanOutService.name);

  constructor(
    private readonly repo: IngestionRepository,
    private readonly usage: XUsageService,
  ) {}

  /** Capability modules register their processors at start-up. */
  register(handler: NewPostsHandler): void {
    this.handlers.push(handler);
  }

  /** Whether any watch of the source has posts it has not been handed yet. */
  async lagging(sourceId: string): Promise<boolean> {
    const [watches, max] = await Promise.all([
      this.repo.watchesOf(sourceId),
      this.repo.maxSeq(sourceId),
    ]);
    if (!watches.length || max === '0') return false;
    for (const w of watches) {
      const row = await this.repo.findWatch(systemScope(w.tenantId, 'fan-out check'), w.watchId);
      if (row && BigInt(row.fannedSeq) < BigInt(max)) return true;
    }
    return false;
  }

  /**
   * Hands a source's new posts to every watch; returns posts delivered per watch. A tenant whose
   * X budget is spent is skipped (it did not pay for these reads) and catches up once it may
   * spend again. One watch's failing processor does not hold up the others: the failure is
   * raised after every watch had its turn, so the task is retried and only that watch redone.
   */
  async fanOut(sourceId: string): Promise<Map<string, number>> {
    const delivered = new Map<string, number>();
    const failures: unknown[] = [];
    const paused = new Map<string, boolean>();
    for (const w of await this.repo.watchesOf(sourceId)) {
      const ctx = systemScope(w.tenantId, 'fan-out of new posts');
      if (!paused.has(w.tenantId)) paused.set(w.tenantId, !(await this.usage.canSpend(ctx)));
      if (paused.get(w.tenantId)) continue;
      const handlers = this.handlers.filter(
        (h) => !h.capabilities.length || h.capabilities.includes(w.capability),
      );
      let total = 0;
      try {
        for (;;) {
          const n = await this.repo.fanOutWatch(ctx, w.watchId, BATCH, async (manager, posts) => {
            for (const h of handlers) {
              await h.handle({
                ctx: { ...ctx, manager },
                manager,
                watch: { id: w.watchId, capability: w.capability, seekerId: w.seekerId, sourceId },
                posts,
              });
            }
          });
          total += n;
          if (n < BATCH) break;
        }
      } catch (err) {
        this.logger.error(`fan-out to watch ${w.watchId} failed: ${String(err)}`);
        failures.push(err);
      }
      delivered.set(w.watchId, total);
    }
    if (failures.length) throw failures[0];
    return delivered;
  }
}
