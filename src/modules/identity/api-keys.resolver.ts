import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toPage } from '../../platform/graphql/pagination.js';
import { ApiKeysService } from './api-keys.service.js';
import { CreateApiKeyInput, RevokeApiKeyInput } from './inputs/identity.inputs.js';
import { ApiKeyModel } from './models/api-key.model.js';
import {
  ApiKeyConnection,
  CreateApiKeyPayload,
  RevokeApiKeyPayload,
} from './models/identity.payloads.js';

@Resolver()
export class ApiKeysResolver {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Query(() => ApiKeyConnection, { name: 'apiKeys' })
  async listApiKeys(@Ctx() ctx: TenantScope, @Args() args: PageArgs): Promise<ApiKeyConnection> {
    const first = pageSize(args);
    const rows = await this.apiKeys.page(ctx, { first, cursor: decodeCursor(args.after) });
    return toPage(rows, first, args.after, (k) => ApiKeyModel.of(k));
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => CreateApiKeyPayload, {
    description: 'The key is in the payload, shown only once.',
  })
  async createApiKey(
    @Ctx() ctx: TenantScope,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<CreateApiKeyPayload> {
    const { apiKey, token } = await this.apiKeys.create(ctx, {
      name: input.name,
      scopes: input.scopes,
      expiresAt: input.expiresAt ?? null,
    });
    return { apiKey: ApiKeyModel.of(apiKey), token, userErrors: [] };
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => RevokeApiKeyPayload, { description: 'Takes effect on the next request.' })
  async revokeApiKey(
    @Ctx() ctx: TenantScope,
    @Args('input') input: RevokeApiKeyInput,
  ): Promise<RevokeApiKeyPayload> {
    const key = await this.apiKeys.revoke(ctx, fromGlobalId(input.apiKeyId, 'ApiKey'));
    return { apiKey: ApiKeyModel.of(key), userErrors: [] };
  }
}
