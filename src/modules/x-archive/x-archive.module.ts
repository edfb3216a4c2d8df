import { Module, type OnModuleInit } from '@nestjs/common';
import { STAFF } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { XConnectModule } from '../x-connect/x-connect.module.js';
import { XArchiveImportModel } from './models/x-archive-import.model.js';
import { XArchiveController } from './x-archive.controller.js';
import { XArchiveRepository } from './x-archive.repository.js';
import { XArchiveResolver } from './x-archive.resolver.js';
import { XArchiveService } from './x-archive.service.js';

/** A seeker's X archive: upload, safe reading, import into their posts and follows. */
@Module({
  imports: [SeekersModule, TenantsModule, XConnectModule],
  controllers: [XArchiveController],
  providers: [XArchiveRepository, XArchiveService, XArchiveResolver],
  exports: [XArchiveService, XArchiveRepository],
})
export class XArchiveModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly archive: XArchiveService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('XArchiveImport', {
      roles: [...STAFF, 'seeker'],
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const row = await this.archive.find(ctx, uuid);
        return row ? XArchiveImportModel.of(row) : null;
      },
    });
  }
}
