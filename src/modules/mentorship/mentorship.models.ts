import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { Node } from '../../platform/graphql/node.js';
import { Payload } from '../../platform/graphql/user-error.js';
import type { ContactRow, DraftRow, InterviewRow } from './mentorship.repository.js';
import type { TaskRow } from './seeker-tasks.repository.js';

export enum MentorReach {
  NEAR = 'near',
  REMOTE = 'remote',
  ANY = 'any',
}
registerEnumType(MentorReach, {
  name: 'MentorReach',
  valuesMap: {
    NEAR: { description: "Within radiusKm of the seeker's city (default 150 km)." },
    REMOTE: { description: 'Anywhere: place plays no part.' },
    ANY: { description: 'Anywhere, with a small preference for people nearby.' },
  },
});

export enum ContactTypeEnum {
  MENTOR = 'mentor',
  PEER = 'peer',
  RECRUITER = 'recruiter',
  HIRING_MANAGER = 'hiring_manager',
}
registerEnumType(ContactTypeEnum, { name: 'ContactType' });

export enum OutreachStage {
  IDENTIFIED = 'identified',
  ENGAGING = 'engaging',
  FIRST_CONTACT = 'first_contact',
  INTERVIEW_PROPOSED = 'interview_proposed',
  SCHEDULED = 'scheduled',
  HELD = 'held',
  THANKED = 'thanked',
  ONGOING = 'ongoing',
  DECLINED = 'declined',
  NO_REPLY = 'no_reply',
}
registerEnumType(OutreachStage, {
  name: 'OutreachStage',
  description:
    'identified → engaging (public replies, likes) → first contact → informational interview proposed → scheduled → held → thanked → ongoing; or declined / no reply.',
});

export enum OutreachChannel {
  REPLY = 'reply',
  DM = 'dm',
}
registerEnumType(OutreachChannel, {
  name: 'OutreachChannel',
  valuesMap: {
    REPLY: { description: 'A public reply (280 characters).' },
    DM: { description: 'A direct message.' },
  },
});

export enum OutreachDraftStatus {
  DRAFT = 'draft',
  PENDING_APPROVAL = 'pending_approval',
  APPROVED = 'approved',
  CHANGES_REQUESTED = 'changes_requested',
  SENT = 'sent',
}
registerEnumType(OutreachDraftStatus, { name: 'OutreachDraftStatus' });

export enum InterviewMode {
  ONLINE = 'online',
  IN_PERSON = 'in_person',
}
registerEnumType(InterviewMode, { name: 'InterviewMode' });

export enum InterviewStatus {
  SCHEDULED = 'scheduled',
  HELD = 'held',
  CANCELLED = 'cancelled',
}
registerEnumType(InterviewStatus, { name: 'InterviewStatus' });

export enum InterviewOutcome {
  HELD = 'held',
  CANCELLED = 'cancelled',
}
registerEnumType(InterviewOutcome, { name: 'InterviewOutcome' });

export enum SeekerTaskKind {
  THANK = 'thank',
  MEET = 'meet',
  FOLLOW_UP = 'follow_up',
  PREPARE = 'prepare',
}
registerEnumType(SeekerTaskKind, { name: 'SeekerTaskKind' });

export enum FindingSeverity {
  ERROR = 'error',
  WARNING = 'warning',
  TIP = 'tip',
}
registerEnumType(FindingSeverity, { name: 'OutreachFindingSeverity' });

@ObjectType('MentorSuggestion', { description: 'An X account worth learning from, with why.' })
export class MentorSuggestionModel {
  @Field({ description: 'The X account id: pass it to addMentorContact.' }) xAccountId!: string;
  @Field() username!: string;
  @Field(() => Float, { description: '0 to 1.' }) score!: number;
  @Field() seniority!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => Float, { nullable: true }) distanceKm!: number | null;
  @Field(() => [String]) reasons!: string[];
  @Field({ description: 'Their X profile.' }) profileUrl!: string;
  @Field({ description: 'Follow them on X (a web intent; Perch does not follow for you).' })
  followIntentUrl!: string;
}

