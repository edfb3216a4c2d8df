import { Field, ObjectType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import type { TenantEntity } from '../entities/tenant.entity.js';

/** The caller's workspace. */
@ObjectType('Tenant', { implements: () => [Node] })
export class TenantModel extends Node {
  @Field(() => String, { description: 'Short name used at sign-in and in URLs.' }) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => Date) createdAt!: Date;
  /** Database id, for field resolvers; not part of the schema. */
  uuid!: string;

  static of(row: TenantEntity): TenantModel {
    return Object.assign(new TenantModel(), {
      id: toGlobalId('Tenant', row.id),
      uuid: row.id,
      slug: row.slug,
      name: row.name,
      createdAt: row.createdAt,
    });
  }
}
