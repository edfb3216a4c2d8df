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
import { asTenantId, ROLES, type TenantScope } from '../../platform/database/context.js';
import { ApiKeysService } from './api-keys.service.js';
import { JWT_AUDIENCE, JWT_ISSUER, type AccessClaims } from './identity.service.js';

@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, JWT_STRATEGY) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.secrets.jwtSecret,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessClaims): TenantScope | false {
    if (!ROLES.includes(claims.role) || !claims.tid || !claims.mid) return false;
    return {
      tenantId: asTenantId(claims.tid),
      principal: {
        kind: 'user',
        userId: claims.sub,
        membershipId: claims.mid,
        role: claims.role,
        seekerId: claims.skr ?? null,
        sessionId: claims.sid ?? null,
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
