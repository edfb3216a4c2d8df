import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { SeekerProfileInput, trim, trimLower } from './seeker-profile.input.js';

@InputType()
export class CreateSeekerInput extends SeekerProfileInput {
  @Field(() => String, { description: '1 to 200 characters.' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: 'Unique within the workspace; stored in lowercase.' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'Enter an email address such as name@example.com.' })
  @MaxLength(320)
  email!: string;
}
