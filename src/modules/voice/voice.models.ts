import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { RoleEnum } from '../identity/models/staff-member.model.js';
import { Node } from '../../platform/graphql/node.js';
import { Payload } from '../../platform/graphql/user-error.js';
import type { DraftRow } from './voice.repository.js';

export enum VoiceDraftStatus {
  DRAFT = 'draft',
  IN_REVIEW = 'in_review',
  CHANGES_REQUESTED = 'changes_requested',
  APPROVED = 'approved',
  SCHEDULED = 'scheduled',
  POSTING = 'posting',
  POSTED = 'posted',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
  PAUSED = 'paused',
}
registerEnumType(VoiceDraftStatus, {
  name: 'VoiceDraftStatus',
  description:
    'draft → in review → approved → scheduled → posting → posted; or changes requested, failed (with the reason), cancelled, paused (consent withdrawn).',
});

export enum AuditDecision {
  KEEP = 'keep',
  DELETE = 'delete',
}
registerEnumType(AuditDecision, { name: 'AuditDecision' });

@ObjectType('VoicePillar')
export class PillarModel {
  @Field() name!: string;
  @Field(() => [String]) terms!: string[];
}

@ObjectType('ThemeCount')
export class ThemeModel {
  @Field() term!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('PillarShare')
export class PillarShareModel {
  @Field() pillar!: string;
  @Field(() => Float) share!: number;
  @Field(() => Int) posts!: number;
}

@ObjectType('VoiceTone')
export class ToneModel {
  @Field(() => Float, { description: '-1 to 1' }) sentiment!: number;
  @Field(() => Float, { description: '0 to 1' }) formality!: number;
}

@ObjectType('VoiceCadence')
export class CadenceModel {
  @Field(() => Float) postsPerWeek!: number;
  @Field(() => Int) activeWeeks!: number;
  @Field(() => Float) longestGapDays!: number;
}

@ObjectType('VoiceMonth')
export class VoiceMonthModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) posts!: number;
  @Field(() => Float) onPillarShare!: number;
  @Field(() => Float) sentiment!: number;
  @Field(() => Float) formality!: number;
  @Field(() => Float) consistency!: number;
  @Field(() => Float, { description: 'Reading grade of the month’s posts (0 without posts).' })
  readabilityGrade!: number;
  @Field(() => [ThemeModel], { description: 'The month’s distinctive terms, best first.' })
  themes!: ThemeModel[];
  @Field(() => [PillarShareModel], { description: 'Per pillar: the month’s share of posts.' })
  pillarShare!: PillarShareModel[];
}

@ObjectType('VoiceProfile', { description: 'What the seeker’s public trail says, month by month.' })
export class VoiceProfileModel {
  @Field(() => Int) posts!: number;
  @Field(() => [ThemeModel]) themes!: ThemeModel[];
  @Field(() => [PillarShareModel]) pillarShare!: PillarShareModel[];
  @Field(() => Float) onPillarShare!: number;
  @Field(() => Float, { description: '0 to 100' }) consistency!: number;
  @Field(() => ToneModel) tone!: ToneModel;
  @Field(() => Float, { description: 'Reading grade.' }) readabilityGrade!: number;
  @Field(() => CadenceModel) cadence!: CadenceModel;
  @Field(() => [VoiceMonthModel]) months!: VoiceMonthModel[];
}

@ObjectType('AuditFinding', { description: 'An old post worth a second look, and why.' })
export class AuditFindingModel {
  @Field() postId!: string;
  @Field({ description: 'profanity, hostility, personal_data, broken_link or off_pillar' })
  reason!: string;
  @Field() detail!: string;
  @Field() severity!: string;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => Date, { nullable: true }) postedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'keep or delete, once decided' })
  decision!: string | null;
  @Field(() => String, { nullable: true, description: 'kept, deleted or failed' })
  decisionStatus!: string | null;
  @Field(() => String, { nullable: true }) decisionError!: string | null;
}

@ObjectType('DraftFinding')
export class DraftFindingModel {
  @Field() code!: string;
  @Field() severity!: string;
  @Field() message!: string;
}

@ObjectType('DraftCheck')
export class DraftCheckModel {
  @Field() ok!: boolean;
  @Field(() => Int) length!: number;
  @Field(() => [DraftFindingModel]) findings!: DraftFindingModel[];
  @Field(() => String, { nullable: true }) pillar!: string | null;
}

@ObjectType('DraftComment')
export class DraftCommentModel {
  @Field() body!: string;
  @Field() createdAt!: Date;
  @Field(() => String, {
    nullable: true,
    description:
      'Who wrote it: a staff member or the seeker. Null for an API key, Perch itself, or a person since removed.',
  })
  authorName!: string | null;
  @Field(() => RoleEnum, {
    nullable: true,
    description: 'SEEKER for the seeker, a staff role otherwise; null as for authorName.',
  })
  authorRole!: RoleEnum | null;
}

