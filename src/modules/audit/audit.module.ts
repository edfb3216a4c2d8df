import { Module, type OnModuleInit } from '@nestjs/common';
import { MANAGERS } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { AuditEventModel } from './audit.models.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/**
 * The audit log's reading side; rows are written by the platform's AuditRecorder (every
 * mutation and seeker read through GraphQL) and by HTTP endpoints through it.
 */
@Module({
  providers: [AuditRepository, AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('AuditEvent', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const row = await this.audit.find(ctx, uuid);
        return row ? AuditEventModel.of(row) : null;
      },
    });
  }
}
