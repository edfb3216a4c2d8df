/** Mutation payloads: the changed object, or null with `userErrors` saying why. */
import { Field, ObjectType } from '@nestjs/graphql';
import { Payload } from '../../../platform/graphql/user-error.js';
import { CoachNoteModel } from './coach-note.model.js';
import { ConsentModel } from './consent.model.js';
import { SeekerModel } from './seeker.model.js';

@ObjectType()
export class CreateSeekerPayload extends Payload {
  @Field(() => SeekerModel, { nullable: true }) seeker?: SeekerModel | null;
}

@ObjectType()
export class UpdateSeekerPayload extends Payload {
  @Field(() => SeekerModel, { nullable: true }) seeker?: SeekerModel | null;
}

@ObjectType()
export class ActivateSeekerPayload extends Payload {
  @Field(() => SeekerModel, { nullable: true }) seeker?: SeekerModel | null;
}

@ObjectType()
export class ArchiveSeekerPayload extends Payload {
  @Field(() => SeekerModel, { nullable: true }) seeker?: SeekerModel | null;
}

@ObjectType()
export class AssignCoachPayload extends Payload {
  @Field(() => SeekerModel, { nullable: true }) seeker?: SeekerModel | null;
}

@ObjectType()
export class UnassignCoachPayload extends Payload {
  @Field(() => SeekerModel, { nullable: true }) seeker?: SeekerModel | null;
}

@ObjectType()
export class LinkXHandlePayload extends Payload {
  @Field(() => SeekerModel, { nullable: true }) seeker?: SeekerModel | null;
}

@ObjectType()
export class AddCoachNotePayload extends Payload {
  @Field(() => CoachNoteModel, { nullable: true }) note?: CoachNoteModel | null;
}

@ObjectType()
export class RecordConsentPayload extends Payload {
  @Field(() => ConsentModel, { nullable: true }) consent?: ConsentModel | null;
}

@ObjectType()
export class RevokeConsentPayload extends Payload {
  @Field(() => ConsentModel, { nullable: true }) consent?: ConsentModel | null;
}
