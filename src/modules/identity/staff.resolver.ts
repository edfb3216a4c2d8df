import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS, STAFF } from '../../platform/auth/access.decorators.js';
import { seesAllSeekers, type TenantScope } from '../../platform/database/context.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { decodeCursor, pageSize, toPage } from '../../platform/graphql/pagination.js';
import { IdentityService } from './identity.service.js';
import {
  ChangeStaffRoleInput,
  DeactivateStaffMemberInput,
  InvitationsArgs,
  InviteStaffInput,
  ReactivateStaffMemberInput,
  RevokeInvitationInput,
  StaffMembersArgs,
} from './inputs/identity.inputs.js';
import {
  InvitationConnection,
  InvitationPayload,
  StaffMemberConnection,
  StaffMemberPayload,
} from './models/identity.payloads.js';
import { InvitationModel } from './models/invitation.model.js';
import { RoleEnum, StaffMemberModel } from './models/staff-member.model.js';
import { AppError } from '../../platform/errors.js';

@Resolver()
export class StaffResolver {
  constructor(private readonly identity: IdentityService) {}

  @Allow({ roles: STAFF, scopes: ['read'] })
  @Query(() => StaffMemberConnection, { description: "The organization's people, oldest first." })
  async staffMembers(
    @Ctx() ctx: TenantScope,
    @Args() args: StaffMembersArgs,
  ): Promise<StaffMemberConnection> {
    const first = pageSize(args);
    // Seekers' own accounts are listed only to those who may see every seeker.
    const wanted = args.roles ?? STAFF;
    const roles = seesAllSeekers(ctx.principal) ? wanted : wanted.filter((r) => r !== 'seeker');
    const rows = await this.identity.staffPage(ctx, {
      first,
      cursor: decodeCursor(args.after),
      roles,
    });
    return toPage(rows, first, args.after, (r) => StaffMemberModel.of(r));
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Query(() => InvitationConnection)
  async invitations(
    @Ctx() ctx: TenantScope,
    @Args() args: InvitationsArgs,
  ): Promise<InvitationConnection> {
    const first = pageSize(args);
    const rows = await this.identity.invitationPage(ctx, {
      first,
      cursor: decodeCursor(args.after),
      pendingOnly: args.pendingOnly,
    });
    return toPage(rows, first, args.after, (r) => InvitationModel.of(r));
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => InvitationPayload, {
    description: 'Invite a member of staff; the token in the payload is shown once.',
  })
  async inviteStaff(
    @Ctx() ctx: TenantScope,
    @Args('input') input: InviteStaffInput,
  ): Promise<InvitationPayload> {
    if (input.role === RoleEnum.SEEKER) {
      throw AppError.badInput('Invite seekers with inviteSeeker, from their record.', ['role']);
    }
    const { invitationId, token } = await this.identity.invite(ctx, {
      email: input.email,
      role: input.role,
      seekerId: null,
    });
    const invitation = await this.identity.findInvitation(ctx, invitationId);
    return { invitation: InvitationModel.of(invitation!), invitationToken: token, userErrors: [] };
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => InvitationPayload)
  async revokeInvitation(
    @Ctx() ctx: TenantScope,
    @Args('input') input: RevokeInvitationInput,
  ): Promise<InvitationPayload> {
    const inv = await this.identity.revokeInvitation(
      ctx,
      fromGlobalId(input.invitationId, 'Invitation'),
    );
    return { invitation: InvitationModel.of(inv), invitationToken: null, userErrors: [] };
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => StaffMemberPayload, {
    description:
      "Changes a colleague's role (owner, admin, coach, viewer); only an owner makes or changes an owner.",
  })
  async changeStaffRole(
    @Ctx() ctx: TenantScope,
    @Args('input') input: ChangeStaffRoleInput,
  ): Promise<StaffMemberPayload> {
    const row = await this.identity.updateStaffMember(
      ctx,
      fromGlobalId(input.staffMemberId, 'StaffMember'),
      { role: input.role },
    );
    return { staffMember: StaffMemberModel.of(row), userErrors: [] };
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => StaffMemberPayload, {
    description:
      "Ends a colleague's access at once (every sign-in revoked); their seekers keep their other coaches.",
  })
  async deactivateStaffMember(
    @Ctx() ctx: TenantScope,
    @Args('input') input: DeactivateStaffMemberInput,
  ): Promise<StaffMemberPayload> {
    const row = await this.identity.updateStaffMember(
      ctx,
      fromGlobalId(input.staffMemberId, 'StaffMember'),
      { active: false },
    );
    return { staffMember: StaffMemberModel.of(row), userErrors: [] };
  }

  @Allow({ roles: MANAGERS, scopes: ['admin'] })
  @Mutation(() => StaffMemberPayload, {
    description: 'Lets a deactivated colleague sign in again.',
  })
  async reactivateStaffMember(
    @Ctx() ctx: TenantScope,
    @Args('input') input: ReactivateStaffMemberInput,
  ): Promise<StaffMemberPayload> {
    const row = await this.identity.updateStaffMember(
      ctx,
      fromGlobalId(input.staffMemberId, 'StaffMember'),
      { active: true },
    );
    return { staffMember: StaffMemberModel.of(row), userErrors: [] };
  }
}
