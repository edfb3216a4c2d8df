import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Occurrence } from '@libs/calendar';
import { Allow, Ctx, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { AppError } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/graphql/global-id.js';
import { ACTORS, READERS } from '../mentorship/mentorship.resolver.js';
import {
  AddHashtagChatInput,
  AddOrgEventInput,
  AddOrganizationInput,
  ChatArchiveModel,
  ChatOccurrenceModel,
  ChatParticipationModel,
  CreateEventFollowUpsInput,
  CreateEventFollowUpsPayload,
  CreateSeekerCalendarFeedInput,
  CreateSeekerCalendarFeedPayload,
  RevokeSeekerCalendarFeedInput,
  RevokeSeekerCalendarFeedPayload,
  EventPhaseEnum,
  HashtagArchiveModel,
  HashtagChatModel,
  HashtagChatPayload,
  JoinOrgActivityInput,
  JoinOrgActivityPayload,
  OrgEventModel,
  OrgEventPayload,
  OrganizationModel,
  OrganizationPayload,
  OrganizationSuggestionModel,
  OrganizationTalkModel,
  ReminderModel,
} from './orgs.models.js';
import { SeekerModel } from '../seekers/models/seeker.model.js';
import type { ChatRow, EventRow } from './orgs.repository.js';
import { OrgsService, phaseWindow } from './orgs.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrgsService) {}

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [OrganizationModel])
  async organizations(@Ctx() ctx: TenantScope): Promise<OrganizationModel[]> {
    return (await this.service.organizations(ctx)).map((o) => OrganizationModel.of(o));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [OrganizationSuggestionModel], {
    description: 'Organizations for the seeker: in their field or local to them.',
  })
  async organizationSuggestions(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<OrganizationSuggestionModel[]> {
    const list = await this.service.suggestionsFor(ctx, fromGlobalId(seekerId, 'Seeker'));
    return list.map((s) => ({
      organization: OrganizationModel.of(s.org),
      reasons: s.reasons,
    }));
  }

  @ResolveField(() => OrganizationTalkModel, {
    description: 'Distinctive terms of its posts in the last 30 days, against other organizations.',
  })
  async talkingAbout(
    @Parent() o: OrganizationModel,
    @Ctx() ctx: TenantScope,
  ): Promise<OrganizationTalkModel> {
    const org = await this.service.organization(ctx, o.uuid);
    const t = await this.service.talkingAbout(ctx, org);
    return {
      terms: t.terms,
      recentPosts: t.posts.map((p) => ({ xId: p.id, text: p.text, createdAt: p.createdAt })),
    };
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => OrganizationPayload, {
    description: 'Adds an organization and follows its X accounts (orgs watches).',
  })
  async addOrganization(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddOrganizationInput }) input: AddOrganizationInput,
  ): Promise<OrganizationPayload> {
    const o = await this.service.addOrganization(ctx, input);
    return Object.assign(new OrganizationPayload(), { organization: OrganizationModel.of(o) });
  }
}

@Resolver(() => OrgEventModel)
export class OrgEventsResolver {
  constructor(private readonly service: OrgsService) {}

  model(e: EventRow): OrgEventModel {
    return OrgEventModel.of(
      e,
      this.service.localTime(e.startsAt, e.timeZone),
      this.service.eventIcs(e),
    );
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [OrgEventModel], { description: 'Events by start time.' })
  async orgEvents(
    @Ctx() ctx: TenantScope,
    @Args('upcomingOnly', { defaultValue: false }) upcomingOnly: boolean,
  ): Promise<OrgEventModel[]> {
    return (await this.service.events(ctx, upcomingOnly)).map((e) => this.model(e));
  }

  @ResolveField(() => HashtagArchiveModel, {
    description:
      'Highlights from the captured hashtags: top posts, most-shared links, active participants (the roster), speakers flagged. Without a phase: before, during and after together.',
  })
  async highlights(
    @Parent() e: OrgEventModel,
    @Ctx() ctx: TenantScope,
    @Args('phase', { type: () => EventPhaseEnum, nullable: true }) phase?: string,
  ): Promise<HashtagArchiveModel> {
    const row = await this.service.event(ctx, e.uuid);
    const p = (phase as EventPhaseEnum | undefined) ?? null;
    const window = p
      ? phaseWindow(row, p)
      : { start: phaseWindow(row, 'before').start, end: phaseWindow(row, 'after').end };
    return HashtagArchiveModel.of(await this.service.highlights(ctx, row, p), window);
  }

