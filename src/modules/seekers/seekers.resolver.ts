import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS, STAFF, WRITERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import type { Page } from '../../platform/graphql/pagination.js';
import { AddCoachNoteInput } from './inputs/add-coach-note.input.js';
import { AssignCoachInput, UnassignCoachInput } from './inputs/coach-assignment.input.js';
import { RecordConsentInput, RevokeConsentInput } from './inputs/consent.input.js';
import { CreateSeekerInput } from './inputs/create-seeker.input.js';
import { LinkXHandleInput } from './inputs/link-x-handle.input.js';
import {
  ActivateSeekerInput,
  ArchiveSeekerInput,
  InviteSeekerInput,
} from './inputs/seeker-id.input.js';
import { InvitationPayload } from '../identity/models/identity.payloads.js';
import { InvitationModel } from '../identity/models/invitation.model.js';
import { SeekersArgs } from './inputs/seekers.args.js';
import { UpdateSeekerInput } from './inputs/update-seeker.input.js';
import { SeatUsageModel } from './models/seat-usage.model.js';
import {
  ActivateSeekerPayload,
  AddCoachNotePayload,
  ArchiveSeekerPayload,
  AssignCoachPayload,
  CreateSeekerPayload,
  LinkXHandlePayload,
  RecordConsentPayload,
  RevokeConsentPayload,
  UnassignCoachPayload,
  UpdateSeekerPayload,
} from './models/seeker-payloads.model.js';
import { SeekerConnection, SeekerModel } from './models/seeker.model.js';
import { SeekersService } from './seekers.service.js';

const READERS = [...STAFF, 'seeker'] as const;

@Resolver()
export class SeekersResolver {
  constructor(private readonly service: SeekersService) {}

  @Query(() => SeekerConnection, {
    description: 'Seekers the caller may see (a coach: assigned ones; a seeker: themself).',
  })
  @Allow({ roles: READERS, scopes: ['read'] })
  seekers(@Ctx() ctx: TenantScope, @Args() args: SeekersArgs): Promise<Page<SeekerModel>> {
    return this.service.listSeekers(ctx, args);
  }

