import { Module, type OnModuleInit } from '@nestjs/common';
import { MANAGERS } from '../../platform/auth/access.decorators.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
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
  providers: [
    WebhooksRepository,
    WebhooksService,
    WebhooksResolver,
    WebhookEndpointFieldsResolver,
    WebhookDeliveryFieldsResolver,
  ],
  exports: [WebhooksService],
})
export class IntegrationsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly webhooks: WebhooksService,
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
