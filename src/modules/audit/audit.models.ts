import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { Node } from '../../platform/graphql/node.js';
import { Connection, PageArgs } from '../../platform/graphql/pagination.js';
import { toGlobalId } from '../../platform/graphql/global-id.js';

export enum AuditKind {
  MUTATION = 'mutation',
  READ = 'read',
  HTTP = 'http',
}
registerEnumType(AuditKind, {
  name: 'AuditKind',
  description:
    'MUTATION: a change through GraphQL. READ: a read of one seeker’s data. HTTP: a call outside GraphQL (SCIM, SSO, downloads, webhooks settings).',
});

export interface AuditRow {
  id: string;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorRole: string | null;
  via: string;
  viaId: string | null;
  action: string;
  kind: AuditKind;
  seekerId: string | null;
  targets: string[];
  outcome: string;
  requestId: string | null;
  ip: string | null;
}

@ObjectType('AuditEvent', {
  implements: () => [Node],
  description:
    'One audited act. People are named by id only, so a record outlives the erasure of whoever it names without revealing them.',
})
export class AuditEventModel extends Node {
  @Field() at!: Date;
  @Field({ description: 'user, apiKey, system, scim or sso.' }) actorKind!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The staff member (StaffMember id) or API key (ApiKey id) who acted; null for Perch itself.',
  })
  actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'The actor’s role at the time.' })
  actorRole!: string | null;
  @Field({ description: 'session, apiKey, system, scim, sso or http.' }) via!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Which sign-in session or key carried the call (opaque).',
  })
  viaId!: string | null;
  @Field({
    description: 'What was done, e.g. `Mutation.moveJobApplication` or `Query.voiceAudit`.',
  })
  action!: string;
  @Field(() => AuditKind) kind!: AuditKind;
  @Field(() => ID, {
    nullable: true,
    description: 'The seeker it was about (a Seeker id, kept after the seeker is erased).',
  })
  seekerId!: string | null;
  @Field(() => [String], { description: 'Global ids named in the call’s arguments.' })
  targets!: string[];
  @Field({ description: '`ok`, or the error code it ended with (FORBIDDEN, NOT_FOUND, …).' })
  outcome!: string;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;

  static of(r: AuditRow): AuditEventModel {
    return Object.assign(new AuditEventModel(), {
      ...r,
      id: toGlobalId('AuditEvent', r.id),
      actorId: r.actorId
        ? toGlobalId(r.actorKind === 'apiKey' ? 'ApiKey' : 'StaffMember', r.actorId)
        : null,
      seekerId: r.seekerId ? toGlobalId('Seeker', r.seekerId) : null,
    });
  }
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only acts about this seeker.' })
  @IsOptional()
  @IsString()
  seekerId?: string;

  @Field(() => ID, { nullable: true, description: 'Only acts by this staff member or API key.' })
  @IsOptional()
  @IsString()
  actorId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only this action (exact, e.g. `Mutation.saveJob`).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  action?: string;

  @Field(() => AuditKind, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(AuditKind))
  kind?: AuditKind;

  @Field(() => String, { nullable: true, description: 'From this time (ISO 8601), inclusive.' })
  @IsOptional()
  @IsISO8601()
  since?: string;

  @Field(() => String, { nullable: true, description: 'Before this time (ISO 8601).' })
  @IsOptional()
  @IsISO8601()
  until?: string;
}
