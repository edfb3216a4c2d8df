import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { STAFF } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { IdentityModule } from '../identity/identity.module.js';
import { IntegrationsModule } from '../integrations/integrations.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { CoachNoteFieldsResolver } from './coach-note-fields.resolver.js';
import { CoachNoteEntity } from './entities/coach-note.entity.js';
import { ConsentEntity } from './entities/consent.entity.js';
import { SeekerCoachEntity } from './entities/seeker-coach.entity.js';
import { SeekerEntity } from './entities/seeker.entity.js';
import { SeekerFieldsResolver } from './seeker-fields.resolver.js';
import { SeekersRepository } from './seekers.repository.js';
import { SeekersResolver } from './seekers.resolver.js';
import { SeekersService } from './seekers.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([SeekerEntity, SeekerCoachEntity, CoachNoteEntity, ConsentEntity]),
    TenantsModule,
    IdentityModule,
    IntegrationsModule,
  ],
  providers: [
    SeekersRepository,
    SeekersService,
    SeekersResolver,
    SeekerFieldsResolver,
    CoachNoteFieldsResolver,
  ],
  exports: [SeekersService],
})
export class SeekersModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly seekers: SeekersService,
  ) {}

  onModuleInit(): void {
    // Same visibility as the typed queries, so node(id) never shows what seeker(id) hides.
    this.nodes.register('Seeker', {
      roles: [...STAFF, 'seeker'],
      scopes: ['read'],
      load: (ctx, uuid) => this.seekers.findVisible(ctx, uuid),
    });
    this.nodes.register('CoachNote', {
      roles: STAFF,
      scopes: ['read'],
      load: (ctx, uuid) => this.seekers.findVisibleNote(ctx, uuid),
    });
    this.nodes.register('Consent', {
      roles: [...STAFF, 'seeker'],
      scopes: ['read'],
      load: (ctx, uuid) => this.seekers.findVisibleConsent(ctx, uuid),
    });
  }
}
