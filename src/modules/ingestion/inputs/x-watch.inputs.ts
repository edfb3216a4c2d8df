import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../platform/graphql/pagination.js';

export enum XWatchKind {
  TIMELINE = 'timeline',
  QUERY = 'query',
  LIST = 'list',
}
registerEnumType(XWatchKind, {
  name: 'XWatchKind',
  description:
    "What a watch follows: an account's posts, a recent-search query, or a list's posts.",
});

export enum XCapability {
  RESEARCH = 'research',
  TRENDS = 'trends',
  MENTORSHIP = 'mentorship',
  PEERS = 'peers',
  ORGS = 'orgs',
  JOBS = 'jobs',
  VOICE = 'voice',
}
registerEnumType(XCapability, {
  name: 'XCapability',
  description: 'Which capability a watch serves (its X spend is attributed to it).',
});

@InputType()
export class AddXWatchInput {
  @Field(() => XCapability) @IsEnum(XCapability) capability!: XCapability;
  @Field(() => XWatchKind) @IsEnum(XWatchKind) kind!: XWatchKind;

  @Field({
    description:
      'TIMELINE: an X handle (with or without @). QUERY: an X recent-search query (up to 512 characters). LIST: an X list id.',
  })
  @IsString()
  @Length(1, 512)
  target!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The seeker this watch is for; none: the whole organization.',
  })
  @IsOptional()
  @IsString()
  seekerId?: string;

  @Field({ nullable: true, description: 'A name for people, e.g. "Acme engineers".' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  label?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'How often to look for new posts, 1 to 1440 minutes (default 15). A source shared with other watches is polled at the tightest cadence any of them asks for.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  cadenceMinutes?: number;
}

@InputType()
export class RemoveXWatchInput {
  @Field(() => ID) @IsString() watchId!: string;
}

@InputType()
export class RetryXWatchInput {
  @Field(() => ID) @IsString() watchId!: string;
}

@ArgsType()
export class XWatchesArgs extends PageArgs {
  @Field(() => XCapability, { nullable: true })
  @IsOptional()
  @IsEnum(XCapability)
  capability?: XCapability;
  @Field(() => ID, { nullable: true, description: "Only this seeker's watches." })
  @IsOptional()
  @IsString()
  seekerId?: string;
}

@ArgsType()
export class XWatchPostsArgs extends PageArgs {}
