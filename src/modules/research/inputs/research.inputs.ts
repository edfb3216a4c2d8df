import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CompanyAccountKind, TargetStatusEnum } from '../models/research.model.js';

export enum AccountDecision {
  CONFIRM = 'confirm',
  REJECT = 'reject',
}
registerEnumType(AccountDecision, { name: 'AccountDecision' });

@InputType()
export class AddCompanyInput {
  @Field({ description: "The company's brand account on X, with or without @." })
  @IsString()
  @Length(1, 16)
  handle!: string;

  @Field({ nullable: true, description: "Defaults to the account's display name." })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(253)
  @Matches(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/i, {
    message: 'Give a domain such as acme.com.',
  })
  domain?: string;
}

@InputType()
export class DiscoverCompanyAccountsInput {
  @Field(() => ID) @IsString() companyId!: string;
}

@InputType()
export class ReviewCompanyAccountInput {
  @Field(() => ID) @IsString() companyId!: string;

  @Field({ description: "X's id of the account (CompanyAccount.xId)." })
  @IsString()
  @Matches(/^[0-9]{1,19}$/, { message: 'Give the account’s X id (digits).' })
  xAccountId!: string;

  @Field(() => AccountDecision) @IsEnum(AccountDecision) decision!: AccountDecision;

  @Field(() => CompanyAccountKind, {
    nullable: true,
    description: 'Correct the kind discovery guessed.',
  })
  @IsOptional()
  @IsEnum(CompanyAccountKind)
  kind?: CompanyAccountKind;
}

@InputType()
export class SetSeekerTargetInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field(() => ID) @IsString() companyId!: string;

  @Field(() => Int, { nullable: true, description: '1 (highest) to 5; default 3.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  priority?: number;

  @Field(() => TargetStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(TargetStatusEnum)
  status?: TargetStatusEnum;
}

@InputType()
export class RemoveSeekerTargetInput {
  @Field(() => ID) @IsString() targetId!: string;
}
