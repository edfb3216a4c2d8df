import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { ConsentKindEnum } from '../models/consent.model.js';
import { trim } from './seeker-profile.input.js';

@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  @IsString()
  seekerId!: string;

  @Field(() => ConsentKindEnum)
  @IsEnum(ConsentKindEnum)
  kind!: ConsentKindEnum;

  @Field(() => String, { nullable: true, description: 'What exactly was agreed, if narrower.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  scope?: string | null;
}

@InputType()
export class RevokeConsentInput {
  @Field(() => ID)
  @IsString()
  consentId!: string;
}
