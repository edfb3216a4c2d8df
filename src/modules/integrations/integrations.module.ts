import { Module, type OnModuleInit } from '@nestjs/common';
import { MANAGERS } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { BulkExportsController } from './bulk-exports.controller.js';
import { BulkExportModel } from './bulk-exports.models.js';
import { BulkExportsRepository } from './bulk-exports.repository.js';
import { BulkExportsResolver } from './bulk-exports.resolver.js';
import { BulkExportsService } from './bulk-exports.service.js';
import { WebhookDeliveryModel, WebhookEndpointModel } from './webhooks.models.js';
import { WebhooksRepository } from './webhooks.repository.js';
import {
  WebhookDeliveryFieldsResolver,
  WebhookEndpointFieldsResolver,
  WebhooksResolver,
} from './webhooks.resolver.js';
import { WebhooksService } from './webhooks.service.js';

/** What integrators plug into: webhooks (and, beside them, bulk exports). */
@Module({
  controllers: [BulkExportsController],
  providers: [
    BulkExportsRepository,
    BulkExportsService,
    BulkExportsResolver,
    WebhooksRepository,
    WebhooksService,
    WebhooksResolver,
    WebhookEndpointFieldsResolver,
    WebhookDeliveryFieldsResolver,
  ],
  exports: [WebhooksService, BulkExportsService],
})
export class IntegrationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly webhooks: WebhooksService,
    private readonly exports: BulkExportsService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('WebhookEndpoint', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const e = await this.webhooks.find(ctx, uuid);
        return e ? WebhookEndpointModel.of(e) : null;
      },
    });
    this.nodes.register('BulkExport', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const e = await this.exports.find(ctx, uuid);
        return e ? BulkExportModel.of(e, this.exports.url(ctx.tenantId, e)) : null;
      },
    });
    this.nodes.register('WebhookDelivery', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const d = await this.webhooks.delivery(ctx, uuid);
        return d ? WebhookDeliveryModel.of(d) : null;
      },
    });
  }
}
