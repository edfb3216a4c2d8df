/**
 * Passport strategies for the two kinds of bearer credential. The AccessGuard picks one by the
 * token's shape; both produce the same TenantScope.
 */
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy as CustomStrategy } from 'passport-custom';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import {
  API_KEY_STRATEGY_NAME as API_KEY_STRATEGY,
  JWT_STRATEGY_NAME as JWT_STRATEGY,
} from '../../platform/auth/access.guard.js';
import { validate as isUuid } from 'uuid';
import {
  asTenantId,
  ROLES,
  systemScope,
  type TenantScope,
} from '../../platform/database/context.js';
import { ApiKeysService } from './api-keys.service.js';
import { IdentityRepository } from './identity.repository.js';
import { JWT_AUDIENCE, JWT_ISSUER, type AccessClaims } from './identity.service.js';

@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, JWT_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: IdentityRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.secrets.jwtSecret,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessClaims): Promise<TenantScope | false> {
    if (!ROLES.includes(claims.role) || !isUuid(claims.tid) || !isUuid(claims.mid)) return false;
    const sessionId = claims.sid && isUuid(claims.sid) ? claims.sid : null;
    const tenantId = asTenantId(claims.tid);
    // The signature only says what was true when the token was issued. A deactivated person, a
    // changed role or a signed-out session must not keep working for the token's 15 minutes; the
    // console refreshes on UNAUTHENTICATED and so picks up a new role at once.
    const live = await this.repo.accessStillValid(systemScope(tenantId, 'access check'), {
      membershipId: claims.mid,
      role: claims.role,
      sessionId,
    });
    if (!live) return false;
    return {
      tenantId,
      principal: {
        kind: 'user',
        userId: claims.sub,
        membershipId: claims.mid,
        role: claims.role,
        seekerId: claims.skr ?? null,
        sessionId,
      },
    };
  }
}

@Injectable()
export class ApiKeyStrategy extends PassportStrategy(CustomStrategy, API_KEY_STRATEGY) {
  constructor(private readonly apiKeys: ApiKeysService) {
    super();
  }

  async validate(req: Request): Promise<TenantScope | false> {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    return (await this.apiKeys.authenticate(token)) ?? false;
  }
}
