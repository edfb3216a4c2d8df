/**
 * The worker role: pg-boss queues in the same PostgreSQL (no extra store), each task handled by a
 * processor that sets its tenant through the same transaction helper as requests. pg-boss keeps
 * its own schema, so it connects as the schema owner; tenant data is still read and written only
 * through the application role.
 */
import PgBoss from 'pg-boss';
import type { Perch } from '../bootstrap.js';
import { IdentityService } from '../modules/identity/identity.service.js';
import { FanOutService } from '../modules/ingestion/ingestion.fan-out.js';
import { IngestionPoller } from '../modules/ingestion/ingestion.poller.js';
import { IngestionRepository } from '../modules/ingestion/ingestion.repository.js';
import { BulkExportsService } from '../modules/integrations/bulk-exports.service.js';
import { WebhooksService } from '../modules/integrations/webhooks.service.js';
import { LinkChecksService } from '../modules/links/link-checks.service.js';
import { RosterImportService } from '../modules/roster/roster-import.service.js';
import { VoiceService } from '../modules/voice/voice.service.js';
import { TenantsService } from '../modules/tenants/tenants.service.js';
import { systemScope } from '../platform/database/context.js';
import { ApiGate } from '../platform/graphql/api-gate.js';

export const QUEUES = {
  purgeExpiredTokens: 'maintenance.purge-expired-tokens',
  /** Idle rate-limit buckets and idempotency keys past their 24 hours. */
  pruneApiState: 'maintenance.prune-api-state',
  /** One task per source at a time (stately: at most one queued and one running per source). */
  poll: 'ingest.poll',
  /** Poll tasks whose retries ran out; their source is marked failed for admins to see. */
  pollDead: 'ingest.poll.dead',
  fanOut: 'ingest.fan-out',
} as const;

/** How often the worker looks for sources that are due. */
const DISPATCH_EVERY_MS = 10_000;
/** How often the worker looks for webhook deliveries that are due. */
const WEBHOOK_EVERY_MS = 1_000;

interface SourceTask {
  sourceId: string;
}

export interface Worker {
  boss: PgBoss;
  /** Queues a poll for every source that is due now; returns how many were queued. */
  dispatchDue(): Promise<number>;
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
  await boss.createQueue(QUEUES.pruneApiState, { name: QUEUES.pruneApiState, retryLimit: 3 });
  await boss.schedule(QUEUES.pruneApiState, '*/15 * * * *');

  // 'short': at most one poll per source waits in the queue; running ones are kept apart by the
  // source's lease (decision 13), so a worker killed mid-poll blocks nothing while pg-boss
  // notices. Options are applied on every start, so a changed setting reaches a running system.
  const queues: PgBoss.Queue[] = [
    { name: QUEUES.pollDead, retryLimit: 0 },
    {
      name: QUEUES.poll,
      policy: 'short',
      retryLimit: 3,
      retryDelay: perch.config.ingest.retryDelaySeconds,
      retryBackoff: perch.config.ingest.retryDelaySeconds > 0,
      expireInSeconds: 15 * 60,
      deadLetter: QUEUES.pollDead,
    },
    { name: QUEUES.fanOut, policy: 'short', retryLimit: 5, retryDelay: 5, retryBackoff: true },
  ];
  for (const q of queues) {
    await boss.createQueue(q.name, q);
    await boss.updateQueue(q.name, q);
  }

  const tenants = perch.app.get(TenantsService);
  const identity = perch.app.get(IdentityService);
  await boss.work(QUEUES.purgeExpiredTokens, { pollingIntervalSeconds: 5 }, async () => {
    let purged = 0;
    for (const tenantId of await tenants.listTenantIds()) {
      purged += await identity.purgeExpiredTokens(systemScope(tenantId, 'purge expired tokens'));
    }
    perch.logger.info({ purged }, 'purged expired refresh tokens');
  });
  const gate = perch.app.get(ApiGate);
  await boss.work(QUEUES.pruneApiState, { pollingIntervalSeconds: 5 }, async () => {
    const pruned = await gate.prune(await tenants.listTenantIds());
    perch.logger.info(pruned, 'pruned idle rate-limit buckets and expired idempotency keys');
    return pruned;
  });

