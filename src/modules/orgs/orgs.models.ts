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
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { toGlobalId } from '../../platform/graphql/global-id.js';
import { Node } from '../../platform/graphql/node.js';
import { Payload } from '../../platform/graphql/user-error.js';
import type { ChatArchive } from './archive.js';
import type { ChatRow, EventRow, OrganizationRow } from './orgs.repository.js';

export enum EventKindEnum {
  CONFERENCE = 'conference',
  WORKSHOP = 'workshop',
  MEETUP = 'meetup',
}
registerEnumType(EventKindEnum, { name: 'OrgEventKind' });

export enum EventPhaseEnum {
  BEFORE = 'before',
  DURING = 'during',
  AFTER = 'after',
}
registerEnumType(EventPhaseEnum, {
  name: 'EventPhase',
  valuesMap: {
    BEFORE: { description: 'The 21 days before the start.' },
    DURING: { description: 'From start to end.' },
    AFTER: { description: 'The 7 days after the end.' },
  },
});

@ObjectType('Organization', {
  implements: () => [Node],
  description: 'A trade or professional body, with its X accounts.',
})
export class OrganizationModel extends Node {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { nullable: true }) site!: string | null;
  @Field(() => [String]) usernames!: string[];
  @Field() createdAt!: Date;
  uuid!: string;
  xAccountIds!: string[];

  static of(o: OrganizationRow): OrganizationModel {
    return Object.assign(new OrganizationModel(), {
      ...o,
      id: toGlobalId('Organization', o.id),
      uuid: o.id,
    });
  }
}

@ObjectType('TermCount')
export class TermCountModel {
  @Field() term!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('OrgPost')
export class OrgPostModel {
  @Field() xId!: string;
  @Field() text!: string;
  @Field() createdAt!: Date;
}

@ObjectType('OrganizationTalk', { description: 'What an organization is talking about lately.' })
export class OrganizationTalkModel {
  @Field(() => [TermCountModel]) terms!: TermCountModel[];
  @Field(() => [OrgPostModel]) recentPosts!: OrgPostModel[];
}

@ObjectType('OrganizationSuggestion')
export class OrganizationSuggestionModel {
  @Field(() => OrganizationModel) organization!: OrganizationModel;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType('ArchiveParticipant')
export class ArchiveParticipantModel {
  @Field() xAccountId!: string;
  @Field() username!: string;
  @Field(() => Int) posts!: number;
  @Field(() => Int) replies!: number;
  @Field() firstAt!: Date;
  @Field() isHost!: boolean;
  @Field() isSpeaker!: boolean;
}

@ObjectType('ArchivePost')
export class ArchivePostModel {
  @Field() xId!: string;
  @Field() username!: string;
  @Field() text!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true }) inReplyToPostId!: string | null;
  @Field() url!: string;
}

@ObjectType('ArchiveThread')
export class ArchiveThreadModel {
  @Field() rootId!: string;
  @Field(() => [String]) postIds!: string[];
  @Field(() => Int) depth!: number;
  @Field(() => Int) participants!: number;
}

@ObjectType('ArchiveTopPost')
export class ArchiveTopPostModel {
  @Field() xId!: string;
  @Field(() => Float, { description: 'likes + 2×reposts + 2×quotes + replies' }) score!: number;
  @Field(() => ArchivePostModel, { description: 'The post itself.' }) post!: ArchivePostModel;
}

@ObjectType('SharedLink')
export class SharedLinkModel {
  @Field({ description: 'Canonical (tracking parameters removed).' }) url!: string;
  @Field(() => Int) shares!: number;
  @Field(() => Int) sharers!: number;
}

@ObjectType('HashtagArchive', {
  description: 'Posts in a window (start inclusive, end exclusive) and what stood out.',
})
export class HashtagArchiveModel {
  @Field() windowStart!: Date;
  @Field() windowEnd!: Date;
  @Field(() => Int) postCount!: number;
  @Field(() => [ArchivePostModel], { description: 'Oldest first.' }) posts!: ArchivePostModel[];
  @Field(() => [ArchiveParticipantModel], { description: 'Most active first.' })
  participants!: ArchiveParticipantModel[];
  @Field(() => [ArchiveThreadModel]) threads!: ArchiveThreadModel[];
  @Field(() => [ArchiveTopPostModel]) topPosts!: ArchiveTopPostModel[];
  @Field(() => [SharedLinkModel]) links!: SharedLinkModel[];

