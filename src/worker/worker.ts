/**
 * The worker role: pg-boss queues in the same PostgreSQL (no extra store), each task handled by a
 * processor that sets its tenant through the same transaction helper as requests. pg-boss keeps
 * its own schema, so it connects as the schema owner; tenant data is still read and written only
 * through the application role.
 */
import PgBoss from 'pg-boss';
import type { Perch } from '../bootstrap.js';
import { IdentityService } from '../modules/identity/identity.service.js';
import { TenantsService } from '../modules/tenants/tenants.service.js';
import { systemScope } from '../platform/database/context.js';

export const QUEUES = { purgeExpiredTokens: 'maintenance.purge-expired-tokens' } as const;

export interface Worker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startWorker(perch: Perch): Promise<Worker> {
  const url = perch.database.queueUrl;
  const boss = new PgBoss({ connectionString: url, application_name: 'perch-worker' });
  boss.on('error', (err: unknown) => perch.logger.error({ err }, 'task queue error'));
  await boss.start();
  await boss.createQueue(QUEUES.purgeExpiredTokens, {
    name: QUEUES.purgeExpiredTokens,
    retryLimit: 3,
  });
  await boss.schedule(QUEUES.purgeExpiredTokens, '17 * * * *');

  const tenants = perch.app.get(TenantsService);
  const identity = perch.app.get(IdentityService);
  await boss.work(QUEUES.purgeExpiredTokens, { pollingIntervalSeconds: 5 }, async () => {
    let purged = 0;
    for (const tenantId of await tenants.listTenantIds()) {
      purged += await identity.purgeExpiredTokens(systemScope(tenantId, 'purge expired tokens'));
    }
    perch.logger.info({ purged }, 'purged expired refresh tokens');
  });

  return {
    boss,
    // wait: resolve only once running tasks finished and pg-boss closed its pool.
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }),
  };
}