@ObjectType('MentorSuggestions')
export class MentorSuggestionsModel {
  @Field() field!: string;
  @Field(() => [MentorSuggestionModel]) mentors!: MentorSuggestionModel[];
  @Field(() => String, {
    nullable: true,
    description: 'Why the list is empty and what to do about it.',
  })
  emptyReason!: string | null;
}

@ObjectType('OutreachEvent', { description: 'One logged move on the pipeline.' })
export class OutreachEventModel {
  @Field(() => OutreachStage, { nullable: true }) fromStage!: string | null;
  @Field(() => OutreachStage) toStage!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() at!: Date;
}

@ObjectType('OutreachFinding')
export class OutreachFindingModel {
  @Field() code!: string;
  @Field(() => FindingSeverity) severity!: string;
  @Field({ description: 'What to change.' }) message!: string;
}

@ObjectType('OutreachCheck', { description: 'The etiquette check of a draft.' })
export class OutreachCheckModel {
  @Field({ description: 'No errors (warnings and tips may remain).' }) ok!: boolean;
  @Field(() => Int, { description: '0 to 100.' }) score!: number;
  @Field(() => [OutreachFindingModel]) findings!: OutreachFindingModel[];
  @Field(() => String, {
    nullable: true,
    description: "The recipient's post the draft refers to.",
  })
  referencedPostId!: string | null;
  @Field(() => Int) asks!: number;
  @Field(() => Float, { nullable: true }) minutesAsked!: number | null;
  @Field(() => Int, { description: 'Length as X counts it (links count 23).' }) length!: number;
}

@ObjectType('OutreachTemplate')
export class OutreachTemplateModel {
  @Field() name!: string;
  @Field(() => OutreachChannel) channel!: string;
  @Field({ description: 'With {slots} to fill.' }) text!: string;
}

@ObjectType('OutreachDraft', { implements: () => [Node] })
export class OutreachDraftModel extends Node {
  @Field() text!: string;
  @Field(() => OutreachChannel) channel!: string;
  @Field(() => OutreachDraftStatus) status!: string;
  @Field(() => OutreachCheckModel) check!: OutreachCheckModel;
  @Field(() => String, { nullable: true }) replyToPostId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Where the seeker sends it on X (a web intent). Null until the draft may be sent (approved, when the organization requires approval of first messages).',
  })
  intentUrl!: string | null;
  @Field(() => String, { nullable: true }) reviewComment!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field() createdAt!: Date;
  uuid!: string;
  contactId!: string;

  static of(d: DraftRow, intentUrl: string | null): OutreachDraftModel {
    return Object.assign(new OutreachDraftModel(), {
      ...d,
      id: toGlobalId('OutreachDraft', d.id),
      uuid: d.id,
      check: d.checkResult as OutreachCheckModel,
      intentUrl,
    });
  }
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field() question!: string;
  @Field(() => String, { nullable: true, description: "The mentor's post it draws on." })
  postId!: string | null;
}

@ObjectType('InformationalInterview', { implements: () => [Node] })
export class InterviewModel extends Node {
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() timeZone!: string;
  @Field({ description: 'Start as wall time in timeZone, YYYY-MM-DDTHH:mm.' }) localStart!: string;
  @Field(() => InterviewMode) mode!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) meetingUrl!: string | null;
  @Field(() => [AgendaItemModel]) agenda!: AgendaItemModel[];
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => InterviewStatus) status!: string;
  @Field({ description: 'An iCalendar invitation (text/calendar) with a 30-minute reminder.' })
  ics!: string;
  uuid!: string;

  static of(i: InterviewRow, localStart: string, ics: string): InterviewModel {
    return Object.assign(new InterviewModel(), {
      ...i,
      id: toGlobalId('InformationalInterview', i.id),
      uuid: i.id,
      localStart,
      ics,
    });
  }
}

