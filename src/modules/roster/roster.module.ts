import { Module, type OnModuleInit } from '@nestjs/common';
import { MANAGERS } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { ScimTokenModel, ScimTokensResolver } from './roster.graphql.js';
import { RosterRepository } from './roster.repository.js';
import { ScimController } from './scim.controller.js';
import { ScimService } from './scim.service.js';

/** Student rosters from a university: SCIM 2.0 provisioning. */
@Module({
  imports: [SeekersModule],
  controllers: [ScimController],
  providers: [RosterRepository, ScimService, ScimTokensResolver],
})
export class RosterModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly scim: ScimService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('ScimToken', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const row = await this.scim.findToken(ctx, uuid);
        return row ? ScimTokenModel.of(row) : null;
      },
    });
  }
}