  @ResolveField(() => [SeekerModel], {
    description: 'Seekers going (joinOrgActivity), those the caller may see, earliest first.',
  })
  attendees(@Parent() e: OrgEventModel, @Ctx() ctx: TenantScope): Promise<SeekerModel[]> {
    return this.service.attendees(ctx, { eventId: e.uuid });
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  async organization(
    @Parent() e: OrgEventModel,
    @Ctx() ctx: TenantScope,
  ): Promise<OrganizationModel | null> {
    if (!e.organizationId) return null;
    const o = await this.service.findOrganization(ctx, e.organizationId);
    return o ? OrganizationModel.of(o) : null;
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => OrgEventPayload, {
    description: 'Adds an event and starts capturing its hashtags (orgs watches).',
  })
  async addOrgEvent(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddOrgEventInput }) input: AddOrgEventInput,
  ): Promise<OrgEventPayload> {
    const e = await this.service.addEvent(ctx, {
      ...input,
      organizationId: input.organizationId
        ? fromGlobalId(input.organizationId, 'Organization')
        : null,
    });
    return Object.assign(new OrgEventPayload(), { event: this.model(e) });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => CreateEventFollowUpsPayload, {
    description:
      'Follow-up tasks so the conversation carries on: thank the speakers, meet the most active participants.',
  })
  async createEventFollowUps(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CreateEventFollowUpsInput }) input: CreateEventFollowUpsInput,
  ): Promise<CreateEventFollowUpsPayload> {
    const created = await this.service.createEventFollowUps(
      ctx,
      fromGlobalId(input.eventId, 'OrgEvent'),
      fromGlobalId(input.seekerId, 'Seeker'),
    );
    return Object.assign(new CreateEventFollowUpsPayload(), { created });
  }
}

