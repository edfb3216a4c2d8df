import type { EntityManager } from 'typeorm';
import type { TenantId, TenantScope } from './context.js';
import type { DatabaseService } from './database.service.js';

/**
 * Base of every tenant-layer repository: a query runs only through `run`, which needs the
 * caller's scope, opens (or joins) the tenant transaction and hands over the tenant id for the
 * explicit `tenant_id =` filter each query must still carry.
 */
export abstract class TenantRepository {
  protected constructor(protected readonly db: DatabaseService) {}

  protected run<T>(
    ctx: TenantScope,
    work: (manager: EntityManager, tenantId: TenantId) => Promise<T>,
  ): Promise<T> {
    return this.db.tx(ctx, (tx) => work(tx.manager, tx.tenantId));
  }
}
