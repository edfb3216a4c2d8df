/**
 * The worker role end to end: pg-boss in the same PostgreSQL, a processor that visits every
 * tenant through the tenant-transaction helper. Expired refresh tokens older than a day go; live
 * ones and other tenants' live ones stay.
 */
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { withClient } from '../../helpers/database.js';
import { login, newTenant } from '../../helpers/factories.js';
import { QUEUES, startWorker, type Worker } from '../../../src/worker/worker.js';

let t: TestApp;
let worker: Worker;

beforeAll(async () => {
  t = await startTestApp({ PERCH_ROLE: 'all' });
  worker = await startWorker(t.perch);
});
afterAll(async () => {
  await worker.stop();
  await t.close();
});

const count = (sql: string) =>
  withClient(t.db.ownerUrl, async (c) => Number((await c.query(sql)).rows[0].n));

describe('purge of expired refresh tokens', () => {
  it('removes long-expired tokens in every tenant and keeps live ones', async () => {
    const a = await newTenant(t);
    const b = await newTenant(t);
    await login(t, a.ownerEmail);
    await login(t, b.ownerEmail);
    await withClient(t.db.ownerUrl, (c) =>
      c.query(
        `update refresh_tokens set expires_at = now() - interval '2 days'
          where id in (select distinct on (tenant_id) id from refresh_tokens order by tenant_id, created_at)`,
      ),
    );
    const expired = `select count(*) as n from refresh_tokens where expires_at < now() - interval '1 day'`;
    expect(await count(expired)).toBe(2);
    const live = await count(`select count(*) as n from refresh_tokens where expires_at > now()`);

    await worker.boss.send(QUEUES.purgeExpiredTokens, {});
    const deadline = Date.now() + 20_000;
    while ((await count(expired)) > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(await count(expired)).toBe(0);
    expect(await count(`select count(*) as n from refresh_tokens where expires_at > now()`)).toBe(
      live,
    );
  }, 30_000);
});
