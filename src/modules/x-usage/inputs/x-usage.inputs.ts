import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';

@ArgsType()
export class XSpendArgs {
  @Field({ nullable: true, description: 'YYYY-MM; the current UTC month when left out.' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Give the month as YYYY-MM.' })
  month?: string;
}

@InputType()
export class SetXBudgetInput {
  @Field(() => Float, { description: 'US dollars per month.' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'Give the budget in dollars and cents.' })
  @Min(0, { message: 'A budget cannot be negative.' })
  @Max(1_000_000, { message: 'That budget is above what Perch accepts (US$1,000,000).' })
  monthlyBudgetUsd!: number;
}

@ArgsType()
export class XSpendHistoryArgs {
  @Field(() => Int, { defaultValue: 12, description: 'How many months, 1 to 36.' })
  @IsInt()
  @Min(1, { message: 'Ask for 1 to 36 months.' })
  @Max(36, { message: 'Ask for 1 to 36 months.' })
  months: number = 12;

  @Field({
    nullable: true,
    description: 'The last month (YYYY-MM); the current UTC month when left out.',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Give the month as YYYY-MM.' })
  until?: string;
}
