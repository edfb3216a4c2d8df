import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { SeekerProfileInput, trim, trimLower } from './seeker-profile.input.js';

/** Changes only the fields given. */
@InputType()
export class UpdateSeekerInput extends SeekerProfileInput {
  @Field(() => ID)
  @IsString()
  seekerId!: string;

  @Field(() => String, { nullable: true, description: '1 to 200 characters.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Unique within the workspace.' })
  @Transform(trimLower)
  @IsOptional()
  @IsEmail({}, { message: 'Enter an email address such as name@example.com.' })
  @MaxLength(320)
  email?: string | null;
}
