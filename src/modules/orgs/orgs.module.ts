import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { MentorshipModule } from '../mentorship/mentorship.module.js';
import { READERS } from '../mentorship/mentorship.resolver.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { CalendarController } from './calendar.controller.js';
import { OrganizationModel } from './orgs.models.js';
import { OrgsRepository } from './orgs.repository.js';
import { HashtagChatsResolver, OrgEventsResolver, OrganizationsResolver } from './orgs.resolver.js';
import { OrgsService } from './orgs.service.js';

/** Orgs: trade organizations, events with hashtag capture, recurring hashtag chats. */
@Module({
  imports: [SeekersModule, IngestionModule, MentorshipModule],
  controllers: [CalendarController],
  providers: [
    OrgsRepository,
    OrgsService,
    OrganizationsResolver,
    OrgEventsResolver,
    HashtagChatsResolver,
  ],
})
export class OrgsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly service: OrgsService,
    private readonly events: OrgEventsResolver,
    private readonly chats: HashtagChatsResolver,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Organization', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const o = await this.service.findOrganization(ctx, uuid);
        return o ? OrganizationModel.of(o) : null;
      },
    });
    this.nodes.register('OrgEvent', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const e = await this.service.findEvent(ctx, uuid);
        return e ? this.events.model(e) : null;
      },
    });
    this.nodes.register('HashtagChat', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const c = await this.service.findChat(ctx, uuid);
        return c ? this.chats.model(c) : null;
      },
    });
  }
}
