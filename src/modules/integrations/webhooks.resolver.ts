import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toPage } from '../../platform/graphql/pagination.js';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  SendTestWebhookInput,
  UpdateWebhookEndpointInput,
  WebhookAttemptModel,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookDeliveryPayload,
  WebhookEndpointConnection,
  WebhookEndpointModel,
  WebhookEndpointPayload,
  WebhookSecretPayload,
} from './webhooks.models.js';
import { WebhooksService } from './webhooks.service.js';

const ADMIN = { roles: MANAGERS, scopes: ['admin'] } as const;

@Resolver()
export class WebhooksResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @Allow(ADMIN)
  @Query(() => WebhookEndpointConnection, { description: 'The tenant’s webhook endpoints.' })
  async webhookEndpoints(@Ctx() ctx: TenantScope, @Args() args: PageArgs) {
    const first = pageSize(args);
    const rows = await this.webhooks.list(ctx, args.after, first + 1);
    return toPage(rows, first, args.after, (r) => WebhookEndpointModel.of(r));
  }

  @Allow(ADMIN)
  @Query(() => WebhookDeliveryConnection, {
    description: 'The delivery log of one endpoint, newest first, each with its attempts.',
  })
  async webhookDeliveries(@Ctx() ctx: TenantScope, @Args() args: WebhookDeliveriesArgs) {
    const endpoint = await this.webhooks.get(
      ctx,
      fromGlobalId(args.webhookEndpointId, 'WebhookEndpoint'),
    );
    const first = pageSize(args);
    const rows = await this.webhooks.deliveries(
      ctx,
      endpoint.id,
      args.status ?? null,
      decodeCursor(args.after),
      first + 1,
    );
    return toPage(rows, first, args.after, (r) => WebhookDeliveryModel.of(r));
  }

  @Allow(ADMIN)
  @Mutation(() => WebhookSecretPayload, {
    description:
      'Adds an endpoint; the payload holds its signing secret, shown only once. The URL is checked now: private, loopback and link-local targets are refused.',
  })
  async createWebhookEndpoint(
    @Ctx() ctx: TenantScope,
    @Args('input') input: CreateWebhookEndpointInput,
  ): Promise<WebhookSecretPayload> {
    const { endpoint, secret } = await this.webhooks.create(ctx, input);
    return { webhookEndpoint: WebhookEndpointModel.of(endpoint), secret, userErrors: [] };
  }

  @Allow(ADMIN)
  @Mutation(() => WebhookEndpointPayload)
  async updateWebhookEndpoint(
    @Ctx() ctx: TenantScope,
    @Args('input') input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointPayload> {
    const row = await this.webhooks.update(
      ctx,
      fromGlobalId(input.webhookEndpointId, 'WebhookEndpoint'),
      {
        url: input.url,
        events: input.events,
        description: input.description === undefined ? undefined : input.description || null,
        enabled: input.enabled,
      },
    );
    return { webhookEndpoint: WebhookEndpointModel.of(row), userErrors: [] };
  }

  @Allow(ADMIN)
  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: 'Removes the endpoint and its delivery log.',
  })
  async deleteWebhookEndpoint(
    @Ctx() ctx: TenantScope,
    @Args('input') input: DeleteWebhookEndpointInput,
  ): Promise<DeleteWebhookEndpointPayload> {
    await this.webhooks.remove(ctx, fromGlobalId(input.webhookEndpointId, 'WebhookEndpoint'));
    return { deletedWebhookEndpointId: input.webhookEndpointId, userErrors: [] };
  }

  @Allow(ADMIN)
  @Mutation(() => WebhookSecretPayload, {
    description:
      'A new signing secret, shown once. For 24 hours both secrets sign (two `v1=` values), so receivers can switch without losing events.',
  })
  async rotateWebhookSecret(
    @Ctx() ctx: TenantScope,
    @Args('input') input: RotateWebhookSecretInput,
  ): Promise<WebhookSecretPayload> {
    const r = await this.webhooks.rotateSecret(
      ctx,
      fromGlobalId(input.webhookEndpointId, 'WebhookEndpoint'),
    );
    return {
      webhookEndpoint: WebhookEndpointModel.of(r.endpoint),
      secret: r.secret,
      userErrors: [],
    };
  }

  @Allow(ADMIN)
  @Mutation(() => WebhookDeliveryPayload, {
    description: 'Sends a `webhook.test` event to the endpoint (whatever it subscribes to).',
  })
  async sendTestWebhook(
    @Ctx() ctx: TenantScope,
    @Args('input') input: SendTestWebhookInput,
  ): Promise<WebhookDeliveryPayload> {
    const id = await this.webhooks.sendTest(
      ctx,
      fromGlobalId(input.webhookEndpointId, 'WebhookEndpoint'),
    );
    return { webhookDelivery: await this.deliveryModel(ctx, id), userErrors: [] };
  }

  @Allow(ADMIN)
  @Mutation(() => WebhookDeliveryPayload, {
    description:
      'Sends a delivered or failed event again to its endpoint: a new delivery with the same event id, so receivers that dedupe by event id stay correct.',
  })
  async redeliverWebhook(
    @Ctx() ctx: TenantScope,
    @Args('input') input: RedeliverWebhookInput,
  ): Promise<WebhookDeliveryPayload> {
    const id = await this.webhooks.redeliver(
      ctx,
      fromGlobalId(input.webhookDeliveryId, 'WebhookDelivery'),
    );
    return { webhookDelivery: await this.deliveryModel(ctx, id), userErrors: [] };
  }

  private async deliveryModel(ctx: TenantScope, id: string) {
    const d = await this.webhooks.delivery(ctx, id);
    if (!d) throw AppError.notFound('webhook delivery');
    return WebhookDeliveryModel.of(d);
  }
}

@Resolver(() => WebhookEndpointModel)
export class WebhookEndpointFieldsResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @ResolveField(() => WebhookDeliveryConnection, {
    description: 'This endpoint’s deliveries, newest first (same as `webhookDeliveries`).',
  })
  async deliveries(
    @Parent() e: WebhookEndpointModel,
    @Ctx() ctx: TenantScope,
    @Args() args: PageArgs,
  ) {
    const first = pageSize(args);
    const rows = await this.webhooks.deliveries(
      ctx,
      e.uuid,
      null,
      decodeCursor(args.after),
      first + 1,
    );
    return toPage(rows, first, args.after, (r) => WebhookDeliveryModel.of(r));
  }
}

@Resolver(() => WebhookDeliveryModel)
export class WebhookDeliveryFieldsResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @ResolveField(() => [WebhookAttemptModel], { description: 'Every attempt, oldest first.' })
  async attemptLog(@Parent() d: WebhookDeliveryModel, @Ctx() ctx: TenantScope) {
    return (await this.webhooks.attempts(ctx, [d.uuid])).map((a) => WebhookAttemptModel.of(a));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The JSON body as sent (the signature header is computed per attempt).',
  })
  async payload(@Parent() d: WebhookDeliveryModel, @Ctx() ctx: TenantScope) {
    const env = await this.webhooks.payload(ctx, d.eventUuid);
    return env ? JSON.stringify(env) : null;
  }
}
