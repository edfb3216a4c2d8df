/**
 * Tenant API keys for integrators: shown once, stored as a SHA-256 digest, checksum-prefixed so a
 * mistyped or forged key is refused without a query, revocable with effect on the next request.
 */
import { Injectable } from '@nestjs/common';
import { v7 } from 'uuid';
import { mintToken, parseToken, secretMatches } from '@libs/tokens';
import {
  asTenantId,
  type Scope,
  type TenantScope,
  systemScope,
} from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import type { Cursor } from '../../platform/graphql/pagination.js';
import type { ApiKeyEntity } from './entities/api-key.entity.js';
import { IdentityRepository } from './identity.repository.js';

@Injectable()
export class ApiKeysService {
  constructor(private readonly repo: IdentityRepository) {}

  async create(
    ctx: TenantScope,
    input: { name: string; scopes: Scope[]; expiresAt: Date | null },
  ): Promise<{ apiKey: ApiKeyEntity; token: string }> {
    if (input.expiresAt && input.expiresAt <= new Date()) {
      throw AppError.badInput('The expiry must be in the future.', ['expiresAt']);
    }
    const id = v7();
    const minted = mintToken('key', ctx.tenantId, id);
    const apiKey = await this.repo.insertApiKey(ctx, {
      id,
      name: input.name,
      scopes: [...new Set(input.scopes)],
      secretHash: minted.secretHash,
      createdBy: ctx.principal.kind === 'user' ? ctx.principal.membershipId : null,
      expiresAt: input.expiresAt,
    });
    return { apiKey, token: minted.token };
  }

  async revoke(ctx: TenantScope, id: string): Promise<ApiKeyEntity> {
    const key = await this.repo.findApiKey(ctx, id);
    if (!key) throw AppError.notFound('API key');
    await this.repo.revokeApiKey(ctx, id);
    return (await this.repo.findApiKey(ctx, id))!;
  }

  find(ctx: TenantScope, id: string) {
    return this.repo.findApiKey(ctx, id);
  }

  page(ctx: TenantScope, args: { first: number; cursor: Cursor | null }) {
    return this.repo.apiKeyPage(ctx, args);
  }

  /** The caller's scope for a presented key, or null: malformed, unknown, revoked or expired. */
  async authenticate(token: string): Promise<TenantScope | null> {
    const parsed = parseToken(token, 'key');
    if (!parsed) return null;
    const scope = systemScope(asTenantId(parsed.tenantId), 'api key check');
    const key = await this.repo.findApiKey(scope, parsed.id);
    if (!key || !secretMatches(parsed.secret, key.secretHash)) return null;
    if (key.revokedAt || (key.expiresAt && key.expiresAt <= new Date())) return null;
    await this.repo.touchApiKey(scope, key.id);
    return {
      tenantId: scope.tenantId,
      principal: { kind: 'apiKey', apiKeyId: key.id, scopes: key.scopes },
    };
  }
}