@ObjectType('VoiceDraft', { implements: () => [Node] })
export class VoiceDraftModel extends Node {
  @Field() text!: string;
  @Field(() => DraftCheckModel) check!: DraftCheckModel;
  @Field(() => VoiceDraftStatus) status!: string;
  @Field(() => Date, { nullable: true }) scheduledFor!: Date | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) xPostId!: string | null;
  @Field(() => String, { nullable: true }) postUrl!: string | null;
  @Field(() => String, { nullable: true }) failureCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it failed or paused.' })
  failureMessage!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => Date, { nullable: true }) postedAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the seeker OK’d these words (wrote or edited them, or sent the draft for review). A draft posts as the seeker, so one without their OK cannot be approved or scheduled; a change by anyone else clears it.',
  })
  seekerOkAt!: Date | null;
  @Field() createdAt!: Date;
  uuid!: string;

  static of(d: DraftRow): VoiceDraftModel {
    return Object.assign(new VoiceDraftModel(), {
      ...d,
      id: toGlobalId('VoiceDraft', d.id),
      uuid: d.id,
      check: d.checkResult as DraftCheckModel,
      postUrl: d.xPostId ? `https://x.com/i/status/${d.xPostId}` : null,
    });
  }
}

@ObjectType('PostingSlots')
export class SlotsModel {
  @Field() timeZone!: string;
  @Field(() => [String], { description: 'HH:mm' }) times!: string[];
  @Field(() => [Int], { description: '0 = Sunday' }) weekdays!: number[];
}

// ---- inputs and payloads ----

@InputType()
export class PillarInput {
  @Field() @IsString() @Length(1, 60) name!: string;
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  terms!: string[];
}

@InputType()
export class SetVoicePillarsInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field(() => [PillarInput], { description: '3 to 5 themes.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PillarInput)
  pillars!: PillarInput[];
}

@InputType()
export class DecideAuditFindingInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field() @IsString() @MaxLength(30) postId!: string;
  @Field(() => AuditDecision) @IsEnum(AuditDecision) decision!: AuditDecision;
}

@InputType()
export class CreateVoiceDraftInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field() @IsString() @Length(1, 4000) text!: string;
}

@InputType()
export class EditVoiceDraftInput {
  @Field(() => ID) @IsString() draftId!: string;
  @Field() @IsString() @Length(1, 4000) text!: string;
}

@InputType()
export class SubmitVoiceDraftInput {
  @Field(() => ID) @IsString() draftId!: string;
}

@InputType()
export class CancelVoiceDraftInput {
  @Field(() => ID) @IsString() draftId!: string;
}

@InputType()
export class ReviewVoiceDraftInput {
  @Field(() => ID) @IsString() draftId!: string;
  @Field() @IsBoolean() approve!: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

@InputType()
export class CommentVoiceDraftInput {
  @Field(() => ID) @IsString() draftId!: string;
  @Field() @IsString() @Length(1, 2000) body!: string;
}

@InputType()
export class ScheduleVoiceDraftInput {
  @Field(() => ID) @IsString() draftId!: string;
  @Field(() => Date, { nullable: true, description: 'Default: the next free slot.' })
  @IsOptional()
  @IsDate()
  at?: Date;
}

@InputType()
export class SetPostingSlotsInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field() @IsString() @MaxLength(64) timeZone!: string;
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsString({ each: true })
  times!: string[];
  @Field(() => [Int]) @ArrayMinSize(1) @ArrayMaxSize(7) @IsInt({ each: true }) weekdays!: number[];
}

@ObjectType()
export class VoicePillarsPayload extends Payload {
  @Field(() => [PillarModel], { nullable: true }) pillars?: PillarModel[] | null;
}

@ObjectType()
export class AuditDecisionPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'kept, deleted or failed' }) status?:
    string | null;
  @Field(() => String, { nullable: true }) error?: string | null;
}

@ObjectType()
export class VoiceDraftPayload extends Payload {
  @Field(() => VoiceDraftModel, { nullable: true }) draft?: VoiceDraftModel | null;
}

@ObjectType()
export class PostingSlotsPayload extends Payload {
  @Field(() => SlotsModel, { nullable: true }) slots?: SlotsModel | null;
}

@InputType()
export class SyncVoicePostsInput {
  @Field(() => ID) @IsString() seekerId!: string;
}

@ObjectType()
export class SyncVoicePostsPayload extends Payload {
  @Field(() => Int, { nullable: true, description: 'Posts new to Perch.' }) added?: number | null;
}
