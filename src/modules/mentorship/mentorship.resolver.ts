import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { utcToZoned } from '@libs/calendar';
import { outreachTemplates } from '@libs/text';
import { Allow, Ctx, MANAGERS, STAFF, WRITERS } from '../../platform/auth/access.decorators.js';
import type { Role } from '../../platform/database/context.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId, toGlobalId } from '../../platform/graphql/global-id.js';
import { LoaderRegistry, Loaders } from '../../platform/graphql/loaders.js';
import { SeekersService } from '../seekers/seekers.service.js';
import {
  AddMentorContactInput,
  CheckOutreachDraftInput,
  CompleteSeekerTaskInput,
  ContactTypeEnum,
  CreateOutreachDraftInput,
  InformationalInterviewPayload,
  InterviewModel,
  MarkOutreachDraftSentInput,
  MentorContactModel,
  MentorContactPayload,
  MentorReach,
  MentorSuggestionsModel,
  MoveMentorContactInput,
  OutreachCheckModel,
  OutreachDraftModel,
  OutreachDraftPayload,
  OutreachEventModel,
  OutreachPolicyModel,
  OutreachPolicyPayload,
  OutreachTemplateModel,
  RecordMentorReplyInput,
  ReviewOutreachDraftInput,
  ScheduleInformationalInterviewInput,
  SeekerTaskModel,
  SeekerTaskPayload,
  SetMentorContactBlockedInput,
  SetOutreachPolicyInput,
  StartMentorDiscoveryInput,
  StartMentorDiscoveryPayload,
  UpdateInformationalInterviewInput,
} from './mentorship.models.js';
import type {
  ContactRow,
  DraftRow,
  EventRow,
  InterviewRow,
  PolicyRow,
} from './mentorship.repository.js';
import { MentorshipService, intentUrl } from './mentorship.service.js';
import { allowedMoves } from './pipeline.js';

/** Rows grouped by key, in the order of the keys (what a DataLoader batch returns). */
function byKey<T>(keys: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const r of rows) groups.get(key(r))?.push(r);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Seekers act on their own pipeline too; only staff approve drafts or set the rules. */
export const ACTORS: readonly Role[] = [...WRITERS, 'seeker'];
export const READERS: readonly Role[] = [...STAFF, 'seeker'];

@Resolver(() => MentorContactModel)
export class MentorshipResolver {
  constructor(
    private readonly service: MentorshipService,
    private readonly seekers: SeekersService,
  ) {}

  async contactModel(ctx: TenantScope, c: ContactRow, policy?: PolicyRow) {
    const p = policy ?? (await this.service.policy(ctx));
    return MentorContactModel.of(c, {
      followUpDueAt: this.service.followUpDueAt(c, p),
      allowedMoves: allowedMoves(c.stage),
    });
  }

  async draftModel(ctx: TenantScope, d: DraftRow, c: ContactRow): Promise<OutreachDraftModel> {
    return this.draftWith(d, c, await this.service.policy(ctx));
  }

  draftWith(d: DraftRow, c: ContactRow, policy: PolicyRow): OutreachDraftModel {
    const needsApproval = policy.requireFirstContactApproval && !c.firstContactAt;
    const sendable =
      d.status === 'approved' ||
      (!needsApproval && (d.status === 'draft' || d.status === 'pending_approval'));
    return OutreachDraftModel.of(d, sendable && !c.blocked ? intentUrl(c, d) : null);
  }

  async interviewModel(ctx: TenantScope, i: InterviewRow, c: ContactRow): Promise<InterviewModel> {
    const seeker = await this.seekers.getSeeker(ctx, c.seekerId);
    return InterviewModel.of(
      i,
      utcToZoned(i.startsAt, i.timeZone),
      this.service.ics(i, c, seeker.name),
    );
  }