@Resolver(() => HashtagChatModel)
export class HashtagChatsResolver {
  constructor(
    private readonly service: OrgsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  model(c: ChatRow): HashtagChatModel {
    return HashtagChatModel.of(c, this.service.describe(c), this.service.chatIcs(c));
  }

  occurrence(o: Occurrence, c: { timeZone: string }): ChatOccurrenceModel {
    return { start: o.start, end: o.end, localStart: this.service.localTime(o.start, c.timeZone) };
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [HashtagChatModel])
  async hashtagChats(@Ctx() ctx: TenantScope): Promise<HashtagChatModel[]> {
    return (await this.service.chats(ctx)).map((c) => this.model(c));
  }

  @ResolveField(() => [SeekerModel], {
    description: 'Seekers who joined the chat (joinOrgActivity), those the caller may see.',
  })
  attendees(@Parent() c: HashtagChatModel, @Ctx() ctx: TenantScope): Promise<SeekerModel[]> {
    return this.service.attendees(ctx, { chatId: c.uuid });
  }

  @ResolveField(() => [ChatOccurrenceModel], { description: 'The next occurrences.' })
  upcoming(
    @Parent() c: HashtagChatModel,
    @Args('first', { type: () => Int, defaultValue: 4 }) first: number,
  ): ChatOccurrenceModel[] {
    return this.service
      .upcoming(c, Math.min(Math.max(first, 1), 52))
      .map((o) => this.occurrence(o, c));
  }

  @ResolveField(() => [ChatOccurrenceModel], {
    description: 'Occurrences that ended, newest first.',
  })
  pastOccurrences(
    @Parent() c: HashtagChatModel,
    @Args('last', { type: () => Int, defaultValue: 4 }) last: number,
  ): ChatOccurrenceModel[] {
    return this.service.past(c, Math.min(Math.max(last, 1), 52)).map((o) => this.occurrence(o, c));
  }

  @ResolveField(() => ChatArchiveModel, {
    nullable: true,
    description:
      'The archive of one occurrence: every captured post in its window, participants, threads. Default: the last occurrence that ended.',
  })
  async archive(
    @Parent() c: HashtagChatModel,
    @Ctx() ctx: TenantScope,
    @Args('occurrenceStart', { type: () => Date, nullable: true }) occurrenceStart?: Date,
  ): Promise<ChatArchiveModel | null> {
    const r = await this.service.archive(ctx, c, occurrenceStart ?? null);
    if (!r) return null;
    return {
      occurrence: this.occurrence(r.occurrence, c),
      archive: HashtagArchiveModel.of(r.archive, {
        start: r.occurrence.start.getTime(),
        end: r.occurrence.end.getTime(),
      }),
    };
  }

  @ResolveField(() => [ChatParticipationModel], {
    description: 'Whether the seeker posted in each of the last occurrences.',
  })
  async participation(
    @Parent() c: HashtagChatModel,
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args('last', { type: () => Int, defaultValue: 4 }) last: number,
  ): Promise<ChatParticipationModel[]> {
    const rows = await this.service.participation(
      ctx,
      c,
      fromGlobalId(seekerId, 'Seeker'),
      Math.min(Math.max(last, 1), 26),
    );
    return rows.map((r) => ({ ...r, occurrence: this.occurrence(r.occurrence, c) }));
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => HashtagChatPayload, {
    description: 'Adds a recurring chat and starts capturing its hashtag.',
  })
  async addHashtagChat(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddHashtagChatInput }) input: AddHashtagChatInput,
  ): Promise<HashtagChatPayload> {
    const c = await this.service.addChat(ctx, {
      ...input,
      organizationId: input.organizationId
        ? fromGlobalId(input.organizationId, 'Organization')
        : null,
    });
    return Object.assign(new HashtagChatPayload(), { chat: this.model(c) });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => JoinOrgActivityPayload, {
    description: 'The seeker goes to an event or joins a chat: reminders and their calendar feed.',
  })
  async joinOrgActivity(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => JoinOrgActivityInput }) input: JoinOrgActivityInput,
  ): Promise<JoinOrgActivityPayload> {
    if (!!input.eventId === !!input.chatId) {
      throw AppError.badInput('Give either an eventId or a chatId.', ['eventId']);
    }
    const seekerId = fromGlobalId(input.seekerId, 'Seeker');
    await this.service.join(
      ctx,
      seekerId,
      {
        eventId: input.eventId ? fromGlobalId(input.eventId, 'OrgEvent') : undefined,
        chatId: input.chatId ? fromGlobalId(input.chatId, 'HashtagChat') : undefined,
      },
      input.remindMinutes,
    );
    return Object.assign(new JoinOrgActivityPayload(), {
      reminders: await this.reminderModels(ctx, seekerId, 14),
    });
  }

  async reminderModels(ctx: TenantScope, seekerId: string, days: number): Promise<ReminderModel[]> {
    return (await this.service.reminders(ctx, seekerId, days)).map((r) => ({
      ...r,
      chatId: r.chatId ? toGlobalId('HashtagChat', r.chatId) : null,
      eventId: r.eventId ? toGlobalId('OrgEvent', r.eventId) : null,
    }));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [ReminderModel], { description: 'Upcoming chats and events the seeker joined.' })
  reminders(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args('days', { type: () => Int, defaultValue: 14 }) days: number,
  ): Promise<ReminderModel[]> {
    return this.reminderModels(
      ctx,
      fromGlobalId(seekerId, 'Seeker'),
      Math.min(Math.max(days, 1), 90),
    );
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => String, {
    description: 'An iCalendar feed (text/calendar) of every event and chat the seeker joined.',
  })
  seekerCalendar(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<string> {
    return this.service.seekerCalendar(ctx, fromGlobalId(seekerId, 'Seeker'));
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => CreateSeekerCalendarFeedPayload, {
    description:
      'A secret calendar address (https://…/calendar/<token>.ics) with every event and chat the seeker joined, for calendar apps to subscribe to.',
  })
  async createSeekerCalendarFeed(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CreateSeekerCalendarFeedInput })
    input: CreateSeekerCalendarFeedInput,
  ): Promise<CreateSeekerCalendarFeedPayload> {
    const base = this.config.publicUrl ?? `http://localhost:${this.config.port}`;
    const url = await this.service.createFeed(ctx, fromGlobalId(input.seekerId, 'Seeker'), base);
    return Object.assign(new CreateSeekerCalendarFeedPayload(), { url });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => RevokeSeekerCalendarFeedPayload, {
    description: "Stops the seeker's calendar address from working.",
  })
  async revokeSeekerCalendarFeed(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RevokeSeekerCalendarFeedInput })
    input: RevokeSeekerCalendarFeedInput,
  ): Promise<RevokeSeekerCalendarFeedPayload> {
    const revoked = await this.service.revokeFeeds(ctx, fromGlobalId(input.seekerId, 'Seeker'));
    return Object.assign(new RevokeSeekerCalendarFeedPayload(), { revoked });
  }
}
