/**
 * `npm run bench` (third part): trend detection and dossiers at scale, in memory, with the same
 * functions the service uses (src/modules/trends, src/modules/research, libs/text).
 *
 * T1. One million posts (the demo world's texts, replayed over 90 days): counting terms per day,
 *     then burst detection over every term; time and memory.
 * T2. One incremental batch of 1,000 new posts (count them, fold them in, re-score the terms they
 *     touched) against a full recomputation over all posts, side by side.
 * T3. A dossier refresh for a company with 50,000 posts in its window.
 */
import { performance } from 'node:perf_hooks';
import { terms } from '@libs/text';
import type { XPost } from '@libs/x-client';

type Postish = Pick<XPost, 'text' | 'urls'>;
import { generateWorld, type SimTweet } from '@libs/x-simulator';
import { postTerms } from '../src/modules/ingestion/ingestion.repository.js';
import { computeDossier } from '../src/modules/research/dossier.js';
import type { AccountKind, PostRow } from '../src/modules/research/research.repository.js';
import { daysBetween, findBursts } from '../src/modules/trends/trend-detection.js';
import { recordResult } from './results.js';

const POSTS = Number(process.env.BENCH_TREND_POSTS ?? 1_000_000);
const BATCH = 1_000;
const COMPANY_POSTS = 50_000;
const NOW = Date.UTC(2026, 10, 26);
const DAY = 86_400_000;

const world = generateWorld(1, { now: NOW });
const tweets = world.toJSON().tweets;
const days = daysBetween(
  new Date(NOW - 89 * DAY).toISOString().slice(0, 10),
  new Date(NOW).toISOString().slice(0, 10),
);
const dayIndex = new Map(days.map((d, i) => [d, i]));

function asPost(t: SimTweet): Postish {
  return {
    text: t.text,
    urls: (t.entities?.urls ?? []).map((u) => ({
      url: u.url,
      expandedUrl: u.expanded_url ?? null,
    })),
  };
}

/** The i-th synthetic post: a world text on a day spread over the window. */
function synthetic(i: number): { post: Postish; day: number } {
  const t = tweets[i % tweets.length];
  const original = dayIndex.get(t.created_at.slice(0, 10));
  return { post: asPost(t), day: original ?? i % days.length };
}

function count(from: number, to: number, into = new Map<string, number[]>()) {
  for (let i = from; i < to; i++) {
    const { post, day } = synthetic(i);
    for (const term of postTerms(post)) {
      let series = into.get(term);
      if (!series) into.set(term, (series = new Array<number>(days.length).fill(0)));
      series[day]++;
    }
  }
  return into;
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
const ms = (n: number) => Math.round(n * 10) / 10;

function main() {
  // T1
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const counts = count(0, POSTS);
  const countMs = performance.now() - t0;
  const heap1 = process.memoryUsage().heapUsed;
  t0 = performance.now();
  const bursts = findBursts(days, counts);
  const detectMs = performance.now() - t0;
  process.stdout.write(
    `T1 ${POSTS} posts: count ${ms(countMs)} ms, detect ${ms(detectMs)} ms, ${counts.size} terms, ${bursts.length} bursts, counts ${mb(heap1 - heap0)} MB\n`,
  );

  // T2: a batch of new posts on the last day, side by side with recomputing everything.
  const batchRuns: number[] = [];
  const fullRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    t0 = performance.now();
    const touched = new Map<string, number[]>();
    for (let i = 0; i < BATCH; i++) {
      const { post } = synthetic(POSTS + r * BATCH + i);
      for (const term of postTerms(post)) {
        const series = counts.get(term) ?? new Array<number>(days.length).fill(0);
        series[days.length - 1]++;
        counts.set(term, series);
        touched.set(term, series);
      }
    }
    findBursts(days, touched, { onlyDay: days.at(-1) });
    batchRuns.push(performance.now() - t0);

    t0 = performance.now();
    const all = count(0, POSTS + (r + 1) * BATCH);
    findBursts(days, all, { onlyDay: days.at(-1) });
    fullRuns.push(performance.now() - t0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  process.stdout.write(
    `T2 batch of ${BATCH}: ${ms(median(batchRuns))} ms; full recomputation: ${ms(median(fullRuns))} ms\n`,
  );

  // T3: a company with 50,000 posts in its 30 days (Acme's people, replayed).
  const acme = world.toJSON().companies[0];
  const kinds = new Map<string, AccountKind>([
    [acme.brandId, 'brand'],
    [acme.careersId, 'careers'],
    ...acme.executiveIds.map((id) => [id, 'executive'] as [string, AccountKind]),
    ...acme.employeeIds.map((id) => [id, 'employee'] as [string, AccountKind]),
  ]);
  const source = [...kinds.keys()].flatMap((id) => world.timeline(id));
  const posts: PostRow[] = Array.from({ length: COMPANY_POSTS }, (_, i) => {
    const t = source[i % source.length];
    return {
      id: String(10n ** 18n + BigInt(COMPANY_POSTS - i)),
      authorId: t.author_id,
      username: world.user(t.author_id)!.username,
      description: null,
      createdAt: new Date(NOW - (i / COMPANY_POSTS) * 30 * DAY),
      text: t.text,
      lang: t.lang,
      referenced: t.referenced_tweets ?? [],
      urls: [],
      likes: t.public_metrics.like_count,
      reposts: t.public_metrics.retweet_count,
    };
  });
  const df = new Map<string, number>([['', tweets.length]]);
  for (const t of tweets)
    for (const term of new Set(terms(t.text))) df.set(term, (df.get(term) ?? 0) + 1);
  const dossierRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    t0 = performance.now();
    computeDossier({
      company: { name: acme.name, brandUsername: 'acme' },
      kinds,
      posts,
      df,
      now: new Date(NOW),
      windowDays: 30,
    });
    dossierRuns.push(performance.now() - t0);
  }
  process.stdout.write(`T3 dossier over ${COMPANY_POSTS} posts: ${ms(median(dossierRuns))} ms\n`);

  const summary = {
    date: new Date().toISOString(),
    t1: {
      posts: POSTS,
      countMs: ms(countMs),
      detectMs: ms(detectMs),
      terms: counts.size,
      bursts: bursts.length,
      countsHeapMB: mb(heap1 - heap0),
      rssMB: mb(process.memoryUsage().rss),
    },
    t2: {
      batch: BATCH,
      batchMs: ms(median(batchRuns)),
      fullMs: ms(median(fullRuns)),
      'full / batch': Math.round(median(fullRuns) / median(batchRuns)),
    },
    t3: { posts: COMPANY_POSTS, dossierMs: ms(median(dossierRuns)) },
  };
  recordResult('trends', summary);
}

main();
