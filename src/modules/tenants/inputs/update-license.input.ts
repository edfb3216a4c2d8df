import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsISO8601, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = 'Use a calendar date written YYYY-MM-DD.';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

@InputType()
export class UpdateLicenseInput {
  @Field(() => String)
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  plan!: string;

  @Field(() => Int, { description: 'Seekers that may be active at the same time.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  seatLimit!: number;

  @Field(() => String, { description: 'First day of the term, YYYY-MM-DD.' })
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsISO8601({ strict: true }, { message: DAY_MESSAGE })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term, YYYY-MM-DD; after termStart.' })
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsISO8601({ strict: true }, { message: DAY_MESSAGE })
  termEnd!: string;
}
