import { Field, Int, ObjectType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import { Payload } from '../../../platform/graphql/user-error.js';
import type { LicenseEntity } from '../entities/license.entity.js';

/** How many seekers the tenant may have active at once, and for which term. */
@ObjectType('License', { implements: () => [Node] })
export class LicenseModel extends Node {
  @Field(() => String) plan!: string;

  @Field(() => Int, { description: 'Seekers that may be active at the same time.' })
  seatLimit!: number;

  @Field(() => String, { description: 'First day of the term, YYYY-MM-DD.' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term, YYYY-MM-DD.' })
  termEnd!: string;

  /** Database id, for node lookups; not part of the schema. */
  uuid!: string;

  static of(row: LicenseEntity): LicenseModel {
    return Object.assign(new LicenseModel(), {
      id: toGlobalId('License', row.id),
      uuid: row.id,
      plan: row.plan,
      seatLimit: row.seatLimit,
      termStart: row.termStart,
      termEnd: row.termEnd,
    });
  }
}

@ObjectType()
export class UpdateLicensePayload extends Payload {
  @Field(() => LicenseModel, { nullable: true }) license?: LicenseModel | null;
}
