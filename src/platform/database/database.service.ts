/**
 * Tenant transactions: BEGIN; set_config('app.tenant_id', …, true); work; COMMIT. The setting is
 * transaction-local, so a pooled connection carries nothing into its next use, even after a
 * failed query. Nested calls join the open transaction.
 *
 * A GraphQL query runs all its reads (root field and every DataLoader batch) in one READ ONLY
 * transaction: one connection, and one BEGIN + set_config round trip instead of three statements
 * per batch. Mutations keep a transaction per service call, so a business error rolls back
 * exactly the work it interrupted.
 */
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { ReadSession, TenantId, TenantScope, TxScope } from './context.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * DataLoader batches and `nodes` query the one connection concurrently; node-postgres queues
 * such calls today but deprecates it (pg 9 will refuse), so queue them here instead.
 */
function serialize(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

class QueryReadSession implements ReadSession {
  private opening: Promise<QueryRunner> | undefined;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenantId: TenantId,
  ) {}

  async manager(): Promise<EntityManager> {
    // A resolver still running after the response was sent must not open a transaction no one
    // would close.
    if (this.closed) throw new Error('the read session of this request has ended');
    this.opening ??= this.open();
    return (await this.opening).manager;
  }

  private async open(): Promise<QueryRunner> {
    // Inlined (one simple-protocol round trip for both statements), so the id must be a uuid.
    if (!UUID_RE.test(this.tenantId)) throw new Error('tenant id is not a uuid');
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(
        `begin read only; select set_config('app.tenant_id', '${this.tenantId}', true)`,
      );
      serialize(runner);
      return runner;
    } catch (err) {
      await runner.release();
      throw err;
    }
  }

  private closing: Promise<void> | undefined;

  /** Idempotent: several response hooks may end the session, and only the first releases it. */
  close(): Promise<void> {
    this.closing ??= this.end();
    return this.closing;
  }

  private async end(): Promise<void> {
    this.closed = true;
    const runner = await this.opening?.catch(() => undefined);
    if (!runner) return;
    try {
      // After a failed statement PostgreSQL answers COMMIT with a rollback; either way it ends.
      await runner.query('commit');
    } catch {
      await runner.query('rollback').catch(() => undefined);
    } finally {
      await runner.release();
    }
  }
}

@Injectable()
export class DatabaseService implements OnApplicationShutdown {
  constructor(readonly dataSource: DataSource) {}

  async tx<T>(scope: TenantScope, work: (tx: TxScope) => Promise<T>): Promise<T> {
    if (scope.manager) return work(scope as TxScope);
    if (scope.session) return work({ ...scope, manager: await scope.session.manager() });
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.tenant_id', $1, true)`, [scope.tenantId]);
      return work({ ...scope, manager });
    });
  }

  /** The read session of one GraphQL query; the caller must close it when the response is sent. */
  readSession(tenantId: TenantId): ReadSession {
    return new QueryReadSession(this.dataSource, tenantId);
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
