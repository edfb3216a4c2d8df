import { Module, type OnModuleInit } from '@nestjs/common';
import { MANAGERS } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { IdentityModule } from '../identity/identity.module.js';
import { SeekersModule } from '../seekers/seekers.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { SsoConnectionModel } from './models/sso-connection.model.js';
import { SsoController } from './sso.controller.js';
import { SsoRepository } from './sso.repository.js';
import { SsoResolver } from './sso.resolver.js';
import { SsoService } from './sso.service.js';

/** Per-tenant SAML 2.0 and OIDC sign-on, with just-in-time provisioning. */
@Module({
  imports: [TenantsModule, IdentityModule, SeekersModule],
  controllers: [SsoController],
  providers: [SsoRepository, SsoService, SsoResolver],
  exports: [SsoService],
})
export class SsoModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly sso: SsoService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('SsoConnection', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const row = await this.sso.findConnection(ctx, uuid);
        return row
          ? SsoConnectionModel.of(row, this.sso.urls(await this.sso.tenantSlug(ctx), row.protocol))
          : null;
      },
    });
  }
}
