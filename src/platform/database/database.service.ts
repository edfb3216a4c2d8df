/**
 * Tenant transactions: BEGIN; set_config('app.tenant_id', …, true); work; COMMIT. The setting is
 * transaction-local, so a pooled connection carries nothing into its next use, even after a
 * failed query. Nested calls join the open transaction.
 */
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { TenantScope, TxScope } from './context.js';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

@Injectable()
export class DatabaseService implements OnApplicationShutdown {
  constructor(readonly dataSource: DataSource) {}

  async tx<T>(scope: TenantScope, work: (tx: TxScope) => Promise<T>): Promise<T> {
    if (scope.manager) return work(scope as TxScope);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.tenant_id', $1, true)`, [scope.tenantId]);
      return work({ ...scope, manager });
    });
  }

  /** Global tables only (tenants, users): no tenant is set, so RLS hides every tenant row. */
  async global<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async ping(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((res) => {
      timer = setTimeout(() => res(false), timeoutMs);
    });
    const probe = this.dataSource
      .query('select 1')
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
