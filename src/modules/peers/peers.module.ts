import { Module, type OnModuleInit } from '@nestjs/common';
import { STAFF } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { CohortsRepository } from './cohorts.repository.js';
import { CohortModel, CohortsResolver } from './cohorts.resolver.js';
import { CohortsService } from './cohorts.service.js';

/** Peers: so far, cohorts of seekers (the rest of the capability is issue 5). */
@Module({
  imports: [SeekersModule],
  providers: [CohortsRepository, CohortsService, CohortsResolver],
  exports: [CohortsService],
})
export class PeersModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly cohorts: CohortsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Cohort', {
      roles: STAFF,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const c = await this.cohorts.find(ctx, uuid);
        return c ? CohortModel.of(c) : null;
      },
    });
  }
}
