import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, principalMay, STAFF } from '../auth/access.decorators.js';
import type { TenantScope } from '../database/context.js';
import { AppError } from '../errors.js';
import { parseGlobalId } from './global-id.js';
import { Node, NodeRegistry } from './node.js';

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  private async find(ctx: TenantScope, id: string): Promise<Node | null> {
    const parsed = parseGlobalId(id);
    const loader = parsed && this.registry.get(parsed.type);
    if (!parsed || !loader || !principalMay(ctx.principal, loader.roles, loader.scopes))
      return null;
    return loader.load(ctx, parsed.uuid);
  }

  @Allow({ roles: [...STAFF, 'seeker'], scopes: ['read'] })
  @Query(() => Node, { description: 'Fetch any object by its global id.' })
  async node(@Ctx() ctx: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<Node> {
    const found = await this.find(ctx, id);
    if (!found) throw AppError.notFound();
    return found;
  }

  @Allow({ roles: [...STAFF, 'seeker'], scopes: ['read'] })
  @Query(() => [Node], {
    nullable: 'items',
    description: 'Fetch up to 100 objects by global id; an id you cannot see gives null.',
  })
  async nodes(
    @Ctx() ctx: TenantScope,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<(Node | null)[]> {
    if (ids.length > 100) throw AppError.badInput('Ask for at most 100 ids at once.', ['ids']);
    return Promise.all(ids.map((id) => this.find(ctx, id)));
  }
}
