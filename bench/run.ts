/**
 * `npm run bench`: the seekers page through Perch's GraphQL API, side by side with raw pg on
 * node:http (one SQL statement that builds the JSON: the physical limit), and Perch on its two
 * candidate HTTP platforms. Method from shared/reference/performance.md §7: one seeded dataset,
 * each server on its own core, the load generator on the other, rounds interleaved (A B C A B C …)
 * to cancel drift, responses checked deep-equal before timing, results as ratios.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { loadConfig } from '../src/config/app-config.js';
import { createPerch } from '../src/bootstrap.js';
import { IdentityService } from '../src/modules/identity/identity.service.js';
import { SeekersService } from '../src/modules/seekers/seekers.service.js';
import { TenantsService } from '../src/modules/tenants/tenants.service.js';
import { systemScope, type TenantScope } from '../src/platform/database/context.js';
import { benchDatabase } from './cluster.js';
import { SEEKERS_PAGE_QUERY } from './seekers-page.js';

const LIGHT_QUERY = '{ __typename }';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 2);
const MEASURE_S = Number(process.env.BENCH_MEASURE_S ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const VARIANTS = ['perch-express', 'perch-fastify', 'raw-pg'] as const;
type Variant = (typeof VARIANTS)[number];

async function seed(env: Record<string, string>) {
  const perch = await createPerch(loadConfig({ ...env, PERCH_ROLE: 'api', LOG_LEVEL: 'warn' }));
  try {
    const tenants = perch.app.get(TenantsService);
    const identity = perch.app.get(IdentityService);
    const seekers = perch.app.get(SeekersService);
    const { tenantId } = await tenants.createTenant({
      slug: 'bench',
      name: 'Bench',
      license: { plan: 'bench', seatLimit: 1000, termStart: '2026-01-01', termEnd: '2030-12-31' },
    });
    const sys = systemScope(tenantId, 'bench seed');
    await identity.createMember(sys, {
      email: 'owner@bench.test',
      name: 'Owner',
      password: 'bench-password-123',
      role: 'owner',
    });
    const coaches = [];
    for (let c = 0; c < 5; c++) {
      coaches.push(
        await identity.createMember(sys, {
          email: `coach${c}@bench.test`,
          name: `Coach ${c}`,
          password: 'bench-password-123',
          role: 'coach',
        }),
      );
    }
    for (let i = 0; i < 60; i++) {
      const s = await seekers.createSeeker(sys, {
        name: `Seeker ${i}`,
        email: `s${i}@bench.test`,
        headline: `Aspiring analyst #${i}`,
        targetRoles: ['Data Analyst'],
      });
      await seekers.assignCoach(sys, s.uuid, coaches[i % 5].id);
      if (i % 3 === 0) await seekers.assignCoach(sys, s.uuid, coaches[(i + 1) % 5].id);
      const coach = coaches[i % 5];
      const asCoach: TenantScope = {
        tenantId,
        principal: {
          kind: 'user',
          userId: coach.userId,
          membershipId: coach.id,
          role: 'coach',
          seekerId: null,
        },
      };
      for (let n = 0; n < 3; n++)
        await seekers.addCoachNote(asCoach, s.uuid, `Note ${n} for seeker ${i}`);
    }
    const session = await identity.login({
      email: 'owner@bench.test',
      password: 'bench-password-123',
    });
    return { tenantId, token: session.accessToken };
  } finally {
    await perch.close();
  }
}

interface Server {
  child: ChildProcess;
  port: number;
}

function start(
  variant: Variant,
  core: number | null,
  env: Record<string, string>,
): Promise<Server> {
  const script = new URL('./server.js', import.meta.url).pathname;
  const args = [variant, JSON.stringify(env)];
  const nodeArgs = (process.env.BENCH_CHILD_ARGS ?? '').split(' ').filter(Boolean);
  const child =
    core === null
      ? fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: nodeArgs })
      : fork(script, args, {
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          execPath: 'taskset',
          execArgv: ['-c', String(core), process.execPath, ...nodeArgs],
        });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${variant} exited with ${code}`)));
  });
}

function statements(s: Server): Promise<number> {
  return new Promise((resolve) => {
    s.child.once('message', (m: { statements: number }) => resolve(m.statements));
    s.child.send('stats');
  });
}

async function load(port: number, token: string, seconds: number, query = SEEKERS_PAGE_QUERY) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    connections: CONNECTIONS,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    p99: result.latency.p99,
    bytes: result.throughput.total / Math.max(result.requests.total, 1),
  };
}

async function fetchBody(port: number, token: string): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SEEKERS_PAGE_QUERY }),
  });
  const body = (await res.json()) as { data: unknown };
  return body.data;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const cluster = await benchDatabase('main');
  const servers: Partial<Record<Variant, Server>> = {};
  try {
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      DATABASE_URL: `postgres://perch_app:bench-app@127.0.0.1:${cluster.port}/perch`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      PERCH_MASTER_KEY: randomBytes(32).toString('base64'),
      DEMO_SEED: 'false',
      DATABASE_POOL_SIZE: '10',
    };
    const { tenantId, token } = await seed(env);
    const pinned = process.env.BENCH_NO_PIN ? null : 1;
    for (const v of VARIANTS)
      servers[v] = await start(v, pinned, { ...env, BENCH_TENANT_ID: tenantId });

    const reference = await fetchBody(servers['raw-pg']!.port, token);
    for (const v of VARIANTS) {
      const body = await fetchBody(servers[v]!.port, token);
      if (!isDeepStrictEqual(body, reference))
        throw new Error(
          `${v} answers differently from raw-pg:\n${JSON.stringify(body).slice(0, 400)}`,
        );
    }

    const rounds: Record<Variant, { rps: number; p99: number; stmts: number; errors: number }[]> = {
      'perch-express': [],
      'perch-fastify': [],
      'raw-pg': [],
    };
    const light = { 'perch-express': [] as number[], 'perch-fastify': [] as number[] };
    for (let r = 0; r < ROUNDS; r++) {
      // The HTTP platforms alone: a trivial operation, where the adapter's share is largest.
      for (const v of ['perch-express', 'perch-fastify'] as const) {
        const s = servers[v]!;
        await load(s.port, token, WARMUP_S, LIGHT_QUERY);
        const res = await load(s.port, token, MEASURE_S, LIGHT_QUERY);
        light[v].push(res.rps);
        process.stdout.write(
          `round ${r + 1} ${v.padEnd(14)} ${res.rps.toFixed(0).padStart(6)} req/s  { __typename }  errors ${res.errors}\n`,
        );
      }
      for (const v of VARIANTS) {
        const s = servers[v]!;
        await load(s.port, token, WARMUP_S);
        const before = await statements(s);
        const res = await load(s.port, token, MEASURE_S);
        const after = await statements(s);
        rounds[v].push({
          rps: res.rps,
          p99: res.p99,
          stmts: (after - before) / Math.max(res.requests, 1),
          errors: res.errors,
        });
        process.stdout.write(
          `round ${r + 1} ${v.padEnd(14)} ${res.rps.toFixed(0).padStart(6)} req/s  p99 ${res.p99} ms  ${((after - before) / Math.max(res.requests, 1)).toFixed(1)} statements/request  errors ${res.errors}\n`,
        );
      }
    }
    const ratio = (a: Variant, b: Variant) => rounds[a].map((x, i) => x.rps / rounds[b][i].rps);
    const summary = {
      date: new Date().toISOString(),
      rounds: ROUNDS,
      measureSeconds: MEASURE_S,
      connections: CONNECTIONS,
      medians: Object.fromEntries(
        VARIANTS.map((v) => [
          v,
          {
            rps: median(rounds[v].map((x) => x.rps)),
            p99: median(rounds[v].map((x) => x.p99)),
            statementsPerRequest: median(rounds[v].map((x) => x.stmts)),
            errors: rounds[v].reduce((n, x) => n + x.errors, 0),
          },
        ]),
      ),
      ratios: {
        'perch-express / raw-pg': stats(ratio('perch-express', 'raw-pg')),
        'perch-fastify / raw-pg': stats(ratio('perch-fastify', 'raw-pg')),
        'perch-fastify / perch-express': stats(ratio('perch-fastify', 'perch-express')),
        'perch-fastify / perch-express, { __typename }': stats(
          light['perch-fastify'].map((x, i) => x / light['perch-express'][i]),
        ),
      },
    };
    mkdirSync(new URL('../../bench/results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL('../../bench/results/latest.json', import.meta.url),
      `${JSON.stringify(summary, null, 2)}\n`,
    );
    process.stdout.write(`\n${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await Promise.all(
      Object.values(servers).map(
        (s) => new Promise((resolve) => (s.child.once('exit', resolve), s.child.kill('SIGTERM'))),
      ),
    );
    await cluster.stop();
  }
}

function stats(xs: number[]) {
  return {
    median: Number(median(xs).toFixed(3)),
    min: Number(Math.min(...xs).toFixed(3)),
    max: Number(Math.max(...xs).toFixed(3)),
  };
}

await main();
