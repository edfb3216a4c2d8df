import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@InputType({ isAbstract: true })
abstract class CoachAssignmentInput {
  @Field(() => ID)
  @IsString()
  seekerId!: string;

  @Field(() => ID, { description: 'A staff member whose role is owner, admin or coach.' })
  @IsString()
  staffMemberId!: string;
}

@InputType()
export class AssignCoachInput extends CoachAssignmentInput {}

@InputType()
export class UnassignCoachInput extends CoachAssignmentInput {}
