import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Public, STAFF } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  LoginInput,
  RefreshSessionInput,
  SwitchTenantInput,
} from './inputs/identity.inputs.js';
import { IdentityService } from './identity.service.js';
import {
  ChangePasswordPayload,
  LogoutPayload,
  SessionPayload,
} from './models/identity.payloads.js';
import { SessionModel } from './models/session.model.js';

const EVERYONE = [...STAFF, 'seeker'] as const;

@Resolver()
export class AuthResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => SessionPayload, {
    description: 'Sign in with email and password. A wrong pair is UNAUTHENTICATED.',
  })
  async login(@Args('input') input: LoginInput): Promise<SessionPayload> {
    return { session: SessionModel.of(await this.identity.login(input)), userErrors: [] };
  }

  @Public()
  @Mutation(() => SessionPayload, {
    description: 'Exchange a refresh token (single use) for a new access and refresh token.',
  })
  async refreshSession(@Args('input') input: RefreshSessionInput): Promise<SessionPayload> {
    return {
      session: SessionModel.of(await this.identity.refresh(input.refreshToken)),
      userErrors: [],
    };
  }

  @Public()
  @Mutation(() => LogoutPayload, {
    description: 'End the session that this refresh token belongs to.',
  })
  async logout(@Args('input') input: RefreshSessionInput): Promise<LogoutPayload> {
    await this.identity.logout(input.refreshToken);
    return { ok: true, userErrors: [] };
  }

  @Allow({ roles: EVERYONE })
  @Mutation(() => SessionPayload, { description: 'Sign in to another organization you belong to.' })
  async switchTenant(
    @Ctx() ctx: TenantScope,
    @Args('input') input: SwitchTenantInput,
  ): Promise<SessionPayload> {
    return {
      session: SessionModel.of(await this.identity.switchTenant(ctx, input.tenantSlug)),
      userErrors: [],
    };
  }

  @Allow({ roles: EVERYONE })
  @Mutation(() => ChangePasswordPayload, {
    description: 'Change your password; your other sessions in this organization end.',
  })
  async changePassword(
    @Ctx() ctx: TenantScope,
    @Args('input') input: ChangePasswordInput,
  ): Promise<ChangePasswordPayload> {
    await this.identity.changePassword(ctx, input.currentPassword, input.newPassword);
    return { ok: true, userErrors: [] };
  }

  @Public()
  @Mutation(() => SessionPayload, { description: 'Join an organization with an invitation token.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<SessionPayload> {
    return {
      session: SessionModel.of(await this.identity.acceptInvitation(input)),
      userErrors: [],
    };
  }
}
