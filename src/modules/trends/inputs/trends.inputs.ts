import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { TopicKindEnum } from '../models/trends.model.js';

@InputType()
export class AddTopicInput {
  @Field(() => TopicKindEnum) @IsEnum(TopicKindEnum) kind!: TopicKindEnum;

  @Field({ description: 'The keyword, hashtag, X query (up to 512 characters) or list id.' })
  @IsString()
  @Length(1, 512)
  value!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The seeker it is for; with neither seekerId nor cohortId: the whole organization.',
  })
  @IsOptional()
  @IsString()
  seekerId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The cohort it is for: every member’s briefing.',
  })
  @IsOptional()
  @IsString()
  cohortId?: string;
}

@InputType()
export class RemoveTopicInput {
  @Field(() => ID) @IsString() topicId!: string;
}
