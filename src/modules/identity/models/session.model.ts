import { Field, ObjectType } from '@nestjs/graphql';
import type { IssuedSession } from '../identity.service.js';
import { RoleEnum, StaffMemberModel } from './staff-member.model.js';

/** Credentials of a signed-in person: the only type that carries tokens, shown once. */
@ObjectType('Session')
export class SessionModel {
  @Field({ description: 'Send as "Authorization: Bearer <accessToken>".' })
  accessToken!: string;
  @Field() accessTokenExpiresAt!: Date;
  @Field({ description: 'Single use: exchange it with refreshSession for a new pair.' })
  refreshToken!: string;
  @Field() refreshTokenExpiresAt!: Date;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field(() => StaffMemberModel) member!: StaffMemberModel;

  static of(s: IssuedSession): SessionModel {
    return Object.assign(new SessionModel(), {
      accessToken: s.accessToken,
      accessTokenExpiresAt: s.accessTokenExpiresAt,
      refreshToken: s.refreshToken,
      refreshTokenExpiresAt: s.refreshTokenExpiresAt,
      role: s.membership.role as RoleEnum,
      member: StaffMemberModel.of(s.membership),
    });
  }
}
