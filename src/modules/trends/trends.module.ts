import { Module, type OnModuleInit } from '@nestjs/common';
import { STAFF } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { PeersModule } from '../peers/peers.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { XConnectModule } from '../x-connect/x-connect.module.js';
import { XUsageModule } from '../x-usage/x-usage.module.js';
import { TopicModel } from './models/trends.model.js';
import { TrendsRepository } from './trends.repository.js';
import { TrendsResolver } from './trends.resolver.js';
import { TrendsService } from './trends.service.js';

/** Industry trends: topics on shared sources, bursts, daily briefings, feed pruning. */
@Module({
  imports: [SeekersModule, IngestionModule, XConnectModule, XUsageModule, PeersModule],
  providers: [TrendsRepository, TrendsService, TrendsResolver],
  exports: [TrendsService],
})
export class TrendsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly trends: TrendsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Topic', {
      roles: STAFF,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const t = await this.trends.topic(ctx, uuid);
        return t ? TopicModel.of(t) : null;
      },
    });
  }
}
