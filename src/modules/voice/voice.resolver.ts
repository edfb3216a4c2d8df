import {
  Args,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Allow, Ctx, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import {
  Connection,
  decodeRowCursor,
  PageArgs,
  pageSize,
  toRowPage,
} from '../../platform/graphql/pagination.js';
import { ACTORS, READERS } from '../mentorship/mentorship.resolver.js';
import {
  AuditDecisionPayload,
  AuditFindingModel,
  CommentVoiceDraftInput,
  CreateVoiceDraftInput,
  DecideAuditFindingInput,
  DraftCommentModel,
  EditVoiceDraftInput,
  PillarModel,
  PostingSlotsPayload,
  ReviewVoiceDraftInput,
  ScheduleVoiceDraftInput,
  SetPostingSlotsInput,
  SetVoicePillarsInput,
  SlotsModel,
  SyncVoicePostsInput,
  SyncVoicePostsPayload,
  SubmitVoiceDraftInput,
  CancelVoiceDraftInput,
  VoiceDraftModel,
  VoiceDraftPayload,
  VoicePillarsPayload,
  VoiceProfileModel,
} from './voice.models.js';
import { LinkStatusModel } from '../links/links.models.js';
import type { RoleEnum } from '../identity/models/staff-member.model.js';
import { VoiceService } from './voice.service.js';

@ObjectType()
export class VoiceDraftConnection extends Connection(VoiceDraftModel, 'VoiceDraft') {}

const draftPayload = (d: Parameters<typeof VoiceDraftModel.of>[0]) =>
  Object.assign(new VoiceDraftPayload(), { draft: VoiceDraftModel.of(d) });

@Resolver(() => VoiceDraftModel)
export class VoiceResolver {
  constructor(private readonly voice: VoiceService) {}

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [PillarModel])
  voicePillars(@Ctx() ctx: TenantScope, @Args('seekerId', { type: () => ID }) seekerId: string) {
    return this.voice.pillars(ctx, fromGlobalId(seekerId, 'Seeker'));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => VoiceProfileModel, {
    description:
      'Themes, pillar share, consistency, tone, readability and cadence, month by month.',
  })
  async voiceProfile(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<VoiceProfileModel> {
    const p = await this.voice.profile(ctx, fromGlobalId(seekerId, 'Seeker'));
    return {
      ...p,
      readabilityGrade: p.readability.grade,
      months: p.months.map((m) => ({ ...m, readabilityGrade: m.readability.grade })),
    };
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [AuditFindingModel], {
    description:
      'Old posts worth a second look, each with its reason (profanity, hostility toward employers or colleagues, personal data, broken links, far off-pillar). Never infers sensitive traits.',
  })
  async voiceAudit(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<AuditFindingModel[]> {
    return (await this.voice.audit(ctx, fromGlobalId(seekerId, 'Seeker'))).map((f) => ({
      postId: f.postId,
      reason: f.reason,
      detail: f.detail,
      severity: f.severity,
      text: f.post?.text ?? null,
      postedAt: f.post?.createdAt ? new Date(f.post.createdAt) : null,
      decision: f.decision?.decision ?? null,
      decisionStatus: f.decision?.status ?? null,
      decisionError: f.decision?.error ?? null,
    }));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => [LinkStatusModel], {
    description:
      'Every link in the seeker’s posts and whether it still resolves, broken first. Links are checked in the background; new ones read PENDING for a few minutes.',
  })
  async voiceLinks(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
  ): Promise<LinkStatusModel[]> {
    return (await this.voice.links(ctx, fromGlobalId(seekerId, 'Seeker'))).map((l) =>
      LinkStatusModel.of(l),
    );
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => VoiceDraftConnection, {
    description: 'Drafts and the queue, latest first (by when each posts, else when written).',
  })
  async voiceDrafts(
    @Ctx() ctx: TenantScope,
    @Args('seekerId', { type: () => ID }) seekerId: string,
    @Args() page: PageArgs,
  ): Promise<VoiceDraftConnection> {
    const first = pageSize(page);
    const rows = await this.voice.drafts(ctx, fromGlobalId(seekerId, 'Seeker'), {
      limit: first + 1,
      afterId: decodeRowCursor('VoiceDraft', page.after),
    });
    return toRowPage('VoiceDraft', rows, first, page.after, (d) => VoiceDraftModel.of(d));
  }

  @Allow({ roles: READERS, scopes: ['read'] })
  @Query(() => SlotsModel)
  postingSlots(@Ctx() ctx: TenantScope, @Args('seekerId', { type: () => ID }) seekerId: string) {
    return this.voice.slots(ctx, fromGlobalId(seekerId, 'Seeker'));
  }

  @ResolveField(() => [DraftCommentModel])
  async comments(
    @Parent() d: VoiceDraftModel,
    @Ctx() ctx: TenantScope,
  ): Promise<DraftCommentModel[]> {
    return (await this.voice.comments(ctx, [d.uuid])).map((c) => ({
      body: c.body,
      createdAt: c.createdAt,
      authorName: c.authorName,
      authorRole: c.authorRole as RoleEnum | null,
    }));
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => SyncVoicePostsPayload, {
    description:
      "Reads the seeker's own recent posts from X with their token (needs READ_X_DATA consent), for the profile and the audit.",
  })
  async syncVoicePosts(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SyncVoicePostsInput }) input: SyncVoicePostsInput,
  ) {
    const added = await this.voice.syncPosts(ctx, fromGlobalId(input.seekerId, 'Seeker'));
    return Object.assign(new SyncVoicePostsPayload(), { added });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => VoicePillarsPayload, {
    description: 'The 3–5 themes the seeker wants to be known for.',
  })
  async setVoicePillars(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SetVoicePillarsInput }) input: SetVoicePillarsInput,
  ) {
    const pillars = await this.voice.setPillars(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      input.pillars,
    );
    return Object.assign(new VoicePillarsPayload(), { pillars });
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => AuditDecisionPayload, {
    description:
      'Keep a flagged post, or delete it on X with the seeker’s token (needs POST_APPROVED_DRAFTS consent).',
  })
  async decideAuditFinding(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => DecideAuditFindingInput }) input: DecideAuditFindingInput,
  ) {
    const r = await this.voice.decide(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      input.postId,
      input.decision,
    );
    return Object.assign(new AuditDecisionPayload(), r);
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => VoiceDraftPayload, { description: 'A draft, checked against the voice profile.' })
  async createVoiceDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CreateVoiceDraftInput }) input: CreateVoiceDraftInput,
  ) {
    return draftPayload(
      await this.voice.createDraft(ctx, fromGlobalId(input.seekerId, 'Seeker'), input.text),
    );
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => VoiceDraftPayload)
  async editVoiceDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => EditVoiceDraftInput }) input: EditVoiceDraftInput,
  ) {
    return draftPayload(
      await this.voice.editDraft(ctx, fromGlobalId(input.draftId, 'VoiceDraft'), input.text),
    );
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => VoiceDraftPayload, {
    description: 'Sends the draft to the coach; a draft with errors is refused.',
  })
  async submitVoiceDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SubmitVoiceDraftInput }) input: SubmitVoiceDraftInput,
  ) {
    return draftPayload(await this.voice.submit(ctx, fromGlobalId(input.draftId, 'VoiceDraft')));
  }

  @Allow({ roles: WRITERS, scopes: ['write'] })
  @Mutation(() => VoiceDraftPayload, {
    description: 'A coach approves, or asks for changes with a comment.',
  })
  async reviewVoiceDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => ReviewVoiceDraftInput }) input: ReviewVoiceDraftInput,
  ) {
    return draftPayload(
      await this.voice.review(
        ctx,
        fromGlobalId(input.draftId, 'VoiceDraft'),
        input.approve,
        input.comment ?? null,
      ),
    );
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => VoiceDraftPayload)
  async commentVoiceDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CommentVoiceDraftInput }) input: CommentVoiceDraftInput,
  ) {
    const id = fromGlobalId(input.draftId, 'VoiceDraft');
    await this.voice.comment(ctx, id, input.body);
    return draftPayload(await this.voice.draft(ctx, id));
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => VoiceDraftPayload, {
    description:
      'Queues an approved draft at a time, or the next free slot; it posts once, at that time.',
  })
  async scheduleVoiceDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => ScheduleVoiceDraftInput }) input: ScheduleVoiceDraftInput,
  ) {
    return draftPayload(
      await this.voice.schedule(ctx, fromGlobalId(input.draftId, 'VoiceDraft'), input.at ?? null),
    );
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => VoiceDraftPayload)
  async cancelVoiceDraft(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CancelVoiceDraftInput }) input: CancelVoiceDraftInput,
  ) {
    return draftPayload(await this.voice.cancel(ctx, fromGlobalId(input.draftId, 'VoiceDraft')));
  }

  @Allow({ roles: ACTORS, scopes: ['write'] })
  @Mutation(() => PostingSlotsPayload, {
    description: 'The seeker’s posting slots (the queue’s times).',
  })
  async setPostingSlots(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => SetPostingSlotsInput }) input: SetPostingSlotsInput,
  ) {
    const slots = await this.voice.setSlots(ctx, fromGlobalId(input.seekerId, 'Seeker'), input);
    return Object.assign(new PostingSlotsPayload(), { slots });
  }
}
