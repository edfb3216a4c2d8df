import { Module, type OnModuleInit } from '@nestjs/common';
import { MANAGERS } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { RosterImportController } from './roster-import.controller.js';
import { RosterImportService } from './roster-import.service.js';
import { RosterImportsRepository } from './roster-imports.repository.js';
import {
  RosterImportModel,
  RosterImportResolver,
  ScimTokenModel,
  ScimTokensResolver,
} from './roster.graphql.js';
import { RosterRepository } from './roster.repository.js';
import { ScimController } from './scim.controller.js';
import { ScimService } from './scim.service.js';

/** Student rosters from a university: SCIM 2.0 provisioning and CSV roster imports. */
@Module({
  imports: [SeekersModule, TenantsModule],
  controllers: [ScimController, RosterImportController],
  providers: [
    RosterRepository,
    ScimService,
    ScimTokensResolver,
    RosterImportsRepository,
    RosterImportService,
    RosterImportResolver,
  ],
  exports: [RosterImportService],
})
export class RosterModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly scim: ScimService,
    private readonly imports: RosterImportService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('ScimToken', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const row = await this.scim.findToken(ctx, uuid);
        return row ? ScimTokenModel.of(row) : null;
      },
    });
    this.nodes.register('RosterImport', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const row = await this.imports.find(ctx, uuid);
        return row ? RosterImportModel.of(row) : null;
      },
    });
  }
}
