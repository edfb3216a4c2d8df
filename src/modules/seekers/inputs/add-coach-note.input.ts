import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trim } from './seeker-profile.input.js';

@InputType()
export class AddCoachNoteInput {
  @Field(() => ID)
  @IsString()
  seekerId!: string;

  @Field(() => String, {
    description: '1 to 10000 characters; staff only, never shown to the seeker.',
  })
  @Transform(trim)
  @IsString()
  @Length(1, 10_000)
  body!: string;
}
