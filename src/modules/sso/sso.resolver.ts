import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, MANAGERS } from '../../platform/auth/access.decorators.js';
import type { TenantScope } from '../../platform/database/context.js';
import { fromGlobalId } from '../../platform/graphql/global-id.js';
import { decodeCursor, PageArgs, pageSize, toPage } from '../../platform/graphql/pagination.js';
import {
  CreateSsoConnectionInput,
  DeleteSsoConnectionInput,
  LinkSsoIdentityInput,
  UpdateSsoConnectionInput,
} from './inputs/sso-connection.input.js';
import {
  DeleteSsoConnectionPayload,
  SsoConnectionConnection,
  SsoConnectionModel,
  SsoConnectionPayload,
  SsoServiceProviderModel,
} from './models/sso-connection.model.js';
import type { ConnectionRow } from './sso.repository.js';
import { SsoService } from './sso.service.js';

const ADMIN = { roles: MANAGERS, scopes: ['admin'] } as const;

@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Allow(ADMIN)
  @Query(() => SsoConnectionConnection, {
    description: 'The tenant’s SAML and OIDC identity providers, with the URLs to give them.',
  })
  async ssoConnections(@Ctx() ctx: TenantScope, @Args() args: PageArgs) {
    const first = pageSize(args);
    const rows = await this.sso.listConnections(ctx, decodeCursor(args.after), first + 1);
    const slug = await this.sso.tenantSlug(ctx);
    return toPage(rows, first, args.after, (r) => this.model(slug, r));
  }

  @Allow(ADMIN)
  @Query(() => SsoServiceProviderModel, {
    description:
      'The addresses to register at an IdP for this organization, before its connection exists (the same ones each SsoConnection lists).',
  })
  async ssoServiceProvider(@Ctx() ctx: TenantScope): Promise<SsoServiceProviderModel> {
    const slug = await this.sso.tenantSlug(ctx);
    const saml = this.sso.urls(slug, 'saml');
    const oidc = this.sso.urls(slug, 'oidc');
    return {
      samlMetadataUrl: saml.metadataUrl,
      samlEntityId: saml.spEntityId,
      samlAcsUrl: saml.acsUrl,
      samlLoginUrl: saml.loginUrl,
      oidcRedirectUri: oidc.redirectUri!,
      oidcLoginUrl: oidc.loginUrl,
    };
  }

  @Allow(ADMIN)
  @Mutation(() => SsoConnectionPayload, {
    description:
      'Adds a SAML or OIDC identity provider. The OIDC client secret is stored encrypted and never shown again.',
  })
  async createSsoConnection(
    @Ctx() ctx: TenantScope,
    @Args('input') input: CreateSsoConnectionInput,
  ): Promise<SsoConnectionPayload> {
    const row = await this.sso.createConnection(ctx, input);
    return { ssoConnection: this.model(await this.sso.tenantSlug(ctx), row), userErrors: [] };
  }

  @Allow(ADMIN)
  @Mutation(() => SsoConnectionPayload, {
    description:
      'Changes a connection: its name, whether it is on and required for staff, the IdP’s sign-on URL and certificates (rollover), the OIDC client, attributes, role mappings and who a first sign-in may create. Not the protocol or the IdP’s identity (entity id, issuer): people are linked by it, so another IdP is another connection.',
  })
  async updateSsoConnection(
    @Ctx() ctx: TenantScope,
    @Args('input') input: UpdateSsoConnectionInput,
  ): Promise<SsoConnectionPayload> {
    const { ssoConnectionId, ...settings } = input;
    const row = await this.sso.updateConnection(
      ctx,
      fromGlobalId(ssoConnectionId, 'SsoConnection'),
      settings,
    );
    return { ssoConnection: this.model(await this.sso.tenantSlug(ctx), row), userErrors: [] };
  }

  @Allow(ADMIN)
  @Mutation(() => DeleteSsoConnectionPayload, {
    description: 'Removes the connection and its links; linked people keep their accounts.',
  })
  async deleteSsoConnection(
    @Ctx() ctx: TenantScope,
    @Args('input') input: DeleteSsoConnectionInput,
  ): Promise<DeleteSsoConnectionPayload> {
    await this.sso.deleteConnection(ctx, fromGlobalId(input.ssoConnectionId, 'SsoConnection'));
    return { deletedSsoConnectionId: input.ssoConnectionId, userErrors: [] };
  }

  @Allow(ADMIN)
  @Mutation(() => SsoConnectionPayload, {
    description:
      'Links an existing member to their identity at the connection’s IdP, so that signing in through it reaches their account (sign-on never takes an account over by email).',
  })
  async linkSsoIdentity(
    @Ctx() ctx: TenantScope,
    @Args('input') input: LinkSsoIdentityInput,
  ): Promise<SsoConnectionPayload> {
    const row = await this.sso.linkIdentity(ctx, {
      connectionId: fromGlobalId(input.ssoConnectionId, 'SsoConnection'),
      membershipId: fromGlobalId(input.staffMemberId, 'StaffMember'),
      subject: input.subject,
    });
    return { ssoConnection: this.model(await this.sso.tenantSlug(ctx), row), userErrors: [] };
  }

  private model(slug: string, row: ConnectionRow): SsoConnectionModel {
    return SsoConnectionModel.of(row, this.sso.urls(slug, row.protocol));
  }
}
