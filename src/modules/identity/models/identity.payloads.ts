import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../platform/graphql/pagination.js';
import { Payload } from '../../../platform/graphql/user-error.js';
import { ApiKeyModel } from './api-key.model.js';
import { InvitationModel } from './invitation.model.js';
import { SessionModel } from './session.model.js';
import { StaffMemberModel } from './staff-member.model.js';

@ObjectType()
export class SessionPayload extends Payload {
  @Field(() => SessionModel, { nullable: true }) session?: SessionModel | null;
}

@ObjectType()
export class LogoutPayload extends Payload {
  @Field(() => Boolean, { nullable: true }) ok?: boolean | null;
}

@ObjectType()
export class ChangePasswordPayload extends Payload {
  @Field(() => Boolean, { nullable: true, description: 'True when the password was changed.' })
  ok?: boolean | null;
}

@ObjectType()
export class InvitationPayload extends Payload {
  @Field(() => InvitationModel, { nullable: true }) invitation?: InvitationModel | null;
  @Field(() => String, {
    nullable: true,
    description: 'The one-time invitation token, shown only here; send it to the invitee.',
  })
  invitationToken?: string | null;
}

@ObjectType()
export class StaffMemberPayload extends Payload {
  @Field(() => StaffMemberModel, { nullable: true }) staffMember?: StaffMemberModel | null;
}

@ObjectType()
export class CreateApiKeyPayload extends Payload {
  @Field(() => ApiKeyModel, { nullable: true }) apiKey?: ApiKeyModel | null;
  @Field(() => String, { nullable: true, description: 'The key itself, shown only here.' })
  token?: string | null;
}

@ObjectType()
export class RevokeApiKeyPayload extends Payload {
  @Field(() => ApiKeyModel, { nullable: true }) apiKey?: ApiKeyModel | null;
}

@ObjectType()
export class StaffMemberConnection extends Connection(StaffMemberModel, 'StaffMember') {}

@ObjectType()
export class InvitationConnection extends Connection(InvitationModel, 'Invitation') {}

@ObjectType()
export class ApiKeyConnection extends Connection(ApiKeyModel, 'ApiKey') {}
