import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../../platform/graphql/pagination.js';
import { SeekerStatusEnum } from '../models/seeker.model.js';
import { trim } from './seeker-profile.input.js';

@ArgsType()
export class SeekersArgs extends PageArgs {
  @Field(() => SeekerStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SeekerStatusEnum)
  status?: SeekerStatusEnum;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or email, matched without regard to case.',
  })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only seekers assigned to the caller.' })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean;
}
