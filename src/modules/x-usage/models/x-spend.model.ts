import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Payload } from '../../../platform/graphql/user-error.js';
import { SeekerModel } from '../../seekers/models/seeker.model.js';

@ObjectType('XSpendByCapability')
export class XSpendByCapabilityModel {
  @Field({ description: 'research, trends, mentorship, peers, orgs, jobs, voice or connect.' })
  capability!: string;
  @Field(() => Float) spentUsd!: number;
  @Field(() => Int, {
    description: 'Objects billed (reads after same-day de-duplication, writes).',
  })
  units!: number;
}

@ObjectType('XSpendBySeeker')
export class XSpendBySeekerModel {
  /** Null when the seeker is not visible to the caller or was deleted. */
  @Field(() => SeekerModel, { nullable: true }) seeker!: SeekerModel | null;
  @Field(() => Float) spentUsd!: number;
  @Field(() => Int) units!: number;
}

@ObjectType('XSpend', { description: "The organization's X API spend for one month." })
export class XSpendModel {
  @Field({ description: 'YYYY-MM.' }) month!: string;
  @Field(() => Float) spentUsd!: number;
  @Field(() => Float) budgetUsd!: number;
  @Field(() => Float) remainingUsd!: number;
  @Field({ description: 'True when the budget is spent and X use is paused for this month.' })
  paused!: boolean;
  @Field(() => [XSpendByCapabilityModel]) byCapability!: XSpendByCapabilityModel[];
  @Field(() => [XSpendBySeekerModel]) bySeeker!: XSpendBySeekerModel[];
}

@ObjectType('XSpendMonth', { description: 'One month of X spend, for a history.' })
export class XSpendMonthModel {
  @Field({ description: 'YYYY-MM.' }) month!: string;
  @Field(() => Float) spentUsd!: number;
  @Field(() => Int, { description: 'Objects billed in the month.' }) units!: number;
  @Field(() => [XSpendByCapabilityModel]) byCapability!: XSpendByCapabilityModel[];
}

@ObjectType()
export class SetXBudgetPayload extends Payload {
  @Field(() => XSpendModel, { nullable: true }) spend?: XSpendModel | null;
}