  static of(a: ChatArchive, window: { start: number; end: number }): HashtagArchiveModel {
    const posts = a.posts.map((p) => ({
      xId: p.id,
      username: p.username,
      text: p.text,
      createdAt: new Date(p.createdAt),
      inReplyToPostId: p.inReplyToPostId,
      url: `https://x.com/${p.username}/status/${p.id}`,
    }));
    const byId = new Map(posts.map((p) => [p.xId, p]));
    return {
      windowStart: new Date(window.start),
      windowEnd: new Date(window.end),
      postCount: a.posts.length,
      posts,
      participants: a.participants.map((p) => ({
        ...p,
        xAccountId: p.authorId,
        firstAt: new Date(p.firstAt),
      })),
      threads: a.threads,
      // Top posts are chosen among the window's posts, so each is in `posts`.
      topPosts: a.topPosts.map((t) => ({ xId: t.id, score: t.score, post: byId.get(t.id)! })),
      links: a.links,
    };
  }
}

@ObjectType('OrgEvent', {
  implements: () => [Node],
  description: 'A conference, workshop or meetup, with its hashtags captured.',
})
export class OrgEventModel extends Node {
  @Field() name!: string;
  @Field(() => EventKindEnum) kind!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field() timeZone!: string;
  @Field({ description: 'Start as wall time in timeZone.' }) localStart!: string;
  @Field() online!: boolean;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => [String]) hashtags!: string[];
  @Field(() => [String]) speakers!: string[];
  @Field({ description: 'An iCalendar file with a one-hour reminder.' }) ics!: string;
  uuid!: string;
  organizationId!: string | null;

  static of(e: EventRow, localStart: string, ics: string): OrgEventModel {
    return Object.assign(new OrgEventModel(), {
      ...e,
      id: toGlobalId('OrgEvent', e.id),
      uuid: e.id,
      localStart,
      ics,
    });
  }
}

@ObjectType('ChatOccurrence')
export class ChatOccurrenceModel {
  @Field() start!: Date;
  @Field() end!: Date;
  @Field({ description: 'Wall time in the chat’s time zone.' }) localStart!: string;
}

@ObjectType('ChatParticipation')
export class ChatParticipationModel {
  @Field(() => ChatOccurrenceModel) occurrence!: ChatOccurrenceModel;
  @Field() tookPart!: boolean;
  @Field(() => Int) posts!: number;
}

@ObjectType('HashtagChat', {
  implements: () => [Node],
  description: 'A recurring hashtag chat (RRULE in its time zone, DST-correct).',
})
export class HashtagChatModel extends Node {
  @Field() name!: string;
  @Field() hashtag!: string;
  @Field(() => String, { nullable: true }) hostUsername!: string | null;
  @Field() rrule!: string;
  @Field() timeZone!: string;
  @Field() startLocal!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field({ description: 'e.g. "every Tuesday at 20:00 (America/New_York)".' }) schedule!: string;
  @Field({ description: 'A recurring iCalendar feed with a 15-minute reminder.' }) ics!: string;
  @Field() createdAt!: Date;
  uuid!: string;
  organizationId!: string | null;

  static of(c: ChatRow, schedule: string, ics: string): HashtagChatModel {
    return Object.assign(new HashtagChatModel(), {
      ...c,
      id: toGlobalId('HashtagChat', c.id),
      uuid: c.id,
      schedule,
      ics,
    });
  }
}

@ObjectType('ChatArchive')
export class ChatArchiveModel {
  @Field(() => ChatOccurrenceModel) occurrence!: ChatOccurrenceModel;
  @Field(() => HashtagArchiveModel) archive!: HashtagArchiveModel;
}

@ObjectType('Reminder')
export class ReminderModel {
  @Field() title!: string;
  @Field() hashtag!: string;
  @Field() start!: Date;
  @Field() end!: Date;
  @Field() remindAt!: Date;
  @Field(() => ID, { nullable: true }) chatId!: string | null;
  @Field(() => ID, { nullable: true }) eventId!: string | null;
}

