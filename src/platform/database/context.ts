/**
 * The request context passed first to every service and repository (Vendure's RequestContext):
 * who is calling, for which tenant, and the open transaction if there is one. A repository cannot
 * run a tenant query without it, so no query forgets its tenant.
 */
import type { EntityManager } from 'typeorm';

declare const tenantBrand: unique symbol;
/** A tenant id that came from authentication or a trusted lookup, never from client input. */
export type TenantId = string & { readonly [tenantBrand]: true };

export const asTenantId = (id: string): TenantId => id as TenantId;

export const ROLES = ['owner', 'admin', 'coach', 'viewer', 'seeker'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: readonly Role[] = ['owner', 'admin', 'coach', 'viewer'];

export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export type Principal =
  | {
      kind: 'user';
      userId: string;
      membershipId: string;
      role: Role;
      /** Set for role `seeker`: the one seeker this person is. */
      seekerId: string | null;
      /** The sign-in (refresh-token family) this access token came from, when known. */
      sessionId?: string | null;
    }
  | { kind: 'apiKey'; apiKeyId: string; scopes: readonly Scope[] }
  /** Perch itself: seeding, background tasks. Never reachable from a request. */
  | { kind: 'system'; reason: string };

export interface TenantScope {
  readonly tenantId: TenantId;
  readonly principal: Principal;
  readonly requestId?: string;
  /** Present inside a tenant transaction. */
  readonly manager?: EntityManager;
  /** A GraphQL query's one read-only transaction, opened on first use (database.service.ts). */
  readonly session?: ReadSession;
}

/** What DatabaseService needs of a request's read session. */
export interface ReadSession {
  manager(): Promise<EntityManager>;
  close(): Promise<void>;
}

export interface TxScope extends TenantScope {
  readonly manager: EntityManager;
}

export function systemScope(tenantId: TenantId, reason: string): TenantScope {
  return { tenantId, principal: { kind: 'system', reason } };
}

/** Staff who see every seeker of the tenant (coaches see only their assigned seekers). */
export function seesAllSeekers(p: Principal): boolean {
  switch (p.kind) {
    case 'user':
      return p.role === 'owner' || p.role === 'admin' || p.role === 'viewer';
    case 'apiKey':
    case 'system':
      return true;
  }
}
