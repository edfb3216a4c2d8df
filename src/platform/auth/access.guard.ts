/**
 * One default-deny guard for every request. It authenticates any bearer credential (a JWT or an
 * API key, through passport), then lets the call through only if the handler is @Public or its
 * @Allow names the caller's role or one of the key's scopes. A handler with neither is refused:
 * forgetting to decide who may call something must never make it public.
 */
import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import passport from 'passport';
import type { TenantScope } from '../database/context.js';
import { DatabaseService } from '../database/database.service.js';
import { AppError } from '../errors.js';
import { ACCESS_KEY, type Access, principalMay, requestOf } from './access.decorators.js';
import type { RequestWithPerch } from './request.js';

export const JWT_STRATEGY_NAME = 'perch-jwt';
export const API_KEY_STRATEGY_NAME = 'perch-api-key';
export const API_KEY_PREFIX = 'perch_key_';

function authenticate(
  strategy: string,
  req: RequestWithPerch,
): Promise<{ scope: TenantScope | null; info: unknown }> {
  return new Promise((resolve, reject) => {
    const cb = (err: unknown, user: TenantScope | false, info: unknown) => {
      if (err) reject(err instanceof Error ? err : new Error('authentication failed'));
      else resolve({ scope: user || null, info });
    };
    (
      passport.authenticate(strategy, { session: false }, cb) as (
        r: unknown,
        s: unknown,
        n: unknown,
      ) => void
    )(req, {}, (e: unknown) => reject(e instanceof Error ? e : new Error('authentication failed')));
  });
}

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly db: DatabaseService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    let operation: string | undefined;
    if (context.getType<string>() === 'graphql') {
      const info = GqlExecutionContext.create(context).getInfo<{
        parentType: { name: string };
        operation: { operation: string };
      }>();
      // Object fields inherit the authorization of the root field that produced their parent.
      const parent = info.parentType.name;
      if (parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription') return true;
      operation = info.operation.operation;
    }
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = requestOf(context);
    if (!access) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule`,
      );
      throw new AppError('FORBIDDEN', 'This operation is not available.');
    }
    // graphql-js starts every root field of an operation at once, so the guard runs for each in
    // parallel: identify the caller once per request and share it, or each field would open
    // its own read session and only the last would ever be closed.
    const identified = ensureIdentified(req, operation, this.db);
    if (access.public) {
      // Sign-in and refresh must work even when a client still sends a stale token.
      await identified.catch(() => undefined);
      return true;
    }
    await identified;
    const scope = req.perch;
    if (!scope) throw new AppError('UNAUTHENTICATED', 'Sign in, or send an API key, to call this.');
    const p = scope.principal;
    // A system principal never arrives through a request.
    if (p.kind === 'system' || !principalMay(p, access.roles, access.scopes)) {
      throw new AppError(
        'FORBIDDEN',
        p.kind === 'apiKey'
          ? `This API key lacks the scope for this operation (needs ${(access.scopes ?? ['a person']).join(' or ')}).`
          : 'Your role does not allow this.',
      );
    }
    return true;
  }
}

/**
 * Identifies the caller of a request once, however many root fields (or plugins) ask: a query
 * gets its read session (opened on first use), a mutation its plain scope. Rejects with
 * UNAUTHENTICATED for a credential that does not check out.
 */
export function ensureIdentified(
  req: RequestWithPerch,
  operation: string | undefined,
  db: DatabaseService,
): Promise<void> {
  req.perchIdentified ??= identify(req).then((scope) => {
    if (scope) {
      req.perch =
        operation === 'query' ? { ...scope, session: db.readSession(scope.tenantId) } : scope;
    }
  });
  return req.perchIdentified;
}

async function identify(req: RequestWithPerch): Promise<TenantScope | undefined> {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token)
    throw new AppError('UNAUTHENTICATED', 'Send credentials as "Authorization: Bearer <token>".');
  const strategy = token.startsWith(API_KEY_PREFIX) ? API_KEY_STRATEGY_NAME : JWT_STRATEGY_NAME;
  const { scope, info } = await authenticate(strategy, req);
  if (!scope) {
    const expired = info instanceof Error && info.name === 'TokenExpiredError';
    throw new AppError(
      'UNAUTHENTICATED',
      strategy === API_KEY_STRATEGY_NAME
        ? 'This API key is not valid: it may be mistyped, revoked or expired.'
        : expired
          ? 'Your access token has expired; refresh the session.'
          : 'This access token is not valid; sign in again.',
    );
  }
  return scope;
}
