import { Module, type OnModuleInit } from '@nestjs/common';
import { STAFF } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { XUsageModule } from '../x-usage/x-usage.module.js';
import { FanOutService } from './ingestion.fan-out.js';
import { IngestionPoller } from './ingestion.poller.js';
import { IngestionRepository } from './ingestion.repository.js';
import { WatchesResolver } from './watches.resolver.js';
import { WatchesService } from './watches.service.js';

/**
 * Shared ingestion of public X data: tenants' watches mapped onto shared sources, polled once for
 * all of them (IngestionPoller, run by the worker), new posts fanned out to capability processors.
 */
@Module({
  imports: [SeekersModule, XUsageModule],
  providers: [IngestionRepository, IngestionPoller, FanOutService, WatchesService, WatchesResolver],
  exports: [IngestionPoller, FanOutService, WatchesService, IngestionRepository],
})
export class IngestionModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly watches: WatchesService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('XWatch', {
      roles: STAFF,
      scopes: ['read'],
      load: (ctx, uuid) => this.watches.find(ctx, uuid),
    });
  }
}
