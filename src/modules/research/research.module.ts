import { Module, type OnModuleInit } from '@nestjs/common';
import { STAFF } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { TrendsModule } from '../trends/trends.module.js';
import { CompanyModel, SeekerTargetModel } from './models/research.model.js';
import { ResearchRepository } from './research.repository.js';
import {
  ResearchResolver,
  SeekerTargetFieldsResolver,
  SeekerTargetsResolver,
} from './research.resolver.js';
import { ResearchService } from './research.service.js';

/** Company research: tracked companies, their accounts, seekers' targets, dossiers, briefs. */
@Module({
  imports: [SeekersModule, IngestionModule, TrendsModule],
  providers: [
    ResearchRepository,
    ResearchService,
    ResearchResolver,
    SeekerTargetFieldsResolver,
    SeekerTargetsResolver,
  ],
  exports: [ResearchService],
})
export class ResearchModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly research: ResearchService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Company', {
      roles: STAFF,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const c = await this.research.findCompany(ctx, uuid);
        return c ? CompanyModel.of(c) : null;
      },
    });
    this.nodes.register('SeekerTarget', {
      roles: STAFF,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const t = await this.research.findTarget(ctx, uuid);
        return t ? SeekerTargetModel.of(t) : null;
      },
    });
  }
}
