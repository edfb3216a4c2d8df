import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
} from 'class-validator';
import { Node } from '../../platform/graphql/node.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { Connection, PageArgs } from '../../platform/graphql/pagination.js';
import { Payload } from '../../platform/graphql/user-error.js';
import { WebhookEventType } from './webhook-events.js';
import type { AttemptRow, DeliveryRow, EndpointRow } from './webhooks.repository.js';

export enum WebhookDeliveryStatus {
  PENDING = 'pending',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: not yet delivered (retries left). SUCCEEDED: a 2xx answer. FAILED: no attempt left, or the endpoint was disabled.',
});

const URL_OPTS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

@ObjectType('WebhookEndpoint', {
  implements: () => [Node],
  description:
    'Where Perch sends signed events. The signing secret is shown only when created or rotated.',
})
export class WebhookEndpointModel extends Node {
  @Field() url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [WebhookEventType]) events!: WebhookEventType[];
  @Field({ description: 'False once disabled by an admin or after too many failures in a row.' })
  enabled!: boolean;
  @Field(() => Date, { nullable: true }) disabledAt!: Date | null;
  @Field(() => String, { nullable: true }) disabledReason!: string | null;
  @Field(() => Int, { description: 'Failed attempts since the last success.' })
  consecutiveFailures!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'Until when the previous secret also signs (after a rotation).',
  })
  previousSecretValidUntil!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  uuid!: string;

  static of(e: EndpointRow): WebhookEndpointModel {
    return Object.assign(new WebhookEndpointModel(), {
      id: toGlobalId('WebhookEndpoint', e.id),
      uuid: e.id,
      url: e.url,
      description: e.description,
      events: e.events as WebhookEventType[],
      enabled: e.enabled,
      disabledAt: e.disabledAt,
      disabledReason: e.disabledReason,
      consecutiveFailures: e.consecutiveFailures,
      previousSecretValidUntil:
        e.previousSecretUntil && e.previousSecretUntil > new Date() ? e.previousSecretUntil : null,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType('WebhookAttempt')
export class WebhookAttemptModel {
  @Field() at!: Date;
  @Field(() => Int, { nullable: true, description: 'The HTTP status the receiver answered.' })
  status!: number | null;
  @Field(() => String, { nullable: true, description: 'Why it failed (status, timeout, refusal).' })
  error!: string | null;
  @Field(() => Int) durationMs!: number;

  static of(a: AttemptRow): WebhookAttemptModel {
    return Object.assign(new WebhookAttemptModel(), a);
  }
}

@ObjectType('WebhookDelivery', {
  implements: () => [Node],
  description:
    'One event sent to one endpoint; its id (the `Perch-Delivery-Id` header) stays the same across retries. A redelivery is a new delivery of the same event (same `Perch-Event-Id`).',
})
export class WebhookDeliveryModel extends Node {
  @Field({ description: 'The event’s id, as in the JSON and the `Perch-Event-Id` header.' })
  eventId!: string;
  @Field(() => WebhookEventType) eventType!: WebhookEventType;
  @Field(() => WebhookDeliveryStatus) status!: WebhookDeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => Date, { nullable: true }) nextAttemptAt!: Date | null;
  @Field(() => Int, { nullable: true }) lastStatus!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The delivery this one sends again.' })
  redeliveryOf!: string | null;
  @Field(() => ID) webhookEndpointId!: string;
  @Field() createdAt!: Date;
  uuid!: string;
  eventUuid!: string;

  static of(d: DeliveryRow): WebhookDeliveryModel {
    return Object.assign(new WebhookDeliveryModel(), {
      id: toGlobalId('WebhookDelivery', d.id),
      uuid: d.id,
      eventUuid: d.eventId,
      eventId: `evt_${d.eventId}`,
      eventType: d.eventType as WebhookEventType,
      status: d.status as WebhookDeliveryStatus,
      attempts: d.attempts,
      nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
      lastStatus: d.lastStatus,
      lastError: d.lastError,
      deliveredAt: d.deliveredAt,
      redeliveryOf: d.redeliveryOf ? toGlobalId('WebhookDelivery', d.redeliveryOf) : null,
      webhookEndpointId: toGlobalId('WebhookEndpoint', d.endpointId),
      createdAt: d.createdAt,
    });
  }
}

@ObjectType()
export class WebhookEndpointConnection extends Connection(
  WebhookEndpointModel,
  'WebhookEndpoint',
) {}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(
  WebhookDeliveryModel,
  'WebhookDelivery',
) {}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID) @IsString() webhookEndpointId!: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'https in production; private and loopback addresses are refused.' })
  @IsString()
  @MaxLength(2048)
  @IsUrl(URL_OPTS, { message: 'Give a full http(s) URL.' })
  url!: string;

  @Field(() => [WebhookEventType])
  @ArrayMinSize(1, { message: 'Choose at least one event.' })
  @ArrayMaxSize(20)
  @IsEnum(WebhookEventType, { each: true })
  events!: WebhookEventType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) @IsString() webhookEndpointId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  @IsUrl(URL_OPTS, { message: 'Give a full http(s) URL.' })
  url?: string;

  @Field(() => [WebhookEventType], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Choose at least one event.' })
  @ArrayMaxSize(20)
  @IsEnum(WebhookEventType, { each: true })
  events?: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'False stops deliveries (pending ones fail); true resumes and clears the failure count.',
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@InputType()
export class DeleteWebhookEndpointInput {
  @Field(() => ID) @IsString() webhookEndpointId!: string;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID) @IsString() webhookEndpointId!: string;
}

@InputType()
export class SendTestWebhookInput {
  @Field(() => ID) @IsString() webhookEndpointId!: string;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID) @IsString() webhookDeliveryId!: string;
}

@ObjectType()
export class WebhookEndpointPayload extends Payload {
  @Field(() => WebhookEndpointModel, { nullable: true })
  webhookEndpoint?: WebhookEndpointModel | null;
}

@ObjectType()
export class WebhookSecretPayload extends Payload {
  @Field(() => WebhookEndpointModel, { nullable: true })
  webhookEndpoint?: WebhookEndpointModel | null;
  @Field(() => String, {
    nullable: true,
    description: 'The signing secret (`whsec_…`), shown only here. Keep it on the receiver.',
  })
  secret?: string | null;
}

@ObjectType()
export class DeleteWebhookEndpointPayload extends Payload {
  @Field(() => ID, { nullable: true }) deletedWebhookEndpointId?: string | null;
}

@ObjectType()
export class WebhookDeliveryPayload extends Payload {
  @Field(() => WebhookDeliveryModel, { nullable: true })
  webhookDelivery?: WebhookDeliveryModel | null;
}
