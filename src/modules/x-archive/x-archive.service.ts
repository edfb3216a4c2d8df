/**
 * Importing a seeker's X archive: the upload is streamed to a temporary file under a size cap,
 * then read by libs/x-client's hostile-input-safe reader in the background while the import's
 * progress is queryable. Posts and follows land in the seeker's tenant rows in batches; a second
 * import of the same archive adds nothing. A restart fails imports in flight, visibly.
 */
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { v7 } from 'uuid';
import { ArchiveError, readXArchive, type XPost } from '@libs/x-client';
import { type TenantScope, systemScope } from '../../platform/database/context.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { XConnectService } from '../x-connect/x-connect.service.js';
import { XArchiveRepository, type ImportRow } from './x-archive.repository.js';

const BATCH = 500;

@Injectable()
export class XArchiveService implements OnApplicationBootstrap {
  private readonly logger = new Logger(XArchiveService.name);
  /** Imports running in this process, so tests and shutdown can wait for them. */
  readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly repo: XArchiveRepository,
    private readonly seekers: SeekersService,
    private readonly tenants: TenantsService,
    private readonly connect: XConnectService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const tenantId of await this.tenants.listTenantIds()) {
      await this.repo.failInterrupted(systemScope(tenantId, 'fail interrupted archive imports'));
    }
  }

  /** Checks the caller may import for this seeker, before the upload is read. */
  async assertMayImport(ctx: TenantScope, seekerId: string): Promise<void> {
    await this.seekers.requireXDataConsent(ctx, seekerId);
  }

  /** Registers the uploaded file and reads it in the background; the file is removed after. */
  async start(ctx: TenantScope, seekerId: string, file: string, bytes: number): Promise<ImportRow> {
    const id = v7();
    await this.repo.insertImport(ctx, { id, seekerId, bytes });
    const scope: TenantScope = { tenantId: ctx.tenantId, principal: ctx.principal };
    const run = this.process(scope, id, seekerId, file).finally(() => {
      this.running.delete(id);
      void rm(file, { force: true });
    });
    this.running.set(id, run);
    return (await this.repo.findImport(ctx, id))!;
  }

  private async process(
    ctx: TenantScope,
    id: string,
    seekerId: string,
    file: string,
  ): Promise<void> {
    let posts: XPost[] = [];
    const counts = { posts: 0, following: 0, followers: 0 };
    const follows: Record<'following' | 'follower', string[]> = { following: [], follower: [] };
    let progress = { entriesDone: 0, entriesTotal: 0 };
    const flush = async () => {
      counts.posts += await this.repo.insertPosts(ctx, seekerId, posts);
      posts = [];
      counts.following += await this.repo.insertFollows(
        ctx,
        seekerId,
        'following',
        follows.following,
      );
      counts.followers += await this.repo.insertFollows(
        ctx,
        seekerId,
        'follower',
        follows.follower,
      );
      follows.following = [];
      follows.follower = [];
      await this.repo.update(ctx, id, { ...counts, ...progress });
    };
    try {
      for await (const r of readXArchive(file, { onProgress: (p) => (progress = p) })) {
        if (r.kind === 'account') {
          // A seeker who connected X may only import that account's archive, not someone else's.
          const [connected] = await this.connect.connectionsFor(ctx, [seekerId]);
          if (connected && connected.xUserId !== r.account.accountId) {
            throw new ArchiveError(
              'ARCHIVE_OTHER_ACCOUNT',
              `This archive is @${r.account.username}'s, but the seeker connected @${connected.username}.`,
            );
          }
          await this.repo.update(ctx, id, {
            xAccountId: r.account.accountId,
            xUsername: r.account.username,
          });
        } else if (r.kind === 'post') {
          posts.push(r.post);
          if (posts.length >= BATCH) await flush();
        } else {
          follows[r.kind].push(r.accountId);
          if (follows[r.kind].length >= BATCH) await flush();
        }
      }
      await flush();
      await this.repo.update(ctx, id, { status: 'completed', finishedAt: new Date() });
    } catch (err) {
      const known = err instanceof ArchiveError;
      if (!known)
        this.logger.error(
          `archive import ${id} failed: ${err instanceof Error ? err.message : 'unknown'}`,
        );
      await this.repo
        .update(ctx, id, {
          status: 'failed',
          errorCode: known ? err.code : 'INTERNAL_SERVER_ERROR',
          errorMessage: known ? err.message : 'The import failed on our side; try again.',
          finishedAt: new Date(),
        })
        .catch(() => undefined);
    }
  }

  async find(ctx: TenantScope, id: string): Promise<ImportRow | null> {
    const row = await this.repo.findImport(ctx, id);
    // Visible only with the seeker it belongs to.
    return row && (await this.seekers.findVisible(ctx, row.seekerId)) ? row : null;
  }

  importsOf(ctx: TenantScope, seekerIds: readonly string[]) {
    return this.repo.importsOf(ctx, seekerIds);
  }
}
