import { Field, ObjectType } from '@nestjs/graphql';
import { Payload } from '../../../platform/graphql/user-error.js';
import { SeekerModel } from '../../seekers/models/seeker.model.js';

@ObjectType('XConnection', {
  description: "A seeker's connected X account (tokens are never exposed).",
})
export class XConnectionModel {
  @Field() username!: string;
  @Field() xUserId!: string;
  @Field(() => [String]) scopes!: string[];
  @Field() connectedAt!: Date;
}

@ObjectType()
export class CreateXConnectLinkPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'Send the seeker here to approve at X.' })
  url?: string | null;
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
}

@ObjectType()
export class DisconnectXPayload extends Payload {
  @Field(() => SeekerModel, { nullable: true }) seeker?: SeekerModel | null;
}
