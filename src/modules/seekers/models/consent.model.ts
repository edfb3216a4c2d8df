import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import type { ConsentEntity, ConsentKind, ConsentSource } from '../entities/consent.entity.js';

export enum ConsentKindEnum {
  LINK_X_HANDLE = 'link_x_handle',
  READ_X_DATA = 'read_x_data',
  POST_APPROVED_DRAFTS = 'post_approved_drafts',
  COACH_VISIBILITY = 'coach_visibility',
  PEER_MATCHING = 'peer_matching',
}
registerEnumType(ConsentKindEnum, {
  name: 'ConsentKind',
  valuesMap: {
    LINK_X_HANDLE: { description: 'Perch may link this seeker to an X handle.' },
    READ_X_DATA: { description: "Perch may read the seeker's X data with their token." },
    POST_APPROVED_DRAFTS: { description: 'Perch may post drafts the seeker approved.' },
    COACH_VISIBILITY: { description: 'Coaches may see what the seeker shares with Perch.' },
    PEER_MATCHING: {
      description:
        'The seeker may be suggested for cohorts and shown to cohort peers (name, stage, field, city).',
    },
  },
});

export enum ConsentSourceEnum {
  SEEKER = 'seeker',
  COACH_ON_BEHALF = 'coach_on_behalf',
  ROSTER_IMPORT = 'roster_import',
  SSO = 'sso',
}
registerEnumType(ConsentSourceEnum, {
  name: 'ConsentSource',
  description: 'Who recorded a grant or a revocation.',
});

/** One grant of consent by a seeker; revoked grants stay as history. */
@ObjectType('Consent', { implements: () => [Node] })
export class ConsentModel extends Node {
  @Field(() => ConsentKindEnum) kind!: ConsentKind;
  @Field(() => String, { nullable: true, description: 'What exactly was agreed, if narrower.' })
  scope!: string | null;
  @Field(() => ConsentSourceEnum) source!: ConsentSource;
  @Field(() => Date) grantedAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => ConsentSourceEnum, { nullable: true }) revokeSource!: ConsentSource | null;
  @Field(() => Boolean, { description: 'True while the grant stands (not revoked).' })
  active!: boolean;

  // Database ids; not part of the schema.
  uuid!: string;
  seekerId!: string;

  static of(row: ConsentEntity): ConsentModel {
    return Object.assign(new ConsentModel(), {
      id: toGlobalId('Consent', row.id),
      uuid: row.id,
      seekerId: row.seekerId,
      kind: row.kind,
      scope: row.scope,
      source: row.source,
      grantedAt: row.grantedAt,
      revokedAt: row.revokedAt,
      revokeSource: row.revokeSource,
      active: row.revokedAt === null,
    });
  }
}
