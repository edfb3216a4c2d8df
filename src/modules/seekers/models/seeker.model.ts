import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import { Connection } from '../../../platform/graphql/pagination.js';
import type { CareerStage, SeekerEntity, SeekerStatus } from '../entities/seeker.entity.js';

// Enum values are the database values, so rows pass through unchanged in both directions.
export enum CareerStageEnum {
  STUDENT = 'student',
  EXPLORING = 'exploring',
  EARLY_CAREER = 'early_career',
  MID_CAREER = 'mid_career',
  SENIOR = 'senior',
  CAREER_CHANGE = 'career_change',
  RETURNING = 'returning',
}
registerEnumType(CareerStageEnum, { name: 'CareerStage' });

export enum SeekerStatusEnum {
  INVITED = 'invited',
  ACTIVE = 'active',
  ARCHIVED = 'archived',
}
registerEnumType(SeekerStatusEnum, {
  name: 'SeekerStatus',
  description: 'Only ACTIVE seekers hold a licence seat.',
  valuesMap: {
    INVITED: { description: 'On the roster, holding no seat.' },
    ACTIVE: { description: 'Holding a licence seat.' },
    ARCHIVED: { description: 'Seat given back; history kept.' },
  },
});

/** A job seeker the tenant coaches. */
@ObjectType('Seeker', { implements: () => [Node] })
export class SeekerModel extends Node {
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;

  @Field(() => String, { nullable: true, description: 'Linked X handle, without the @.' })
  xHandle!: string | null;

  @Field(() => String, { nullable: true }) headline!: string | null;
  @Field(() => [String]) targetRoles!: string[];
  @Field(() => [String]) industries!: string[];
  @Field(() => [String]) locations!: string[];
  @Field(() => CareerStageEnum) careerStage!: CareerStage;
  @Field(() => SeekerStatusEnum) status!: SeekerStatus;
  @Field(() => Date, { nullable: true }) activatedAt!: Date | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;

  /** Database id, for field resolvers and loaders; not part of the schema. */
  uuid!: string;

  static of(row: SeekerEntity): SeekerModel {
    return Object.assign(new SeekerModel(), {
      id: toGlobalId('Seeker', row.id),
      uuid: row.id,
      name: row.name,
      email: row.email,
      xHandle: row.xHandle,
      headline: row.headline,
      targetRoles: row.targetRoles,
      industries: row.industries,
      locations: row.locations,
      careerStage: row.careerStage,
      status: row.status,
      activatedAt: row.activatedAt,
      archivedAt: row.archivedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
}

@ObjectType()
export class SeekerConnection extends Connection(SeekerModel, 'Seeker') {}
