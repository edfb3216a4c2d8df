/**
 * Default deny: a Query or Mutation handler without one of these decorators is refused by the
 * AccessGuard, and a test walks every resolver to prove each one declares its access.
 */
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Principal, Role, Scope, TenantScope } from '../database/context.js';
import { AppError } from '../errors.js';
import type { RequestWithPerch } from './request.js';

export const ACCESS_KEY = 'perch:access';

export type Access =
  | { public: true }
  | {
      public?: false;
      /** People in these roles may call it. */
      roles: readonly Role[];
      /** API keys with any of these scopes may call it; none means people only. */
      scopes?: readonly Scope[];
    };

/** Callable without credentials (sign-in, accepting an invitation). */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);

/** Callable by the given roles and API-key scopes. */
export const Allow = (access: { roles: readonly Role[]; scopes?: readonly Scope[] }) =>
  SetMetadata(ACCESS_KEY, { ...access, public: false } satisfies Access);

/** Every staff role; reads that coaches, admins and viewers all have. */
export const STAFF: readonly Role[] = ['owner', 'admin', 'coach', 'viewer'];
export const MANAGERS: readonly Role[] = ['owner', 'admin'];
export const WRITERS: readonly Role[] = ['owner', 'admin', 'coach'];

export function requestOf(context: ExecutionContext): RequestWithPerch {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPerch }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPerch>();
}

/** The caller's tenant scope; only on handlers that are not public. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): TenantScope => {
  const scope = requestOf(context).perch;
  if (!scope) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return scope;
});

/** The caller's scope when there is one, for public handlers that behave better signed in. */
export const OptionalCtx = createParamDecorator(
  (_: unknown, context: ExecutionContext): TenantScope | null => requestOf(context).perch ?? null,
);

/** admin ⊇ write ⊇ read */
const SCOPE_RANK: Record<Scope, number> = { read: 1, write: 2, admin: 3 };

/**
 * The one authorization rule: a person by role, an API key by scope (a wider scope includes the
 * narrower), Perch itself always. Used by the guard and by `node(id)` alike.
 */
export function principalMay(
  p: Principal,
  roles: readonly Role[],
  scopes: readonly Scope[] = [],
): boolean {
  switch (p.kind) {
    case 'user':
      return roles.includes(p.role);
    case 'apiKey':
      return scopes.some((need) => p.scopes.some((has) => SCOPE_RANK[has] >= SCOPE_RANK[need]));
    case 'system':
      return true;
  }
}
