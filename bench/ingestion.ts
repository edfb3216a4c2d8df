/**
 * `npm run bench` (second part): shared ingestion, side by side.
 *
 * I1. Write path. The same pages, read once from the X simulator through twitter-api-v2, saved
 *     into PostgreSQL by Perch's page transaction (authors and posts upserted from one JSON
 *     parameter, the source's posts recorded, the cursor moved) against a baseline that COPYs
 *     each page into temporary tables and upserts from them, with the same cursor move per page.
 *     Rounds interleaved, tables emptied before each run, both results checked identical.
 * I2. X calls per seeker per day for 100 tenants with overlapping watches: one poll cycle of the
 *     real poller over shared sources, against the same cycle with one source per tenant (each
 *     tenant polls its own copy, from the same cursor), counted at the simulator.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { v7 } from 'uuid';
import { XClient, type XPost, type XUser } from '@libs/x-client';
import { startXSimulator } from '@libs/x-simulator';
import { loadConfig } from '../src/config/app-config.js';
import { createPerch, type Perch } from '../src/bootstrap.js';
import { IngestionPoller } from '../src/modules/ingestion/ingestion.poller.js';
import { IngestionRepository, postTerms } from '../src/modules/ingestion/ingestion.repository.js';
import { XCapability, XWatchKind } from '../src/modules/ingestion/inputs/x-watch.inputs.js';
import { WatchesService } from '../src/modules/ingestion/watches.service.js';
import { TenantsService } from '../src/modules/tenants/tenants.service.js';
import { SeekersService } from '../src/modules/seekers/seekers.service.js';
import { systemScope } from '../src/platform/database/context.js';
import { toGlobalId } from '../src/platform/graphql/global-id.js';
import { benchDatabase } from './cluster.js';
import { recordResult } from './results.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const POSTS = Number(process.env.BENCH_INGEST_POSTS ?? 20_000);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);
const SEEKERS_PER_TENANT = Number(process.env.BENCH_SEEKERS_PER_TENANT ?? 10);
const CADENCE_MINUTES = 15;

interface Page {
  posts: XPost[];
  included: XPost[];
  users: XUser[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs: number[]) => ({
  median: Number(median(xs).toFixed(3)),
  min: Number(Math.min(...xs).toFixed(3)),
  max: Number(Math.max(...xs).toFixed(3)),
});

/** CSV for COPY: every value quoted, quotes doubled; an unquoted empty field is NULL. */
function csv(values: unknown[]): string {
  return `${values
    .map((v) => {
      if (v === null || v === undefined) return '';
      const s = typeof v === 'string' ? v : JSON.stringify(v);
      return `"${s.replace(/"/g, '""')}"`;
    })
    .join(',')}\n`;
}

async function copyRows(c: pg.PoolClient, sql: string, rows: string[]) {
  await pipeline(Readable.from(rows), c.query(copyFrom(sql)));
}

/** The baseline's page transaction: COPY into temporary tables, then upsert, then the cursor. */
async function copyPage(pool: pg.Pool, sourceId: string, page: Page, cursor: string) {
  const c = await pool.connect();
  try {
    await c.query('begin');
    await c.query(`create temp table tmp_accounts (id bigint, username text, name text, description text,
      location text, url text, created_at timestamptz, metrics jsonb) on commit drop`);
    await c.query(`create temp table tmp_posts (id bigint, author_id bigint, created_at timestamptz, text text,
      lang text, conversation_id bigint, in_reply_to_user_id bigint, referenced jsonb, hashtags jsonb,
      mentions jsonb, urls jsonb, metrics jsonb) on commit drop`);
    const users = [...page.users].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    const posts = [...new Map([...page.included, ...page.posts].map((p) => [p.id, p])).values()];
    posts.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    await copyRows(
      c,
      `copy tmp_accounts from stdin with (format csv)`,
      users.map((u) =>
        csv([u.id, u.username, u.name, u.description, u.location, u.url, u.createdAt, u.metrics]),
      ),
    );
    await copyRows(
      c,
      `copy tmp_posts from stdin with (format csv)`,
      posts.map((p) =>
        csv([
          p.id,
          p.authorId,
          p.createdAt,
          p.text,
          p.lang,
          p.conversationId,
          p.inReplyToUserId,
          p.referenced,
          p.hashtags,
          p.mentions,
          p.urls,
          p.metrics,
        ]),
      ),
    );
    await c.query(`insert into x_accounts (id, username, name, description, location, url, created_at, metrics)
      select * from tmp_accounts
      on conflict (id) do update set username = excluded.username, name = excluded.name,
        description = excluded.description, location = excluded.location, url = excluded.url,
        metrics = excluded.metrics, updated_at = now()
      where (x_accounts.username, x_accounts.name, x_accounts.description, x_accounts.location, x_accounts.metrics)
        is distinct from (excluded.username, excluded.name, excluded.description, excluded.location, excluded.metrics)`);
    const inserted = await c.query<{
      id: string;
    }>(`insert into x_posts (id, author_id, created_at, text, lang, conversation_id, in_reply_to_user_id,
        referenced, hashtags, mentions, urls, metrics)
      select id, author_id, created_at, text, lang, conversation_id, in_reply_to_user_id, coalesce(referenced, '[]'),
        array(select jsonb_array_elements_text(hashtags)), array(select jsonb_array_elements_text(mentions)),
        coalesce(urls, '[]'), metrics
      from tmp_posts on conflict (id) do nothing returning id::text`);
    const added = await c.query<{ post_id: string }>(
      `insert into x_source_posts (source_id, post_id) select $1, p from unnest($2::bigint[]) p
       on conflict do nothing returning post_id::text`,
      [sourceId, page.posts.map((p) => p.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))],
    );
    // The same term statistics Perch keeps, COPYed and folded in with one upsert per table.
    const byId = new Map(posts.map((p) => [p.id, p]));
    const buckets = new Map<string, number>();
    for (const { post_id } of added.rows) {
      const p = byId.get(post_id)!;
      if (!p.createdAt) continue;
      const hour = `${p.createdAt.slice(0, 13)}:00:00Z`;
      for (const term of postTerms(p)) {
        const key = `${hour}\u0000${term}`;
        buckets.set(key, (buckets.get(key) ?? 0) + 1);
      }
    }
    await c.query(
      `create temp table tmp_buckets (bucket timestamptz, term text, n int) on commit drop`,
    );
    await copyRows(
      c,
      `copy tmp_buckets from stdin with (format csv)`,
      [...buckets].map(([key, n]) => csv([...key.split('\u0000'), n])),
    );
    await c.query(
      `insert into x_source_term_buckets (source_id, bucket, term, n)
       select $1, bucket, term, n from tmp_buckets order by bucket, term
       on conflict (source_id, bucket, term) do update set n = x_source_term_buckets.n + excluded.n`,
      [sourceId],
    );
    if (inserted.rows.length) {
      const df = new Map<string, number>();
      for (const { id } of inserted.rows) {
        for (const term of postTerms(byId.get(id)!)) df.set(term, (df.get(term) ?? 0) + 1);
      }
      await c.query(`create temp table tmp_df (term text, docs bigint) on commit drop`);
      await copyRows(
        c,
        `copy tmp_df from stdin with (format csv)`,
        [...df].map(([term, docs]) => csv([term, docs])),
      );
      await c.query(
        `insert into x_term_df (term, docs) select term, docs from tmp_df order by term
         on conflict (term) do update set docs = x_term_df.docs + excluded.docs`,
      );
    }
    await c.query(`update x_sources set run_oldest_id = $2 where id = $1`, [sourceId, cursor]);
    await c.query('commit');
  } catch (err) {
    await c.query('rollback');
    throw err;
  } finally {
    c.release();
  }
}

async function main() {
  const cluster = await benchDatabase('ingest');
  const sim = await startXSimulator({ seed: 1, clock: Date.now, world: { now: Date.now() } });
  let perch: Perch | undefined;
  const ownerPool = new pg.Pool({ connectionString: cluster.urlFor('perch'), max: 2 });
  // Idle connections die with the cluster at the end; that is not an error of the benchmark.
  ownerPool.on('error', () => undefined);
  try {
    const appUrl = `postgres://perch_app:bench-app@127.0.0.1:${cluster.port}/perch`;
    perch = await createPerch(
      loadConfig({
        NODE_ENV: 'production',
        PERCH_ROLE: 'api',
        LOG_LEVEL: 'warn',
        DATABASE_URL: appUrl,
        JWT_SECRET: randomBytes(32).toString('hex'),
        PERCH_MASTER_KEY: randomBytes(32).toString('base64'),
        DEMO_SEED: 'false',
        X_API_BASE_URL: sim.url,
        X_APP_BEARER_TOKEN: sim.appBearerToken,
        X_DEFAULT_MONTHLY_BUDGET_USD: '100000',
        INGEST_BACKFILL_POSTS: '5',
      }),
    );
    const appPool = new pg.Pool({ connectionString: appUrl, max: 2 });
    appPool.on('error', () => undefined);

    // ---- I1: the write path ----
    const reader = new XClient({ baseUrl: sim.url }).forApp(sim.appBearerToken);
    const pages: Page[] = [];
    let total = 0;
    const accounts = [
      ...(['news', 'brand', 'careers', 'employee', 'recruiter', 'peer', 'mentor'] as const),
    ]
      .flatMap((k) => sim.world.accountsByKind(k))
      .sort((a, b) => sim.world.timeline(b.id).length - sim.world.timeline(a.id).length);
    for (const a of accounts) {
      let token: string | undefined;
      do {
        const p = await reader.userTimeline(a.id, { maxResults: 100, pageToken: token });
        pages.push({
          posts: p.items,
          included: [...p.posts.values()],
          users: [...p.users.values()],
        });
        total += p.items.length;
        token = p.nextToken ?? undefined;
      } while (token && total < POSTS);
      if (total >= POSTS) break;
    }
    process.stdout.write(`I1: ${pages.length} pages, ${total} posts read from the simulator\n`);

    const repo = perch.app.get(IngestionRepository);
    const reset = async () => {
      await ownerPool.query(
        `truncate x_source_posts, x_posts, x_accounts, x_watches, x_sources, x_term_df cascade`,
      );
      const id = v7();
      await ownerPool.query(
        `insert into x_sources (id, kind, target, label) values ($1, 'query', $2, 'bench')`,
        [id, `bench ${id}`],
      );
      return id;
    };
    const fingerprint = async () =>
      (
        await ownerPool.query<{ h: string }>(
          `select md5(string_agg(p::text, ',' order by p.id)) ||
                  (select md5(string_agg(a::text, ',' order by a.id)) from (select id, username, name, description, location, url, created_at, metrics from x_accounts) a) ||
                  (select count(*)::text from x_source_posts) ||
                  (select md5(coalesce(string_agg(b::text, ',' order by b.bucket, b.term), '')) from (select bucket, term, n from x_source_term_buckets) b) ||
                  (select md5(coalesce(string_agg(d::text, ',' order by d.term), '')) from x_term_df d) as h
             from (select id, author_id, created_at, text, lang, conversation_id, in_reply_to_user_id, referenced,
                          hashtags, mentions, urls, metrics from x_posts) p`,
        )
      ).rows[0].h;

    const write: Record<'perch' | 'copy', number[]> = { perch: [], copy: [] };
    let reference: string | null = null;
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 ? (['copy', 'perch'] as const) : (['perch', 'copy'] as const);
      for (const variant of order) {
        const sourceId = await reset();
        const owner = v7();
        if (variant === 'perch') await repo.acquire(sourceId, owner, 600);
        const started = process.hrtime.bigint();
        for (const page of pages) {
          const oldest = page.posts.at(-1)?.id ?? null;
          if (variant === 'perch') {
            await repo.savePage(sourceId, owner, 600, page, {
              sinceId: null,
              runNewestId: pages[0].posts[0]?.id ?? null,
              runOldestId: oldest,
              runToken: null,
            });
          } else {
            await copyPage(appPool, sourceId, page, oldest ?? '0');
          }
        }
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const fp = await fingerprint();
        if (reference === null) reference = fp;
        if (fp !== reference) throw new Error(`${variant} stored different rows`);
        write[variant].push(total / seconds);
        process.stdout.write(
          `I1 round ${r + 1} ${variant.padEnd(6)} ${(total / seconds).toFixed(0).padStart(7)} posts/s\n`,
        );
      }
    }

    // ---- I2: X calls per seeker per day, shared sources against one source per tenant ----
    await ownerPool.query(
      `truncate x_source_posts, x_posts, x_accounts, x_watches, x_sources cascade`,
    );
    const tenants = perch.app.get(TenantsService);
    const seekers = perch.app.get(SeekersService);
    const watches = perch.app.get(WatchesService);
    const poller = perch.app.get(IngestionPoller);
    const companies = sim.world.accountsByKind('brand');
    const careers = sim.world.accountsByKind('careers');
    const news = sim.world.accountsByKind('news');
    const hashtags = [
      '#hiring',
      '#jobs',
      '#DataChat',
      '#CareerChat',
      '#FintechChat',
      '#DevJobsChat',
    ];
    // A deterministic spread: popular companies are watched by many tenants, the tail by few.
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const zipf = (n: number) => Math.min(n - 1, Math.floor(n * rand() ** 2));
    for (let t = 0; t < TENANTS; t++) {
      const { tenantId } = await tenants.createTenant({
        slug: `bench-${t}`,
        name: `Bench ${t}`,
        license: { plan: 'bench', seatLimit: 100, termStart: '2026-01-01', termEnd: '2030-12-31' },
      });
      const sys = systemScope(tenantId, 'bench');
      const add = (input: Parameters<WatchesService['add']>[1]) => watches.add(sys, input);
      for (const h of hashtags.slice(0, 2 + (t % 3))) {
        await add({
          capability: XCapability.JOBS,
          kind: XWatchKind.QUERY,
          target: h,
          cadenceMinutes: CADENCE_MINUTES,
        });
      }
      for (let n = 0; n < 2; n++) {
        await add({
          capability: XCapability.TRENDS,
          kind: XWatchKind.TIMELINE,
          target: news[zipf(news.length)].username,
          cadenceMinutes: CADENCE_MINUTES,
        });
      }
      for (let s = 0; s < SEEKERS_PER_TENANT; s++) {
        const seeker = await seekers.createSeeker(sys, {
          name: `S${s}`,
          email: `s${s}@t${t}.bench`,
          targetRoles: ['Analyst'],
        });
        const seekerId = toGlobalId('Seeker', seeker.uuid);
        for (let c = 0; c < 3; c++) {
          const k = zipf(companies.length);
          await add({
            capability: XCapability.RESEARCH,
            kind: XWatchKind.TIMELINE,
            target: companies[k].username,
            seekerId,
            cadenceMinutes: CADENCE_MINUTES,
          });
          await add({
            capability: XCapability.JOBS,
            kind: XWatchKind.TIMELINE,
            target: careers[k].username,
            seekerId,
            cadenceMinutes: CADENCE_MINUTES,
          });
        }
      }
    }
    const sources = (
      await ownerPool.query<{ id: string }>(`select id from x_sources order by id`)
    ).rows.map((r) => r.id);
    const pairs = (
      await ownerPool.query<{ tenant_id: string; source_id: string }>(
        `select distinct tenant_id, source_id from x_watches order by 1, 2`,
      )
    ).rows;
    const watchCount = Number(
      (await ownerPool.query<{ n: string }>(`select count(*) as n from x_watches`)).rows[0].n,
    );
    // Bring every source up to date, then measure one steady-state cycle each way.
    for (const id of sources) await poller.poll(id);
    const cursors = new Map(
      (
        await ownerPool.query<{ id: string; since_id: string | null }>(
          `select id, since_id::text from x_sources`,
        )
      ).rows.map((r) => [r.id, r.since_id]),
    );
    const x2 = (path: string) => path.startsWith('/2/');
    const rewind = (id: string) =>
      ownerPool.query(
        `update x_sources set since_id = $2, run_newest_id = null, run_oldest_id = null, lease_owner = null, lease_until = null, status = 'ok' where id = $1`,
        [id, cursors.get(id)],
      );
    // A cycle 15 minutes later would see the posts of those 15 minutes; the world is still, so
    // both ways see the same (possibly empty) pages: the difference is only who polls what.
    const requestsBefore = sim.requests.filter((r) => x2(r.path)).length;
    for (const id of sources) {
      await rewind(id);
      await poller.poll(id);
    }
    const sharedCalls = sim.requests.filter((r) => x2(r.path)).length - requestsBefore;
    const perTenantBefore = sim.requests.filter((r) => x2(r.path)).length;
    for (const p of pairs) {
      await rewind(p.source_id);
      await poller.poll(p.source_id);
    }
    const perTenantCalls = sim.requests.filter((r) => x2(r.path)).length - perTenantBefore;
    const cyclesPerDay = (24 * 60) / CADENCE_MINUTES;
    const seekersTotal = TENANTS * SEEKERS_PER_TENANT;

    const summary = {
      date: new Date().toISOString(),
      rounds: ROUNDS,
      i1: {
        pages: pages.length,
        posts: total,
        postsPerSecond: { perch: stats(write.perch), copyBaseline: stats(write.copy) },
        'perch / copy': stats(write.perch.map((x, i) => x / write.copy[i])),
      },
      i2: {
        tenants: TENANTS,
        seekers: seekersTotal,
        watches: watchCount,
        sharedSources: sources.length,
        perTenantSources: pairs.length,
        cadenceMinutes: CADENCE_MINUTES,
        callsPerCycle: { shared: sharedCalls, perTenant: perTenantCalls },
        callsPerSeekerPerDay: {
          shared: Number(((sharedCalls * cyclesPerDay) / seekersTotal).toFixed(2)),
          perTenant: Number(((perTenantCalls * cyclesPerDay) / seekersTotal).toFixed(2)),
        },
        'perTenant / shared': Number((perTenantCalls / sharedCalls).toFixed(2)),
      },
    };
    recordResult('ingestion', summary);
    await appPool.end();
  } catch (err) {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    await perch?.close();
    await ownerPool.end();
    await sim.close();
    await cluster.stop();
  }
}

await main();
