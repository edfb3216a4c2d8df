import { Field, Int, ObjectType } from '@nestjs/graphql';
import { StaffMemberModel } from '../../identity/models/staff-member.model.js';

@ObjectType('CoachSeatUsage')
export class CoachSeatUsageModel {
  @Field(() => StaffMemberModel) coach!: StaffMemberModel;
  @Field(() => Int, { description: 'Active seekers assigned to this coach.' })
  activeSeekers!: number;
}

/** Seats of the licence and who fills them. */
@ObjectType('SeatUsage')
export class SeatUsageModel {
  @Field(() => String) plan!: string;
  @Field(() => Int) seatLimit!: number;
  @Field(() => Int, { description: 'Active seekers, each holding one seat.' }) used!: number;
  @Field(() => Int, { description: 'Seats left; 0 when the licence is full.' }) free!: number;
  @Field(() => String, { description: 'First day of the term, YYYY-MM-DD.' }) termStart!: string;
  @Field(() => String, { description: 'Last day of the term, YYYY-MM-DD.' }) termEnd!: string;

  @Field(() => [CoachSeatUsageModel], {
    description: 'Each coach with assigned seekers; a seeker with two coaches counts for both.',
  })
  byCoach!: CoachSeatUsageModel[];

  @Field(() => Int, { description: 'Active seekers with no coach.' })
  unassignedActiveSeekers!: number;
}
