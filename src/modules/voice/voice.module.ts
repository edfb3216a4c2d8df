import { Module, type OnModuleInit } from '@nestjs/common';
import { LinksModule } from '../links/links.module.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { READERS } from '../mentorship/mentorship.resolver.js';
import { IntegrationsModule } from '../integrations/integrations.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { SeekersService } from '../seekers/seekers.service.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { XArchiveModule } from '../x-archive/x-archive.module.js';
import { XConnectModule } from '../x-connect/x-connect.module.js';
import { VoiceDraftModel } from './voice.models.js';
import { VoiceRepository } from './voice.repository.js';
import { VoiceResolver } from './voice.resolver.js';
import { VoiceService } from './voice.service.js';

/** Voice: profile, public-trail audit, reviewed drafts, exactly-once scheduled posting. */
@Module({
  imports: [
    IntegrationsModule,
    SeekersModule,
    TenantsModule,
    XConnectModule,
    XArchiveModule,
    LinksModule,
  ],
  providers: [VoiceRepository, VoiceService, VoiceResolver],
  exports: [VoiceService],
})
export class VoiceModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly voice: VoiceService,
    private readonly seekers: SeekersService,
  ) {}

  onModuleInit(): void {
    // Withdrawing the posting consent stops the queue in the same transaction, not at the next
    // due draft.
    this.seekers.onConsentRevoked(async (tx, c) => {
      if (c.kind === 'post_approved_drafts') await this.voice.pauseQueue(tx, c.seekerId);
    });
    this.nodes.register('VoiceDraft', {
      roles: READERS,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const d = await this.voice.findDraft(ctx, uuid);
        return d ? VoiceDraftModel.of(d) : null;
      },
    });
  }
}