@ObjectType('MentorContact', {
  implements: () => [Node],
  description: 'A person on a seeker’s outreach pipeline.',
})
export class MentorContactModel extends Node {
  @Field() xAccountId!: string;
  @Field() username!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => ContactTypeEnum) contactType!: string;
  @Field(() => OutreachStage) stage!: string;
  @Field() blocked!: boolean;
  @Field({ description: 'An ask is out: no second ask before they answer.' })
  awaitingReply!: boolean;
  @Field(() => [String]) reasons!: string[];
  @Field(() => Date, { nullable: true }) firstContactAt!: Date | null;
  @Field() stageChangedAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'When a polite follow-up is due if they stay quiet (the tenant’s quiet period).',
  })
  followUpDueAt!: Date | null;
  @Field(() => [OutreachStage]) allowedMoves!: string[];
  @Field() profileUrl!: string;
  uuid!: string;
  seekerId!: string;
  /** The row it was made from, for field resolvers. */
  row!: ContactRow;

  static of(c: ContactRow, extra: { followUpDueAt: Date | null; allowedMoves: readonly string[] }) {
    return Object.assign(new MentorContactModel(), {
      ...c,
      row: c,
      ...extra,
      allowedMoves: [...extra.allowedMoves],
      id: toGlobalId('MentorContact', c.id),
      uuid: c.id,
      profileUrl: `https://x.com/${c.username}`,
    });
  }
}

@ObjectType('SeekerTask', { implements: () => [Node], description: 'A follow-up for the seeker.' })
export class SeekerTaskModel extends Node {
  @Field(() => SeekerTaskKind) kind!: string;
  @Field() title!: string;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field(() => String, { nullable: true }) xUsername!: string | null;
  @Field(() => String, { nullable: true, description: 'Open their profile on X.' })
  profileUrl!: string | null;
  @Field() createdAt!: Date;

  static of(t: TaskRow): SeekerTaskModel {
    return Object.assign(new SeekerTaskModel(), {
      ...t,
      id: toGlobalId('SeekerTask', t.id),
      profileUrl: t.xUsername ? `https://x.com/${t.xUsername}` : null,
    });
  }
}

@ObjectType('OutreachPolicy', { description: "The organization's outreach rules." })
export class OutreachPolicyModel {
  @Field({ description: "A coach approves each seeker's first message to a new contact." })
  requireFirstContactApproval!: boolean;
  @Field(() => Int, { description: 'New people a seeker may first contact in 7 days.' })
  firstContactsPerWeek!: number;
  @Field(() => Int, { description: 'Days of silence before a follow-up is suggested.' })
  followUpAfterDays!: number;
}

// ---- inputs ----

@InputType()
export class StartMentorDiscoveryInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field({ nullable: true, description: 'Defaults to the field of the target roles.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  field?: string;
}

@InputType()
export class AddMentorContactInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field() @IsString() @MaxLength(20) xAccountId!: string;
  @Field(() => ContactTypeEnum, { defaultValue: ContactTypeEnum.MENTOR })
  @IsEnum(ContactTypeEnum)
  contactType!: ContactTypeEnum;
}

@InputType()
export class MoveMentorContactInput {
  @Field(() => ID) @IsString() contactId!: string;
  @Field(() => OutreachStage) @IsEnum(OutreachStage) stage!: OutreachStage;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @Field({ nullable: true, description: 'They answered the last ask (so a next ask is fine).' })
  @IsOptional()
  @IsBoolean()
  replied?: boolean;
}

