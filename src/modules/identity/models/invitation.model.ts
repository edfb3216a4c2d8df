import { Field, ObjectType } from '@nestjs/graphql';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';
import type { InvitationEntity } from '../entities/invitation.entity.js';
import { RoleEnum } from './staff-member.model.js';

@ObjectType('Invitation', { implements: () => [Node] })
export class InvitationModel extends Node {
  @Field() email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field({ description: 'Neither accepted, withdrawn nor expired.' }) pending!: boolean;

  static of(e: InvitationEntity): InvitationModel {
    return Object.assign(new InvitationModel(), {
      id: toGlobalId('Invitation', e.id),
      email: e.email,
      role: e.role as RoleEnum,
      expiresAt: e.expiresAt,
      acceptedAt: e.acceptedAt,
      revokedAt: e.revokedAt,
      createdAt: e.createdAt,
      pending: !e.acceptedAt && !e.revokedAt && e.expiresAt > new Date(),
    });
  }
}
