import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@InputType({ isAbstract: true })
abstract class SeekerIdInput {
  @Field(() => ID)
  @IsString()
  seekerId!: string;
}

@InputType()
export class ActivateSeekerInput extends SeekerIdInput {}

@InputType()
export class ArchiveSeekerInput extends SeekerIdInput {}

@InputType()
export class InviteSeekerInput extends SeekerIdInput {}
