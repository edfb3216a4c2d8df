import { LinksModule } from '../links/links.module.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { IdentityModule } from '../identity/identity.module.js';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { READERS } from '../mentorship/mentorship.resolver.js';
import { PeersModule } from '../peers/peers.module.js';
import { ResearchModule } from '../research/research.module.js';
import { IntegrationsModule } from '../integrations/integrations.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { JobApplicationModel, JobMatchModel, JobPostingModel } from './jobs.models.js';
import { JobsRepository } from './jobs.repository.js';
import {
  JobApplicationsResolver,
  JobMatchesResolver,
  JobPostingsResolver,
} from './jobs.resolver.js';
import { JobsService } from './jobs.service.js';
import { nextStages } from './pipeline.js';

/** Jobs: postings and recruiters from X, matches, the application pipeline. */
@Module({
  imports: [
    SeekersModule,
    IdentityModule,
    IngestionModule,
    ResearchModule,
    PeersModule,
    LinksModule,
    IntegrationsModule,
  ],
  providers: [
    JobsRepository,
    JobsService,
    JobMatchesResolver,
    JobPostingsResolver,
    JobApplicationsResolver,
  ],
  exports: [JobsService],
})
export class JobsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('JobPosting', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const [p] = await this.jobs.postings(ctx, [uuid]);
        return p ? JobPostingModel.of(p) : null;
      },
    });
    this.nodes.register('JobMatch', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const m = await this.jobs.findMatch(ctx, uuid);
        return m ? JobMatchModel.of(m) : null;
      },
    });
    this.nodes.register('JobApplication', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const a = await this.jobs.findApplication(ctx, uuid);
        return a ? JobApplicationModel.of(a, nextStages(a.stage)) : null;
      },
    });
  }
}
