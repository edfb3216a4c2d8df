import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { STAFF } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { LicenseEntity } from './entities/license.entity.js';
import { TenantEntity } from './entities/tenant.entity.js';
import { TenantsRepository } from './tenants.repository.js';
import { TenantsResolver } from './tenants.resolver.js';
import { TenantsService } from './tenants.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TenantEntity, LicenseEntity])],
  providers: [TenantsRepository, TenantsService, TenantsResolver],
  exports: [TenantsService],
})
export class TenantsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly tenants: TenantsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Tenant', {
      roles: [...STAFF, 'seeker'],
      scopes: ['read'],
      // A caller only ever sees their own tenant.
      load: async (ctx, uuid) => (uuid === ctx.tenantId ? this.tenants.getTenant(ctx) : null),
    });
    this.nodes.register('License', {
      roles: STAFF,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const license = await this.tenants.getLicense(ctx);
        return license?.uuid === uuid ? license : null;
      },
    });
  }
}
