/**
 * A tenant's watches: what it follows on X for a capability (and maybe one seeker). Adding one
 * checks the target with X (billed to the tenant) and maps it onto the one shared source for that
 * account, query or list, so a source watched by many organizations is still polled once.
 */
import { Inject, Injectable } from '@nestjs/common';
import { v7 } from 'uuid';
import { XClient, XError, type XCallRecord, type XReader } from '@libs/x-client';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { seesAllSeekers, type TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { decodeCursor, pageSize, toPage, type Page } from '../../platform/graphql/pagination.js';
import { X_RUNTIME, type XRuntime } from '../../platform/x/x-runtime.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { XUsageService, type Capability } from '../x-usage/x-usage.service.js';
import { IngestionRepository, type SourceKind, type WatchRow } from './ingestion.repository.js';
import { AddXWatchInput, XWatchesArgs } from './inputs/x-watch.inputs.js';
import { XPostModel, XWatchModel } from './models/x-watch.model.js';

const HANDLE_RE = /^@?([A-Za-z0-9_]{1,15})$/;
const LIST_ID_RE = /^[0-9]{1,19}$/;

/** What X's query parser refuses outright, caught before a watch is made (and billed). */
export function queryProblem(q: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(q)) return 'A query cannot contain control characters.';
  if (!q.trim()) return 'Give a search query.';
  if (q.length > 512) return 'X accepts queries of at most 512 characters.';
  if ((q.match(/"/g) ?? []).length % 2) return 'The query has an unclosed quote.';
  let depth = 0;
  for (const ch of q.replace(/"[^"]*"/g, '')) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return 'The query closes a parenthesis it never opened.';
  }
  return depth ? 'The query leaves a parenthesis open.' : null;
}

/** Keyset cursor over X post ids (newest first), opaque to clients. */
function encodePostCursor(id: string): string {
  return Buffer.from(`p|${id}`).toString('base64url');
}
function decodePostCursor(s: string | undefined): string | null {
  if (s === undefined) return null;
  const m = /^p\|([0-9]{1,19})$/.exec(Buffer.from(s, 'base64url').toString());
  if (!m || BigInt(m[1]) > 9223372036854775807n) {
    throw AppError.badInput('The `after` cursor is not one this API issued.', ['after']);
  }
  return m[1];
}

@Injectable()
export class WatchesService {
  private readonly client: XClient;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(X_RUNTIME) private readonly x: XRuntime,
    private readonly repo: IngestionRepository,
    private readonly usage: XUsageService,
    private readonly seekers: SeekersService,
  ) {
    this.client = new XClient({
      baseUrl: x.baseUrl,
      governor: { maxWaitMs: 5_000, totalTimeoutMs: config.x.timeoutMs },
    });
  }

  /**
   * `backfillPosts`: how much history the source should read on its first poll (trends need a
   * baseline); the largest any watch asked for wins.
   */
  async add(
    ctx: TenantScope,
    input: AddXWatchInput,
    opts: { backfillPosts?: number } = {},
  ): Promise<XWatchModel> {
    const seekerId = input.seekerId ? await this.visibleSeeker(ctx, input.seekerId) : null;
    const capability = input.capability as string;
    const kind = input.kind as SourceKind;
    let target = input.target.trim();
    const field = ['target'];
    if (kind === 'timeline') {
      const m = HANDLE_RE.exec(target);
      if (!m) throw AppError.badInput('Give an X handle: letters, digits and _ (up to 15).', field);
      target = m[1];
    } else if (kind === 'query') {
      const problem = queryProblem(target);
      if (problem) throw AppError.badInput(problem, field);
    } else if (!LIST_ID_RE.test(target)) {
      throw AppError.badInput('Give the numeric id of an X list.', field);
    }

    // The same account, query or list for the same purpose is one watch: adding it again is a no-op.
    const existingKey = { capability, seekerId };
    if (kind !== 'timeline') {
      const found = await this.repo.findWatchByKey(ctx, { kind, target, ...existingKey });
      if (found) return this.model(ctx, found);
    }

    const resolved = await this.resolve(ctx, kind, target, { capability, seekerId });
    if (kind === 'timeline') {
      const found = await this.repo.findWatchByKey(ctx, {
        kind,
        target: resolved.target,
        ...existingKey,
      });
      if (found) return this.model(ctx, found);
    }
    const id = v7();
    await this.repo.insertWatch(ctx, {
      id,
      kind,
      target: resolved.target,
      sourceLabel: resolved.label,
      capability,
      seekerId,
      label: input.label?.trim() || null,
      cadenceSeconds: (input.cadenceMinutes ?? 15) * 60,
      backfillPosts: opts.backfillPosts ?? null,
    });
    const row =
      (await this.repo.findWatch(ctx, id)) ??
      (await this.repo.findWatchByKey(ctx, { kind, target: resolved.target, ...existingKey }));
    if (!row) throw AppError.notFound('X watch');
    return this.model(ctx, row);
  }

  async list(ctx: TenantScope, args: XWatchesArgs): Promise<Page<XWatchModel>> {
    const first = pageSize(args);
    const rows = await this.repo.listWatches(ctx, {
      capability: args.capability,
      seekerId: args.seekerId ? await this.visibleSeeker(ctx, args.seekerId) : undefined,
      coachMembershipId: this.coachOf(ctx),
      after: decodeCursor(args.after),
      limit: first + 1,
    });
    const paused = await this.budgetPaused(ctx);
    return toPage(rows, first, args.after, (r) => XWatchModel.of(r, paused));
  }

  /** The watch if the caller may see it (a coach: organization-wide or their seekers'). */
  async find(ctx: TenantScope, id: string): Promise<XWatchModel | null> {
    const row = await this.repo.findWatch(ctx, id);
    if (!row) return null;
    if (row.seekerId && !(await this.seekers.findVisible(ctx, row.seekerId))) return null;
    return this.model(ctx, row);
  }

  async remove(ctx: TenantScope, id: string): Promise<void> {
    if (!(await this.find(ctx, id))) throw AppError.notFound('X watch');
    await this.repo.deleteWatch(ctx, id);
  }

  /** Puts a failed or retrying source back on the schedule, keeping where its last run stopped. */
  async retry(ctx: TenantScope, id: string): Promise<XWatchModel> {
    if (!(await this.find(ctx, id))) throw AppError.notFound('X watch');
    await this.repo.retrySource(ctx, id);
    return (await this.find(ctx, id))!;
  }

  async posts(
    ctx: TenantScope,
    watch: XWatchModel,
    args: { first?: number; after?: string },
  ): Promise<Page<XPostModel>> {
    const first = pageSize(args);
    const rows = await this.repo.watchPosts(
      ctx,
      watch.uuid,
      decodePostCursor(args.after),
      first + 1,
    );
    const kept = rows.slice(0, first);
    const edges = kept.map((r) => ({ cursor: encodePostCursor(r.id), node: XPostModel.of(r) }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: args.after !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async model(ctx: TenantScope, row: WatchRow): Promise<XWatchModel> {
    return XWatchModel.of(row, await this.budgetPaused(ctx));
  }

  private async budgetPaused(ctx: TenantScope): Promise<boolean> {
    return !(await this.usage.canSpend(ctx));
  }

  private coachOf(ctx: TenantScope): string | null {
    const p = ctx.principal;
    if (seesAllSeekers(p)) return null;
    // Only staff reach this service; a coach sees organization-wide watches and their seekers'.
    return p.kind === 'user' ? p.membershipId : null;
  }

  private async visibleSeeker(ctx: TenantScope, globalId: string): Promise<string> {
    const id = fromGlobalId(globalId, 'Seeker');
    if (!(await this.seekers.findVisible(ctx, id))) throw AppError.notFound('seeker');
    return id;
  }

  /**
   * An app-only X reader whose calls are billed to this tenant for a capability (and seeker);
   * `settle` records them and must run after the reads, also when they fail.
   */
  async meteredReader(
    ctx: TenantScope,
    capability: Capability,
    seekerId: string | null = null,
  ): Promise<{ reader: XReader; settle: () => Promise<void> }> {
    if (!this.x.appBearerToken) {
      throw new AppError(
        'INVALID_STATE',
        'X is not configured on this Perch (X_APP_BEARER_TOKEN).',
      );
    }
    await this.usage.assertCanSpend(ctx);
    const calls: XCallRecord[] = [];
    const reader = this.client.forApp(this.x.appBearerToken, (r) => void calls.push(r));
    return {
      reader,
      settle: async () => {
        for (const call of calls.splice(0)) {
          await this.usage.record(call, [{ tenantId: ctx.tenantId, capability, seekerId }]);
        }
      },
    };
  }

  /** Checks the target with X, billed to this tenant, and names it for people. */
  private async resolve(
    ctx: TenantScope,
    kind: SourceKind,
    target: string,
    who: { capability: string; seekerId: string | null },
  ): Promise<{ target: string; label: string }> {
    if (kind === 'query') return { target, label: target };
    if (kind === 'timeline') {
      // Another watch (perhaps another organization's) already paid to learn who this is.
      const known = await this.repo.recentAccount(target, 7);
      if (known) return { target: known.id, label: `@${known.username}` };
    }
    if (!this.x.appBearerToken) {
      throw new AppError(
        'INVALID_STATE',
        'X is not configured on this Perch (X_APP_BEARER_TOKEN).',
      );
    }
    await this.usage.assertCanSpend(ctx);
    const calls: XCallRecord[] = [];
    const reader = this.client.forApp(this.x.appBearerToken, (r) => void calls.push(r));
    try {
      if (kind === 'timeline') {
        const user = await reader.userByUsername(target);
        if (!user) throw AppError.badInput(`X has no account @${target}.`, ['target']);
        await this.repo.saveAccounts([user]);
        return { target: user.id, label: `@${user.username}` };
      }
      const list = await reader.list(target);
      if (!list) throw AppError.badInput(`X has no list ${target}.`, ['target']);
      if (list.private) throw AppError.badInput('That list is private.', ['target']);
      return { target: list.id, label: list.name };
    } catch (err) {
      if (err instanceof XError) {
        if (err.code === 'X_NOT_FOUND' || err.code === 'X_BAD_REQUEST') {
          throw AppError.badInput(`X does not know ${kind === 'list' ? 'list' : '@'}${target}.`, [
            'target',
          ]);
        }
        throw new AppError(
          'X_UNAVAILABLE',
          `X could not be reached to check the target: ${err.message}`,
        );
      }
      throw err;
    } finally {
      for (const call of calls) {
        await this.usage.record(call, [
          {
            tenantId: ctx.tenantId,
            capability: who.capability as Capability,
            seekerId: who.seekerId,
          },
        ]);
      }
    }
  }
}
