import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, STAFF, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import type { Page } from '../../platform/graphql/pagination.js';
import { SeekerModel } from '../seekers/models/seeker.model.js';
import { SeekersService } from '../seekers/seekers.service.js';
import {
  AddXWatchInput,
  XWatchesArgs,
  RemoveXWatchInput,
  RetryXWatchInput,
  XWatchPostsArgs,
} from './inputs/x-watch.inputs.js';
import {
  AddXWatchPayload,
  RemoveXWatchPayload,
  RetryXWatchPayload,
  XPostConnection,
  XPostModel,
  XWatchConnection,
  XWatchModel,
} from './models/x-watch.model.js';
import { WatchesService } from './watches.service.js';

/**
 * Organization-wide watches spend the whole organization's X budget: owners, admins and API keys
 * manage them; a coach manages watches of the seekers they coach.
 */
function assertMayManage(ctx: TenantScope, seekerId: string | null | undefined): void {
  const p = ctx.principal;
  if (!seekerId && p.kind === 'user' && p.role === 'coach') {
    throw new AppError(
      'FORBIDDEN',
      'Organization-wide watches are managed by owners and admins; a coach adds watches for a seeker (seekerId).',
    );
  }
}

@Resolver(() => XWatchModel)
export class WatchesResolver {
  constructor(
    private readonly watches: WatchesService,
    private readonly seekers: SeekersService,
  ) {}

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => XWatchConnection, {
    description:
      "What the organization follows on X, with each source's polling status (a coach sees organization-wide watches and their seekers').",
  })
  xWatches(@Ctx() ctx: TenantScope, @Args() args: XWatchesArgs): Promise<Page<XWatchModel>> {
    return this.watches.list(ctx, args);
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => AddXWatchPayload, {
    description:
      'Follow an account, a search query or a list on X for a capability. The target is checked with X (billed); adding the same watch again returns the existing one.',
  })
  async addXWatch(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddXWatchInput }) input: AddXWatchInput,
  ): Promise<AddXWatchPayload> {
    assertMayManage(ctx, input.seekerId);
    return Object.assign(new AddXWatchPayload(), { watch: await this.watches.add(ctx, input) });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => RemoveXWatchPayload, {
    description: 'Stop following; posts already seen stay in the shared layer.',
  })
  async removeXWatch(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RemoveXWatchInput }) input: RemoveXWatchInput,
  ): Promise<RemoveXWatchPayload> {
    const id = fromGlobalId(input.watchId, 'XWatch');
    const existing = await this.watches.find(ctx, id);
    if (existing) assertMayManage(ctx, existing.seekerId);
    await this.watches.remove(ctx, id);
    return Object.assign(new RemoveXWatchPayload(), { removedWatchId: input.watchId });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => RetryXWatchPayload, {
    description:
      'Put a FAILED or RETRYING watch back on the schedule now, from where its last poll stopped.',
  })
  async retryXWatch(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RetryXWatchInput }) input: RetryXWatchInput,
  ): Promise<RetryXWatchPayload> {
    const id = fromGlobalId(input.watchId, 'XWatch');
    const existing = await this.watches.find(ctx, id);
    if (existing) assertMayManage(ctx, existing.seekerId);
    const watch = await this.watches.retry(ctx, id);
    return Object.assign(new RetryXWatchPayload(), { watch });
  }

  @ResolveField(() => SeekerModel, {
    nullable: true,
    description: 'The seeker this watch is for; null for the whole organization.',
  })
  async seeker(@Parent() w: XWatchModel, @Ctx() ctx: TenantScope): Promise<SeekerModel | null> {
    return w.seekerId ? this.seekers.findVisible(ctx, w.seekerId) : null;
  }

  @ResolveField(() => XPostConnection, {
    description: 'Posts this watch has been handed, newest first.',
  })
  posts(
    @Parent() w: XWatchModel,
    @Ctx() ctx: TenantScope,
    @Args() args: XWatchPostsArgs,
  ): Promise<Page<XPostModel>> {
    return this.watches.posts(ctx, w, args);
  }
}
