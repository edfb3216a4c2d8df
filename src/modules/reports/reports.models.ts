import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class SeatReportArgs {
  @Field(() => String, {
    nullable: true,
    description: 'First day of the term (YYYY-MM-DD); default: the licence term’s start.',
  })
  @IsOptional()
  @Matches(DATE_RE, { message: 'from is a date like 2026-09-01.' })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of the term, inclusive; default: the licence term’s end.',
  })
  @IsOptional()
  @Matches(DATE_RE, { message: 'to is a date like 2026-12-31.' })
  to?: string | null;
}

@ArgsType()
export class OutcomesReportArgs extends SeatReportArgs {
  @Field(() => ID, { nullable: true, description: 'Only this cohort’s members.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cohortId?: string | null;
}

@ObjectType('SeatUtilizationDay')
export class SeatUtilizationDayModel {
  @Field({ description: 'The day (UTC).' })
  date!: string;

  @Field(() => Int, { description: 'Seats in use at the end of the day.' })
  used!: number;

  @Field(() => Int, { description: 'Most seats in use at any moment of the day.' })
  peak!: number;

  @Field({ description: 'used / seat limit, 0–1 (0 when the limit is 0).' })
  utilization!: number;
}

@ObjectType('CoachSeats')
export class CoachSeatsModel {
  @Field(() => ID, { nullable: true, description: 'The coach (StaffMember id); null: no coach.' })
  coachId!: string | null;

  @Field(() => String, { nullable: true })
  coachName!: string | null;

  @Field(() => Int, { description: 'Seekers who held a seat during the term.' })
  seekers!: number;

  @Field(() => Int, { description: 'Of those, holding a seat now.' })
  activeNow!: number;
}

@ObjectType('SeatReport')
export class SeatReportModel {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int)
  seatLimit!: number;

  @Field(() => Int, { description: 'Seats in use now.' })
  used!: number;

  @Field(() => Int, { description: 'Seats free now.' })
  free!: number;

  @Field(() => Int, { description: 'Most seats in use at once during the term.' })
  peak!: number;

  @Field(() => Int, { description: 'Distinct seekers who held a seat at some time in the term.' })
  seekersServed!: number;

  @Field(() => [CoachSeatsModel])
  byCoach!: CoachSeatsModel[];

  @Field(() => [SeatUtilizationDayModel], { description: 'One entry per day of the term.' })
  utilization!: SeatUtilizationDayModel[];

  @Field({ description: 'The daily utilization as CSV (date,used,peak,seat_limit,utilization).' })
  csv!: string;
}

@ObjectType('OutcomeMetric')
export class OutcomeMetricModel {
  @Field({ description: 'research, trends, mentorship, peers, orgs, jobs, voice or pipeline.' })
  capability!: string;

  @Field()
  metric!: string;

  @Field({ description: 'Distinct seekers with at least one; "<5" for 1–4.' })
  seekers!: string;

  @Field({ description: 'How many; "<5" when the seekers cell is suppressed or the count is 1–4.' })
  events!: string;
}

@ObjectType('OutcomesReport')
export class OutcomesReportModel {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => ID, { nullable: true })
  cohortId!: string | null;

  @Field({ description: 'Seekers in scope (activated at some time), suppressed like the cells.' })
  seekers!: string;

  @Field(() => [OutcomeMetricModel])
  metrics!: OutcomeMetricModel[];

  @Field({ description: 'The metrics as CSV (capability,metric,seekers,events).' })
  csv!: string;
}
