import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { MentorshipModule } from '../mentorship/mentorship.module.js';
import { READERS } from '../mentorship/mentorship.resolver.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { CohortsRepository } from './cohorts.repository.js';
import { CohortModel, CohortsResolver } from './cohorts.resolver.js';
import { CohortsService } from './cohorts.service.js';

/** Peers: cohorts (made or suggested), check-ins, the links board, and peers on X. */
@Module({
  imports: [SeekersModule, MentorshipModule],
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
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const c = await this.cohorts.find(ctx, uuid);
        return c ? CohortModel.of(c) : null;
      },
    });
  }
}