@InputType()
export class RecordMentorReplyInput {
  @Field(() => ID) @IsString() contactId!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class SetMentorContactBlockedInput {
  @Field(() => ID) @IsString() contactId!: string;
  @Field() @IsBoolean() blocked!: boolean;
}

@InputType()
export class CheckOutreachDraftInput {
  @Field(() => ID) @IsString() contactId!: string;
  @Field() @IsString() @Length(1, 4000) text!: string;
  @Field(() => OutreachChannel) @IsEnum(OutreachChannel) channel!: OutreachChannel;
}

@InputType()
export class CreateOutreachDraftInput {
  @Field(() => ID) @IsString() contactId!: string;
  @Field() @IsString() @Length(1, 4000) text!: string;
  @Field(() => OutreachChannel) @IsEnum(OutreachChannel) channel!: OutreachChannel;
  @Field({
    nullable: true,
    description: 'For a reply: the post it answers (else the one the check found).',
  })
  @IsOptional()
  @Matches(/^\d{1,20}$/, { message: 'Give the numeric id of the post.' })
  replyToPostId?: string;
}

@InputType()
export class ReviewOutreachDraftInput {
  @Field(() => ID) @IsString() draftId!: string;
  @Field() @IsBoolean() approve!: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

@InputType()
export class MarkOutreachDraftSentInput {
  @Field(() => ID) @IsString() draftId!: string;
}

@InputType()
export class ScheduleInformationalInterviewInput {
  @Field(() => ID) @IsString() contactId!: string;
  @Field({ description: 'Wall time in timeZone: YYYY-MM-DDTHH:mm.' })
  @IsString()
  @MaxLength(25)
  startsAt!: string;
  @Field({ description: 'IANA time zone, e.g. America/Chicago.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;
  @Field(() => Int, { defaultValue: 20, description: '15–20 minutes is the polite ask.' })
  @IsInt()
  @Min(10)
  @Max(120)
  durationMinutes!: number;
  @Field(() => InterviewMode) @IsEnum(InterviewMode) mode!: InterviewMode;
  @Field({ nullable: true, description: 'Required in person.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Give a full https:// link.' },
  )
  meetingUrl?: string;
}

@InputType()
export class UpdateInformationalInterviewInput {
  @Field(() => ID) @IsString() interviewId!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) notes?: string;
  @Field(() => InterviewOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(InterviewOutcome)
  status?: InterviewOutcome;
  @Field(() => [String], { nullable: true, description: 'Follow-up tasks, due a week later.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  followUps?: string[];
}

@InputType()
export class SetOutreachPolicyInput {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() requireFirstContactApproval?: boolean;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  firstContactsPerWeek?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  followUpAfterDays?: number;
}

@InputType()
export class CompleteSeekerTaskInput {
  @Field(() => ID) @IsString() taskId!: string;
}

// ---- payloads ----

@ObjectType()
export class StartMentorDiscoveryPayload extends Payload {
  @Field(() => String, { nullable: true }) field?: string | null;
  @Field(() => ID, { nullable: true, description: 'The XWatch that brings the field in.' })
  watchId?: string | null;
}

@ObjectType()
export class MentorContactPayload extends Payload {
  @Field(() => MentorContactModel, { nullable: true }) contact?: MentorContactModel | null;
}

@ObjectType()
export class OutreachDraftPayload extends Payload {
  @Field(() => OutreachDraftModel, { nullable: true }) draft?: OutreachDraftModel | null;
  @Field(() => MentorContactModel, { nullable: true }) contact?: MentorContactModel | null;
}

@ObjectType()
export class InformationalInterviewPayload extends Payload {
  @Field(() => InterviewModel, { nullable: true }) interview?: InterviewModel | null;
  @Field(() => MentorContactModel, { nullable: true }) contact?: MentorContactModel | null;
}

@ObjectType()
export class OutreachPolicyPayload extends Payload {
  @Field(() => OutreachPolicyModel, { nullable: true }) policy?: OutreachPolicyModel | null;
}

@ObjectType()
export class SeekerTaskPayload extends Payload {
  @Field(() => SeekerTaskModel, { nullable: true }) task?: SeekerTaskModel | null;
}
