import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '../../../platform/database/context.js';
import { toGlobalId } from '../../../platform/graphql/global-id.js';
import { Node } from '../../../platform/graphql/node.js';

export enum RoleEnum {
  OWNER = 'owner',
  ADMIN = 'admin',
  COACH = 'coach',
  VIEWER = 'viewer',
  SEEKER = 'seeker',
}
registerEnumType(RoleEnum, { name: 'Role', description: `One of ${ROLES.join(', ')}.` });

/** A person's membership in the tenant, with their name and email. */
@ObjectType('StaffMember', { implements: () => [Node] })
export class StaffMemberModel extends Node {
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field() active!: boolean;
  @Field() createdAt!: Date;

  static of(row: {
    id: string;
    name: string;
    email: string;
    role: Role;
    status: string;
    createdAt: Date;
  }): StaffMemberModel {
    return Object.assign(new StaffMemberModel(), {
      id: toGlobalId('StaffMember', row.id),
      name: row.name,
      email: row.email,
      role: row.role,
      active: row.status === 'active',
      createdAt: row.createdAt,
    });
  }
}