  const poller = perch.app.get(IngestionPoller);
  const fanOut = perch.app.get(FanOutService);
  const sources = perch.app.get(IngestionRepository);
  const sendPoll = (sourceId: string) =>
    boss.send(QUEUES.poll, { sourceId }, { singletonKey: sourceId });
  const sendFanOut = (sourceId: string) =>
    boss.send(QUEUES.fanOut, { sourceId }, { singletonKey: sourceId });

  // Pages a failed poll did save still reach the watches; a crash between a saved page and this
  // point is made up by the next poll of the source, which sends what is owed.
  const nudge = async (sourceId: string) => {
    if (await fanOut.lagging(sourceId)) await sendFanOut(sourceId);
  };
  await boss.work<SourceTask>(QUEUES.poll, { pollingIntervalSeconds: 1 }, async ([job]) => {
    let result: Awaited<ReturnType<IngestionPoller['poll']>> | undefined;
    try {
      result = await poller.poll(job.data.sourceId);
    } finally {
      if (result?.outcome !== 'busy') await nudge(job.data.sourceId).catch(() => undefined);
    }
    if (result.outcome === 'more') await sendPoll(job.data.sourceId);
    return result;
  });
  await boss.work<SourceTask>(QUEUES.pollDead, { pollingIntervalSeconds: 2 }, async ([job]) => {
    await sources.markFailed(job.data.sourceId);
    await nudge(job.data.sourceId);
    perch.logger.error({ sourceId: job.data.sourceId }, 'poll dead-lettered; source marked failed');
  });
  await boss.work<SourceTask>(QUEUES.fanOut, { pollingIntervalSeconds: 1 }, async ([job]) => {
    const delivered = await fanOut.fanOut(job.data.sourceId);
    return Object.fromEntries(delivered);
  });

  const dispatchDue = async () => {
    let queued = 0;
    for (const id of await poller.dueSources()) if (await sendPoll(id)) queued++;
    return queued;
  };
  const voice = perch.app.get(VoiceService);
  const links = perch.app.get(LinkChecksService);
  /** Runs `work` unless its previous run is still going: a slow round is never overlapped. */
  const solo = (work: () => Promise<unknown>, failure: string) => {
    let running = false;
    return async () => {
      if (running) return;
      running = true;
      try {
        await work();
      } catch (err) {
        perch.logger.error({ err }, failure);
      } finally {
        running = false;
      }
    };
  };
  // Scheduled posts: each claim is a compare-and-set in the database, so several workers never
  // post twice. Links are claimed with a lease, so workers share them.
  const publish = solo(() => voice.publishDueAll(), 'could not publish due posts');
  const checkLinks = solo(() => links.checkDue(), 'could not check links');
  // Webhooks go out on their own, faster beat: an integrator waits for them.
  const webhooks = perch.app.get(WebhooksService);
  const deliver = solo(() => webhooks.deliverDue(), 'could not deliver webhooks');
  const exportsSvc = perch.app.get(BulkExportsService);
  const runExports = solo(() => exportsSvc.runDue(), 'could not run bulk exports');
  // Roster imports are claimed with a lease and resumed from their last chunk, so workers share
  // them and a worker that dies loses nothing; an admin watches the progress bar.
  const rosterImports = perch.app.get(RosterImportService);
  const runRosterImports = solo(() => rosterImports.runDue(), 'could not run roster imports');
  void deliver();
  const webhookTimer = setInterval(() => {
    void deliver();
    void runExports();
    void runRosterImports();
  }, WEBHOOK_EVERY_MS);
  let dispatching: Promise<unknown> = Promise.resolve();
  const tick = () => {
    dispatching = Promise.all([
      dispatchDue().catch((err: unknown) =>
        perch.logger.error({ err }, 'could not queue due X sources'),
      ),
      publish(),
      checkLinks(),
    ]);
  };
  tick();
  const timer = setInterval(tick, DISPATCH_EVERY_MS);

  return {
    boss,
    dispatchDue,
    // wait: resolve only once running tasks finished and pg-boss closed its pool.
    stop: async () => {
      clearInterval(timer);
      clearInterval(webhookTimer);
      await dispatching;
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    },
  };
}
