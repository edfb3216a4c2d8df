import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import type { ApiKeyEntity } from '../entities/api-key.entity.js';

export enum ApiScope {
  READ = 'read',
  WRITE = 'write',
  ADMIN = 'admin',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'admin includes write, write includes read.',
});

@ObjectType('ApiKey', { implements: () => [Node] })
export class ApiKeyModel extends Node {
  @Field() name!: string;
  @Field(() => [ApiScope]) scopes!: ApiScope[];
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;

  static of(e: ApiKeyEntity): ApiKeyModel {
    return Object.assign(new ApiKeyModel(), {
      id: toGlobalId('ApiKey', e.id),
      name: e.name,
      scopes: e.scopes as ApiScope[],
      lastUsedAt: e.lastUsedAt,
      expiresAt: e.expiresAt,
      revokedAt: e.revokedAt,
      createdAt: e.createdAt,
    });
  }
}