  @Query(() => SeekerModel)
  @Allow({ roles: READERS, scopes: ['read'] })
  seeker(
    @Ctx() ctx: TenantScope,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SeekerModel> {
    return this.service.getSeeker(ctx, fromGlobalId(id, 'Seeker'));
  }

  @Query(() => SeatUsageModel, { description: 'Licence seats and who fills them.' })
  @Allow({ roles: STAFF, scopes: ['read'] })
  seatUsage(@Ctx() ctx: TenantScope): Promise<SeatUsageModel> {
    return this.service.seatUsage(ctx);
  }

  @Mutation(() => CreateSeekerPayload, {
    description: 'Adds an invited seeker (no seat yet); a coach creating one is assigned to them.',
  })
  @Allow({ roles: WRITERS, scopes: ['write'] })
  async createSeeker(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => CreateSeekerInput }) input: CreateSeekerInput,
  ): Promise<CreateSeekerPayload> {
    const seeker = await this.service.createSeeker(ctx, input);
    return Object.assign(new CreateSeekerPayload(), { seeker });
  }

  @Mutation(() => UpdateSeekerPayload, {
    description: 'Changes the given profile fields. A seeker may update their own profile.',
  })
  @Allow({ roles: [...WRITERS, 'seeker'], scopes: ['write'] })
  async updateSeeker(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => UpdateSeekerInput }) input: UpdateSeekerInput,
  ): Promise<UpdateSeekerPayload> {
    const { seekerId, ...fields } = input;
    const seeker = await this.service.updateSeeker(ctx, fromGlobalId(seekerId, 'Seeker'), fields);
    return Object.assign(new UpdateSeekerPayload(), { seeker });
  }

  @Mutation(() => ActivateSeekerPayload, {
    description: 'Gives the seeker a licence seat (SEAT_LIMIT_REACHED when none is free).',
  })
  @Allow({ roles: WRITERS, scopes: ['write'] })
  async activateSeeker(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => ActivateSeekerInput }) input: ActivateSeekerInput,
  ): Promise<ActivateSeekerPayload> {
    const seeker = await this.service.activateSeeker(ctx, fromGlobalId(input.seekerId, 'Seeker'));
    return Object.assign(new ActivateSeekerPayload(), { seeker });
  }

  @Mutation(() => InvitationPayload, {
    description:
      'Invite the seeker to sign in with the seeker role (their own record, briefings, drafts); the token is shown once.',
  })
  @Allow({ roles: WRITERS, scopes: ['write'] })
  async inviteSeeker(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => InviteSeekerInput }) input: InviteSeekerInput,
  ): Promise<InvitationPayload> {
    const { invitation, token } = await this.service.inviteSeeker(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
    );
    return { invitation: InvitationModel.of(invitation), invitationToken: token, userErrors: [] };
  }

  @Mutation(() => ArchiveSeekerPayload, { description: "Frees the seeker's seat." })
  @Allow({ roles: WRITERS, scopes: ['write'] })
  async archiveSeeker(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => ArchiveSeekerInput }) input: ArchiveSeekerInput,
  ): Promise<ArchiveSeekerPayload> {
    const seeker = await this.service.archiveSeeker(ctx, fromGlobalId(input.seekerId, 'Seeker'));
    return Object.assign(new ArchiveSeekerPayload(), { seeker });
  }

  @Mutation(() => AssignCoachPayload)
  @Allow({ roles: MANAGERS, scopes: ['write'] })
  async assignCoach(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AssignCoachInput }) input: AssignCoachInput,
  ): Promise<AssignCoachPayload> {
    const seeker = await this.service.assignCoach(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      fromGlobalId(input.staffMemberId, 'StaffMember'),
    );
    return Object.assign(new AssignCoachPayload(), { seeker });
  }

  @Mutation(() => UnassignCoachPayload)
  @Allow({ roles: MANAGERS, scopes: ['write'] })
  async unassignCoach(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => UnassignCoachInput }) input: UnassignCoachInput,
  ): Promise<UnassignCoachPayload> {
    const seeker = await this.service.unassignCoach(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      fromGlobalId(input.staffMemberId, 'StaffMember'),
    );
    return Object.assign(new UnassignCoachPayload(), { seeker });
  }

  @Mutation(() => AddCoachNotePayload)
  @Allow({ roles: WRITERS, scopes: ['write'] })
  async addCoachNote(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => AddCoachNoteInput }) input: AddCoachNoteInput,
  ): Promise<AddCoachNotePayload> {
    const note = await this.service.addCoachNote(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      input.body,
    );
    return Object.assign(new AddCoachNotePayload(), { note });
  }

  @Mutation(() => RecordConsentPayload, {
    description: 'Records a grant, replacing any standing grant of the same kind.',
  })
  @Allow({ roles: [...WRITERS, 'seeker'], scopes: ['write'] })
  async recordConsent(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RecordConsentInput }) input: RecordConsentInput,
  ): Promise<RecordConsentPayload> {
    const consent = await this.service.recordConsent(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      input.kind,
      input.scope,
    );
    return Object.assign(new RecordConsentPayload(), { consent });
  }

  @Mutation(() => RevokeConsentPayload, {
    description: 'Revokes a grant; revoking LINK_X_HANDLE also unlinks the X handle.',
  })
  @Allow({ roles: [...WRITERS, 'seeker'], scopes: ['write'] })
  async revokeConsent(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => RevokeConsentInput }) input: RevokeConsentInput,
  ): Promise<RevokeConsentPayload> {
    const consent = await this.service.revokeConsent(ctx, fromGlobalId(input.consentId, 'Consent'));
    return Object.assign(new RevokeConsentPayload(), { consent });
  }

  @Mutation(() => LinkXHandlePayload, {
    description: "Links the seeker's X handle; needs their standing LINK_X_HANDLE consent.",
  })
  @Allow({ roles: WRITERS, scopes: ['write'] })
  async linkXHandle(
    @Ctx() ctx: TenantScope,
    @Args('input', { type: () => LinkXHandleInput }) input: LinkXHandleInput,
  ): Promise<LinkXHandlePayload> {
    const seeker = await this.service.linkXHandle(
      ctx,
      fromGlobalId(input.seekerId, 'Seeker'),
      input.handle,
    );
    return Object.assign(new LinkXHandlePayload(), { seeker });
  }
}
