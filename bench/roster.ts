/**
 * `npm run bench` (roster part). R1: a roster CSV of 50,000 students.
 *
 * Perch's path: `RosterImportService.start` (decode, parse and check every row, then import in
 * transactions of 1,000 under the licence lock: match by external id and email, seats counted,
 * coach assignment, a per-row report). Baseline, side by side on a fresh tenant of the same
 * database: the same rows as plain multi-row INSERTs of 1,000 into `seekers`, with no checks,
 * no seats and no report. Reported: rows per second and the process's peak RSS above where each
 * run started, and the ratio.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { v7 } from 'uuid';
import { loadConfig } from '../src/config/app-config.js';
import { createPerch, type Perch } from '../src/bootstrap.js';
import { RosterImportService } from '../src/modules/roster/roster-import.service.js';
import { TenantsService } from '../src/modules/tenants/tenants.service.js';
import { asTenantId, systemScope } from '../src/platform/database/context.js';
import { benchDatabase } from './cluster.js';
import { recordResult } from './results.js';

const ROWS = Number(process.env.BENCH_ROSTER_ROWS ?? 50_000);

/** Runs `work`, sampling RSS every 20 ms: seconds taken and the peak above the start, in MiB. */
async function measure(work: () => Promise<void>): Promise<{ seconds: number; peakMiB: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    seconds: Number(((performance.now() - t0) / 1000).toFixed(2)),
    peakMiB: Number(((peak - base) / 2 ** 20).toFixed(1)),
  };
}

async function main() {
  const cluster = await benchDatabase('roster');
  let perch: Perch | undefined;
  const appUrl = `postgres://perch_app:bench-app@127.0.0.1:${cluster.port}/perch`;
  try {
    perch = await createPerch(
      loadConfig({
        NODE_ENV: 'production',
        PERCH_ROLE: 'api',
        LOG_LEVEL: 'warn',
        DATABASE_URL: appUrl,
        JWT_SECRET: randomBytes(32).toString('hex'),
        PERCH_MASTER_KEY: randomBytes(32).toString('base64'),
        DEMO_SEED: 'false',
        X_SIMULATOR: 'off',
      }),
    );
    const tenants = perch.app.get(TenantsService);
    const newTenant = async (n: string) =>
      asTenantId(
        (
          await tenants.createTenant({
            slug: `${n}-${randomBytes(3).toString('hex')}`,
            name: n,
            license: {
              plan: 'campus',
              seatLimit: ROWS + 10,
              termStart: '2026-01-01',
              termEnd: '2030-12-31',
            },
          })
        ).tenantId,
      );
    const students = Array.from({ length: ROWS }, (_, i) => ({
      externalId: `S${String(i).padStart(7, '0')}`,
      email: `student${i}@students.bench.test`,
      first: `First${i}`,
      last: `Last${i}`,
    }));
    const csv = Buffer.from(
      `external_id,email,first_name,last_name\n${students
        .map((s) => `${s.externalId},${s.email},${s.first},${s.last}`)
        .join('\n')}\n`,
      'utf8',
    );

    // ---- Perch ----
    const roster = perch.app.get(RosterImportService);
    const perchTenant = await newTenant('roster-perch');
    const ctx = systemScope(perchTenant, 'bench');
    let imported = 0;
    const perchRun = await measure(async () => {
      const started = await roster.start(ctx, csv, false);
      // The import runs in the background; it is measured until its row says it is done.
      for (;;) {
        const done = await roster.find(ctx, started.id);
        if (done && done.status !== 'running') {
          imported = done.createdCount;
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    });

    // ---- baseline: plain multi-row INSERTs of the same rows ----
    const baseTenant = await newTenant('roster-baseline');
    const pool = new pg.Pool({ connectionString: appUrl, max: 1 });
    const baseRun = await measure(async () => {
      const c = await pool.connect();
      try {
        for (let i = 0; i < students.length; i += 1000) {
          const chunk = students.slice(i, i + 1000);
          const values: unknown[] = [];
          const rows = chunk.map((s, k) => {
            values.push(v7(), `${s.first} ${s.last}`, s.email, s.externalId);
            const b = k * 4;
            return `($1, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, 'active', now())`;
          });
          await c.query('begin');
          await c.query(`select set_config('app.tenant_id', $1, true)`, [baseTenant]);
          await c.query(
            `insert into seekers (tenant_id, id, name, email, external_id, status, activated_at) values ${rows.join(',')}`,
            [baseTenant, ...values],
          );
          await c.query('commit');
        }
      } finally {
        c.release();
      }
    });
    await pool.end();
    const count = async (tenantId: string) => {
      const c = new pg.Client({ connectionString: cluster.urlFor('perch') });
      await c.connect();
      const { rows } = await c.query<{ n: string }>(
        `select count(*)::text as n from seekers where tenant_id = $1`,
        [tenantId],
      );
      const n = Number(rows[0].n);
      await c.end();
      return n;
    };
    const perchRows = await count(perchTenant);
    const baseRows = await count(baseTenant);
    recordResult('roster', {
      r1: {
        rows: ROWS,
        perch: {
          seconds: perchRun.seconds,
          rowsPerSecond: Math.round(ROWS / perchRun.seconds),
          peakRssMiB: perchRun.peakMiB,
          seekers: perchRows,
          reportedCreated: imported,
        },
        multiRowInsert: {
          seconds: baseRun.seconds,
          rowsPerSecond: Math.round(ROWS / baseRun.seconds),
          peakRssMiB: baseRun.peakMiB,
          seekers: baseRows,
        },
        'perch / insert (rows per second)': Number(
          (ROWS / perchRun.seconds / (ROWS / baseRun.seconds)).toFixed(3),
        ),
      },
    });
  } catch (err) {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    await perch?.close();
    await cluster.stop();
  }
}

await main();
