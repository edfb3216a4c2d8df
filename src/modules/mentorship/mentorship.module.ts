import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { IntegrationsModule } from '../integrations/integrations.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { MentorshipRepository } from './mentorship.repository.js';
import { MentorshipResolver, READERS } from './mentorship.resolver.js';
import { MentorshipService } from './mentorship.service.js';
import { SeekerTasksRepository } from './seeker-tasks.repository.js';
import { SeekerTaskModel } from './mentorship.models.js';

/** Mentorship: mentor discovery, the outreach pipeline, etiquette checks, informational interviews. */
@Module({
  imports: [IntegrationsModule, SeekersModule, IngestionModule],
  providers: [MentorshipRepository, SeekerTasksRepository, MentorshipService, MentorshipResolver],
  exports: [MentorshipService, SeekerTasksRepository],
})
export class MentorshipModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly service: MentorshipService,
    private readonly resolver: MentorshipResolver,
  ) {}

  onModuleInit(): void {
    this.nodes.register('MentorContact', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const c = await this.service.findContact(ctx, uuid);
        return c ? this.resolver.contactModel(ctx, c) : null;
      },
    });
    this.nodes.register('OutreachDraft', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const r = await this.service.draft(ctx, uuid).catch(() => null);
        return r ? this.resolver.draftModel(ctx, r.draft, r.contact) : null;
      },
    });
    this.nodes.register('InformationalInterview', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const r = await this.service.interview(ctx, uuid).catch(() => null);
        return r ? this.resolver.interviewModel(ctx, r.interview, r.contact) : null;
      },
    });
    this.nodes.register('SeekerTask', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const t = await this.service.findTask(ctx, uuid);
        return t ? SeekerTaskModel.of(t) : null;
      },
    });
  }
}
