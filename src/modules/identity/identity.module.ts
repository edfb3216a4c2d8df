import { Module, type OnModuleInit } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MANAGERS, STAFF } from '../../platform/auth/access.decorators.js';
import { seesAllSeekers } from '../../platform/database/context.js';
import { NodeRegistry } from '../../platform/graphql/node.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { ApiKeysResolver } from './api-keys.resolver.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuthResolver } from './auth.resolver.js';
import { IdentityRepository } from './identity.repository.js';
import { IdentityService } from './identity.service.js';
import { ApiKeyModel } from './models/api-key.model.js';
import { InvitationModel } from './models/invitation.model.js';
import { PasswordService } from './password.service.js';
import { StaffResolver } from './staff.resolver.js';
import { ApiKeyStrategy, JwtStrategy } from './strategies.js';
import { SessionController } from './session.controller.js';
import { ViewerResolver } from './viewer.resolver.js';

@Module({
  imports: [
    PassportModule,
    TypeOrmModule.forFeature([
      UserEntity,
      MembershipEntity,
      RefreshTokenEntity,
      InvitationEntity,
      ApiKeyEntity,
    ]),
  ],
  controllers: [SessionController],
  providers: [
    IdentityRepository,
    IdentityService,
    ApiKeysService,
    PasswordService,
    JwtStrategy,
    ApiKeyStrategy,
    AuthResolver,
    StaffResolver,
    ApiKeysResolver,
    ViewerResolver,
  ],
  exports: [IdentityService, ApiKeysService],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly identity: IdentityService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('StaffMember', {
      roles: STAFF,
      scopes: ['read'],
      load: async (ctx, uuid) => {
        const member = (await this.identity.staffByIds(ctx, [uuid]))[0] ?? null;
        // Same rule as staffMembers: a seeker's account only for those who see every seeker.
        return member?.role === 'seeker' && !seesAllSeekers(ctx.principal) ? null : member;
      },
    });
    this.nodes.register('ApiKey', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const key = await this.apiKeys.find(ctx, uuid);
        return key ? ApiKeyModel.of(key) : null;
      },
    });
    this.nodes.register('Invitation', {
      roles: MANAGERS,
      scopes: ['admin'],
      load: async (ctx, uuid) => {
        const inv = await this.identity.findInvitation(ctx, uuid);
        return inv ? InvitationModel.of(inv) : null;
      },
    });
  }
}
