import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { Loaders, LoaderRegistry } from '../../platform/graphql/loaders.js';
import { SeekerModel } from '../seekers/models/seeker.model.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { CreateXConnectLinkInput, DisconnectXInput } from './inputs/x-connect.inputs.js';
import {
  CreateXConnectLinkPayload,
  DisconnectXPayload,
  XConnectionModel,
} from './models/x-connection.model.js';
import { XConnectService } from './x-connect.service.js';

const SELF_OR_WRITERS = [...WRITERS, 'seeker'] as const;

@Resolver(() => SeekerModel)
export class XConnectResolver {
  constructor(
    private readonly connect: XConnectService,
    private readonly seekers: SeekersService,
  ) {}

  @Allow({ roles: SELF_OR_WRITERS, scopes: ['write'] })
  @Mutation(() => CreateXConnectLinkPayload, {
    description:
      'A link for the seeker to connect their X account (needs their READ_X_DATA consent).',
  })
  async createXConnectLink(
    @Ctx() ctx: TenantScope,
    @Args('input') input: CreateXConnectLinkInput,
  ): Promise<CreateXConnectLinkPayload> {
    const link = await this.connect.createLink(ctx, fromGlobalId(input.seekerId, 'Seeker'));
    return { url: link.url, expiresAt: link.expiresAt, userErrors: [] };
  }

  @Allow({ roles: SELF_OR_WRITERS, scopes: ['write'] })
  @Mutation(() => DisconnectXPayload, {
    description: 'Revoke Perch’s access at X and forget the tokens.',
  })
  async disconnectX(
    @Ctx() ctx: TenantScope,
    @Args('input') input: DisconnectXInput,
  ): Promise<DisconnectXPayload> {
    const seekerId = fromGlobalId(input.seekerId, 'Seeker');
    await this.connect.disconnect(ctx, seekerId);
    return { seeker: await this.seekers.getSeeker(ctx, seekerId), userErrors: [] };
  }

  @ResolveField(() => XConnectionModel, { nullable: true })
  async xConnection(
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
    @Parent() seeker: SeekerModel,
  ): Promise<XConnectionModel | null> {
    const loader = loaders.get<string, XConnectionModel | null>(
      'seeker.xConnection',
      async (ids) => {
        const rows = await this.connect.connectionsFor(ctx, ids);
        const bySeeker = new Map(rows.map((r) => [r.seekerId, r]));
        return ids.map((id) => {
          const r = bySeeker.get(id);
          return r
            ? {
                username: r.username,
                xUserId: r.xUserId,
                scopes: r.scopes,
                connectedAt: r.connectedAt,
              }
            : null;
        });
      },
    );
    return loader.load(seeker.uuid);
  }
}