  // ---- queries ----

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => MentorSuggestionsModel, {
    description:
      'People senior in the seeker’s field who answer others, ranked with reasons; people already on the pipeline are left out. Candidates come from the posts the organization’s watches bring in (startMentorDiscovery adds the field’s search).',
  })
  async mentorSuggestions(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    // Enum arguments are typed string so the validation pipe does not treat the enum as a class.
    @Args('reach', { type: () => MentorReach, defaultValue: MentorReach.ANY }) reach: string,
    @Args('radiusKm', { type: () => Int, nullable: true }) radiusKm?: number,
    @Args('field', { type: () => String, nullable: true }) field?: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
  ): Promise<MentorSuggestionsModel> {
    const r = await this.service.suggestions(ctx, fromGlobalId(seekerId, 'Seeker'), {
      reach: reach as MentorReach,
      radiusKm: radiusKm ?? undefined,
      field,
      first: Math.min(Math.max(first, 1), 100),
    });
    return {
      field: r.field,
      mentors: r.mentors.map((m) => ({
        xAccountId: m.id,
        username: m.username,
        score: m.score,
        seniority: m.seniority,
        field: m.field,
        distanceKm: m.distanceKm,
        reasons: m.reasons,
        profileUrl: `https://x.com/${m.username}`,
        followIntentUrl: `https://x.com/intent/follow?screen_name=${m.username}`,
      })),
      emptyReason: r.mentors.length
        ? null
        : `No one in ${r.field} yet: run startMentorDiscovery for this seeker and wait for the first poll (see xWatches).`,
    };
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [MentorContactModel], { description: "The seeker's outreach pipeline." })
  async mentorContacts(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<MentorContactModel[]> {
    const rows = await this.service.contactsOf(ctx, fromGlobalId(seekerId, 'Seeker'));
    const policy = await this.service.policy(ctx);
    return Promise.all(rows.map((c) => this.contactModel(ctx, c, policy)));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [MentorContactModel], {
    description:
      'Follow-up reminders: contacts whose last ask has gone unanswered past the quiet period (outreachPolicy.followUpAfterDays), oldest first. Nudge once politely, or move them to NO_REPLY.',
  })
  async mentorFollowUps(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<MentorContactModel[]> {
    const rows = await this.service.contactsOf(ctx, fromGlobalId(seekerId, 'Seeker'));
    const policy = await this.service.policy(ctx);
    const now = Date.now();
    const due = rows
      .map((c) => ({ c, at: this.service.followUpDueAt(c, policy) }))
      .filter((x): x is { c: ContactRow; at: Date } => x.at !== null && x.at.getTime() <= now)
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    return Promise.all(due.map((x) => this.contactModel(ctx, x.c, policy)));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [OutreachTemplateModel])
  outreachTemplates(
    @Args('contactType', { type: () => ContactTypeEnum }) contactType: string,
  ): OutreachTemplateModel[] {
    return outreachTemplates(contactType as ContactTypeEnum);
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => OutreachCheckModel, {
    description: 'The etiquette check of a text, without saving it.',
  })
  async checkOutreachDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CheckOutreachDraftInput }) input: CheckOutreachDraftInput,
  ): Promise<OutreachCheckModel> {
    return this.service.check(
      ctx,
      fromGlobalId(input.contactId, 'MentorContact'),
      input.text,
      input.channel,
    );
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => OutreachPolicyModel)
  outreachPolicy(@Ctx() ctx: TenantScope): Promise<OutreachPolicyModel> {
    return this.service.policy(ctx);
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [SeekerTaskModel], { description: 'Follow-ups: open ones first, by due date.' })
  async seekerTasks(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args('includeDone', { defaultValue: false }) includeDone: boolean,
  ): Promise<SeekerTaskModel[]> {
    const rows = await this.service.tasksOf(ctx, fromGlobalId(seekerId, 'Seeker'), includeDone);
    return rows.map((t) => SeekerTaskModel.of(t));
  }

  // ---- contact fields ----

  @ResolveField(() => ID)
  seeker(@Parent() c: MentorContactModel): string {
    return toGlobalId('Seeker', c.seekerId);
  }

  @ResolveField(() => [OutreachEventModel], { description: 'Every move, oldest first.' })
  events(
    @Parent() c: MentorContactModel,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OutreachEventModel[]> {
    return loaders
      .get<string, EventRow[]>('mentorship.events', async (ids) =>
        byKey(ids, await this.service.eventsOf(ctx, ids), (e) => e.contactId),
      )
      .load(c.uuid);
  }

  @ResolveField(() => [OutreachDraftModel], { description: 'Newest first.' })
  async drafts(
    @Parent() c: MentorContactModel,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<OutreachDraftModel[]> {
    // The parent was resolved through a visibility check; its row is the contact.
    const contact = c.row;
    const [drafts, policy] = await Promise.all([
      loaders
        .get<string, DraftRow[]>('mentorship.drafts', async (ids) =>
          byKey(ids, await this.service.draftsOf(ctx, ids), (d) => d.contactId),
        )
        .load(c.uuid),
      this.policyOnce(ctx, loaders),
    ]);
    return drafts.map((d) => this.draftWith(d, contact, policy));
  }

  @ResolveField(() => [InterviewModel])
  async interviews(
    @Parent() c: MentorContactModel,
    @Ctx() ctx: TenantScope,
    @Loaders() loaders: LoaderRegistry,
  ): Promise<InterviewModel[]> {
    const contact = c.row;
    const rows = await loaders
      .get<string, InterviewRow[]>('mentorship.interviews', async (ids) =>
        byKey(ids, await this.service.interviewsOf(ctx, ids), (i) => i.contactId),
      )
      .load(c.uuid);
    if (!rows.length) return [];
    const name = await loaders
      .get<string, string | null>('mentorship.seekerNames', async (ids) => {
        const found = await this.seekers.visibleByIds(ctx, ids);
        return ids.map((id) => found.find((s) => s.uuid === id)?.name ?? null);
      })
      .load(contact.seekerId);
    return rows.map((i) =>
      InterviewModel.of(
        i,
        utcToZoned(i.startsAt, i.timeZone),
        this.service.ics(i, contact, name ?? 'Perch'),
      ),
    );
  }

  private policyOnce(ctx: TenantScope, loaders: LoaderRegistry): Promise<PolicyRow> {
    return loaders
      .get<string, PolicyRow>('mentorship.policy', async (keys) => {
        const p = await this.service.policy(ctx);
        return keys.map(() => p);
      })
      .load('policy');
  }

  // ---- mutations ----

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => StartMentorDiscoveryPayload, {
    description:
      "Adds the shared X search for the seeker's field (a mentorship watch), so its mentors reach mentorSuggestions after the next poll.",
  })
  async startMentorDiscovery(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => StartMentorDiscoveryInput }) input: StartMentorDiscoveryInput,
  ): Promise<StartMentorDiscoveryPayload> {
    const r = await this.service.startDiscovery(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      input.field,
    );
    return Object.assign(new StartMentorDiscoveryPayload(), {
      field: r.field,
      watchId: r.watch.id,
    });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => MentorContactPayload, {
    description:
      'Puts a person on the seeker’s pipeline (identified); adding them again is a no-op.',
  })
  async addMentorContact(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddMentorContactInput }) input: AddMentorContactInput,
  ): Promise<MentorContactPayload> {
    const seekerId = fromGlobalId(input.seekerId, 'Seeker');
    const c = await this.service.addContact(ctx, seekerId, {
      xAccountId: input.xAccountId,
      contactType: input.contactType,
    });
    return Object.assign(new MentorContactPayload(), { contact: await this.contactModel(ctx, c) });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => MentorContactPayload, {
    description:
      'Moves a contact along the pipeline. Refused: moves the pipeline does not allow, a second ask before an answer, more new first contacts than the weekly cap, first contact without an approved draft when approval is required, and anyone blocked or who declined.',
  })
  async moveMentorContact(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => MoveMentorContactInput }) input: MoveMentorContactInput,
  ): Promise<MentorContactPayload> {
    const c = await this.service.move(
      ctx,
      fromGlobalId(input.contactId, 'MentorContact'),
      input.stage,
      { note: input.note, replied: input.replied },
    );
    return Object.assign(new MentorContactPayload(), { contact: await this.contactModel(ctx, c) });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => MentorContactPayload, { description: 'They answered: the next ask is fine.' })
  async recordMentorReply(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RecordMentorReplyInput }) input: RecordMentorReplyInput,
  ): Promise<MentorContactPayload> {
    const c = await this.service.recordReply(
      ctx,
      fromGlobalId(input.contactId, 'MentorContact'),
      input.note ?? null,
    );
    return Object.assign(new MentorContactPayload(), { contact: await this.contactModel(ctx, c) });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => MentorContactPayload, {
    description: 'A blocked person gets no drafts, moves or interviews until unblocked.',
  })
  async setMentorContactBlocked(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SetMentorContactBlockedInput })
    input: SetMentorContactBlockedInput,
  ): Promise<MentorContactPayload> {
    const c = await this.service.setBlocked(
      ctx,
      fromGlobalId(input.contactId, 'MentorContact'),
      input.blocked,
    );
    return Object.assign(new MentorContactPayload(), { contact: await this.contactModel(ctx, c) });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => OutreachDraftPayload, {
    description:
      'Saves a draft with its etiquette check. When the organization requires it, a first message waits for a coach’s approval.',
  })
  async createOutreachDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CreateOutreachDraftInput }) input: CreateOutreachDraftInput,
  ): Promise<OutreachDraftPayload> {
    const r = await this.service.createDraft(ctx, {
      contactId: fromGlobalId(input.contactId, 'MentorContact'),
      text: input.text,
      channel: input.channel,
      replyToPostId: input.replyToPostId,
    });
    return Object.assign(new OutreachDraftPayload(), {
      draft: await this.draftModel(ctx, r.draft, r.contact),
      contact: await this.contactModel(ctx, r.contact),
    });
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => OutreachDraftPayload, { description: 'A coach approves or asks for changes.' })
  async reviewOutreachDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => ReviewOutreachDraftInput }) input: ReviewOutreachDraftInput,
  ): Promise<OutreachDraftPayload> {
    const r = await this.service.review(
      ctx,
      fromGlobalId(input.draftId, 'OutreachDraft'),
      input.approve,
      input.comment ?? null,
    );
    return Object.assign(new OutreachDraftPayload(), {
      draft: await this.draftModel(ctx, r.draft, r.contact),
      contact: await this.contactModel(ctx, r.contact),
    });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => OutreachDraftPayload, {
    description:
      'The seeker sent it through its intent link; a first message moves the contact to first contact.',
  })
  async markOutreachDraftSent(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => MarkOutreachDraftSentInput }) input: MarkOutreachDraftSentInput,
  ): Promise<OutreachDraftPayload> {
    const r = await this.service.markSent(ctx, fromGlobalId(input.draftId, 'OutreachDraft'));
    return Object.assign(new OutreachDraftPayload(), {
      draft: await this.draftModel(ctx, r.draft, r.contact),
      contact: await this.contactModel(ctx, r.contact),
    });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => InformationalInterviewPayload, {
    description:
      'Schedules the informational interview (the contact must be at interview_proposed), with an agenda from the mentor’s recent posts and the seeker’s goals, a preparation task and an .ics invitation.',
  })
  async scheduleInformationalInterview(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => ScheduleInformationalInterviewInput })
    input: ScheduleInformationalInterviewInput,
  ): Promise<InformationalInterviewPayload> {
    const r = await this.service.schedule(ctx, {
      ...input,
      contactId: fromGlobalId(input.contactId, 'MentorContact'),
    });
    return Object.assign(new InformationalInterviewPayload(), {
      interview: await this.interviewModel(ctx, r.interview, r.contact),
      contact: await this.contactModel(ctx, r.contact),
    });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => InformationalInterviewPayload, {
    description: 'Notes, the outcome (held adds a thank-you task) and follow-up tasks.',
  })
  async updateInformationalInterview(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => UpdateInformationalInterviewInput })
    input: UpdateInformationalInterviewInput,
  ): Promise<InformationalInterviewPayload> {
    const r = await this.service.updateInterview(
      ctx,
      fromGlobalId(input.interviewId, 'InformationalInterview'),
      { notes: input.notes, status: input.status, followUps: input.followUps },
    );
    return Object.assign(new InformationalInterviewPayload(), {
      interview: await this.interviewModel(ctx, r.interview, r.contact),
      contact: await this.contactModel(ctx, r.contact),
    });
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => OutreachPolicyPayload)
  async setOutreachPolicy(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SetOutreachPolicyInput }) input: SetOutreachPolicyInput,
  ): Promise<OutreachPolicyPayload> {
    const patch = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined && v !== null),
    ) as Partial<PolicyRow>;
    return Object.assign(new OutreachPolicyPayload(), {
      policy: await this.service.setPolicy(ctx, patch),
    });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => SeekerTaskPayload)
  async completeSeekerTask(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CompleteSeekerTaskInput }) input: CompleteSeekerTaskInput,
  ): Promise<SeekerTaskPayload> {
    const t = await this.service.completeTask(ctx, fromGlobalId(input.taskId, 'SeekerTask'));
    return Object.assign(new SeekerTaskPayload(), { task: SeekerTaskModel.of(t) });
  }
}