// ---- inputs ----

@InputType()
export class AddOrganizationInput {
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) field?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Give a full https:// link.' },
  )
  site?: string;
  @Field(() => [String], { description: 'Its X handles.' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 16, { each: true })
  handles!: string[];
}

@InputType()
export class AddOrgEventInput {
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field(() => EventKindEnum) @IsEnum(EventKindEnum) kind!: EventKindEnum;
  @Field({ description: 'Wall time in timeZone: YYYY-MM-DDTHH:mm.' })
  @IsString()
  @MaxLength(25)
  startsAt!: string;
  @Field({ description: 'Wall time in timeZone: YYYY-MM-DDTHH:mm.' })
  @IsString()
  @MaxLength(25)
  endsAt!: string;
  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;
  @Field({ defaultValue: false }) @IsBoolean() online!: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Give a full https:// link.' },
  )
  url?: string;
  @Field(() => [String], { description: 'Hashtags to capture, e.g. ["#DataConf2026"].' })
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(101, { each: true })
  hashtags!: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() organizationId?: string;
  @Field(() => [String], { nullable: true, description: 'Speakers’ X handles.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  speakers?: string[];
}

@InputType()
export class AddHashtagChatInput {
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field() @IsString() @MaxLength(101) hashtag!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(16) hostUsername?: string;
  @Field({ description: 'RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=TU".' })
  @IsString()
  @MaxLength(300)
  rrule!: string;
  @Field({ description: 'IANA time zone, e.g. America/New_York.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;
  @Field({ description: 'First start as wall time in timeZone: YYYY-MM-DDTHH:mm.' })
  @IsString()
  @MaxLength(25)
  startLocal!: string;
  @Field(() => Int, { defaultValue: 60 })
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes!: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() organizationId?: string;
}

@InputType()
export class JoinOrgActivityInput {
  @Field(() => ID) @IsString() seekerId!: string;
  @Field(() => ID, { nullable: true, description: 'An OrgEvent id.' })
  @IsOptional()
  @IsString()
  eventId?: string;
  @Field(() => ID, { nullable: true, description: 'A HashtagChat id.' })
  @IsOptional()
  @IsString()
  chatId?: string;
  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(0)
  @Max(10080)
  remindMinutes!: number;
}

@InputType()
export class CreateEventFollowUpsInput {
  @Field(() => ID) @IsString() eventId!: string;
  @Field(() => ID) @IsString() seekerId!: string;
}

// ---- payloads ----

@ObjectType()
export class OrganizationPayload extends Payload {
  @Field(() => OrganizationModel, { nullable: true }) organization?: OrganizationModel | null;
}

@ObjectType()
export class OrgEventPayload extends Payload {
  @Field(() => OrgEventModel, { nullable: true }) event?: OrgEventModel | null;
}

@ObjectType()
export class HashtagChatPayload extends Payload {
  @Field(() => HashtagChatModel, { nullable: true }) chat?: HashtagChatModel | null;
}

@ObjectType()
export class JoinOrgActivityPayload extends Payload {
  @Field(() => [ReminderModel], { nullable: true, description: 'The seeker’s next reminders.' })
  reminders?: ReminderModel[] | null;
}

@ObjectType()
export class CreateEventFollowUpsPayload extends Payload {
  @Field(() => Int, { nullable: true, description: 'New tasks (existing ones are kept).' })
  created?: number | null;
}

@InputType()
export class CreateSeekerCalendarFeedInput {
  @Field(() => ID) @IsString() seekerId!: string;
}

@InputType()
export class RevokeSeekerCalendarFeedInput {
  @Field(() => ID) @IsString() seekerId!: string;
}

@ObjectType()
export class CreateSeekerCalendarFeedPayload extends Payload {
  @Field(() => String, {
    nullable: true,
    description:
      'The secret address to subscribe to in a calendar app (shown once). An earlier address stops working.',
  })
  url?: string | null;
}

@ObjectType()
export class RevokeSeekerCalendarFeedPayload extends Payload {
  @Field(() => Int, { nullable: true, description: 'Addresses that stopped working.' })
  revoked?: number | null;
}
